"""What kind of count a figure is, read from its sentence: a running total, one incident's count, or a part.

A total is announced just before its number ("bringing the death toll to 52,243") or qualified just after it ("70
killed since the start of the year"), phrases in `data/cumulative_cues.tsv`. A part is a share of another figure
("including 13 children", the annotator's `parent`), or a running count that is only a sub-count of the toll
(`data/subcount_cues.tsv`): deaths from one cause ("66 children have died of malnutrition throughout the war") or
counted since an event that restarts the count ("bringing the total to 23 killed since the start of the
ceasefire"); such a count never joins the toll's running totals.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from typing import Literal

from dateline.errors import RuleFileError

TollKind = Literal["cumulative", "incident", "part"]

BEFORE_WINDOW = 70  # characters between a "before" phrase's end and the figure
AFTER_WINDOW = 90  # characters between the figure's end and an "after" phrase
# A number written in digits or words between a figure and a cue: the cue belongs to that nearer number (a year,
# "killed in 2024 so far", is not a count).
_NUMBER = re.compile(
    r"\b(?!(?:19|20)\d\d\b)(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?"
    r"|hundreds?|thousands?)\b",
    re.I,
)


def _data_rows(name: str, columns: tuple[str, ...], allowed: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """(word or phrase, second column) rows of a two-column data file, checked; a bad row names its file line."""
    text = (files("dateline.query") / "data" / name).read_text(encoding="utf-8")
    rows = []
    header_seen = False
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True  # the column names
            continue
        phrase, _, second = line.partition("\t")
        if second.strip() not in allowed[columns[1]] or not phrase.strip():
            raise RuleFileError(
                f"dateline/query/data/{name}, line {n}: bad row {line!r} "
                f"(expected {columns[0]}<TAB>{'|'.join(allowed[columns[1]])})"
            )
        rows.append((phrase.strip(), second.strip()))
    return rows


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(phrases that precede a running total, phrases that follow one), from the data file."""
    rows = _data_rows("cumulative_cues.tsv", ("phrase", "position"), {"position": ("before", "after")})
    before = [p for p, position in rows if position == "before"]
    after = [p for p, position in rows if position == "after"]
    return re.compile(rf"\b(?:{_alternatives(before)})\b", re.I), re.compile(rf"\b(?:{_alternatives(after)})\b", re.I)


@lru_cache(maxsize=1)
def _subcount_pattern() -> re.Pattern[str]:
    """A cause of death ("died of malnutrition", "hunger-related deaths"), a restart ("since the ceasefire") or a
    recent start ("since Friday")."""
    rows = _data_rows("subcount_cues.tsv", ("word", "kind"), {"kind": ("cause", "restart", "recent")})
    cause = _alternatives([w for w, kind in rows if kind == "cause"])
    restart = _alternatives([w for w, kind in rows if kind == "restart"])
    recent = _alternatives([w for w, kind in rows if kind == "recent"])
    return re.compile(
        rf"\b(?:(?:died|dies|die|dying|perished|deaths?)\s+(?:of|from)\s+(?:[\w-]+\s+){{0,2}}?(?:{cause})\b"
        rf"|(?:{cause})(?:-related|-linked)?\s+(?:deaths?|death\s+toll|toll|fatalities)\b"
        rf"|since\s+(?:[\w-]+\s+){{0,4}}?(?:{restart})\b"
        rf"|since\s+(?:(?:last|early|late|this|the)\s+)?(?:{recent})\b)",
        re.I,
    )


def _is_subcount(sentence: str, start: int, end: int) -> bool:
    """A cause or restart phrase next to the figure, with no other number between them."""
    pattern = _subcount_pattern()
    after = sentence[end : end + AFTER_WINDOW]
    found = pattern.search(after)
    if found and not _NUMBER.search(after[: found.start()]):
        return True
    head = sentence[max(0, start - BEFORE_WINDOW) : start]
    ends = [m.end() for m in pattern.finditer(head)]
    return bool(ends) and not _NUMBER.search(head[ends[-1] :])


def classify_kind(sentence: str, start: int, end: int, parent: str | None) -> TollKind:
    """Running total, one incident's count, or part of another figure (or a running sub-count of a toll).

    `start`/`end` locate the figure inside `sentence`. A total is announced just before its number ("bringing
    the death toll to 52,243") or qualified just after it ("70 killed since the start of the year"); the same
    phrase elsewhere in the sentence belongs to another number ("51 killed ..., bringing the toll to 52,243"), and
    a phrase after a nearer number belongs to that number ("two killed, bringing the total to 17 since ...").
    """
    if parent:
        return "part"
    before, after = _cue_patterns()
    head = sentence[max(0, start - BEFORE_WINDOW) : start]
    tail = sentence[end : end + AFTER_WINDOW]
    found = after.search(tail)
    if before.search(head) or (found and not _NUMBER.search(tail[: found.start()])):
        # "bringing the total to 23 killed since the start of the ceasefire": a running count, but not the toll's
        return "part" if _is_subcount(sentence, start, end) else "cumulative"
    return "incident"

"""Reported figures over time: for a category and a place, every report by reporter and by date.

Conflicting reports stay side by side (one point per report, never averaged). Each point says whether it is a
running total ("the death toll rose to 45,000": `cumulative`), one incident's count (`incident`) or a part of
another figure ("including 13 children": `part`), and which day it is about: the day its own time expression
names (`stated`), else its article's date (`published`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from functools import lru_cache
from importlib.resources import files
from typing import Literal

from dateline.errors import QueryError
from dateline.query.common import check_limit, date_range, with_fold
from dateline.query.rows import Evidence
from dateline.store import Store

TollKind = Literal["cumulative", "incident", "part"]
PLACE_LABELS = ("GPE", "LOC", "FAC")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
# Between a place and the larger place that locates it: "Jabalia, northern Gaza", "Rafah, in the Gaza Strip".
_APPOSITION = re.compile(r"^,\s*(?:in\s+)?(?:the\s+)?(?:(?:north|south|east|west|centr)\w*\s+)?$", re.I)


class TollPoint(Evidence):
    """One reported value of a toll, with who reported it, the day it is about, and its sentence."""

    date: dt.date | None = None
    date_basis: str  # "stated" (the figure's own time expression) or "published" (its article's date)
    category: str
    value: float | None = None
    value_max: float | None = None
    value_text: str
    qualifier: str | None = None
    who: str | None = None
    reporter: str  # canonical name when resolved, as written otherwise, "unattributed" when nobody is named
    reporter_as_written: str | None = None
    kind: str  # cumulative, incident, part
    place: str | None = None  # the place the figure names, else the sentence's, else the article's
    place_basis: str | None = None  # figure, sentence, document
    publisher: str | None = None


BEFORE_WINDOW = 70  # characters between a "before" phrase's end and the figure
AFTER_WINDOW = 90  # characters between the figure's end and an "after" phrase


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(phrases that precede a running total, phrases that follow one), from the data file."""
    text = (files("dateline.query") / "data" / "cumulative_cues.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    by_position: dict[str, list[str]] = {"before": [], "after": []}
    for n, line in enumerate(lines[1:], start=2):
        phrase, _, position = line.partition("\t")
        if position.strip() not in by_position or not phrase.strip():
            raise QueryError(
                f"dateline/query/data/cumulative_cues.tsv: bad row {n}: {line!r} (phrase<TAB>before|after)"
            )
        by_position[position.strip()].append(phrase.strip())

    def compile_(phrases: list[str]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        return re.compile(rf"\b(?:{alternatives})\b", re.I)

    return compile_(by_position["before"]), compile_(by_position["after"])


def classify_kind(sentence: str, start: int, end: int, parent: str | None) -> TollKind:
    """Running total, one incident's count, or part of another figure.

    `start`/`end` locate the figure inside `sentence`. A total is announced just before its number ("bringing
    the death toll to 52,243") or qualified just after it ("70 killed since the start of the year"); the same
    phrase elsewhere in the sentence belongs to another number ("51 killed ..., bringing the toll to 52,243").
    """
    if parent:
        return "part"
    before, after = _cue_patterns()
    head = sentence[max(0, start - BEFORE_WINDOW) : start]
    if before.search(head):
        return "cumulative"
    if after.search(sentence[end : end + AFTER_WINDOW]):
        return "cumulative"
    return "incident"


_FIGURES_SQL = """
SELECT f.doc_id, d.date AS doc_date, d.title AS doc_title, f.sentence, COALESCE(s.text, '') AS sentence_text,
       COALESCE(s.start, 0) AS sentence_start,
       f.start, f."end", f.text, f.category, f.value, f.value_max, f.value_text, f.qualifier, f.who,
       f.reporter, COALESCE(c.name, e.name) AS reporter_name, f.place, f.parent, f.time_value,
       t.interval_start, t.interval_end,
       (SELECT publisher FROM sources src WHERE src.doc_id = f.doc_id ORDER BY src.seq LIMIT 1) AS publisher
FROM figures f
JOIN documents d ON d.id = f.doc_id
LEFT JOIN sentences s ON s.doc_id = f.doc_id AND s.sentence = f.sentence
LEFT JOIN timexes t ON t.doc_id = f.doc_id AND t.tid = f.time_tid
LEFT JOIN entities e ON e.doc_id = f.doc_id AND e.key = f.reporter_entity
LEFT JOIN entity_links l ON l.doc_id = e.doc_id AND l.seq = e.seq
LEFT JOIN corpus_entities c ON c.id = l.corpus_id
WHERE f.category = :category
"""


def _place_names(conn: sqlite3.Connection, place: str) -> set[str]:
    """The folded spellings that stand for a place: what the user typed plus its corpus aliases."""
    folded = place.casefold()
    names = {folded}
    rows = conn.execute(
        "SELECT aliases FROM corpus_entities WHERE fold = ? AND label IN ('GPE', 'LOC', 'FAC')", (folded,)
    )
    for (aliases,) in rows:
        names.update(a.casefold() for a in json.loads(aliases))
    return names


def _mentions_place(text: str | None, names: set[str]) -> bool:
    if not text:
        return False
    folded = text.casefold()
    return any(n in folded for n in names)


Place = tuple[int, int, str]  # start, end, text of a place mention


def _places_by_sentence(conn: sqlite3.Connection, doc_ids: list[str]) -> dict[tuple[str, int], list[Place]]:
    out: dict[tuple[str, int], list[Place]] = {}
    for i in range(0, len(doc_ids), 500):
        chunk = doc_ids[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        for doc_id, sentence, start, end, text in conn.execute(
            f"SELECT doc_id, sentence, start, \"end\", text FROM mentions WHERE doc_id IN ({marks}) "
            f"AND label IN ('GPE', 'LOC', 'FAC') ORDER BY doc_id, start",
            chunk,
        ):
            out.setdefault((doc_id, sentence), []).append((start, end, text))
    return out


@lru_cache(maxsize=1)
def _locative_re() -> re.Pattern[str]:
    """Matches a locative word right before a place mention (the text before the mention is searched)."""
    text = (files("dateline.query") / "data" / "locative_words.txt").read_text(encoding="utf-8")
    words = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\s*$", re.I)


def _sentence_place(mentions: list[Place], start: int, end: int, text: str, offset: int) -> tuple[list[str], bool]:
    """The place a figure's sentence puts it at, and whether a locative word says so ("59 killed in Gaza", not
    "strikes by Israel"): the first locative place after the figure, else the nearest locative one before it,
    else the first place after it or the nearest before; with the place that qualifies it ("Jabalia, northern
    Gaza")."""
    locative = _locative_re()

    def is_locative(m: Place) -> bool:
        return bool(locative.search(text[max(0, m[0] - offset - 20) : m[0] - offset]))

    after = [m for m in mentions if m[0] >= end]
    before = [m for m in mentions if m[1] <= start]
    ranked = (
        [m for m in after if is_locative(m)][:1] + [m for m in reversed(before) if is_locative(m)][:1]
        + after[:1] + before[-1:]
    )
    if not ranked:
        return [], False
    chosen = ranked[0]
    names = [chosen[2]]
    for m in mentions:
        gap = text[chosen[1] - offset : m[0] - offset] if m[0] > chosen[1] else ""
        if m[0] > chosen[1] and _APPOSITION.match(gap):
            names.append(m[2])
            break
    return names, is_locative(chosen)


def _locate(
    row: dict[str, object], places: dict[tuple[str, int], list[Place]], names: set[str] | None
) -> tuple[str | None, str | None]:
    """The place a figure is about and how we know: its own place, its sentence's, else its article's main one."""
    own = row["place"]
    doc_id, sentence = str(row["doc_id"]), int(row["sentence"])  # type: ignore[call-overload]
    in_sentence = places.get((doc_id, sentence), [])
    candidates, locative = _sentence_place(
        in_sentence, int(row["start"]), int(row["end"]),  # type: ignore[call-overload]
        str(row["sentence_text"]), int(row["sentence_start"]),  # type: ignore[call-overload]
    )
    if isinstance(own, str) and own and not locative:  # the annotator's place, unless the sentence says otherwise
        return (own, "figure") if names is None or _mentions_place(own, names) else (None, None)
    if in_sentence:
        for p in candidates:
            if names is None or _mentions_place(p, names):
                return p, "sentence"
        return None, None
    counts: dict[str, int] = {}
    for (d, _), ps in places.items():
        if d == doc_id:
            for _, _, p in ps:
                counts[p] = counts.get(p, 0) + 1
    if counts:
        main = max(counts, key=lambda p: counts[p])  # first seen wins a tie: dicts keep insertion order
        if names is None or _mentions_place(main, names):
            return main, "document"
    return None, None


def tolls(
    store: Store,
    category: str,
    *,
    place: str | None = None,
    reporter: str | None = None,
    kind: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int = 1000,
) -> list[TollPoint]:
    """Every report of a category (killed, injured...) oldest first, filtered by place, reporter and kind.

    `place` matches the figure's place, else a place named in its sentence, else one named in its article
    (a sentence naming other places only rules the figure out); corpus aliases of the place count too.
    """
    check_limit(limit)
    if not category or not category.strip():
        raise QueryError("give a figure category: killed, injured, hostages, ...")
    if kind is not None and kind not in ("cumulative", "incident", "part"):
        raise QueryError(f"kind must be cumulative, incident or part, not {kind!r}")
    lo, hi = date_range(date_from, date_to)
    conn = with_fold(store.connection)
    cur = conn.execute(_FIGURES_SQL, {"category": category.strip().lower()})
    names_ = [c[0] for c in cur.description]
    rows = [dict(zip(names_, r, strict=True)) for r in cur]
    place_names = _place_names(conn, place.strip()) if place and place.strip() else None
    places = _places_by_sentence(conn, sorted({str(r["doc_id"]) for r in rows}))
    wanted_reporter = reporter.strip().casefold() if reporter and reporter.strip() else None
    points: list[TollPoint] = []
    for r in rows:
        where, basis = _locate(r, places, place_names)
        if place_names is not None and where is None:
            continue
        stated = r["interval_start"] if r["interval_start"] and r["interval_start"] == r["interval_end"] else None
        if stated is None and isinstance(r["time_value"], str) and _DAY.match(r["time_value"]):
            stated = r["time_value"][:10]
        day = stated or r["doc_date"]
        if (lo and (day is None or day < lo)) or (hi and (day is None or day > hi)):
            continue
        who_reported = r["reporter_name"] or r["reporter"]
        display = _clean_reporter(who_reported) if who_reported else "unattributed"
        if wanted_reporter and wanted_reporter not in display.casefold():
            continue
        offset = int(r["sentence_start"])  # type: ignore[call-overload]
        k = classify_kind(
            str(r["sentence_text"]), int(r["start"]) - offset, int(r["end"]) - offset,  # type: ignore[call-overload]
            r["parent"],  # type: ignore[arg-type]
        )
        if kind and k != kind:
            continue
        points.append(TollPoint(
            doc_id=r["doc_id"], doc_date=r["doc_date"], doc_title=r["doc_title"], sentence=r["sentence"],
            sentence_text=r["sentence_text"], start=r["start"], end=r["end"], text=r["text"],
            date=day, date_basis="stated" if stated else "published", category=r["category"], value=r["value"],
            value_max=r["value_max"], value_text=r["value_text"], qualifier=r["qualifier"], who=r["who"],
            reporter=display, reporter_as_written=r["reporter"], kind=k, place=where, place_basis=basis,
            publisher=r["publisher"],
        ))
    points.sort(key=lambda p: (p.date is None, p.date or dt.date.min, p.reporter.casefold(), p.doc_id, p.start))
    return points[:limit]


def _clean_reporter(name: str) -> str:
    """'the Gaza Health Ministry' and 'Gaza Health Ministry' are one reporter in a series."""
    name = " ".join(name.split())
    return name[4:] if name[:4].casefold() == "the " else name

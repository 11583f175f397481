"""`tag()`: find every time expression in a text and normalize it to TIMEX3, without spaCy.

Pipeline: one combined anchor regex marks sentences holding a month, weekday, digit, unit or listed word;
only the rules of those anchor classes run on those sentences; overlapping candidates are resolved
(longest, then highest priority); survivors are normalized in text order while the reference time is
tracked (the DCT for news; the last fully specified date for undated documents).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dateline.model import Timex
from dateline.nlp.timex import reference
from dateline.nlp.timex.candidates import Candidate
from dateline.nlp.timex.combine import combine_date_clock
from dateline.nlp.timex.context import Ctx, StoryDay
from dateline.nlp.timex.engine import engine_for
from dateline.nlp.timex.loader import RuleSet
from dateline.nlp.timex.rulebook import default_rules
from dateline.nlp.timex.story import story_date
from dateline.nlp.timex.text import TenseFinder, sentence_starts
from dateline.nlp.timex.values import interval, is_timex3_value

if TYPE_CHECKING:
    from spacy.tokens import Doc


def select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longer spans win, then higher priority, then earlier rules."""
    chosen: list[Candidate] = []
    # Spans taken so far, kept sorted and disjoint: only the neighbours of a candidate can overlap it, so each
    # check is a bisection, not a scan (a scan is quadratic on long articles).
    starts: list[int] = []
    ends: list[int] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.rule.priority, c.start)):
        i = bisect_right(starts, c.start)
        if (i > 0 and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
            continue
        chosen.append(c)
        starts.insert(i, c.start)
        ends.insert(i, c.end)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _trim(text: str, start: int, end: int, strip: re.Pattern[str]) -> tuple[int, int]:
    """Span as TimeBank draws it: no edge punctuation or possessive, no leading preposition or approximator."""
    while end > start and text[end - 1] in " \t\n,;:.":
        if text[end - 1] == "." and re.search(r"(?:\b[A-Za-z]{1,4}|\b[ap]\.m|\b[ap] \. m ?)\.$", text[start:end]):
            break  # keep the period of "Nov." or "a.m."
        end -= 1
    if end - start > 2 and text[end - 2] in "'’" and text[end - 1] in "sS":
        end -= 2  # a possessive is outside the span: "today's vote" -> "today" (TBAQ gold: 24 of 25)
    while start < end and text[start] in " \t\n,;:":
        start += 1
    m = strip.match(text, start, end)
    if m and m.end() < end:
        start = m.end()
    return start, end


def _strip_re(rules: RuleSet) -> re.Pattern[str]:
    """The leading words a span leaves out (pattern list `span_strip`), compiled once per rule set."""
    found = rules.derived.get("span_strip")
    if found is None:
        found = rules.derived["span_strip"] = re.compile(rules.patterns["span_strip"])
    return found


def tag_with_sentences(
    text: str,
    dct: dt.date | None,
    doc_id: str,
    starts: Sequence[int],
    rules: RuleSet | None = None,
    own_starts: list[int] | None = None,
    *,
    use_reference: bool = False,
    doc: Doc | None = None,
) -> list[Timex]:
    """Tag `text`; `starts` are the sentence offsets used for sentence indexes (spaCy's or ours).

    `use_reference` finds candidates the slow, obviously correct way (for tests and benchmarks only).
    `doc`, a parsed spaCy Doc of `text`, lets the governing verb's tense decide (see parse_tense.py).
    """
    rules = rules or default_rules()
    own_starts = own_starts if own_starts is not None else sentence_starts(text, rules)
    if use_reference:
        cands = reference.find_candidates(text, own_starts, rules)
    else:
        cands = engine_for(rules).find_candidates(text, own_starts)
    tenses = TenseFinder(text, own_starts, rules)
    if doc is not None:
        from dateline.nlp.timex.parse_tense import ParseTenseFinder, has_parse  # spaCy only when a Doc is given

        if has_parse(doc):
            tenses = ParseTenseFinder(doc, own_starts, rules)
    chosen = []
    strip = _strip_re(rules)
    for cand in select(cands):
        start, end = _trim(text, cand.start, cand.end, strip)
        if end > start:
            chosen.append((cand, start, end))
    story = story_date(text, dct, chosen, rules, tenses)
    state: dict[str, object] = {
        "ref": dct, "ref_tid": "t0" if dct else None, "last_day": None, "last_day_tid": None, "story": None,
        "last_day_end": 0, "last_past_day": None, "last_past_day_tid": None,
    }
    out: list[Timex] = []
    normalizers = rules.normalizers
    for cand, start, end in chosen:
        tid = f"t{len(out) + 1}"

        def set_story(story_day: StoryDay) -> None:
            state["story"] = story_day

        ctx = Ctx(
            tables=rules.tables,
            dct=dct,
            ref=state["ref"],  # type: ignore[arg-type]
            ref_tid=state["ref_tid"],  # type: ignore[arg-type]
            last_day=state["last_day"],  # type: ignore[arg-type]
            last_day_tid=state["last_day_tid"],  # type: ignore[arg-type]
            last_day_end=state["last_day_end"],  # type: ignore[arg-type]
            last_past_day=state["last_past_day"],  # type: ignore[arg-type]
            last_past_day_tid=state["last_past_day_tid"],  # type: ignore[arg-type]
            tense=lambda s=start, e=end: tenses.tense_at(s, e),
            tid=tid,
            story=state["story"],  # type: ignore[arg-type]
            set_story=set_story,
            text=text,
            start=start,
            end=end,
            story_date=story,
        )
        norm = normalizers[cand.rule.normalize](cand.groups, ctx, cand.rule.params)
        if norm is None or not is_timex3_value(norm.value):
            continue
        typ = norm.type or cand.rule.type
        span = interval(norm.value) if typ in ("DATE", "TIME") else None
        out.append(
            Timex(
                doc_id=doc_id,
                sentence=max(0, bisect_right(starts, start) - 1),
                start=start,
                end=end,
                text=text[start:end],
                tid=tid,
                type=typ,
                value=norm.value,
                mod=norm.mod,
                quant=norm.quant,
                freq=norm.freq,
                anchor_tid=norm.anchor_tid if norm.temporal_function else None,
                temporal_function=norm.temporal_function,
                interval_start=span[0] if span else None,
                interval_end=span[1] if span else None,
                anchor=norm.anchor,
                offset=norm.offset,
                unit=norm.unit,
                rule=cand.rule.id,
            )
        )
        if norm.day is not None:
            state["last_day"], state["last_day_tid"], state["last_day_end"] = norm.day, tid, end
            if dct is None or norm.day <= dct:
                state["last_past_day"], state["last_past_day_tid"] = norm.day, tid
            if dct is None and norm.full:
                state["ref"], state["ref_tid"] = norm.day, tid
    return combine_date_clock(text, out, rules)


def tag(text: str, dct: dt.date | str | None = None, *, doc_id: str = "") -> list[Timex]:
    """Every time expression in `text` as a TIMEX3 record; relative ones resolved against `dct` if given.

    `dct` is a `datetime.date` (a datetime counts as its day) or an ISO string "YYYY-MM-DD".
    """
    dct = _as_date(dct)
    starts = sentence_starts(text, default_rules())
    return tag_with_sentences(text, dct, doc_id, starts, own_starts=starts)


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValueError(f"dct must be a date or 'YYYY-MM-DD', got {value!r}") from None
    raise TypeError(f"dct must be a datetime.date or 'YYYY-MM-DD', got {type(value).__name__}")


def tag_reference(text: str, dct: dt.date | None = None, *, doc_id: str = "") -> list[Timex]:
    """`tag()` through the reference candidate finder: same result, slower (the definition of the result)."""
    starts = sentence_starts(text, default_rules())
    return tag_with_sentences(text, dct, doc_id, starts, own_starts=starts, use_reference=True)

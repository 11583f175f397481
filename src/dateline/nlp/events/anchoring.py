"""Relative anchoring: "meets Sisi, a day after he held talks in Riyadh" dates the talks one day earlier.

TimeBank (and so the temporal tagger) marks "a day" as a DURATION `P1D`: the measure, not a date. The
event of the clause that "after"/"before" introduces lies that far before/after the reference: the
day named in the clause it hangs from when there is one, else the document date. Without
the tagger's duration, "<number> <unit> after|before" is read from the text itself. An undated
document with no calendar reference gets no date: nothing is invented.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.nlp.events.lexicon import timing_cues
from dateline.nlp.events.timing import TimeRef, clause_head, start_date

_DURATION = re.compile(r"^P(\d+)([DWMY])$")


@dataclass(frozen=True)
class Relative:
    """A measured offset ("a day") and the word that relates it to a clause ("after" -> -1)."""

    amount: int
    unit: str  # D, W, M, Y
    direction: int  # -1: the clause's event is earlier than the reference, +1: later
    relator: Token
    measure: Token
    tid: str | None


def _relator_after(doc: Doc, measure: Span) -> Token | None:
    """The "after"/"before" token that directly follows a measure phrase (looked up from the phrase, not the
    start of the document: that scan made long documents quadratic)."""
    words = timing_cues()["relative_words"]
    i = measure.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    nxt = doc[i] if i < len(doc) else None
    return nxt if nxt is not None and nxt.lower_ in words else None


def _is_quantity(doc: Doc, start: int) -> bool:
    """A measure after "to"/"from"/"for"/"of" is an amount of time (a stay, a term), not an offset."""
    i = start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].lower_ not in timing_cues()["quantity_preps"]:
        return False
    return not (doc[i].lower_ == "to" and i > 0 and doc[i - 1].lower_ == "up")  # "up to two weeks after": an offset


def _from_timexes(doc: Doc) -> list[Relative]:
    words = timing_cues()["relative_words"]
    out = []
    for t in doc._.dateline.get("timexes", []):
        m = _DURATION.match(t.value) if t.type == "DURATION" else None
        if m is None:
            continue
        measure = doc.char_span(t.start, t.end, alignment_mode="expand")
        relator = _relator_after(doc, measure) if measure is not None else None
        if relator is not None and measure is not None and not _is_quantity(doc, measure.start):
            out.append(Relative(int(m[1]), m[2], words[relator.lower_], relator, measure.root, t.tid))
    return out


def _from_text(doc: Doc, covered: set[int]) -> list[Relative]:
    """The documented fallback: "<a|one..ten|N> <day(s)|week(s)|month(s)|year(s)> after|before"."""
    cues = timing_cues()
    numbers, units, words = cues["number_words"], cues["units"], cues["relative_words"]
    out = []
    for i in range(len(doc) - 2):
        num, unit, rel = doc[i], doc[i + 1], doc[i + 2]
        if rel.i in covered or unit.lower_ not in units or rel.lower_ not in words:
            continue
        amount = int(num.text) if num.text.isdigit() else numbers.get(num.lower_)
        if amount and not _is_quantity(doc, i):
            out.append(Relative(amount, units[unit.lower_], words[rel.lower_], rel, unit, None))
    return out


def _shift(day: dt.date, rel: Relative) -> tuple[str, str]:
    """The shifted value and its precision: a day offset stays a day; weeks, months, years coarsen."""
    sign = rel.direction
    if rel.unit == "D":
        return (day + dt.timedelta(days=sign * rel.amount)).isoformat(), "day"
    if rel.unit == "W":
        iso = (day + dt.timedelta(weeks=sign * rel.amount)).isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}", "week"
    if rel.unit == "M":
        months = day.year * 12 + day.month - 1 + sign * rel.amount
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    return f"{day.year + sign * rel.amount:04d}", "year"


def _clause_root(rel: Relative) -> Token | None:
    """The head of the clause "after"/"before" introduces."""
    r = rel.relator
    if r.dep_ == "mark":
        return r.head
    if r.dep_ == "prep":
        return next((c for c in r.children if c.dep_ in ("pobj", "pcomp")), None)
    return None


def _clause_events(rel: Relative, trigger_ids: set[int]) -> list[int]:
    """Triggers inside the clause "after"/"before" introduces ("after he held talks" -> talks)."""
    head = _clause_root(rel)
    return [] if head is None else [t.i for t in head.subtree if t.i in trigger_ids]


@dataclass(frozen=True)
class Anchored:
    """An event dated relative to another time: value, precision and the measure's tid (the evidence)."""

    value: str
    precision: str
    tid: str | None


def _reference_day(rel: Relative, refs: list[TimeRef], inside: set[int]) -> dt.date | None:
    """The day of the clause "a day after ..." hangs from: its calendar time expression, if it names a day."""
    r = rel.relator
    above = r.head.head if r.dep_ == "mark" else r.head
    home = clause_head(above)
    doc = r.doc
    for ref in refs:
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None or span.root.i in inside or not re.match(r"^\d{4}-\d\d-\d\d", ref.value):
            continue
        if span.root.sent.start == r.sent.start and clause_head(span.root).i == home.i:
            return start_date(ref.value)
    return None


def anchor_relative(doc: Doc, triggers: list[Token], refs: list[TimeRef],
                    dct: dt.date | None) -> dict[int, Anchored]:
    """Trigger index -> its date derived from "N units after/before" and the reference time."""
    trigger_ids = {t.i for t in triggers}
    rels = _from_timexes(doc)
    rels += _from_text(doc, {r.relator.i for r in rels})
    out: dict[int, Anchored] = {}
    for rel in rels:
        inside = _clause_events(rel, trigger_ids)
        if not inside:
            continue
        subtree = {t.i for t in _clause_root(rel).subtree} if _clause_root(rel) is not None else set()
        day = _reference_day(rel, refs, subtree) or dct
        if day is None:
            continue
        value, prec = _shift(day, rel)
        for i in inside:
            out[i] = Anchored(value, prec, rel.tid)
    return out

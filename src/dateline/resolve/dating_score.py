"""Combine facts and constraints into one scored choice of day, with an interval, a confidence and a reason.

Each dated fact spreads support around its date with its kind's kernel (data/dating_kernels.tsv); facts from the
same neighbour document add up with saturation, so one long wire story does not outvote three other articles.
Weekday and month-day constraints from the document's own text multiply each candidate day's score, with a floor:
they choose among nearby days, they do not veto what other articles say.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field

from dateline.resolve.dating_facts import Constraint, Fact, kernel, kind_weight, weekday_factors

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SATURATION = 4.0  # most a single neighbour document (or own-text fact) can weigh
FLOOR = 0.15  # a constraint keeps at least this share of a candidate's score
SPREAD = 3  # candidate days around each fact's date
MAX_EVIDENCE = 12  # facts kept as evidence per document
# Below this confidence the best day is a guess, not a date: on the dev corpora such guesses were right 4-19 % of
# the time, and a wrongly dated article misplaces everything in it on every timeline. The guess and its interval
# stay in `date_inferences` (with the reason); the document stays undated.
MIN_CONFIDENCE = 0.2
# A wire dateline's own day whose year the corpus settles: dated, though the corpus shares little with the article.
DATELINE_CONFIDENCE = 0.6
# The same with no fact at all: the year is the only one in which the corpus has articles near that day.
CORPUS_YEAR_CONFIDENCE = 0.4
PRINTED = frozenset({"url", "dateline"})  # facts that are the page's own date, not an event's
_LABELS = {
    "sentence": "near-identical sentence",
    "quote": "same quote",
    "figure": "same figure",
    "event": "same event",
    "topic": "similar article",
    "title": "same title",
    "toll": "running total between dated reports",
    "url": "date in URL",
    "url_order": "article number in URL between dated ones",
    "dateline": "dateline",
    "text_date": "latest date written in the text",
}


@dataclass
class Choice:
    """The inferred day (None: left undated), the interval of near-best days, a confidence and why."""

    date: dt.date | None
    earliest: dt.date | None
    latest: dt.date | None
    confidence: float
    reason: str
    evidence: list[Fact] = field(default_factory=list)


@dataclass
class _Group:
    """Facts pointing at one date from one source (a neighbour document, or one own-text fact)."""

    date: dt.date
    kind: str
    weight: float
    facts: list[Fact]


def _groups(facts: list[Fact], own_id: str) -> list[_Group]:
    by_source: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        source = f.kind if f.doc_id == own_id else f.doc_id  # own-text facts: one group per kind
        by_source[(source, f.date, "own" if f.doc_id == own_id else "corpus")].append(f)
    out = []
    for (_source, date, side), group in by_source.items():
        raw = sum(kind_weight(f.kind) * f.weight for f in group if f.kind != "topic")
        best = max(group, key=lambda f: (f.kind != "topic", kind_weight(f.kind) * f.weight))
        weight = raw if side == "own" else SATURATION * (1 - math.exp(-raw / SATURATION))
        out.append(_Group(dt.date.fromisoformat(date), best.kind, weight, group))
    # The closest copy counts most: a neighbour sharing half as much as the best one weighs a quarter as much
    # (wire stories are updated through the day; the version sharing the most is the same day's).
    corpus = [g for g in out if g.facts[0].doc_id != own_id and g.weight > 0]
    if corpus:
        raw_of = {id(g): sum(kind_weight(f.kind) * f.weight for f in g.facts if f.kind != "topic") for g in corpus}
        best_raw = max(raw_of.values())
        for g in corpus:
            g.weight *= (raw_of[id(g)] / best_raw) ** 2
    # Topical neighbours together weigh no more than their best cosine times the kind's weight: a prior that
    # places the day among similar articles, never a vote per similar article.
    topic = [(g, sum(f.weight for f in g.facts if f.kind == "topic")) for g in out]
    total = sum(w for _, w in topic)
    if total > 0:
        best_cos = max(f.weight for g in out for f in g.facts if f.kind == "topic")
        for g, w in topic:
            g.weight += kind_weight("topic") * best_cos * w / total
    return [g for g in out if g.weight > 0]


def _month_day_factor(c: Constraint, day: dt.date) -> float:
    assert c.month is not None and c.day is not None
    deltas = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            deltas.append((day - dt.date(year, c.month, c.day)).days)
        except ValueError:  # 29 February
            continue
    if not deltas:
        return 1.0
    delta = min(deltas, key=abs)
    if c.tense == "future":
        delta = -delta
    if c.tense == "dateline":  # the article's own day, in a wire dateline: off by one only across time zones
        return {0: 1.0, 1: 0.1, -1: 0.1}.get(delta, 0.02)
    if delta < 0:
        return 0.05
    for limit, value in ((0, 1.0), (1, 0.8), (7, 0.5), (31, 0.3)):
        if delta <= limit:
            return value
    return 0.15


def constraint_factor(c: Constraint, day: dt.date) -> float:
    """How well a candidate publication day fits one constraint, in [FLOOR, 1]."""
    if c.kind == "year":
        return 1.0  # only bounds an article nothing else dates (see _bounds)
    if c.kind == "month_day":
        raw = _month_day_factor(c, day)
    else:
        table = weekday_factors()[c.tense]
        named = 6 if c.kind == "weekend" else (c.weekday or 0)
        delta = (named - day.weekday()) % 7 if c.tense == "future" else (day.weekday() - named) % 7
        raw = table[delta]
    return FLOOR + (1 - FLOOR) * raw


def describe(c: Constraint) -> str:
    if c.kind == "year":
        return ""
    if c.kind == "weekday" and c.weekday is not None:
        if c.tense == "future":
            return f"before a {WEEKDAYS[c.weekday]} ('{c.text}')"
        return f"a {WEEKDAYS[c.weekday]} or just after ('{c.text}')"
    if c.kind == "weekend":
        return f"just after a weekend ('{c.text}')"
    assert c.month is not None
    if c.tense == "dateline":
        return f"dated {MONTHS[c.month - 1]} {c.day} in its dateline ('{c.text}')"
    where = "before" if c.tense == "future" else "on or after"
    return f"{where} {MONTHS[c.month - 1]} {c.day} ('{c.text}')"


def choose(
    facts: list[Fact], constraints: list[Constraint], own_id: str, corpus_days: frozenset[dt.date] = frozenset()
) -> Choice:
    """Score every candidate day near a fact's date; pick the best; explain. `corpus_days` (the days of the
    corpus's dated articles) give a wire dateline its year when no fact links the article to one of them."""
    said = "; ".join([d for d in dict.fromkeys(describe(c) for c in constraints) if d][:3])
    groups = _groups(facts, own_id)
    if not groups:
        by_dateline = _dateline_in_corpus_year(constraints, corpus_days)
        if by_dateline is not None:
            day, n = by_dateline
            return Choice(day, day, day, CORPUS_YEAR_CONFIDENCE,
                          f"{WEEKDAYS[day.weekday()]} {day.isoformat()}: {said}; the year is the only one in which the "
                          f"corpus has dated articles within a month of that day ({n})")
        what = said or "nothing in its text fixes a day"
        earliest = _bounds(constraints)
        if earliest is not None:
            what = f"on or after {earliest.isoformat()} ({what}, in the year it names)"
        return Choice(
            None,
            earliest,
            None,
            0.0,
            f"{what}; no dated article shares a fact with it, and no full date is written in its text or URL",
        )
    if any(g.kind in PRINTED for g in groups):
        # The page prints its own date: what the text says of weekdays and month-days is about the events.
        constraints = [c for c in constraints if c.tense == "dateline"]
    pooled: dict[tuple[dt.date, str], float] = defaultdict(float)  # one term per (date, kind): fewer to sum
    for g in groups:
        pooled[(g.date, g.kind)] += g.weight
    terms = list(pooled.items())
    candidates = {date + dt.timedelta(days=d) for date, _ in pooled for d in range(-SPREAD, SPREAD + 1)}
    dateline_days = _dateline_days(constraints, {date for date, _ in pooled})
    candidates |= dateline_days
    scores: dict[dt.date, float] = {}
    for day in candidates:
        support = sum(w * kernel(kind, (day - date).days) for (date, kind), w in terms)
        for c in constraints:
            support *= constraint_factor(c, day)
        scores[day] = support
    best = max(sorted(scores), key=lambda d: scores[d])
    top = scores[best]
    near = [d for d, s in scores.items() if s >= 0.5 * top]
    total = sum(scores.values()) or 1.0
    strength = 1 - math.exp(-sum(g.weight for g in groups) / 2)
    confidence = round(min(1.0, math.sqrt(top / total) * strength), 2)
    if best in dateline_days:
        # The dateline names the day itself; the corpus only chooses its year (among the dateline's days).
        year_share = top / (sum(scores[d] for d in dateline_days) or 1.0)
        confidence = max(confidence, round(DATELINE_CONFIDENCE * year_share, 2))
    ranked = sorted(groups, key=lambda g: -g.weight * kernel(g.kind, (best - g.date).days))
    evidence = sorted(
        (f for g in ranked[:MAX_EVIDENCE] for f in g.facts), key=lambda f: -kind_weight(f.kind) * f.weight
    )[: MAX_EVIDENCE * 2]
    reason = _reason(best, ranked, said)
    if confidence < MIN_CONFIDENCE:
        reason = f"too little evidence to date it (confidence {confidence:.2f} < {MIN_CONFIDENCE}); best guess {reason}"
        return Choice(None, min(near), max(near), confidence, reason, evidence)
    return Choice(best, min(near), max(near), confidence, reason, evidence)


def _dateline_days(constraints: list[Constraint], near: set[dt.date]) -> set[dt.date]:
    """A wire dateline's month-day in the years of the facts, when within a month of one of them."""
    out: set[dt.date] = set()
    for c in constraints:
        if c.tense != "dateline" or c.month is None or c.day is None:
            continue
        for year in {d.year + k for d in near for k in (-1, 0, 1)}:
            try:
                day = dt.date(year, c.month, c.day)
            except ValueError:
                continue
            if any(abs((day - d).days) <= 31 for d in near):
                out.add(day)
    return out


def _dateline_in_corpus_year(
    constraints: list[Constraint], corpus_days: frozenset[dt.date]
) -> tuple[dt.date, int] | None:
    """The dateline's month-day in the one year where the corpus has dated articles within a month of it, with
    how many there are; None when there is no dateline or the year is ambiguous."""
    options: dict[dt.date, int] = {}
    for c in constraints:
        if c.tense != "dateline" or c.month is None or c.day is None:
            continue
        for year in {d.year + k for d in corpus_days for k in (-1, 0, 1)}:
            try:
                day = dt.date(year, c.month, c.day)
            except ValueError:
                continue
            near = sum(1 for d in corpus_days if abs((day - d).days) <= 31)
            if near:
                options[day] = near
    return next(iter(options.items())) if len(options) == 1 else None


def _bounds(constraints: list[Constraint]) -> dt.date | None:
    """The earliest possible day when the text names month-days in the past and exactly one year: "on May 10 ...
    2009" puts the article on or after 2009-05-10."""
    years = {c.year for c in constraints if c.kind == "year"}
    past = [c for c in constraints if c.kind == "month_day" and c.tense != "future"]
    if len(years) != 1 or not past:
        return None
    (year,) = years
    days = []
    for c in past:
        try:
            days.append(dt.date(year or 1, c.month or 1, c.day or 1))
        except ValueError:
            continue
    return max(days) if days else None


def _reason(best: dt.date, ranked: list[_Group], said: str) -> str:
    parts = []
    for g in ranked[:3]:
        label = _LABELS.get(g.kind, g.kind)
        fact = g.facts[0]
        if g.kind in ("url", "url_order", "dateline", "text_date"):
            parts.append(f"{label} {g.date.isoformat()}")
        elif g.kind == "toll":
            parts.append(f"{label} (nearest: {fact.doc_id}, '{fact.text}')")
        else:
            n = len(g.facts)
            count = f"{n} x " if n > 1 else ""
            parts.append(f"{count}{label} with {fact.doc_id} ({g.date.isoformat()})")
    text = f"{WEEKDAYS[best.weekday()]} {best.isoformat()}: " + "; ".join(parts)
    if said:
        text += f"; own text: {said}"
    return text

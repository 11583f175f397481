"""Running totals as clocks: an undated article saying "the death toll in Gaza rose to 27,019" sits where the dated
reports of the same total (category and place: the figure's own, else the first place its sentence names) pass
27,019.

Running totals are told from one incident's count as the toll query tells them (`classify_kind`). For each of the
undated article's totals, every calendar day between the dated reports gets a cost: the dated reports that would
contradict the article if it were published that day (a higher total reported before it, a lower one after it).
When the cheapest days form one short stretch, bracketed by dated reports on both sides, the stretch's middle day
is a fact. Conflicting reporters cost a little each; they do not stop the clock. A stretch that runs off either end
of the series, or is long, says nothing about the day.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from dateline.query.tolls import classify_kind
from dateline.resolve.dating_facts import Fact

MIN_VALUE = 20.0  # smaller totals are many different things ("20 killed" in a dozen places)
MIN_POINTS = 3  # dated reports of the same total needed before the series tells time
MAX_STRETCH = 10  # days: a wider stretch of equally cheap days does not place the article
MAX_COST_SHARE = 0.25  # contradicted reports, as a share of the series, above which the series is too noisy

_FIGURES = (
    'SELECT f.doc_id, f.sentence, f.start, f."end", f.text, f.category, f.value, '
    "COALESCE(lower(f.place), (SELECT lower(m.text) FROM mentions m WHERE m.doc_id = f.doc_id "
    "AND m.sentence = f.sentence AND m.label IN ('GPE', 'LOC') ORDER BY m.start LIMIT 1)), f.parent, "
    "COALESCE(s.text, ''), COALESCE(s.start, 0) FROM figures f "
    "LEFT JOIN sentences s ON s.doc_id = f.doc_id AND s.sentence = f.sentence "
    "WHERE f.value >= ? AND f.parent IS NULL"
)


@dataclass(frozen=True)
class Report:
    """One running total as a document reports it."""

    doc_id: str
    sentence: int
    start: int
    end: int
    text: str
    key: tuple[str, str]  # (category, place)
    value: float


def _cumulative(rows: Sequence[tuple[object, ...]]) -> list[Report]:
    out = []
    for doc_id, sentence, start, end, text, category, value, place, parent, sentence_text, offset in rows:
        s, e = int(start) - int(offset), int(end) - int(offset)  # type: ignore[call-overload]
        if place is None or classify_kind(str(sentence_text), s, e, parent) != "cumulative":  # type: ignore[arg-type]
            continue
        out.append(
            Report(
                str(doc_id), int(sentence), int(start), int(end), str(text),  # type: ignore[call-overload]
                (str(category), str(place)), float(value),  # type: ignore[arg-type]
            )
        )
    return out


def _rows_for(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for i in range(0, len(doc_ids), 500):
        chunk = list(doc_ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        rows.extend(conn.execute(f"{_FIGURES} AND f.doc_id IN ({marks})", [MIN_VALUE, *chunk]).fetchall())
    return rows


def toll_facts(conn: sqlite3.Connection, doc_ids: Sequence[str], dates: dict[str, str]) -> dict[str, list[Fact]]:
    """Facts placing each undated document's running totals among the dated reports of the same totals."""
    own = _cumulative(_rows_for(conn, doc_ids))
    if not own:
        return {}
    wanted = {r.key for r in own}
    series: dict[tuple[str, str], list[tuple[dt.date, Report]]] = defaultdict(list)
    categories = sorted({k[0] for k in wanted})
    marks = ",".join("?" * len(categories))
    dated_rows = conn.execute(f"{_FIGURES} AND f.category IN ({marks})", [MIN_VALUE, *categories]).fetchall()
    for report in _cumulative(dated_rows):
        if report.key in wanted and report.doc_id in dates:
            series[report.key].append((dt.date.fromisoformat(dates[report.doc_id]), report))
    out: dict[str, list[Fact]] = defaultdict(list)
    for report in own:
        points = [(day, r) for day, r in series.get(report.key, []) if r.doc_id != report.doc_id]
        fact = place_in_series(report, points)
        if fact is not None:
            out[report.doc_id].append(fact)
    return dict(out)


def place_in_series(report: Report, points: Sequence[tuple[dt.date, Report]]) -> Fact | None:
    """The middle of the cheapest stretch of days for `report` among dated `points`, as a fact; None if unclear."""
    if len({r.doc_id for _, r in points}) < MIN_POINTS:
        return None
    v = report.value
    points = sorted(points, key=lambda p: p[0])
    first, last = points[0][0], points[-1][0]
    # cost(day) = higher totals dated before day + lower totals dated after day (equal totals cost nothing).
    higher_on: dict[dt.date, int] = defaultdict(int)
    lower_on: dict[dt.date, int] = defaultdict(int)
    for day, r in points:
        if r.value > v:
            higher_on[day] += 1
        elif r.value < v:
            lower_on[day] += 1
    costs: list[tuple[dt.date, int]] = []
    before, after = 0, sum(lower_on.values())
    day = first - dt.timedelta(days=1)
    while day <= last + dt.timedelta(days=1):
        after -= lower_on.get(day, 0)  # reports on the day itself contradict nothing
        costs.append((day, before + after))
        before += higher_on.get(day, 0)
        day += dt.timedelta(days=1)
    best = min(c for _, c in costs)
    cheapest = [d for d, c in costs if c == best]
    lo, hi = cheapest[0], cheapest[-1]
    if best > MAX_COST_SHARE * len(points) or (hi - lo).days > MAX_STRETCH:
        return None
    if any(lo < d < hi and c != best for d, c in costs):  # two separate stretches: the series is ambiguous
        return None
    if lo < first or hi > last:  # runs off the series: no report on one side
        return None
    below = [(d, r) for d, r in points if r.value <= v and d <= hi]
    above = [(d, r) for d, r in points if r.value >= v and d >= lo]
    if not below or not above:
        return None
    middle = lo + (hi - lo) // 2
    _, anchor = min(below + above, key=lambda p: (abs((p[0] - middle).days), abs(p[1].value - v)))
    weight = (1 - best / len(points)) * (1.0 if (hi - lo).days <= 3 else 0.6)
    return Fact(
        "toll", anchor.doc_id, anchor.sentence, anchor.start, anchor.end, anchor.text, middle.isoformat(), weight,
        report.sentence,
    )

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

from dateline.errors import QueryError
from dateline.query.common import check_limit, date_range, with_fold
from dateline.query.rows import Evidence
from dateline.query.toll_kinds import TollKind, classify_kind
from dateline.query.toll_places import PLACE_LABELS, locate, place_names, places_by_sentence
from dateline.query.toll_reporters import PlaceIndex, merge_reporters, reporter_name, reporter_place
from dateline.store import Store

__all__ = ["PLACE_LABELS", "TollKind", "TollPoint", "classify_kind", "tolls"]
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


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
    reporter: str  # one name per body (canonical when resolved, as written otherwise), "unattributed" if nobody
    reporter_as_written: str | None = None
    kind: str  # cumulative, incident, part
    place: str | None = None  # the place the figure names, else the sentence's, the reporter's, the article's
    place_basis: str | None = None  # figure, sentence, reporter, document
    publisher: str | None = None


_FIGURES_SQL = """
SELECT f.doc_id, d.date AS doc_date, d.title AS doc_title, f.sentence, COALESCE(s.text, '') AS sentence_text,
       COALESCE(s.start, 0) AS sentence_start,
       f.start, f."end", f.text, f.category, f.value, f.value_max, f.value_text, f.qualifier, f.who,
       f.reporter, COALESCE(c.name, e.name) AS reporter_name, COALESCE(c.label, e.label) AS reporter_label,
       COALESCE(c.aliases, e.aliases) AS reporter_aliases, c.id IS NOT NULL AS reporter_linked,
       f.place, f.parent, f.time_value,
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

    `place` matches the figure's place, else a place named in its sentence, else its reporter's place ("the Gaza
    Health Ministry"), else one named in its article (a sentence naming other places only rules the figure out);
    corpus aliases of the place count too. Reporters that denote one body go by one name (`toll_reporters`).
    """
    check_limit(limit)
    if not category or not category.strip():
        raise QueryError("give a figure category: killed, injured, hostages, ...", field="category")
    if kind is not None and kind not in ("cumulative", "incident", "part"):
        raise QueryError(f"kind must be cumulative, incident or part, not {kind!r}", field="kind")
    lo, hi = date_range(date_from, date_to)
    conn = with_fold(store.connection)
    cur = conn.execute(_FIGURES_SQL, {"category": category.strip().lower()})
    columns = [c[0] for c in cur.description]
    rows = [dict(zip(columns, r, strict=True)) for r in cur]
    wanted_place = place_names(conn, place.strip()) if place and place.strip() else None
    places = places_by_sentence(conn, sorted({str(r["doc_id"]) for r in rows}))
    known = PlaceIndex(conn)
    kept: list[tuple[dict[str, object], str, str | None, str | None]] = []  # row, reporter name, place, basis
    canonical: set[str] = set()
    for r in rows:
        aliases = json.loads(str(r["reporter_aliases"])) if r["reporter_aliases"] else []
        name = reporter_name(
            r["reporter"], r["reporter_name"], r["reporter_label"], aliases  # type: ignore[arg-type]
        )
        if r["reporter_linked"] and name == r["reporter_name"]:
            canonical.add(name)
        where, basis = locate(r, places, wanted_place, reporter_place(name, known))
        if wanted_place is not None and where is None:
            continue
        kept.append((r, name, where, basis))
    shown = merge_reporters([(name, where) for _, name, where, _ in kept], known, canonical)
    wanted_reporter = reporter.strip().casefold() if reporter and reporter.strip() else None
    points: list[TollPoint] = []
    for (r, _, where, basis), display in zip(kept, shown, strict=True):
        stated = r["interval_start"] if r["interval_start"] and r["interval_start"] == r["interval_end"] else None
        if stated is None and isinstance(r["time_value"], str) and _DAY.match(r["time_value"]):
            stated = r["time_value"][:10]
        day = stated or r["doc_date"]
        if (lo and (day is None or day < lo)) or (hi and (day is None or day > hi)):  # type: ignore[operator]
            continue
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

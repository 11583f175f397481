"""Quotes, figures and events across the corpus, each with its evidence (document, date, sentence)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel

from dateline.query.common import check_limit, date_range, with_fold
from dateline.query.rows import EventRow, FigureRow, QuoteRow
from dateline.store import Store

_EVIDENCE = """r.doc_id, d.date AS doc_date, d.title AS doc_title, r.sentence,
       COALESCE(s.text, '') AS sentence_text, r.start, r."end", r.text"""
_JOIN_EVIDENCE = """JOIN documents d ON d.id = r.doc_id
LEFT JOIN sentences s ON s.doc_id = r.doc_id AND s.sentence = r.sentence"""

_QUOTES_SQL = f"""
SELECT {_EVIDENCE}, r.kind, r.speaker, r.speaker_entity, e.name AS speaker_name, r.cue
FROM quotes r
{_JOIN_EVIDENCE}
LEFT JOIN entities e ON e.doc_id = r.doc_id AND e.key = r.speaker_entity
WHERE (:speaker IS NULL OR instr(dateline_fold(
         COALESCE(r.speaker, '') || ' ' || COALESCE(e.name, '') || ' ' || COALESCE(r.speaker_entity, '')
       ), :speaker) > 0)
  AND (:date_from IS NULL OR d.date >= :date_from)
  AND (:date_to IS NULL OR d.date <= :date_to)
ORDER BY d.date IS NULL, d.date, r.doc_id, r.seq
LIMIT :limit
"""

# Figures and events refer to the days of their own time expression when they have one, else to the
# document's date; the range filter keeps those whose days overlap it.
_DATED = """
WITH dated AS (
  SELECT r.*, d.date AS doc_date, d.title AS doc_title,
         COALESCE(t.interval_start, d.date) AS date_start,
         COALESCE(t.interval_end, t.interval_start, d.date) AS date_end
  FROM {table} r
  JOIN documents d ON d.id = r.doc_id
  LEFT JOIN timexes t ON t.doc_id = r.doc_id AND t.tid = r.time_tid
)
SELECT r.doc_id, r.doc_date, r.doc_title, r.sentence, COALESCE(s.text, '') AS sentence_text,
       r.start, r."end", r.text, {columns}, r.date_start, r.date_end
FROM dated r
LEFT JOIN sentences s ON s.doc_id = r.doc_id AND s.sentence = r.sentence
WHERE {where}
  -- within the range, not merely overlapping it: a figure dated "2025" (the whole year) is not a March figure
  AND (:date_from IS NULL OR r.date_start >= :date_from)
  AND (:date_to IS NULL OR r.date_end <= :date_to)
-- oldest first by the record's own days (undated records last), then document and place in its text
ORDER BY r.date_start IS NULL, r.date_start, r.doc_id, r.start, r.seq
LIMIT :limit
"""

_FIGURES_SQL = _DATED.format(
    table="figures",
    columns="r.id, r.category, r.value, r.value_max, r.value_text, r.unit, r.qualifier, r.who, r.reporter, "
    "r.place, r.parent, r.time_value, r.time_source",
    where="(:category IS NULL OR r.category = :category)",
)

_EVENTS_SQL = _DATED.format(
    table="events",
    columns="r.id, r.type, r.trigger, r.mode, r.modality, r.source_actor, r.target_actor, r.place, "
    "r.place_precision, r.time_value, r.time_precision, r.time_explicit",
    where="(:type IS NULL OR r.type = :type) "
    "AND (:place IS NULL OR instr(dateline_fold(COALESCE(r.place, '')), :place) > 0)",
)


def _folded(text: str | None) -> str | None:
    return text.strip().casefold() if text and text.strip() else None


def _run(store: Store, sql: str, params: dict[str, Any], row: type[BaseModel]) -> list[Any]:
    cur = with_fold(store.connection).execute(sql, params)
    names = [c[0] for c in cur.description]
    return [row.model_validate(dict(zip(names, r, strict=True))) for r in cur]


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int = 100,
) -> list[QuoteRow]:
    """Quotes in date order; `speaker` matches part of the speaker as written or as resolved, any case."""
    check_limit(limit)
    lo, hi = date_range(date_from, date_to)
    params = {"speaker": _folded(speaker), "date_from": lo, "date_to": hi, "limit": limit}
    return _run(store, _QUOTES_SQL, params, QuoteRow)


def figures(
    store: Store,
    *,
    category: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int = 100,
) -> list[FigureRow]:
    """Reported figures (killed, injured...) oldest first by the days they refer to, then document and position."""
    check_limit(limit)
    lo, hi = date_range(date_from, date_to)
    params = {
        "category": category.strip().lower() if category and category.strip() else None,
        "date_from": lo, "date_to": hi, "limit": limit,
    }
    return _run(store, _FIGURES_SQL, params, FigureRow)


def events(
    store: Store,
    *,
    type: str | None = None,
    place: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int = 100,
) -> list[EventRow]:
    """PLOVER events oldest first by their own date (else their document's), then document and position.

    `type` is a root type (ASSAULT...), `place` matches part of the place.
    """
    check_limit(limit)
    lo, hi = date_range(date_from, date_to)
    params = {
        "type": type.strip().upper() if type and type.strip() else None,
        "place": _folded(place), "date_from": lo, "date_to": hi, "limit": limit,
    }
    return _run(store, _EVENTS_SQL, params, EventRow)

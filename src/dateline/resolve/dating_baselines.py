"""The two baselines `dateline eval dating` reports beside the dating step (same store, same hidden documents)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from dateline.resolve.dating_text import full_day
from dateline.resolve.dating_topic import similar


def latest_text_dates(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> dict[str, dt.date | None]:
    """(a) The latest full date written in each document (not computed from another expression), or None."""
    out: dict[str, dt.date | None] = {}
    for doc_id in doc_ids:
        days = [
            day
            for (value,) in conn.execute(
                "SELECT CASE WHEN on_inferred_date = 1 AND base_value IS NOT NULL THEN base_value ELSE value END "
                "FROM timexes WHERE doc_id = ? AND temporal_function = 0",
                (doc_id,),
            )
            if (day := full_day(value)) is not None
        ]
        out[doc_id] = max(days) if days else None
    return out


def most_similar_dates(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> dict[str, dt.date | None]:
    """(b) The date of the most similar document with a given or parsed date (TF-IDF cosine), or None."""
    dates = dict(
        conn.execute("SELECT id, date FROM documents WHERE date_source IN ('given', 'parsed') AND date IS NOT NULL")
    )
    neighbours = similar(conn, list(doc_ids), list(dates), k=1)
    out: dict[str, dt.date | None] = {}
    for doc_id in doc_ids:
        best = neighbours.get(doc_id)
        out[doc_id] = dt.date.fromisoformat(dates[best[0][0]]) if best else None
    return out

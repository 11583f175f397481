"""Re-resolve a document's time expressions against its inferred date, so "Monday" and "a week ago" get days.

The tagger is run again (without spaCy) on the document's text with the inferred date as DCT; its results are
matched to the stored timexes by span. The annotated value is kept in `timexes.base_value` and every change starts
from it, so running this again, or with another date, or with no date (undo), always gives the same store.
Events and figures pointing at a changed timex (time_tid) follow when they carried its old value.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from dateline.nlp.timex import interval, tag


def retime(conn: sqlite3.Connection, doc_id: str, dct: dt.date | None) -> int:
    """Set the document's timexes to their values under `dct` (None: back to the annotated values).

    Returns how many timexes changed value.
    """
    rows = conn.execute(
        'SELECT seq, start, "end", tid, type, value, base_value, on_inferred_date FROM timexes WHERE doc_id = ?',
        (doc_id,),
    ).fetchall()
    if not rows:
        return 0
    fresh = {}
    if dct is not None:
        (text,) = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        fresh = {(t.start, t.end): t for t in tag(text, dct, doc_id=doc_id)}
    changed = 0
    for seq, start, end, tid, typ, value, base_value, on_inferred in rows:
        base = base_value if on_inferred and base_value is not None else value
        new = fresh.get((start, end))
        new_value = new.value if new is not None and new.type == typ else base
        if new_value == value and (new_value != base) == bool(on_inferred):
            continue
        inferred = new_value != base
        span = interval(new_value) if typ in ("DATE", "TIME") else None
        conn.execute(
            "UPDATE timexes SET value = ?, interval_start = ?, interval_end = ?, base_value = ?, on_inferred_date = ? "
            "WHERE doc_id = ? AND seq = ?",
            (
                new_value,
                span[0].isoformat() if span else None,
                span[1].isoformat() if span else None,
                base if inferred else None,
                int(inferred),
                doc_id,
                seq,
            ),
        )
        if new_value != value:
            changed += 1
            for table in ("events", "figures"):
                conn.execute(
                    f"UPDATE {table} SET time_value = ? WHERE doc_id = ? AND time_tid = ? AND time_value = ?",
                    (new_value, doc_id, tid, value),
                )
    return changed

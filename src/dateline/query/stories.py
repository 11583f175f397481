"""Stories and corpus events (the events step's tables) as rows for the CLI and the library."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from dateline.errors import QueryError
from dateline.store import Store

MAX_SOURCES = 20  # report sentences shown per event in a story


def _conn(store: Store) -> sqlite3.Connection:
    conn = store.connection
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'stories'").fetchone()
    if not has:
        raise QueryError("this store has no corpus tables yet: run `dateline resolve` on it first", field="")
    return conn


def _no_stories_hint(conn: sqlite3.Connection) -> str:
    n_events = conn.execute("SELECT count(*) FROM corpus_events").fetchone()[0]
    if n_events == 0:
        return "no corpus events in this store: run `dateline resolve` first (it links events across articles)"
    return ""


def stories(
    store: Store,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    text: str | None = None,
    min_events: int = 1,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """Stories, biggest first (by reporting documents): title, dates, number of events and documents, keywords, and
    the story this one is the next chapter of (`continues`, a story id, or None)."""
    conn = _conn(store)
    sql = ["SELECT id, title, first_date, last_date, n_events, n_documents, keywords, "
           "json_extract(extra, '$.continues') FROM stories WHERE n_events >= ?"]
    params: list[Any] = [min_events]
    if date_from:
        sql.append("AND last_date >= ?")
        params.append(date_from.isoformat())
    if date_to:
        sql.append("AND first_date <= ?")
        params.append(date_to.isoformat())
    if text:
        sql.append("AND (title LIKE ? ESCAPE '\\' OR keywords LIKE ? ESCAPE '\\')")
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [like, like]
    sql.append("ORDER BY n_documents DESC, n_events DESC, id LIMIT ?")
    params.append(limit)
    rows = [
        {"id": r[0], "title": r[1], "first_date": r[2], "last_date": r[3], "n_events": r[4], "n_documents": r[5],
         "keywords": json.loads(r[6] or "[]"), "continues": r[7]}
        for r in conn.execute(" ".join(sql), params)
    ]
    if not rows and conn.execute("SELECT count(*) FROM stories").fetchone()[0] == 0:
        hint = _no_stories_hint(conn)
        if hint:
            raise QueryError(hint, field="")
    return rows


def _event_row(r: tuple) -> dict[str, Any]:
    return {
        "id": r[0], "type": r[1], "date": r[2], "date_end": r[3], "place": r[4], "actors": json.loads(r[5] or "[]"),
        "n_documents": r[6], "n_mentions": r[7], "first_reported": r[8], "summary": r[9],
    }


_EVENT_COLUMNS = "id, type, date, date_end, place, actors, n_documents, n_mentions, first_reported, summary"


def sources(conn: sqlite3.Connection, event_id: int, limit: int = MAX_SOURCES) -> list[dict[str, Any]]:
    """The report sentences of one corpus event: which document said it, when, and whether it only recalled it."""
    rows = conn.execute(
        """SELECT l.doc_id, d.date, d.title, ev.trigger, l.recalled, s.text,
                  (SELECT publisher FROM sources src WHERE src.doc_id = l.doc_id ORDER BY src.seq LIMIT 1)
           FROM event_links l
           JOIN documents d ON d.id = l.doc_id
           JOIN events ev ON ev.doc_id = l.doc_id AND ev.seq = l.seq
           LEFT JOIN sentences s ON s.doc_id = ev.doc_id AND s.sentence = ev.sentence
           WHERE l.event_id = ? ORDER BY l.recalled, d.date, l.doc_id, l.seq LIMIT ?""",
        (event_id, limit),
    )
    return [
        {"doc_id": r[0], "doc_date": r[1], "title": r[2], "trigger": r[3], "recalled": bool(r[4]),
         "sentence": " ".join((r[5] or "").split()), "publisher": r[6]}
        for r in rows
    ]


def _next_chapter(conn: sqlite3.Connection, story_id: int) -> int | None:
    row = conn.execute(
        "SELECT id FROM stories WHERE json_extract(extra, '$.continues') = ? ORDER BY id LIMIT 1", (story_id,)
    ).fetchone()
    return row[0] if row else None


def story(store: Store, story_id: int, *, with_sources: bool = True) -> dict[str, Any]:
    """One story: its fields (with its previous and next chapter, `continues` / `continued_by`) and its events in
    date order, each with its report sentences."""
    conn = _conn(store)
    r = conn.execute(
        "SELECT id, title, first_date, last_date, n_events, n_documents, keywords, "
        "json_extract(extra, '$.continues') FROM stories WHERE id = ?",
        (story_id,),
    ).fetchone()
    if r is None:
        hint = _no_stories_hint(conn) or "list them with `dateline stories`"
        raise QueryError(f"no story with id {story_id}: {hint}")
    out: dict[str, Any] = {"id": r[0], "title": r[1], "first_date": r[2], "last_date": r[3], "n_events": r[4],
                           "n_documents": r[5], "keywords": json.loads(r[6] or "[]"), "continues": r[7],
                           "continued_by": _next_chapter(conn, story_id), "events": []}
    for row in conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM corpus_events WHERE story_id = ? ORDER BY date IS NULL, date, id", (story_id,)
    ):
        event = _event_row(row)
        event["story_id"] = story_id
        event["n_recalls"] = conn.execute(
            "SELECT count(*) FROM event_links WHERE event_id = ? AND recalled = 1", (event["id"],)
        ).fetchone()[0]
        if with_sources:
            event["sources"] = sources(conn, event["id"])
        out["events"].append(event)
    return out


def corpus_event(store: Store, event_id: int) -> dict[str, Any]:
    """One corpus event with its story id and report sentences."""
    conn = _conn(store)
    row = conn.execute(f"SELECT {_EVENT_COLUMNS}, story_id FROM corpus_events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        raise QueryError(f"no corpus event with id {event_id}: see `dateline story ID` for the events of a story")
    event = _event_row(row[:-1])
    event["story_id"] = row[-1]
    event["sources"] = sources(conn, event_id)
    return event

"""Events and figures on a timeline's dates: what the annotators found happening, and counted, that day.

An event several articles report is one event (the corpus layer's merged event where it ran, else the same
type, trigger, actors and place); a figure is listed once per reporter and value: the toll by reporter.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from importlib.resources import files

from dateline.query.timeline_load import Selection, _chunks, _has_table, _marks
from dateline.query.timeline_rows import TimelineEvent, TimelineFigure

MAX_EVENTS = 5
MAX_FIGURES = 5


@cache
def _pronouns() -> frozenset[str]:
    text = (files("dateline.query") / "data" / "timeline_pronouns.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _names_someone(actor: str | None) -> bool:
    """Not empty, not a pronoun, not stray punctuation."""
    return bool(actor) and any(ch.isalnum() for ch in actor) and actor.strip().casefold() not in _pronouns()


def _name(actor: str | None) -> str | None:
    """An actor as shown on a timeline: a pronoun says nothing out of its sentence, so it is left out."""
    return actor if _names_someone(actor) else None


def _on_topic(sel: Selection) -> list[str]:
    return sorted({s.doc_id for s in sel.sents if s.match})


def events_by_day(
    conn: sqlite3.Connection, sel: Selection, days: list[str], event_type: str | None = None
) -> dict[str, list[TimelineEvent]]:
    if not days:
        return {}
    corpus = _has_table(conn, "event_links") and _has_table(conn, "corpus_events")
    cols = ("e.doc_id, e.sentence, e.type, e.trigger, e.source_actor, e.target_actor, e.place, e.modality, "
            "e.time_value, s.text")
    joins = " JOIN sentences s ON s.doc_id = e.doc_id AND s.sentence = e.sentence"
    if corpus:
        cols += ", el.event_id, ce.date"
        joins += (" LEFT JOIN event_links el ON el.doc_id = e.doc_id AND el.seq = e.seq"
                  " LEFT JOIN corpus_events ce ON ce.id = el.event_id")
    day_set = set(days)
    groups: dict[str, dict[tuple, list[tuple]]] = {}
    for chunk in _chunks(_on_topic(sel)):
        sql = f"SELECT {cols} FROM events e{joins} WHERE e.doc_id IN ({_marks(len(chunk))})"
        params: list = list(chunk)
        if event_type:
            sql += " AND e.type = ?"
            params.append(event_type.strip().upper())
        for row in conn.execute(sql, params):
            event_id, corpus_date = (row[10], row[11]) if corpus else (None, None)
            day = corpus_date or (row[8] or "")[:10]
            if day not in day_set or (corpus_date is None and len(row[8] or "") != 10):
                continue
            key = ("c", event_id) if event_id is not None else (
                row[2], row[3].casefold(), *((_name(x) or "").casefold() for x in row[4:7])
            )
            groups.setdefault(day, {}).setdefault(key, []).append((*row[:10], event_id))
    out: dict[str, list[TimelineEvent]] = {}
    for day, by_key in groups.items():
        events = []
        for rows in by_key.values():
            # the report naming most of who did what where (the first such one); none at all: left off
            first = min(rows, key=lambda r: (-sum(_names_someone(x) for x in r[4:7]), r[0], r[1]))
            if not any(_names_someone(x) for x in first[4:7]):
                continue
            events.append(TimelineEvent(
                type=first[2], trigger=first[3], source_actor=_name(first[4]), target_actor=_name(first[5]),
                place=_name(first[6]),
                modality=first[7], text=first[9], doc_id=first[0], sentence=first[1],
                n_reports=len({r[0] for r in rows}), corpus_event_id=first[10],
            ))
        events.sort(key=lambda e: (-e.n_reports, e.modality != "asserted", e.doc_id, e.sentence))
        out[day] = events[:MAX_EVENTS]
    return out


def figures_by_day(conn: sqlite3.Connection, sel: Selection, days: list[str]) -> dict[str, list[TimelineFigure]]:
    if not days:
        return {}
    day_set = set(days)
    groups: dict[str, dict[tuple, list[tuple]]] = {}
    for chunk in _chunks(_on_topic(sel)):
        rows = conn.execute(
            "SELECT f.doc_id, f.sentence, f.category, f.value, f.value_max, f.value_text, f.unit, f.qualifier, "
            "f.who, f.reporter, f.place, f.time_value, s.text, f.time_source FROM figures f "
            "JOIN sentences s ON s.doc_id = f.doc_id AND s.sentence = f.sentence "
            f"WHERE f.doc_id IN ({_marks(len(chunk))})",
            chunk,
        )
        for row in rows:
            day = row[11]
            if day not in day_set:
                continue
            key = (row[2], row[3], row[4], (row[9] or "").casefold())
            groups.setdefault(day, {}).setdefault(key, []).append(row)
    out: dict[str, list[TimelineFigure]] = {}
    for day, by_key in groups.items():
        ranked = []
        for rows in by_key.values():
            r = min(rows, key=lambda x: (x[0], x[1]))
            figure = TimelineFigure(
                category=r[2], value=r[3], value_max=r[4], value_text=r[5], unit=r[6], qualifier=r[7], who=r[8],
                reporter=r[9], place=r[10], text=r[12], doc_id=r[0], sentence=r[1],
                n_reports=len({x[0] for x in rows}),
            )
            # most reported first; then those its own sentence dates (not just printed that day), with a place
            dated = any(x[13] == "timex" for x in rows)
            ranked.append(((-figure.n_reports, not dated, figure.place is None, figure.category,
                            -(figure.value or 0)), figure))
        ranked.sort(key=lambda x: x[0])
        out[day] = [f for _, f in ranked[:MAX_FIGURES]]
    return out

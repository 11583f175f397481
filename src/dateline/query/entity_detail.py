"""One corpus entity in full: its names, type, place, documents over time, and what it said, did and reported.

A name is looked up by its folded form (case and accents ignored), then among aliases, then as part of a name.
Several entities with that exact name (e.g. "Georgia" the country and the US state's entity) -> the one in most
documents, with the others listed in `others` so the caller can say so; only partial matches -> QueryError
listing them. Reads the corpus layer: `dateline resolve` must have run.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import sqlite3
from typing import Any

from pydantic import BaseModel, Field

from dateline.errors import QueryError
from dateline.query.common import check_limit
from dateline.query.entities import is_resolved
from dateline.query.rows import EntityRow, EventRow, FigureRow, QuoteRow, Row
from dateline.resolve.entity_names import fold
from dateline.store import Store

_ENTITY_COLUMNS = (
    "id, name, label, n_documents, n_mentions, first_date, last_date, aliases, precision, lat, lon, country_code"
)
MAX_CHOICES = 8


class MonthCount(Row):
    month: str  # YYYY-MM, or "undated"
    n_documents: int


class EntityDocument(Row):
    doc_id: str
    date: dt.date | None = None
    title: str | None = None
    names: list[str] = Field(default_factory=list)  # how this document names the entity
    n_mentions: int


class EntityDetail(Row):
    entity: EntityRow
    geonames_id: int | None = None
    place_kind: str | None = None
    titles: list[str] = Field(default_factory=list)
    months: list[MonthCount] = Field(default_factory=list)
    documents: list[EntityDocument] = Field(default_factory=list)
    quotes: list[QuoteRow] = Field(default_factory=list)
    events: list[EventRow] = Field(default_factory=list)
    figures: list[FigureRow] = Field(default_factory=list)
    others: list[EntityRow] = Field(default_factory=list)  # other entities with the same name, not shown


def _row(r: tuple[Any, ...]) -> EntityRow:
    cid, name, label, n_docs, n_mentions, first, last, aliases_json, precision, lat, lon, cc = r
    aliases = json.loads(aliases_json)
    return EntityRow(
        id=cid, name=name, label=label, n_documents=n_docs, n_mentions=n_mentions, first_date=first,
        last_date=last, aliases=aliases, n_aliases=len(aliases), precision=precision, lat=lat, lon=lon,
        country_code=cc,
    )


def find_entities(conn: sqlite3.Connection, name: str, label: str | None = None) -> tuple[list[EntityRow], bool]:
    """Entities a name denotes, most documents first, and whether the match is exact (name or alias)."""
    wanted = fold(name)
    if not wanted:
        raise QueryError("give an entity name, e.g. `dateline entity \"Antony Blinken\"`", field="name")
    lab = label.strip().upper() if label else None
    where_label = "AND (:label IS NULL OR label = :label)"
    params = {"fold": wanted, "label": lab}
    exact = conn.execute(
        f"SELECT {_ENTITY_COLUMNS} FROM corpus_entities WHERE fold = :fold {where_label}", params,
    ).fetchall()
    # an alias spelled exactly (any case): "Trump" is Donald Trump's alias before it is the name of the few
    # articles' "Trump" that could not be joined to him. Aliases are JSON lists, scanned in the table.
    exact += [
        r for r in conn.execute(
            f"SELECT {_ENTITY_COLUMNS} FROM corpus_entities WHERE instr(lower(aliases), :low) > 0 "
            f"{where_label}", {**params, "low": name.strip().lower()},
        )
        if wanted in {fold(a) for a in json.loads(r[7])} and r not in exact
    ]
    if exact:
        exact.sort(key=lambda r: (-r[3], -r[4], r[0]))
        return [_row(r) for r in exact], True
    partial = conn.execute(
        f"SELECT {_ENTITY_COLUMNS} FROM corpus_entities WHERE instr(fold, :fold) > 0 {where_label} "
        "ORDER BY n_documents DESC, n_mentions DESC LIMIT :n", {**params, "n": MAX_CHOICES},
    ).fetchall()
    return [_row(r) for r in partial], False


def close_names(conn: sqlite3.Connection, name: str) -> list[str]:
    """Spellings near a name that matched nothing (among the 20,000 entities in most documents)."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM corpus_entities ORDER BY n_documents DESC, n_mentions DESC LIMIT 20000"
    )]
    by_fold: dict[str, str] = {}
    for n in reversed(names):  # the full name, and each longer word of it (a misspelt surname finds the person)
        by_fold[fold(n)] = n
        by_fold.update({w: n for w in fold(n).split() if len(w) >= 4})
    close = difflib.get_close_matches(fold(name), list(by_fold), n=10, cutoff=0.75)
    return list(dict.fromkeys(by_fold[f] for f in close))[:5]


def _describe(rows: list[EntityRow]) -> str:
    return "; ".join(
        f"{r.name} ({r.label}, {r.n_documents} document{'' if r.n_documents == 1 else 's'}, id {r.id})" for r in rows
    )


def pick_entity(conn: sqlite3.Connection, name: str | None, label: str | None, entity_id: int | None) -> tuple[
    EntityRow, list[EntityRow]
]:
    """The entity to show and the other exact matches passed over (empty when the name is unambiguous)."""
    if not is_resolved(conn):
        raise QueryError(
            "no corpus entities yet: run `dateline resolve` first (it merges entities across articles)", field=""
        )
    if entity_id is not None:
        row = conn.execute(f"SELECT {_ENTITY_COLUMNS} FROM corpus_entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            raise QueryError(
                f"no corpus entity with id {entity_id}: `dateline entities --json` lists their ids", field="id"
            )
        return _row(row), []
    if name is None:
        raise QueryError("give an entity name (or an entity id: --id, API id=)", field="name")
    found, exact = find_entities(conn, name, label)
    if exact:
        return found[0], found[1:]
    if len(found) == 1:
        return found[0], []
    if found:
        raise QueryError(
            f"several entities contain {name!r}: {_describe(found)}; "
            "give the full name, a type or an id (--type/--id, API type=/id=)", field="name",
        )
    close = close_names(conn, name)
    hint = f"; close matches: {', '.join(close)}" if close else "; `dateline entities --name PART` lists names"
    raise QueryError(f"no entity named {name!r}{hint}", field="name")


_LINKED = "SELECT e.doc_id, e.key FROM entity_links l JOIN entities e ON e.doc_id = l.doc_id AND e.seq = l.seq " \
          "WHERE l.corpus_id = :id"
_EVIDENCE = """r.doc_id, d.date AS doc_date, d.title AS doc_title, r.sentence,
       COALESCE(s.text, '') AS sentence_text, r.start, r."end", r.text"""
_JOIN = """JOIN documents d ON d.id = r.doc_id
LEFT JOIN sentences s ON s.doc_id = r.doc_id AND s.sentence = r.sentence"""
_QUOTES = f"""
WITH linked AS ({_LINKED})
SELECT {_EVIDENCE}, r.kind, r.speaker, r.speaker_entity, :name AS speaker_name, r.cue
FROM linked k JOIN quotes r ON r.doc_id = k.doc_id AND r.speaker_entity = k.key
{_JOIN}
ORDER BY d.date IS NULL, d.date, r.doc_id, r.seq LIMIT :limit
"""
_DATED = """
WITH linked AS ({linked})
SELECT r.doc_id, d.date AS doc_date, d.title AS doc_title, r.sentence, COALESCE(s.text, '') AS sentence_text,
       r.start, r."end", r.text, {columns},
       COALESCE(t.interval_start, d.date) AS date_start, COALESCE(t.interval_end, t.interval_start, d.date) AS date_end
FROM {table} r
JOIN documents d ON d.id = r.doc_id
LEFT JOIN sentences s ON s.doc_id = r.doc_id AND s.sentence = r.sentence
LEFT JOIN timexes t ON t.doc_id = r.doc_id AND t.tid = r.time_tid
WHERE EXISTS (SELECT 1 FROM linked k WHERE k.doc_id = r.doc_id AND ({match}))
ORDER BY date_start IS NULL, date_start, r.doc_id, r.start LIMIT :limit
"""
_EVENTS = _DATED.format(
    linked=_LINKED, table="events",
    columns="r.id, r.type, r.trigger, r.mode, r.modality, r.source_actor, r.target_actor, r.place, "
    "r.place_precision, r.time_value, r.time_precision, r.time_explicit",
    match="k.key = r.source_entity OR k.key = r.target_entity",
)
_FIGURES = _DATED.format(
    linked=_LINKED, table="figures",
    columns="r.id, r.category, r.value, r.value_max, r.value_text, r.unit, r.qualifier, r.who, r.reporter, "
    "r.place, r.parent, r.time_value, r.time_source",
    match="k.key = r.reporter_entity",
)
_DOCUMENTS = """
SELECT l.doc_id, d.date, d.title, json_group_array(e.name), SUM(MAX(e.n_mentions, 1))
FROM entity_links l JOIN entities e ON e.doc_id = l.doc_id AND e.seq = l.seq JOIN documents d ON d.id = l.doc_id
WHERE l.corpus_id = :id GROUP BY l.doc_id
ORDER BY d.date IS NULL, d.date DESC, l.doc_id
"""


def _records(conn: sqlite3.Connection, sql: str, params: dict[str, Any], model: type[BaseModel]) -> list[Any]:
    cur = conn.execute(sql, params)
    names = [c[0] for c in cur.description]
    return [model.model_validate(dict(zip(names, r, strict=True))) for r in cur]


def entity_detail(
    store: Store,
    name: str | None = None,
    *,
    label: str | None = None,
    entity_id: int | None = None,
    limit: int = 20,
) -> EntityDetail:
    """Everything known about one corpus entity; `limit` caps each list (documents, quotes, events, figures)."""
    check_limit(limit)
    conn = store.connection
    row, others = pick_entity(conn, name, label, entity_id)
    params = {"id": row.id, "name": row.name, "limit": limit}
    extra_json, geonames_id, place_kind = conn.execute(
        "SELECT extra, geonames_id, place_kind FROM corpus_entities WHERE id = ?", (row.id,)
    ).fetchone()
    extra = json.loads(extra_json or "{}")
    months: dict[str, int] = {}
    documents = []
    for doc_id, date, title, names_json, n_mentions in conn.execute(_DOCUMENTS, params):
        month = date[:7] if date else "undated"
        months[month] = months.get(month, 0) + 1
        if len(documents) < limit:
            documents.append(EntityDocument(
                doc_id=doc_id, date=date, title=title, names=list(dict.fromkeys(json.loads(names_json))),
                n_mentions=n_mentions,
            ))
    titles = sorted(extra.get("titles", {}), key=lambda t: -extra["titles"][t])
    return EntityDetail(
        entity=row, geonames_id=geonames_id, place_kind=place_kind, titles=titles,
        months=[MonthCount(month=m, n_documents=n) for m, n in sorted(months.items())],
        documents=documents,
        quotes=_records(conn, _QUOTES, params, QuoteRow),
        events=_records(conn, _EVENTS, params, EventRow),
        figures=_records(conn, _FIGURES, params, FigureRow),
        others=others,
    )

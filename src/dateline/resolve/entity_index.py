"""The lookups a run matches new documents through, and the writes that keep `corpus_entities` in step.

The index holds only (id, label, key, surname, documents) per corpus entity, read through the table (no document
is re-read); full rows are loaded only for the entities a run touches. Co-occurrence profiles are read through
`entity_links_corpus` for the one entity a surname may join.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from dateline.resolve.entity_cluster import Cluster
from dateline.resolve.entity_names import fold, group_of

_COLUMNS = "id, label, n_documents, n_mentions, first_date, last_date, extra"
_BATCH = 500


@dataclass
class Index:
    by_key: dict[tuple[str, str], int] = field(default_factory=dict)
    by_surname: dict[str, list[int]] = field(default_factory=dict)
    n_documents: dict[int, int] = field(default_factory=dict)


def load_index(conn: sqlite3.Connection) -> Index:
    index = Index()
    rows = conn.execute(
        "SELECT id, label, n_documents, json_extract(extra, '$.key'), json_extract(extra, '$.surname') "
        "FROM corpus_entities"
    )
    for cid, label, n_docs, key, surname in rows:
        index.n_documents[cid] = n_docs
        slot = (group_of(label), key or "")
        if slot not in index.by_key or n_docs > index.n_documents[index.by_key[slot]]:
            index.by_key[slot] = cid
        if surname:
            index.by_surname.setdefault(surname, []).append(cid)
    return index


def load_clusters(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Cluster]:
    wanted = list(dict.fromkeys(ids))
    out: dict[int, Cluster] = {}
    for i in range(0, len(wanted), _BATCH):
        chunk = wanted[i : i + _BATCH]
        sql = f"SELECT {_COLUMNS} FROM corpus_entities WHERE id IN ({', '.join('?' * len(chunk))})"
        for row in conn.execute(sql, chunk):
            out[row[0]] = Cluster.from_row(row)
    return out


def old_links(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> list[tuple[str, int, int]]:
    """(doc_id, seq, corpus_id) already stored for documents a run is about to redo."""
    out: list[tuple[str, int, int]] = []
    for i in range(0, len(doc_ids), _BATCH):
        chunk = list(doc_ids[i : i + _BATCH])
        marks = ", ".join("?" * len(chunk))
        out += conn.execute(f"SELECT doc_id, seq, corpus_id FROM entity_links WHERE doc_id IN ({marks})", chunk)
        conn.execute(f"DELETE FROM entity_links WHERE doc_id IN ({marks})", chunk)
    return out


def stored_profile(conn: sqlite3.Connection, corpus_id: int) -> Counter[int]:
    """Corpus entities co-occurring with this one in stored documents: entity id -> documents."""
    rows = conn.execute(
        "SELECT l2.corpus_id, COUNT(DISTINCT l2.doc_id) FROM entity_links l1 "
        "JOIN entity_links l2 ON l2.doc_id = l1.doc_id "
        "WHERE l1.corpus_id = ? AND l2.corpus_id != ? GROUP BY l2.corpus_id",
        (corpus_id, corpus_id),
    )
    return Counter(dict(rows))


def refresh_dates(conn: sqlite3.Connection, cluster: Cluster) -> None:
    """First and last dates after documents were taken away (a min/max cannot be decremented): the stored links'
    and those of this run's documents, whose links are written after the entities."""
    first, last = conn.execute(
        "SELECT MIN(d.date), MAX(d.date) FROM entity_links l JOIN documents d ON d.id = l.doc_id "
        "WHERE l.corpus_id = ?",
        (cluster.id,),
    ).fetchone()
    dates = [d for d in (first, last, *cluster.added_dates) if d]
    cluster.first_date, cluster.last_date = (min(dates), max(dates)) if dates else (None, None)


def _place_values(c: Cluster) -> tuple[object, ...]:
    p = c.place
    return (p.get("kind"), p.get("precision"), p.get("lat"), p.get("lon"), p.get("geonames_id"), p.get("country_code"))


def save(conn: sqlite3.Connection, clusters: Iterable[Cluster]) -> dict[str, int]:
    """Insert new entities, update changed ones in place, delete those left without documents."""
    counts = Counter({"created": 0, "updated": 0, "deleted": 0})
    emptied = []
    for c in clusters:
        if not c.dirty:
            continue
        if c.id is not None and c.n_documents <= 0:
            emptied.append(c.id)  # deleted after the inserts, so a new entity never takes a just-freed id
            continue
        c.settle_label()
        if c.dates_stale and c.id is not None:
            refresh_dates(conn, c)
        name = c.display_name()
        values = (
            name, fold(name), c.label, _json_list(c.alias_list(name)), c.n_documents, c.n_mentions,
            c.first_date, c.last_date, *_place_values(c), c.extra(),
        )
        if c.id is None:
            cur = conn.execute(
                "INSERT INTO corpus_entities (name, fold, label, aliases, n_documents, n_mentions, first_date, "
                "last_date, place_kind, precision, lat, lon, geonames_id, country_code, extra) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            c.id = int(cur.lastrowid or 0)
            counts["created"] += 1
        else:
            conn.execute(
                "UPDATE corpus_entities SET name = ?, fold = ?, label = ?, aliases = ?, n_documents = ?, "
                "n_mentions = ?, first_date = ?, last_date = ?, place_kind = ?, precision = ?, lat = ?, lon = ?, "
                "geonames_id = ?, country_code = ?, extra = ? WHERE id = ?",
                (*values, c.id),
            )
            counts["updated"] += 1
        c.dirty = False
    for cid in emptied:
        conn.execute("DELETE FROM corpus_entities WHERE id = ?", (cid,))
        counts["deleted"] += 1
    return dict(counts)


def _json_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)

"""Entities over the corpus: who and what the articles talk about, and when.

Once the corpus layer has run (`dateline resolve`), the list reads `corpus_entities` through its rank index
(one row per real-world entity: "Blinken" and "Antony Blinken" together). Before, it aggregates the
per-document entities by (name, label) as they are.
"""

from __future__ import annotations

import json
import sqlite3

from dateline.query.common import check_limit, with_fold
from dateline.query.rows import EntityRow
from dateline.store import Store

# Mention labels that are times, not things: the temporal tagger covers them. Listed only when asked for.
TIME_LABELS = ("DATE", "TIME")

# Per document: the entity annotator's entities where it ran, else that document's NER mentions grouped
# by spelling (case-insensitively), so the corpus view works before and after entity resolution.
_ENTITIES_SQL = """
WITH per_doc AS (
  SELECT e.doc_id, e.name, e.label, e.aliases,
         CASE WHEN e.n_mentions > 0 THEN e.n_mentions
              ELSE (SELECT COUNT(*) FROM mentions m WHERE m.doc_id = e.doc_id AND m.entity = e.key) END
           AS n_mentions
  FROM entities e
  UNION ALL
  SELECT m.doc_id, MIN(m.text), m.label, json_group_array(DISTINCT m.text), COUNT(*)
  FROM mentions m
  WHERE NOT EXISTS (SELECT 1 FROM entities e2 WHERE e2.doc_id = m.doc_id)
  GROUP BY m.doc_id, dateline_fold(m.text), m.label
)
SELECT MIN(p.name) AS name, p.label, COUNT(DISTINCT p.doc_id) AS n_documents,
       SUM(p.n_mentions) AS n_mentions, MIN(d.date) AS first_date, MAX(d.date) AS last_date,
       json_group_array(json(p.aliases)) AS aliases
FROM per_doc p JOIN documents d ON d.id = p.doc_id
WHERE (:label IS NULL OR p.label = :label)
  AND (:label IS NOT NULL OR p.label NOT IN ({time_labels}))
  AND (:name IS NULL OR instr(dateline_fold(p.name || ' ' || p.aliases), :name) > 0)
GROUP BY dateline_fold(p.name), p.label
ORDER BY n_documents DESC, n_mentions DESC, dateline_fold(MIN(p.name)), p.label
LIMIT :limit
""".format(time_labels=", ".join(f"'{label}'" for label in TIME_LABELS))


# Reads the rank index (corpus_entities_rank, or corpus_entities_label_rank with a label) in order and stops at
# the limit: the top 100 of 100,000 documents' entities in a few milliseconds.
_CORPUS_SQL = """
SELECT id, name, label, n_documents, n_mentions, first_date, last_date, aliases, precision, lat, lon, country_code
FROM corpus_entities
WHERE (:label IS NULL OR label = :label)
  AND (:label IS NOT NULL OR label NOT IN ({time_labels}))
  AND (:name IS NULL OR instr(fold, :name) > 0 OR instr(dateline_fold(aliases), :name) > 0)
ORDER BY n_documents DESC, n_mentions DESC
LIMIT :limit
""".format(time_labels=", ".join(f"'{label}'" for label in TIME_LABELS))


def is_resolved(conn: sqlite3.Connection) -> bool:
    """Whether the corpus entities exist (the store has the corpus tables and the entities step has run)."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'corpus_entities'"
    ).fetchone()
    return bool(has_table) and conn.execute("SELECT 1 FROM corpus_entities LIMIT 1").fetchone() is not None


def entities(
    store: Store, *, label: str | None = None, name: str | None = None, limit: int = 100
) -> list[EntityRow]:
    """Entities by number of documents; `name` matches part of a name or alias, any case (accents ignored
    once resolved)."""
    check_limit(limit)
    conn = with_fold(store.connection)
    if is_resolved(conn):
        return _corpus_entities(conn, label, name, limit)
    params = {
        "label": label.strip().upper() if label else None,
        "name": name.strip().casefold() if name and name.strip() else None,
        "limit": limit,
    }
    out = []
    for row in conn.execute(_ENTITIES_SQL, params):
        display, label_, n_docs, n_mentions, first, last, aliases_json = row
        aliases: dict[str, None] = {}
        for group in json.loads(aliases_json):
            aliases.update(dict.fromkeys(a for a in group if a != display))
        out.append(EntityRow(
            name=display, label=label_, n_documents=n_docs, n_mentions=n_mentions,
            first_date=first, last_date=last, aliases=list(aliases), n_aliases=len(aliases),
        ))
    return out


def _corpus_entities(conn: sqlite3.Connection, label: str | None, name: str | None, limit: int) -> list[EntityRow]:
    from dateline.resolve.entity_names import fold

    params = {
        "label": label.strip().upper() if label else None,
        "name": fold(name) if name and name.strip() else None,
        "limit": limit,
    }
    out = []
    for row in conn.execute(_CORPUS_SQL, params):
        cid, display, label_, n_docs, n_mentions, first, last, aliases_json, precision, lat, lon, cc = row
        aliases = json.loads(aliases_json)
        out.append(EntityRow(
            id=cid, name=display, label=label_, n_documents=n_docs, n_mentions=n_mentions, first_date=first,
            last_date=last, aliases=aliases, n_aliases=len(aliases), precision=precision, lat=lat, lon=lon,
            country_code=cc,
        ))
    return out

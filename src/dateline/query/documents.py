"""Listing and showing documents."""

from __future__ import annotations

import datetime as dt

from dateline.errors import QueryError
from dateline.model import AnnotatedDocument
from dateline.query.common import check_limit, date_range
from dateline.query.rows import DocumentRow
from dateline.store import Store

_LIST_SQL = """
SELECT d.id, d.title, d.date, d.date_source, d.date_confidence, d.language, d.n_words,
       (SELECT COUNT(*) FROM sentences s WHERE s.doc_id = d.id) AS n_sentences,
       (SELECT COUNT(*) FROM sources r WHERE r.doc_id = d.id) AS n_sources,
       (SELECT r.publisher FROM sources r WHERE r.doc_id = d.id ORDER BY r.seq LIMIT 1) AS publisher,
       (SELECT r.url FROM sources r WHERE r.doc_id = d.id ORDER BY r.seq LIMIT 1) AS url,
       d.added_at
FROM documents d
WHERE (:date_from IS NULL OR d.date >= :date_from)
  AND (:date_to IS NULL OR d.date <= :date_to)
  AND (:undated IS NULL OR (d.date IS NULL) = :undated)
ORDER BY d.date IS NULL, d.date, d.id
LIMIT :limit OFFSET :offset
"""


def list_documents(
    store: Store,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    undated: bool | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[DocumentRow]:
    """Documents in date order (undated last); `undated=True` lists only undated ones, False only dated."""
    check_limit(limit, offset)
    if undated and (date_from or date_to):
        raise QueryError("undated documents have no date to compare with --from/--to: use one or the other")
    lo, hi = date_range(date_from, date_to)
    cur = store.connection.execute(
        _LIST_SQL,
        {"date_from": lo, "date_to": hi, "undated": None if undated is None else int(undated),
         "limit": limit, "offset": offset},
    )
    names = [c[0] for c in cur.description]
    return [DocumentRow.model_validate(dict(zip(names, r, strict=True))) for r in cur]


def show_document(store: Store, doc_id_or_prefix: str) -> AnnotatedDocument:
    """The whole annotated document for an id or a unique prefix of one."""
    doc_id = store.resolve_doc_id(doc_id_or_prefix)
    ad = store.get_annotated(doc_id)
    if ad is None:  # deleted between the two statements by another writer
        raise QueryError(f"document {doc_id} is no longer in the store")
    return ad

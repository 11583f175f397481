"""Listing and showing documents."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from dateline.errors import QueryError
from dateline.model import AnnotatedDocument
from dateline.query.common import check_limit, date_range
from dateline.query.rows import DocumentRow, Row
from dateline.store import Store

_LIST_SQL = """
SELECT d.id, d.title, d.date, d.date_source, d.date_confidence,
       -- an article left undated still says why: the dating step's reason
       COALESCE(d.date_evidence, (SELECT i.reason FROM date_inferences i WHERE i.doc_id = d.id)) AS date_evidence,
       d.language, d.n_words,
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
        raise QueryError(
            "undated documents have no date to compare with --from/--to: use one or the other", field="undated"
        )
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


class DatingFact(Row):
    """One piece of evidence behind an inferred date; `date` is None for constraints (a weekday the text names)."""

    kind: str
    doc_id: str
    doc_title: str | None = None
    sentence: int
    sentence_text: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None
    date: dt.date | None = None
    weight: float | None = None


class DateInference(Row):
    """What the dating step concluded for a document that had no date: a day or interval, or why not."""

    doc_id: str
    date: dt.date | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    confidence: float | None = None
    reason: str
    evidence: list[DatingFact]
    resolved_at: str


def date_inference(store: Store, doc_id: str) -> DateInference | None:
    """The dating step's row for a document (None when it never considered it: the date was given)."""
    conn = store.connection
    try:
        row = conn.execute(
            "SELECT doc_id, date, earliest, latest, confidence, reason, evidence, resolved_at FROM date_inferences "
            "WHERE doc_id = ?",
            (doc_id,),
        ).fetchone()
    except sqlite3.OperationalError:  # a store from before the corpus layer
        return None
    if row is None:
        return None
    facts = [_fact(conn, f) for f in json.loads(row[6] or "[]")]
    return DateInference(
        doc_id=row[0], date=row[1], earliest=row[2], latest=row[3], confidence=row[4], reason=row[5],
        evidence=facts, resolved_at=row[7],
    )


def _fact(conn: sqlite3.Connection, f: dict[str, Any]) -> DatingFact:
    sentence = f.get("sentence", -1)
    found = conn.execute(
        "SELECT d.title, s.text FROM documents d LEFT JOIN sentences s ON s.doc_id = d.id AND s.sentence = ? "
        "WHERE d.id = ?",
        (sentence, f.get("doc_id")),
    ).fetchone()
    return DatingFact(
        kind=f["kind"],
        doc_id=f["doc_id"],
        doc_title=found[0] if found else None,
        sentence=sentence,
        sentence_text=found[1] if found else None,
        start=f.get("start"),
        end=f.get("end"),
        text=f.get("text"),
        date=f.get("date"),
        weight=f.get("weight"),
    )

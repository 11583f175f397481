"""What is in a store: counts by kind, the dates covered, the size."""

from __future__ import annotations

from dateline.query.rows import Stats
from dateline.store import Store


def stats(store: Store) -> Stats:
    """Counts of documents (dated/undated, by date source), records by type, the date range, the size."""
    conn = store.connection

    def one(sql: str) -> int:
        return conn.execute(sql).fetchone()[0] or 0

    def by(sql: str) -> dict[str, int]:
        return {str(k): n for k, n in conn.execute(sql)}

    n_docs, dated, words, date_min, date_max = conn.execute(
        "SELECT COUNT(*), COUNT(date), COALESCE(SUM(n_words), 0), MIN(date), MAX(date) FROM documents"
    ).fetchone()
    mentions_by_label = by("SELECT label, COUNT(*) n FROM mentions GROUP BY label ORDER BY n DESC, label")
    entities_by_label = by("SELECT label, COUNT(*) n FROM entities GROUP BY label ORDER BY n DESC, label")
    corpus_by_label = by("SELECT label, COUNT(*) n FROM corpus_entities GROUP BY label ORDER BY n DESC, label")
    timexes_by_type = by("SELECT type, COUNT(*) n FROM timexes GROUP BY type ORDER BY n DESC, type")
    page_count = one("PRAGMA page_count")
    page_size = one("PRAGMA page_size")
    return Stats(
        documents=n_docs,
        dated_documents=dated,
        undated_documents=n_docs - dated,
        documents_by_date_source=by(
            "SELECT date_source, COUNT(*) FROM documents GROUP BY date_source ORDER BY COUNT(*) DESC"
        ),
        sources=one("SELECT COUNT(*) FROM sources"),
        sentences=one("SELECT COUNT(*) FROM sentences"),
        words=words,
        mentions=sum(mentions_by_label.values()),
        mentions_by_label=mentions_by_label,
        entities=sum(entities_by_label.values()),
        entities_by_label=entities_by_label,
        corpus_entities=sum(corpus_by_label.values()),
        corpus_entities_by_label=corpus_by_label,
        timexes=sum(timexes_by_type.values()),
        timexes_by_type=timexes_by_type,
        quotes=one("SELECT COUNT(*) FROM quotes"),
        figures=one("SELECT COUNT(*) FROM figures"),
        events=one("SELECT COUNT(*) FROM events"),
        date_min=date_min,
        date_max=date_max,
        size_bytes=page_count * page_size,
    )

"""Measures the store on real pipeline output: bytes per 1,000 words and insert throughput (opt-in).

Run: python -m pytest -m slow -s tests/store/test_store_measure.py
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import time
from pathlib import Path

import pytest

from dateline.model import AnnotatedDocument, Document, SourceRef, document_id
from dateline.store import Store
from tests.conftest import shared_data

N_NEWS_ITEMS = 150
N_INSERTED = 300

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif("'slow' not in (config.option.markexpr or '')", reason="measurement: run with -m slow"),
]


def news_items(n: int) -> list[Document]:
    """The first `n` dated items of the news sample, as Documents."""
    path = shared_data("news-sample", "wikipedia_current_events.converted.jsonl.gz")
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            if item.get("date"):
                out.append(Document(
                    id=document_id(item["text"]), text=item["text"], title=item.get("title"),
                    date=dt.date.fromisoformat(item["date"]), date_source="given",
                    sources=[SourceRef(url=item.get("url"), publisher=item.get("source"), format="jsonl")],
                ))
            if len(out) == n:
                break
    return out


def renamed(ad: AnnotatedDocument, n: int) -> AnnotatedDocument:
    """A copy under a new document id (every record's doc_id follows), to insert many distinct documents."""
    data = ad.model_dump()
    new_id = f"{ad.document.id[:10]}{n:06x}"
    data["document"]["id"] = new_id
    for kind in ("mentions", "entities", "timexes", "quotes", "figures", "events"):
        for record in data[kind]:
            record["doc_id"] = new_id
    return AnnotatedDocument.model_validate(data)


def file_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def stored_size(ads: list[AnnotatedDocument], path: Path) -> int:
    """Bytes the documents add to an empty store file, after checkpoint and VACUUM."""
    empty = path.with_name("empty-" + path.name)
    for target, docs in ((empty, []), (path, ads)):
        with Store.open(target) as store:
            with store.transaction():
                for ad in docs:
                    store.add_annotated(ad)
            store.connection.execute("VACUUM")
            store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return file_size(path) - file_size(empty)


def test_store_size_and_insert_throughput(pipeline, seed_annotated, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    news = list(pipeline.annotate_many(news_items(N_NEWS_ITEMS)))
    annotated: list[AnnotatedDocument] = [*seed_annotated, *news]
    words = sum(ad.n_words for ad in annotated)

    # 2 seed articles fill too few pages to measure; 50 renamed copies of each give a stable figure.
    seed_copies = [renamed(ad, i) for i in range(50) for ad in seed_annotated]
    sets = {"seeds": seed_copies, "news": news, "all": annotated}
    sizes = {name: stored_size(ads, tmp_path / f"{name}.db") for name, ads in sets.items()}
    per_1k = {name: sizes[name] / sum(a.n_words for a in ads) * 1000 for name, ads in sets.items()}
    text_bytes = sum(len(ad.document.text.encode()) for ad in annotated)
    with Store.open(tmp_path / "all.db") as store:
        by_table = store.connection.execute(
            "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8"
        ).fetchall()

    many = [renamed(annotated[i % len(annotated)], i) for i in range(N_INSERTED)]
    with Store.open(tmp_path / "one_tx.db") as store:
        t0 = time.perf_counter()
        with store.transaction():
            for ad in many:
                store.add_annotated(ad)
        one_tx = N_INSERTED / (time.perf_counter() - t0)
    with Store.open(tmp_path / "per_doc.db") as store:
        t0 = time.perf_counter()
        for ad in many:
            with store.transaction():
                store.add_annotated(ad)
        per_doc = N_INSERTED / (time.perf_counter() - t0)

    print(
        f"\n{len(annotated)} documents ({len(seed_annotated)} seeds + {len(news)} news items), {words} words, "
        f"{sum(len(a.sentences) for a in annotated)} sentences, {sum(len(a.mentions) for a in annotated)} mentions, "
        f"{sum(len(a.timexes) for a in annotated)} timexes"
        f"\nstore size per 1,000 words: {per_1k['all']:,.0f} bytes overall ({sizes['all']:,} bytes), "
        f"{per_1k['seeds']:,.0f} for the seed articles (x50 copies), {per_1k['news']:,.0f} for the short news items "
        f"(text alone: {text_bytes / words * 1000:,.0f} bytes per 1,000 words)"
        f"\nlargest tables and indexes (bytes): {by_table}"
        f"\ninsert: {one_tx:,.0f} docs/s in one transaction, {per_doc:,.0f} docs/s with one transaction per doc "
        f"({N_INSERTED} docs, avg {sum(a.n_words for a in many) / N_INSERTED:.0f} words)"
    )
    assert per_1k["all"] < 100_000
    assert one_tx > 10

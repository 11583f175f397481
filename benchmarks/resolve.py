"""Benchmark the corpus step: resolving a store from scratch, adding 100 articles to it, and ingest for scale.

Measured in one run on the same machine:
  1. ingest of the corpus (annotation + store), the baseline the corpus step is compared with;
  2. `resolve --full` on the store minus 100 held-back documents (from scratch);
  3. the same 100 documents added back (their annotations copied, no re-annotation) and resolved incrementally.
Reports seconds, ms per article, and the ratios incremental / from-scratch and resolve / ingest.

    python benchmarks/resolve.py                                   # the bundled sample corpus
    python benchmarks/resolve.py --corpus ../shared/data/news-sample/wikipedia_current_events.converted.jsonl.gz
    python benchmarks/resolve.py --store ingested.db --ingest-seconds 38.2   # reuse an ingested store
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

PER_DOC_TABLES = ("documents", "sources", "sentences", "mentions", "entities", "timexes", "quotes", "figures", "events")


def _ingest(corpus: str, db: Path, workers: int) -> float:
    from dateline.ingest_job import ingest
    from dateline.store import Store

    t0 = time.perf_counter()
    with Store.open(db) as store:
        ingest([corpus], store, workers=workers)
    return time.perf_counter() - t0


def _hold_back(db: Path, held: Path, n: int, seed: int) -> list[str]:
    """Move `n` random documents (all their rows) from `db` into a copy kept at `held`."""
    shutil.copy(db, held)
    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
    chosen = random.Random(seed).sample(ids, min(n, len(ids)))
    conn.execute("PRAGMA foreign_keys = ON")
    conn.executemany("DELETE FROM documents WHERE id = ?", [(i,) for i in chosen])
    conn.commit()
    conn.close()
    return chosen


def _add_back(db: Path, held: Path, ids: list[str]) -> None:
    """Copy the held-back documents' rows into the store, as an ingest would write them (no re-annotation)."""
    conn = sqlite3.connect(db)
    conn.execute("ATTACH DATABASE ? AS held", (str(held),))
    marks = ", ".join("?" * len(ids))
    for table in PER_DOC_TABLES:
        key = "id" if table == "documents" else "doc_id"
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM held.{table} WHERE {key} IN ({marks})", ids)
    conn.commit()
    conn.close()


def _resolve(db: Path, *, full: bool) -> dict:
    from dateline.resolve import resolve_corpus
    from dateline.store import Store

    with Store.open(db) as store:
        report = resolve_corpus(store, full=full)
    return report.to_dict()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", help="any input `dateline ingest` reads (default: the bundled sample)")
    parser.add_argument("--store", type=Path, help="an already ingested store to copy instead of ingesting")
    parser.add_argument("--ingest-seconds", type=float, help="its ingest time, when --store is given")
    parser.add_argument("--add", type=int, default=100, help="documents added incrementally (default 100)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dateline-bench-resolve-") as tmp:
        db, held = Path(tmp) / "store.db", Path(tmp) / "held.db"
        if args.store:
            shutil.copy(args.store, db)
            ingest_s = args.ingest_seconds
        else:
            from dateline.cli.ingest import sample_corpus_path

            ingest_s = _ingest(args.corpus or str(sample_corpus_path()), db, args.workers)
        # A store opened read-write once has the corpus tables (older stores are migrated here).
        from dateline.store import Store

        Store.open(db).close()
        conn = sqlite3.connect(db)
        n_docs = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        conn.close()
        ids = _hold_back(db, held, args.add, args.seed)
        t0 = time.perf_counter()
        scratch = _resolve(db, full=True)
        scratch_s = time.perf_counter() - t0
        _add_back(db, held, ids)
        t0 = time.perf_counter()
        incremental = _resolve(db, full=False)
        incremental_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        _resolve(db, full=True)
        all_s = time.perf_counter() - t0
    result = {
        "documents": n_docs,
        "added": len(ids),
        "ingest_seconds": ingest_s,
        "resolve_from_scratch_seconds": round(scratch_s, 3),
        "resolve_incremental_seconds": round(incremental_s, 3),
        "resolve_all_seconds": round(all_s, 3),
        "ms_per_article_from_scratch": round(1000 * scratch_s / max(1, n_docs - len(ids)), 3),
        "ms_per_article_incremental": round(1000 * incremental_s / max(1, len(ids)), 3),
        "ratio_incremental_to_scratch": round(incremental_s / scratch_s, 4) if scratch_s else None,
        "ratio_resolve_to_ingest": round(all_s / ingest_s, 4) if ingest_s else None,
        "steps_from_scratch": scratch["steps"],
        "steps_incremental": incremental["steps"],
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for k, v in result.items():
            if not k.startswith("steps"):
                print(f"{k:32} {v}")
        for label in ("steps_from_scratch", "steps_incremental"):
            print(label + ": " + ", ".join(f"{s['step']} {s['seconds']:.2f}s/{s['documents']}" for s in result[label]))


if __name__ == "__main__":
    main()

"""Benchmark corpus entities: listing the top 100 at 100k documents, and the entity step's incremental cost.

A synthetic store is written directly with SQL (no spaCy): documents with ~4 per-document entities each, names
drawn from a Zipf-like distribution over people (with some surname-only and titled mentions), organisations
and places. Measured:
  1. `dateline entities` top 100 through the per-document aggregation (before resolution), in ms;
  2. the entity step from scratch on the whole store (seconds);
  3. the same listing through `corpus_entities` and its rank index, in ms (median of 5);
  4. at --small documents (default 10k): the step from scratch, then on --add (default 100) new documents
     (with the GeoNames data loaded afresh, as in a new `dateline ingest` process), and their ratio.

    python benchmarks/entities_resolved.py                  # 100k documents + 10k incremental (~2-3 min)
    python benchmarks/entities_resolved.py --docs 20000 --json
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

_SYLLABLES = ["ka", "lo", "mi", "ren", "to", "sa", "vi", "dor", "an", "el", "ri", "mus", "ta", "be", "no", "gar"]
_TITLES = ["President", "Minister", "Mr", "General", "Senator"]
_ORG_WORDS = ["Council", "Ministry", "Party", "Bank", "Agency", "Front", "Union", "Authority"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _population(rng: random.Random, n: int) -> list[tuple[str, str, str | None]]:
    """(label, full name, surname or None) per entity, most frequent first."""
    out: list[tuple[str, str, str | None]] = []
    for i in range(n):
        kind = i % 3
        if kind == 0:
            last = _word(rng)
            out.append(("PERSON", f"{_word(rng)} {last}", last))
        elif kind == 1:
            out.append(("ORG", f"{_word(rng)} {rng.choice(_ORG_WORDS)}", None))
        else:
            out.append(("GPE", _word(rng), None))
    return out


def build_store(path: Path, n_docs: int, seed: int, *, start: int = 0) -> list[str]:
    """Write `n_docs` synthetic documents (ids from `start`) with their entities; returns their ids."""
    from dateline.store import Store
    from dateline.store.schema import SCHEMA_VERSION

    rng = random.Random(seed)
    population = _population(random.Random(0), max(2000, n_docs // 2))
    cum_weights = list(itertools.accumulate(1 / (r + 1) for r in range(len(population))))
    indices = range(len(population))
    day0 = dt.date(2024, 1, 1)
    ids = []
    with Store.open(path) as store, store.transaction():
        conn = store.connection
        docs, entities = [], []
        for d in range(start, start + n_docs):
            doc_id = f"doc{d:08d}"
            ids.append(doc_id)
            date = (day0 + dt.timedelta(days=d % 700)).isoformat()
            docs.append((doc_id, f"Article {d}", date, "given", "en", 30, f"Synthetic article {d}.", SCHEMA_VERSION,
                         "2026-01-01T00:00:00+00:00"))
            chosen = dict.fromkeys(rng.choices(indices, cum_weights=cum_weights, k=4))
            for seq, idx in enumerate(chosen):
                label, name, surname = population[idx]
                roll = rng.random()
                if surname and roll < 0.15:
                    name = surname  # a surname alone
                elif surname and roll < 0.25:
                    name = f"{rng.choice(_TITLES)} {name}"
                entities.append((doc_id, seq, f"{label}:{name.lower()}", name, label, 1 + (roll < 0.3)))
        conn.executemany(
            "INSERT INTO documents (id, title, date, date_source, language, n_words, text, schema_version, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", docs,
        )
        conn.executemany(
            "INSERT INTO entities (doc_id, seq, key, name, label, n_mentions) VALUES (?, ?, ?, ?, ?, ?)", entities
        )
    return ids


def _list_ms(path: Path, repeat: int = 5) -> float:
    from dateline import query
    from dateline.store import Store

    times = []
    with Store.open(path, readonly=True) as store:
        for _ in range(repeat):
            t0 = time.perf_counter()
            rows = query.entities(store, limit=100)
            times.append((time.perf_counter() - t0) * 1000)
    assert len(rows) == 100
    return statistics.median(times)


def _step(path: Path, *, full: bool) -> float:
    from dateline.resolve import resolve_corpus
    from dateline.store import Store

    with Store.open(path) as store:
        t0 = time.perf_counter()
        resolve_corpus(store, full=full, steps=["entities"])
        return time.perf_counter() - t0


def _fresh_process_caches() -> None:
    """Forget the GeoNames data loaded by the full run: an ingest's resolution runs in a new process."""
    from dateline.resolve import entity_geo

    entity_geo._cities.cache_clear()
    entity_geo._countries.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000, help="documents of the large store (default 100k)")
    parser.add_argument("--small", type=int, default=10_000, help="documents of the incremental store (10k)")
    parser.add_argument("--add", type=int, default=100, help="documents added incrementally (default 100)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    out: dict[str, float | int] = {"documents": args.docs}
    with tempfile.TemporaryDirectory(prefix="dateline-bench-entities-") as tmp:
        big = Path(tmp) / "big.db"
        t0 = time.perf_counter()
        build_store(big, args.docs, args.seed)
        out["build_seconds"] = round(time.perf_counter() - t0, 1)
        out["list_top100_per_document_ms"] = round(_list_ms(big, repeat=1), 1)
        out["step_full_seconds"] = round(_step(big, full=True), 2)
        out["list_top100_corpus_ms"] = round(_list_ms(big), 2)
        small = Path(tmp) / "small.db"
        build_store(small, args.small, args.seed)
        out["small_documents"] = args.small
        out["small_step_full_seconds"] = round(_step(small, full=True), 3)
        build_store(small, args.add, args.seed + 1, start=args.small)
        _fresh_process_caches()
        out["added_documents"] = args.add
        out["small_step_incremental_seconds"] = round(_step(small, full=False), 3)
        out["incremental_over_full"] = round(out["small_step_incremental_seconds"] / out["small_step_full_seconds"], 4)
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for k, v in out.items():
            print(f"{k:<36}{v}")


if __name__ == "__main__":
    main()

"""Benchmark `dateline ingest` against plain spaCy `nlp.pipe` on the same texts, in the same run.

Each configuration runs in a fresh Python process so that peak memory (max RSS of the process and its
workers) is its own. Figures are reported as ratios against the spaCy baseline measured in this run.

    python benchmarks/ingest.py                       # the bundled sample corpus
    python benchmarks/ingest.py --corpus PATH --json  # any input dateline ingest reads
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _texts(corpus: str) -> list:
    from dateline.ingest import read_inputs
    from dateline.model import Document

    return [d for d in read_inputs([corpus]) if isinstance(d, Document)]


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024  # ru_maxrss is in KiB on Linux


def run_spacy(corpus: str) -> dict:
    """Baseline: the same English model through nlp.pipe, nothing of ours."""
    import spacy

    from dateline.nlp.pipeline import MODEL_NAME

    docs = _texts(corpus)
    nlp = spacy.load(MODEL_NAME, exclude=["lemmatizer"])
    started = time.perf_counter()
    words = 0
    for doc in nlp.pipe((d.text for d in docs), batch_size=32):
        words += sum(1 for t in doc if not (t.is_punct or t.is_space))
    seconds = time.perf_counter() - started
    return {"docs": len(docs), "words": words, "seconds": seconds, "peak_mb": _peak_mb()}


def run_dateline(corpus: str, workers: int) -> dict:
    """The whole job as the CLI runs it: read, annotate (all components), write to a fresh SQLite file."""
    from dateline.ingest_job import ingest
    from dateline.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        with Store.open(db) as store:
            started = time.perf_counter()
            report = ingest([corpus], store, workers=workers)
            seconds = time.perf_counter() - started
        size = db.stat().st_size + sum(p.stat().st_size for p in Path(tmp).glob("bench.db-*"))
    return {
        "docs": report.added,
        "words": report.words,
        "seconds": seconds,
        "peak_mb": _peak_mb(),
        "store_bytes": size,
        "failed": report.failed,
    }


def _child(mode: str, corpus: str) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, "--corpus", corpus]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    from dateline.cli.ingest import sample_corpus_path

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(sample_corpus_path()))
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        result = run_spacy(args.corpus) if args.child == "spacy" else run_dateline(args.corpus, int(args.child[-1]))
        print(json.dumps(result))
        return

    results = {
        "spacy nlp.pipe (baseline)": _child("spacy", args.corpus),
        "dateline ingest --workers 1": _child("workers1", args.corpus),
        "dateline ingest --workers 2": _child("workers2", args.corpus),
    }
    base = results["spacy nlp.pipe (baseline)"]
    base_wps = base["words"] / base["seconds"]
    for r in results.values():
        r["words_per_s"] = r["words"] / r["seconds"]
        r["docs_per_s"] = r["docs"] / r["seconds"]
        r["ratio_vs_spacy"] = r["words_per_s"] / base_wps
        if "store_bytes" in r and r["words"]:
            r["store_kb_per_1000_words"] = r["store_bytes"] / 1024 / (r["words"] / 1000)
    if args.json:
        print(json.dumps({"corpus": args.corpus, "cores": os.cpu_count(), "results": results}, indent=2))
        return
    print(f"corpus: {args.corpus}  ({base['docs']} documents, {base['words']:,} words; {os.cpu_count()} cores)")
    print(f"{'configuration':32} {'words/s':>10} {'docs/s':>8} {'x spaCy':>8} {'peak MB':>8} {'store KB/1k words':>18}")
    for name, r in results.items():
        store = f"{r['store_kb_per_1000_words']:.1f}" if "store_kb_per_1000_words" in r else "-"
        print(
            f"{name:32} {r['words_per_s']:>10,.0f} {r['docs_per_s']:>8.1f} {r['ratio_vs_spacy']:>8.2f} "
            f"{r['peak_mb']:>8.0f} {store:>18}"
        )


if __name__ == "__main__":
    main()

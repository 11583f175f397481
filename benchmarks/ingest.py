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


def _peak_mb() -> dict:
    """Max RSS of this process and of its largest worker (Linux reports children's max, not their sum)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # ru_maxrss is in KiB on Linux
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_mb_main": own, "peak_mb_largest_worker": child}


def _subset(corpus: str, limit: int, out: Path) -> str:
    """The first `limit` documents of any input, as one JSONL file, so every configuration reads the same."""
    docs = _texts(corpus)[:limit]
    with out.open("w", encoding="utf-8") as f:
        for d in docs:
            row = {"text": d.text, "date": d.date.isoformat() if d.date else None, "title": d.title}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return str(out)


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
    return {"docs": len(docs), "words": words, "seconds": seconds, **_peak_mb()}


def run_dateline(corpus: str, workers: int) -> dict:
    """The whole job as the CLI runs it: read, annotate (all components), write to a fresh SQLite file."""
    from dateline.ingest_job import ingest
    from dateline.nlp.pipeline import Pipeline
    from dateline.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        with Store.open(db) as store:
            started = time.perf_counter()
            pipeline = Pipeline()
            if workers == 1:  # in-process: the start-up cost (model + gazetteer) is paid here, measure it
                pipeline.annotate(pipeline_warmup_document())
            startup = time.perf_counter() - started
            report = ingest([corpus], store, workers=workers, pipeline=pipeline)
            seconds = time.perf_counter() - started
        size = db.stat().st_size + sum(p.stat().st_size for p in Path(tmp).glob("bench.db-*"))
    return {
        "docs": report.added,
        "words": report.words,
        "seconds": seconds,
        "startup_seconds": startup if workers == 1 else None,
        **_peak_mb(),
        "store_bytes": size,
        "failed": report.failed,
    }


def pipeline_warmup_document():  # type: ignore[no-untyped-def]
    from dateline.model import Document

    return Document(id="warmup", text="Talks resumed in Cairo on Monday, officials said.")


def _child(mode: str, corpus: str) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, "--corpus", corpus]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    from dateline.cli.ingest import sample_corpus_path

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(sample_corpus_path()))
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents of the corpus")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        result = run_spacy(args.corpus) if args.child == "spacy" else run_dateline(args.corpus, int(args.child[-1]))
        print(json.dumps(result))
        return

    tmpdir = tempfile.TemporaryDirectory()
    if args.limit:
        args.corpus = _subset(args.corpus, args.limit, Path(tmpdir.name) / "subset.jsonl")
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
    print("times include everything the command does (start-up, reading, annotation, writing) except spaCy's")
    print("baseline, which is nlp.pipe alone with the model already loaded")
    header = f"{'configuration':30} {'words/s':>9} {'docs/s':>7} {'x spaCy':>8} {'main MB':>8} {'worker MB':>9}"
    print(header + f" {'KB/1k words':>11} {'start-up s':>10}")
    for name, r in results.items():
        store = f"{r['store_kb_per_1000_words']:.1f}" if "store_kb_per_1000_words" in r else "-"
        startup = f"{r['startup_seconds']:.1f}" if r.get("startup_seconds") else "-"
        print(
            f"{name:30} {r['words_per_s']:>9,.0f} {r['docs_per_s']:>7.1f} {r['ratio_vs_spacy']:>8.2f} "
            f"{r['peak_mb_main']:>8.0f} {r['peak_mb_largest_worker']:>9.0f} {store:>11} {startup:>10}"
        )


if __name__ == "__main__":
    main()

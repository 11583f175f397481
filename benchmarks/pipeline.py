"""Annotation throughput of the whole pipeline, component by component, against spaCy alone, in one run.

Runs on one core (one process). The baseline is the same English model with no dateline component;
each dateline component's cost is timed on the same Docs.

    python benchmarks/pipeline.py                      # the bundled sample corpus
    python benchmarks/pipeline.py --corpus ../shared/data/quotes/polnear_articles.converted.jsonl.gz --limit 100
"""

from __future__ import annotations

import argparse
import json
import time
from itertools import islice


def main() -> None:
    from dateline.cli.ingest import sample_corpus_path
    from dateline.ingest import read_inputs
    from dateline.model import Document
    from dateline.nlp.pipeline import Pipeline

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(sample_corpus_path()))
    parser.add_argument("--limit", type=int, default=2000, help="at most this many documents")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    docs = [d for d in islice(read_inputs([args.corpus]), args.limit * 2) if isinstance(d, Document)][: args.limit]
    full = Pipeline()
    nlp = full.nlp
    base_names = [n for n in nlp.pipe_names if not n.startswith("dateline_")]
    ours = [n for n in nlp.pipe_names if n.startswith("dateline_")]
    list(full.annotate_many(docs[:5]))  # warm up

    # Baseline: spaCy's own components over nlp.pipe, as a user of spaCy alone would run them.
    started = time.perf_counter()
    with nlp.select_pipes(enable=base_names):
        spacy_docs = list(nlp.pipe((full.prepare(d) for d in docs), batch_size=32))
    base_s = time.perf_counter() - started
    words = sum(1 for doc in spacy_docs for t in doc if not (t.is_punct or t.is_space))

    # Each dateline component on the Docs spaCy produced, in pipeline order (later ones read earlier results).
    per_component: dict[str, float] = {}
    for name in ours:
        component = nlp.get_pipe(name)
        started = time.perf_counter()
        for doc in spacy_docs:
            component(doc)
        per_component[name] = time.perf_counter() - started

    # The whole job as `ingest` runs it: spaCy + components + conversion to dateline records.
    started = time.perf_counter()
    annotated = list(full.annotate_many(docs))
    total_s = time.perf_counter() - started

    result = {
        "corpus": args.corpus,
        "documents": len(docs),
        "words": words,
        "spacy_words_per_s": words / base_s,
        "pipeline_words_per_s": words / total_s,
        "ratio_pipeline_vs_spacy": base_s / total_s,
        "components_words_per_s": {k: words / v if v else None for k, v in per_component.items()},
        "components_share_of_total": {k: v / total_s for k, v in per_component.items()},
        "records": {
            k: sum(len(getattr(a, k)) for a in annotated)
            for k in ("timexes", "mentions", "entities", "quotes", "figures", "events")
        },
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"corpus: {args.corpus} ({len(docs)} documents, {words:,} words), one process")
    print(f"spaCy alone ({', '.join(base_names)}): {result['spacy_words_per_s']:,.0f} words/s")
    print(
        f"whole dateline pipeline:  {result['pipeline_words_per_s']:,.0f} words/s "
        f"({result['ratio_pipeline_vs_spacy']:.2f} x spaCy's speed)"
    )
    for name, wps in result["components_words_per_s"].items():
        share = result["components_share_of_total"][name]
        print(f"  {name:20} {wps:>12,.0f} words/s alone   {share:6.1%} of the pipeline's time")
    print("records:", ", ".join(f"{k} {v:,}" for k, v in result["records"].items()))


if __name__ == "__main__":
    main()

"""Throughput of one very long article against its length: does any part grow faster than linearly?

Builds one article from real news text (PolNeAR articles from ../shared/data, joined by blank lines) cut
to each size, annotates it with `Pipeline().annotate`, and times spaCy's part (the chunked parse) and each
dateline component on the merged Doc. Each size runs in a fresh process so that its peak RSS is its own.
"Ratio" is words/s at that size over words/s at the smallest size: linear cost gives about 1.0.

    python benchmarks/long_article.py                          # 0.1M, 0.3M and 1.1M characters
    python benchmarks/long_article.py --sizes 100000 1100000 --json
    python benchmarks/long_article.py --sizes 1100000 --single-line   # one paragraph, no line breaks
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "quotes"
DEFAULT_CORPUS = DEFAULT_CORPUS / "polnear_articles.converted.jsonl.gz"


def build_text(corpus: Path, n_chars: int, single_line: bool = False) -> tuple[str, dt.date | None]:
    """Concatenate articles (blank line between) until n_chars, cut at a paragraph end; date of the first.

    `single_line` joins everything with spaces instead: one huge paragraph, the worst case for chunking.
    """
    parts: list[str] = []
    total = 0
    first_date: dt.date | None = None
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if first_date is None and record.get("date"):
                first_date = dt.date.fromisoformat(record["date"])
            parts.append(record["text"].strip())
            total += len(parts[-1]) + 2
            if total >= n_chars * (1.2 if single_line else 1):  # collapsing whitespace shortens the text
                break
    text = "\n\n".join(parts)
    if len(text) < n_chars:
        raise SystemExit(f"{corpus} holds only {len(text):,} characters; asked for {n_chars:,}")
    if single_line:
        text = " ".join(text.split())
        if len(text) < n_chars:
            raise SystemExit(f"{corpus} holds only {len(text):,} characters on one line; asked for {n_chars:,}")
        cut = text.rfind(". ", 0, n_chars)
        return text[: cut + 1 if cut > n_chars // 2 else n_chars], first_date
    cut = text.rfind("\n\n", 0, n_chars)
    return text[: cut if cut > n_chars // 2 else n_chars], first_date


def measure(corpus: Path, n_chars: int, single_line: bool = False) -> dict:
    """Annotate one article of n_chars the way `Pipeline.annotate` does, timing each stage."""
    from dateline.model import Document
    from dateline.nlp.pipeline import Pipeline, to_annotated

    text, date = build_text(corpus, n_chars, single_line)
    document = Document(id="long-article", text=text, date=date)
    pipeline = Pipeline()
    nlp = pipeline.nlp
    ours = pipeline.component_names
    # Warm up on a short article so lazily loaded lexicons are not billed to the first stage that uses them.
    pipeline.annotate(Document(id="warm-up", text=text[:5000], date=date))
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    # The same steps as Pipeline._annotate_long, each timed.
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    doc = pipeline.parse_long(document)
    seconds["spacy"] = time.perf_counter() - started
    rss_parsed = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for name in ours:
        started = time.perf_counter()
        doc = nlp.get_pipe(name)(doc)
        seconds[name] = time.perf_counter() - started
    started = time.perf_counter()
    annotated = to_annotated(document, doc)
    seconds["to_records"] = time.perf_counter() - started
    total = sum(seconds.values())
    return {
        "chars": len(text),
        "words": annotated.n_words,
        "sentences": len(annotated.sentences),
        "seconds": seconds,
        "total_s": total,
        "words_per_s": annotated.n_words / total,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_after_model_load_mb": rss_loaded,
        "peak_rss_after_spacy_mb": rss_parsed,
        "records": {
            k: len(getattr(annotated, k)) for k in ("timexes", "mentions", "entities", "quotes", "figures", "events")
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000, 1_100_000])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--single-line", action="store_true", help="one paragraph without line breaks")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child mode: one size, JSON out
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.corpus, args.one, args.single_line)))
        return
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus} not found (needs ../shared/data)")

    results = []
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--corpus", str(args.corpus), "--one", str(size)]
            + (["--single-line"] if args.single_line else []),
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
    base = results[0]
    for r in results:
        r["ratio_to_smallest"] = r["words_per_s"] / base["words_per_s"]
        r["stage_ratio_to_smallest"] = {
            k: (base["seconds"][k] / base["words"]) / (v / r["words"]) if v and base["seconds"][k] else None
            for k, v in r["seconds"].items()
        }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    stages = list(base["seconds"])
    print(f"corpus: {args.corpus}, one process per size")
    header = f"{'chars':>10} {'words':>8} {'words/s':>8} {'ratio':>6} {'peakMB':>7}  " + " ".join(
        f"{s.removeprefix('dateline_'):>9}" for s in stages
    )
    print(header + "   (seconds per stage)")
    for r in results:
        cells = " ".join(f"{r['seconds'][s]:9.2f}" for s in stages)
        print(
            f"{r['chars']:>10,} {r['words']:>8,} {r['words_per_s']:>8,.0f} {r['ratio_to_smallest']:>6.2f} "
            f"{r['peak_rss_mb']:>7,.0f}  {cells}"
        )
    print("per-stage words/s ratio to the smallest size (1.0 = linear):")
    for r in results:
        cells = " ".join(f"{(r['stage_ratio_to_smallest'][s] or 0):9.2f}" for s in stages)
        print(f"{r['chars']:>10,} {'':>8} {'':>8} {'':>6} {'':>7}  {cells}")


if __name__ == "__main__":
    main()

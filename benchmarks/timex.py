"""Throughput of `dateline.nlp.timex.tag()` (words/s on one core) against dateparser's search_dates.

Usage: python benchmarks/timex.py [--docs N] [--dateparser-sentences N] [--json OUT.json]
Reads the PolNeAR article texts from ../shared/data/quotes/polnear_articles.converted.jsonl.gz.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import itertools
import json
import re
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "quotes" / "polnear_articles.converted.jsonl.gz"
WORD = re.compile(r"\w+")


def load_texts(n: int) -> list[str]:
    texts = []
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= n:
                break
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--dateparser-sentences", type=int, default=300)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    from dateline.nlp.timex import tag
    from dateline.nlp.timex.text import sentence_starts

    texts = load_texts(args.docs)
    dct = dt.date(2016, 11, 1)
    tag("warm up on Monday, Feb 6, 2024.", dct)
    words = sum(len(WORD.findall(t)) for t in texts)
    t0 = time.process_time()
    n_timex = sum(len(tag(t, dct)) for t in texts)
    ours = time.process_time() - t0

    sentences = []
    for t in texts:
        starts = [*sentence_starts(t), len(t)]
        sentences.extend(t[a:b] for a, b in itertools.pairwise(starts))
    sample = sentences[: args.dateparser_sentences]
    sample_words = sum(len(WORD.findall(s)) for s in sample)
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime(2016, 11, 1)}
    search_dates("warm up on Monday", languages=["en"], settings=settings)
    t0 = time.process_time()
    for s in sample:
        search_dates(s, languages=["en"], settings=settings)
    theirs = time.process_time() - t0

    result = {
        "docs": len(texts),
        "words": words,
        "timexes": n_timex,
        "tag_words_per_s": round(words / ours),
        "dateparser_sentences": len(sample),
        "dateparser_words_per_s": round(sample_words / theirs),
    }
    result["speedup"] = round(result["tag_words_per_s"] / result["dateparser_words_per_s"], 1)
    print(f"{'engine':<32}{'words':>10}{'cpu s':>10}{'words/s/core':>16}")
    print(f"{'dateline tag()':<32}{words:>10}{ours:>10.2f}{result['tag_words_per_s']:>16,}")
    print(f"{'dateparser search_dates':<32}{sample_words:>10}{theirs:>10.2f}{result['dateparser_words_per_s']:>16,}")
    print(f"ratio: {result['speedup']}x  ({n_timex} timexes found)")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()

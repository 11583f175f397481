"""Throughput of `dateline.nlp.timex.tag()` (words/s on one core): fast engine, reference path, dateparser.

Usage: python benchmarks/timex.py [--docs N] [--news N] [--dateparser-sentences N] [--repeat K] [--json OUT.json]
Corpora: the PolNeAR article texts (../shared/data/quotes/polnear_articles.converted.jsonl.gz) and the Wikipedia
news sample (../shared/data/news-sample/wikipedia_current_events.converted.jsonl.gz). The machine is shared, so
every engine is timed in the same run, interleaved, `--repeat` times; the medians are reported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import itertools
import json
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
POLNEAR = SHARED / "quotes" / "polnear_articles.converted.jsonl.gz"
NEWS = SHARED / "news-sample" / "wikipedia_current_events.converted.jsonl.gz"
WORD = re.compile(r"\w+")
DCT = dt.date(2016, 11, 1)


def load_texts(n: int, path: Path = POLNEAR) -> list[str]:
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= n:
                break
    return texts


def cpu_seconds(fn: Callable[[str], object], texts: list[str]) -> float:
    """CPU time of `fn` over `texts`, starting with cold word caches (as a fresh process would)."""
    from dateline.nlp.timex import reference
    from dateline.nlp.timex.engine import engine_for
    from dateline.nlp.timex.rulebook import default_rules

    engine_for(default_rules()).forget()
    reference.forget()
    t0 = time.process_time()
    for t in texts:
        fn(t)
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=300, help="PolNeAR articles")
    ap.add_argument("--news", type=int, default=2000, help="Wikipedia news items")
    ap.add_argument("--dateparser-sentences", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    from dateline.nlp.timex.rulebook import default_rules
    from dateline.nlp.timex.tagger import tag, tag_reference
    from dateline.nlp.timex.text import sentence_starts

    corpora = {"polnear": load_texts(args.docs), "news": load_texts(args.news, NEWS)}
    engines: dict[str, Callable[[str], object]] = {
        "fast": lambda t: tag(t, DCT),
        "reference": lambda t: tag_reference(t, DCT),
    }
    sentences = []
    for t in corpora["polnear"]:
        starts = [*sentence_starts(t, default_rules()), len(t)]
        sentences.extend(t[a:b] for a, b in itertools.pairwise(starts))
    sample = sentences[: args.dateparser_sentences]
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime(2016, 11, 1)}
    engines["dateparser"] = lambda s: search_dates(s, languages=["en"], settings=settings)
    for fn in engines.values():
        fn("warm up on Monday, Feb 6, 2024.")

    runs: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.repeat):
        for name in ("fast", "reference"):
            for corpus, texts in corpora.items():
                runs.setdefault((name, corpus), []).append(cpu_seconds(engines[name], texts))
        runs.setdefault(("dateparser", "polnear sentences"), []).append(cpu_seconds(engines["dateparser"], sample))
        runs.setdefault(("fast", "polnear sentences"), []).append(cpu_seconds(engines["fast"], sample))

    words = {c: sum(len(WORD.findall(t)) for t in texts) for c, texts in corpora.items()}
    words["polnear sentences"] = sum(len(WORD.findall(s)) for s in sample)
    rate = {k: words[k[1]] / statistics.median(v) for k, v in runs.items()}
    result: dict[str, object] = {
        "docs": len(corpora["polnear"]),
        "news_items": len(corpora["news"]),
        "words": words,
        "repeat": args.repeat,
        "timexes": {c: sum(len(tag(t, DCT)) for t in texts) for c, texts in corpora.items()},
        "words_per_s": {f"{e}/{c}": round(r) for (e, c), r in rate.items()},
        "fast_vs_reference": {c: round(rate[("fast", c)] / rate[("reference", c)], 2) for c in corpora},
        "fast_vs_dateparser": round(rate[("fast", "polnear sentences")] / rate[("dateparser", "polnear sentences")], 1),
    }
    print(f"{'engine':<14}{'corpus':<20}{'words':>9}{'median cpu s':>14}{'words/s/core':>14}")
    for (e, c), v in runs.items():
        print(f"{e:<14}{c:<20}{words[c]:>9}{statistics.median(v):>14.3f}{round(rate[(e, c)]):>14,}")
    print(f"fast vs reference: {result['fast_vs_reference']}; fast vs dateparser (same sentences): "
          f"{result['fast_vs_dateparser']}x; timexes: {result['timexes']}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()

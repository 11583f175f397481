"""Speed of `dateline timeline` over a topic of ~500 ingested articles, against the time to ingest them.

Ingests the H1N1 Timeline17 articles (402), topped up to --limit with items of the news sample, into a fresh
store with one worker, then builds timelines (median of --repeat runs, one core): the benchmark query with
the protocol's options, and the plain command's defaults. Target: under 5 s per timeline.

    python benchmarks/timeline.py --limit 500
    python benchmarks/timeline.py --db /tmp/stores/h1n1.db   # timeline only, on a store already ingested
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import statistics
import tempfile
import time
from pathlib import Path

from dateline.query.timeline import build_timeline
from dateline.store import Store

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
H1N1 = DATA / "tls-dev" / "t17-h1n1" / "converted"
NEWS = DATA / "news-sample" / "wikipedia_current_events.converted.jsonl.gz"
QUERY = "h1n1 OR swine OR flu"


def write_articles(out: Path, limit: int) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as w:
        for path in sorted(H1N1.glob("*.articles.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if n < limit and line.strip():
                    w.write(line + "\n")
                    n += 1
        if n < limit and NEWS.exists():
            with gzip.open(NEWS, "rt", encoding="utf-8") as f:
                for line in f:
                    if n >= limit:
                        break
                    w.write(line)
                    n += 1
    return n


def time_timelines(db: Path, repeat: int) -> dict[str, float]:
    runs = {
        "protocol (T=15, L=2, 2009-04-04..05-04)": dict(
            query=QUERY, date_from=dt.date(2009, 4, 4), date_to=dt.date(2009, 5, 4),
            published_from=dt.date(2009, 4, 4), published_to=dt.date(2009, 5, 4), n_dates=15, n_sentences=2,
        ),
        "defaults (whole store)": dict(query=QUERY),
        "no query (every article)": dict(query=None),
    }
    out = {}
    with Store.open(db, readonly=True) as store:
        for name, kwargs in runs.items():
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                tl = build_timeline(store, **kwargs)
                times.append(time.perf_counter() - start)
            out[name] = statistics.median(times)
            print(f"timeline {name}: {out[name]:.2f} s ({len(tl.dates)} dates, {tl.n_documents} articles)")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=500, help="articles to ingest")
    parser.add_argument("--db", type=Path, help="time timelines on this store instead of ingesting")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.db:
        time_timelines(args.db, args.repeat)
        return
    from dateline.ingest_job import ingest

    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        articles = Path(tmp) / "articles.jsonl"
        n = write_articles(articles, args.limit)
        db = Path(tmp) / "bench.db"
        start = time.perf_counter()
        with Store.open(db) as store:
            report = ingest([articles], store, workers=1)
        ingest_s = time.perf_counter() - start
        print(f"ingest: {report.added} of {n} articles in {ingest_s:.1f} s (1 worker)")
        times = time_timelines(db, args.repeat)
        worst = max(times.values())
        print(f"slowest timeline {worst:.2f} s = {worst / ingest_s:.1%} of the ingest time; "
              f"target < 5 s: {'met' if worst < 5 else 'MISSED'}")


if __name__ == "__main__":
    main()

"""Events and figures over every blind gold, pooled by text length: how far whole articles fall below news items.

The held-out check reads whole wire and newspaper articles; most blind golds are one- to three-sentence news items.
A mean over golds hides the difference, so this script runs the full pipeline once over every `events_blind*.jsonl`
and `figures_blind*.jsonl` text (the second annotation of blind3 left out) and pools the counts by length bucket
(under 600 characters, 600 to 3,000, 3,000 or more) and by split, with the scorer `dateline eval extract` uses.
Undated texts (ECB+) count for types and not for dates.

    python benchmarks/events_by_length.py                  # every blind gold
    python benchmarks/events_by_length.py --from 75        # blind75 and later only (the whole-article golds)
    python benchmarks/events_by_length.py --json > /tmp/by_length.json

Each line: gold events (or figures), predictions, matches, P / R / F1, and for events the date accuracy over the
matched dated events. It takes about three minutes on two cores for all golds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dateline.eval import events as event_eval
from dateline.eval import figures as figure_eval
from dateline.model import Document, document_id
from dateline.nlp.pipeline import Pipeline

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "gold"
BUCKETS: tuple[tuple[str, Callable[[int], bool]], ...] = (
    ("under 600 chars", lambda n: n < 600),
    ("600 to 3,000", lambda n: 600 <= n < 3000),
    ("3,000 or more", lambda n: n >= 3000),
)


def gold_number(path: Path) -> int:
    """blind -> 1, blind12 -> 12."""
    found = re.search(r"blind(\d*)\.jsonl$", path.name)
    return int(found.group(1) or 1) if found else 0


def gold_files(kind: str, first: int) -> list[Path]:
    files = [p for p in GOLD.glob(f"{kind}_blind*.jsonl") if re.search(r"blind\d*\.jsonl$", p.name)]
    return sorted((p for p in files if gold_number(p) >= first), key=gold_number)


def documents(items: list[dict[str, Any]]) -> list[Document]:
    return [Document(id=document_id(it["text"]), text=it["text"],
                     date=dt.date.fromisoformat(it["date"]) if it.get("date") else None) for it in items]


def event_counts(pipeline: Pipeline, first: int) -> tuple[dict[str, event_eval.Scores], dict[str, event_eval.Scores]]:
    """Pooled scores over every text, and over the dated texts alone (for date accuracy)."""
    pooled: dict[str, event_eval.Scores] = {}
    dated: dict[str, event_eval.Scores] = {}
    for path in gold_files("events", first):
        items = event_eval.load_gold(path)
        for item, annotated in zip(items, pipeline.annotate_many(documents(items)), strict=True):
            for key in keys(item):
                event_eval.score_text(item, annotated.events, pooled.setdefault(key, event_eval.Scores()), [])
                if item.get("date"):
                    event_eval.score_text(item, annotated.events, dated.setdefault(key, event_eval.Scores()), [])
    return pooled, dated


def figure_counts(pipeline: Pipeline, first: int) -> dict[str, dict[str, int]]:
    pooled: dict[str, dict[str, int]] = {}
    for path in gold_files("figures", first):
        items = figure_eval.load_gold(path)
        for item, annotated in zip(items, pipeline.annotate_many(documents(items)), strict=True):
            for key in keys(item):
                report = figure_eval.SplitReport()
                figure_eval.score_text(item["figures"], annotated.figures, report, [], item["id"], key)
                row = pooled.setdefault(key, {"tp": 0, "fp": 0, "fn": 0, "reporter_ok": 0, "reporter_n": 0})
                row["tp"] += report.figure.tp
                row["fp"] += report.figure.fp
                row["fn"] += report.figure.fn
                row["reporter_ok"] += report.reporter_correct
                row["reporter_n"] += report.reporter_total
    return pooled


def keys(item: dict[str, Any]) -> list[str]:
    """The pools a text counts in: its length bucket, with and without its split."""
    bucket = next(name for name, holds in BUCKETS if holds(len(item["text"])))
    split = item.get("split") or "dev"
    return [bucket, f"{bucket} / {split}", "all", f"all / {split}"]


def event_row(scores: event_eval.Scores, dated: event_eval.Scores | None) -> dict[str, Any]:
    m = scores.metrics()
    date = dated.metrics()["date_accuracy"] if dated is not None and dated.tp_typed else None
    return {"texts": scores.n_texts, "gold": scores.n_gold, "predicted": scores.n_pred, "matched": scores.tp_typed,
            "precision": round(m["type_precision"], 3), "recall": round(m["type_recall"], 3),
            "f1": round(m["type_f1"], 3), "date_accuracy": None if date is None else round(date, 3),
            "dated_matched": dated.tp_typed if dated is not None else 0}


def figure_row(counts: dict[str, int]) -> dict[str, Any]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    reporter = counts["reporter_ok"] / counts["reporter_n"] if counts["reporter_n"] else 0.0
    return {"gold": tp + fn, "predicted": tp + fp, "matched": tp, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(f, 3), "reporter_accuracy": round(reporter, 3)}


def order(key: str) -> tuple[int, str]:
    names = [name for name, _ in BUCKETS] + ["all"]
    return next(i for i, name in enumerate(names) if key.startswith(name)), key


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="first", type=int, default=0, help="only blind golds numbered this or later")
    parser.add_argument("--json", action="store_true", help="print the pooled rows as JSON")
    args = parser.parse_args()
    pipeline = Pipeline()
    pooled, dated = event_counts(pipeline, args.first)
    events = {k: event_row(v, dated.get(k)) for k, v in sorted(pooled.items(), key=lambda kv: order(kv[0]))}
    figures = {k: figure_row(v) for k, v in sorted(figure_counts(pipeline, args.first).items(),
                                                   key=lambda kv: order(kv[0]))}
    if args.json:
        print(json.dumps({"events": events, "figures": figures}, indent=1))
        return
    print("events (trigger + type; date accuracy over the matched events of dated texts)")
    for key, row in events.items():
        date = "   -  " if row["date_accuracy"] is None else f"{row['date_accuracy']:.3f} of {row['dated_matched']}"
        print(f"  {key:26} gold {row['gold']:5} pred {row['predicted']:5} matched {row['matched']:5}  "
              f"P {row['precision']:.3f} R {row['recall']:.3f} F1 {row['f1']:.3f}  date {date}")
    print("figures (category + value + qualifier; reporter accuracy over matched figures with a gold reporter)")
    for key, row in figures.items():
        print(f"  {key:26} gold {row['gold']:5} pred {row['predicted']:5} matched {row['matched']:5}  "
              f"P {row['precision']:.3f} R {row['recall']:.3f} F1 {row['f1']:.3f}  "
              f"reporter {row['reporter_accuracy']:.3f}")


if __name__ == "__main__":
    main()

"""Agreement between two independent event annotations of the same texts: the ceiling a system can reach.

Scores the second annotator's events against the first's with the scorer `dateline eval extract` uses (same
matching, same type/date/modality fields), over the texts both annotated, per split. The second annotation of
events_blind3 (`events_blind3_second.jsonl`) was written from docs/events.md alone, without the first set's
notes, by an annotator who never ran dateline. Those of events_blind81 to events_blind85 (14 long dated articles
about war and terrorism, round 25) were written the same way, from the docs and the notes of earlier whole-article
rounds, without the first set. The pooled table adds every pair, blind3's news items included.

    python benchmarks/event_agreement.py              # every `events_blind*_second.jsonl` against its first set
    python benchmarks/event_agreement.py tests/data/gold/events_blind3.jsonl tests/data/gold/events_blind3_second.jsonl
"""

from __future__ import annotations

import argparse
from pathlib import Path
from types import SimpleNamespace

from dateline.eval.events import Scores, load_gold, score_text

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "gold"


def agreement(first: Path, second: Path) -> dict[str, Scores]:
    """Scores of `second` read as predictions against `first`, per split of `first` and "all"."""
    reference = {item["id"]: item for item in load_gold(first)}
    splits: dict[str, Scores] = {}
    for item in load_gold(second):
        if item["id"] not in reference:
            continue
        ref = reference[item["id"]]
        events = [SimpleNamespace(start=e["trigger_start"], end=e["trigger_start"] + len(e["trigger"]),
                                  trigger=e["trigger"], type=e["type"], time_value=e.get("date"),
                                  modality=e.get("modality", "asserted"))
                  for e in item["events"]]
        for split in (ref.get("split", "dev"), "all"):
            score_text(ref, events, splits.setdefault(split, Scores()), [])  # type: ignore[arg-type]
    return splits


def pooled(parts: list[dict[str, Scores]]) -> dict[str, Scores]:
    """Counts of several pairs added up, per split."""
    out: dict[str, Scores] = {}
    for splits in parts:
        for name, s in splits.items():
            total = out.setdefault(name, Scores())
            for field in vars(s):
                if isinstance(getattr(s, field), int):
                    setattr(total, field, getattr(total, field) + getattr(s, field))
    return out


def report(title: str, splits: dict[str, Scores]) -> None:
    print(title)
    print(f"{'split':<7}{'texts':>6}{'first':>7}{'second':>7}{'agree':>7}  type P/R/F1       date acc  modality acc")
    for name, s in splits.items():
        m = s.metrics()
        print(f"{name:<7}{s.n_texts:>6}{s.n_gold:>7}{s.n_pred:>7}{s.tp_typed:>7}  "
              f"{m['type_precision']:.2f}/{m['type_recall']:.2f}/{m['type_f1']:.2f}   "
              f"{m['date_accuracy']:>8.2f}  {m['modality_accuracy']:>12.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", nargs="?", type=Path)
    parser.add_argument("second", nargs="?", type=Path)
    args = parser.parse_args()
    if args.first is not None:
        pairs = [(args.first, args.second or args.first.with_name(args.first.stem + "_second.jsonl"))]
    else:
        seconds = sorted(GOLD.glob("events_blind*_second.jsonl"))
        pairs = [(p.with_name(p.name.replace("_second", "")), p) for p in seconds
                 if p.with_name(p.name.replace("_second", "")).exists()]
    results = [agreement(first, second) for first, second in pairs]
    if not any(results):
        raise SystemExit("no text in common (or ../shared/data is absent, so the texts cannot be read)")
    for (first, _), splits in zip(pairs, results, strict=True):
        if splits:
            report(first.stem, splits)
    if len(pairs) > 1:
        report("pooled", pooled(results))


if __name__ == "__main__":
    main()

"""Scores the event annotator against a hand-annotated gold set (`tests/data/gold/events.jsonl`).

A predicted event matches a gold one when their trigger spans overlap and their PLOVER types are equal
(trigger-only scores drop the type). Date and modality accuracy are computed over the typed matches.
Each gold text carries a `split` ("dev" for tuning, "check" held out): both are reported apart.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import EvalError
from dateline.model import Document, Event, document_id

REQUIRED = ("id", "text", "events")


@dataclass
class Scores:
    """Counts and derived P/R/F1 for one split (or all)."""

    n_texts: int = 0
    n_gold: int = 0
    n_pred: int = 0
    tp_typed: int = 0
    tp_trigger_pred: int = 0
    tp_trigger_gold: int = 0
    date_correct: int = 0
    modality_correct: int = 0
    confusions: Counter = field(default_factory=Counter)

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def metrics(self) -> dict[str, float]:
        p = self.tp_typed / self.n_pred if self.n_pred else 0.0
        r = self.tp_typed / self.n_gold if self.n_gold else 0.0
        tp_ = self.tp_trigger_pred / self.n_pred if self.n_pred else 0.0
        tr = self.tp_trigger_gold / self.n_gold if self.n_gold else 0.0
        return {
            "type_precision": p,
            "type_recall": r,
            "type_f1": self._f(p, r),
            "trigger_precision": tp_,
            "trigger_recall": tr,
            "trigger_f1": self._f(tp_, tr),
            "date_accuracy": self.date_correct / self.tp_typed if self.tp_typed else 0.0,
            "modality_accuracy": self.modality_correct / self.tp_typed if self.tp_typed else 0.0,
        }


@dataclass
class EventReport:
    """Scores per split, plus the mismatches for error analysis."""

    gold_path: str
    splits: dict[str, Scores]
    errors: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold_path": self.gold_path,
            "splits": {
                name: {
                    "n_texts": s.n_texts,
                    "n_gold": s.n_gold,
                    "n_pred": s.n_pred,
                    **{k: round(v, 4) for k, v in s.metrics().items()},
                    "type_confusions": {f"{g}->{p}": n for (g, p), n in s.confusions.most_common()},
                }
                for name, s in self.splits.items()
            },
            "errors": self.errors,
        }

    def render_text(self) -> str:
        lines = [f"Event extraction against {self.gold_path}"]
        header = f"{'split':<7}{'texts':>6}{'gold':>6}{'pred':>6}  {'type P/R/F1':<20}{'trigger P/R/F1':<20}"
        lines.append(header + f"{'date acc':>9}{'modality acc':>13}")
        for name, s in self.splits.items():
            m = s.metrics()
            lines.append(
                f"{name:<7}{s.n_texts:>6}{s.n_gold:>6}{s.n_pred:>6}  "
                f"{m['type_precision']:.2f}/{m['type_recall']:.2f}/{m['type_f1']:.2f}{'':<6}"
                f"{m['trigger_precision']:.2f}/{m['trigger_recall']:.2f}/{m['trigger_f1']:.2f}{'':<6}"
                f"{m['date_accuracy']:>9.2f}{m['modality_accuracy']:>13.2f}"
            )
        return "\n".join(lines)


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Read the gold JSONL; a malformed line fails naming path:line."""
    if not path.is_file():
        raise EvalError(f"{path}: gold file not found")
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}:{n}: not JSON ({exc.msg})") from exc
        missing = [k for k in REQUIRED if k not in item]
        if missing:
            raise EvalError(f"{path}:{n}: missing fields {missing}")
        for ev in item["events"]:
            start, trig = ev["trigger_start"], ev["trigger"]
            if item["text"][start: start + len(trig)] != trig:
                raise EvalError(f"{path}:{n}: trigger {trig!r} not found at offset {start}")
        items.append(item)
    return items


def _calendar(value: str | None) -> str | None:
    """Only calendar values compare as dates ("PAST_REF" and friends count as no date)."""
    m = re.match(r"^\d{4}(?:-W\d\d|-\d\d(?:-\d\d)?)?", value or "")
    return m.group(0) if m else None  # "2024-02-06TMO" (morning of) compares as its day


def score_text(item: dict[str, Any], predicted: list[Event], scores: Scores, errors: list[dict[str, Any]]) -> None:
    """Add one text's matches to `scores` (greedy one-to-one matching by overlap)."""
    gold = [{**g, "end": g["trigger_start"] + len(g["trigger"])} for g in item["events"]]
    scores.n_texts += 1
    scores.n_gold += len(gold)
    scores.n_pred += len(predicted)

    def overlaps(g: dict[str, Any], p: Event) -> bool:
        return p.start < g["end"] and g["trigger_start"] < p.end

    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for pi, p in enumerate(predicted):  # typed matches first
        for gi, g in enumerate(gold):
            if gi not in used_gold and overlaps(g, p) and g["type"] == p.type:
                used_gold.add(gi)
                used_pred.add(pi)
                scores.tp_typed += 1
                date_ok = _calendar(g.get("date")) == _calendar(p.time_value)
                scores.date_correct += date_ok
                scores.modality_correct += g.get("modality", "asserted") == p.modality
                if not date_ok or g.get("modality", "asserted") != p.modality:
                    errors.append({"id": item["id"], "kind": "attribute", "trigger": p.trigger, "type": p.type,
                                   "gold_date": g.get("date"), "pred_date": p.time_value,
                                   "gold_modality": g.get("modality"), "pred_modality": p.modality})
                break
    trig_gold = {gi for gi, g in enumerate(gold) if any(overlaps(g, p) for p in predicted)}
    trig_pred = {pi for pi, p in enumerate(predicted) if any(overlaps(g, p) for g in gold)}
    scores.tp_trigger_gold += len(trig_gold)
    scores.tp_trigger_pred += len(trig_pred)
    for gi, g in enumerate(gold):
        if gi in used_gold:
            continue
        other = next((p for p in predicted if overlaps(g, p)), None)
        if other is not None:
            scores.confusions[(g["type"], other.type)] += 1
        errors.append({"id": item["id"], "kind": "missed" if other is None else "wrong_type",
                       "trigger": g["trigger"], "type": g["type"], "pred_type": other.type if other else None})
    for pi, p in enumerate(predicted):
        if pi not in used_pred and pi not in trig_pred:
            errors.append({"id": item["id"], "kind": "spurious", "trigger": p.trigger, "type": p.type})


def evaluate(gold_path: str | Path, *, pipeline: Any = None) -> EventReport:
    """Run the pipeline over the gold texts and score events per split ("dev", "check") and overall.

    `pipeline` is a `dateline.nlp.pipeline.Pipeline`; by default the full pipeline users run (every
    available component), so the figures are those of real use.
    """
    path = Path(gold_path)
    items = load_gold(path)
    if pipeline is None:
        from dateline.nlp.pipeline import Pipeline

        pipeline = Pipeline()
    docs = [
        Document(id=document_id(it["text"]), text=it["text"],
                 date=dt.date.fromisoformat(it["date"]) if it.get("date") else None)
        for it in items
    ]
    splits: dict[str, Scores] = {}
    errors: list[dict[str, Any]] = []
    for item, annotated in zip(items, pipeline.annotate_many(docs), strict=True):
        split = item.get("split", "dev")
        score_text(item, annotated.events, splits.setdefault(split, Scores()), [])
        found: list[dict[str, Any]] = []
        score_text(item, annotated.events, splits.setdefault("all", Scores()), found)
        errors.extend({**e, "split": split} for e in found)
    order = {"dev": 0, "check": 1, "all": 2}
    return EventReport(str(path), dict(sorted(splits.items(), key=lambda kv: order.get(kv[0], 3))), errors)

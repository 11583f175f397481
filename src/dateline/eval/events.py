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
from dateline.eval.gold_text import fill_text
from dateline.model import Document, Event, document_id

REQUIRED = ("id", "text", "events")


MISSED = "(missed)"
SPURIOUS = "(spurious)"


@dataclass
class Scores:
    """Counts and derived P/R/F1 for one split (or all).

    Matching is one-to-one: same-type overlaps first, then other overlaps (a trigger match of another type).
    `confusions` counts (gold type, predicted type) over every gold mention: the predicted type of its
    trigger match, MISSED when none; spurious predictions count as (SPURIOUS, predicted type).
    """

    n_texts: int = 0
    n_gold: int = 0
    n_pred: int = 0
    tp_typed: int = 0
    tp_trigger_pred: int = 0
    tp_trigger_gold: int = 0
    date_correct: int = 0
    modality_correct: int = 0
    date_correct_trigger: int = 0
    modality_correct_trigger: int = 0
    confusions: Counter = field(default_factory=Counter)

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def _prf(self, tp_pred: int, tp_gold: int) -> tuple[float, float, float]:
        p = tp_pred / self.n_pred if self.n_pred else 0.0
        r = tp_gold / self.n_gold if self.n_gold else 0.0
        return p, r, self._f(p, r)

    def metrics(self) -> dict[str, float]:
        out: dict[str, float] = {}
        fields = {
            "trigger": (self.tp_trigger_pred, self.tp_trigger_gold),
            "type": (self.tp_typed, self.tp_typed),
            "type_date": (self.date_correct, self.date_correct),
            "type_modality": (self.modality_correct, self.modality_correct),
        }
        for name, (tp_pred, tp_gold) in fields.items():
            p, r, f = self._prf(tp_pred, tp_gold)
            out |= {f"{name}_precision": p, f"{name}_recall": r, f"{name}_f1": f}
        out["date_accuracy"] = self.date_correct / self.tp_typed if self.tp_typed else 0.0
        out["modality_accuracy"] = self.modality_correct / self.tp_typed if self.tp_typed else 0.0
        # over every trigger match, typed or not: does the date/modality hold when the type is wrong?
        out["date_accuracy_trigger"] = self.date_correct_trigger / self.tp_trigger_gold if self.tp_trigger_gold else 0.0
        out["modality_accuracy_trigger"] = (self.modality_correct_trigger / self.tp_trigger_gold
                                            if self.tp_trigger_gold else 0.0)
        return out

    def confusion_table(self) -> str:
        """Gold type (rows) x predicted type (columns) over trigger matches, with missed and spurious counts."""
        if not self.confusions:
            return "(no events)"
        gold_types = sorted({g for g, _ in self.confusions if g != SPURIOUS})
        pred_types = sorted({p for _, p in self.confusions if p != MISSED})
        rows = [*gold_types, SPURIOUS]
        cols = [*pred_types, MISSED]
        name = {c: c[:4] for c in cols} | {MISSED: "miss"}
        width, cell = 10, 6
        lines = ["gold/pred".ljust(width) + "".join(f"{name[c]:>{cell}}" for c in cols) + f"{'recall':>8}"]
        for g in rows:
            counts = [self.confusions.get((g, c), 0) for c in cols]
            total = sum(counts)
            recall = f"{self.confusions.get((g, g), 0) / total:.2f}" if total and g != SPURIOUS else ""
            label = g if g != SPURIOUS else "spurious"
            lines.append(f"{label[:width - 1]:<{width}}" + "".join(f"{n or '.':>{cell}}" for n in counts)
                         + f"{recall:>8}")
        prec = []
        for c in cols:
            total = sum(self.confusions.get((g, c), 0) for g in rows)
            prec.append(f"{self.confusions.get((c, c), 0) / total:.2f}" if total and c != MISSED else "")
        lines.append("precision".ljust(width) + "".join(f"{p:>{cell}}" for p in prec))
        return "\n".join(lines)


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
                    "type_confusions": {f"{g}->{p}": n for (g, p), n in s.confusions.most_common() if g != p},
                }
                for name, s in self.splits.items()
            },
            "errors": self.errors,
        }

    def render_text(self, *, confusion_splits: tuple[str, ...] = ("dev", "all")) -> str:
        """One row per split and field (P/R/F1), then date and modality accuracy, then the type confusion tables."""
        lines = [f"Event extraction against {self.gold_path}"]
        lines.append(f"{'split':<7}{'texts':>6}{'gold':>6}{'pred':>6}  {'trigger P/R/F1':<17}{'+type P/R/F1':<17}"
                     f"{'+date P/R/F1':<17}{'+modality P/R/F1':<18}{'date acc':>9}{'modality acc':>13}")
        for name, s in self.splits.items():
            m = s.metrics()
            cells = "".join(f"{m[f + '_precision']:.2f}/{m[f + '_recall']:.2f}/{m[f + '_f1']:.2f}{'':<3}"
                            for f in ("trigger", "type", "type_date", "type_modality"))
            lines.append(f"{name:<7}{s.n_texts:>6}{s.n_gold:>6}{s.n_pred:>6}  {cells} "
                         f"{m['date_accuracy']:>9.2f}{m['modality_accuracy']:>13.2f}")
        lines.append("date and modality accuracy: over trigger+type matches; +date / +modality: "
                     "a match also needs the right date / modality")
        for name in confusion_splits:
            if name in self.splits:
                lines += ["", f"Event types, split {name}: gold (rows) x predicted (columns, first 4 letters) "
                          "over trigger matches; miss = no trigger match, spurious = no gold trigger",
                          self.splits[name].confusion_table()]
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
        if not fill_text(item, path, f"{path}:{n}"):
            continue  # its text lives in ../shared/data, which this machine does not have
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
    """Add one text's matches to `scores` (greedy one-to-one matching by overlap, same type first)."""
    gold = [{**g, "end": g["trigger_start"] + len(g["trigger"])} for g in item["events"]]
    scores.n_texts += 1
    scores.n_gold += len(gold)
    scores.n_pred += len(predicted)

    def overlaps(g: dict[str, Any], p: Event) -> bool:
        return p.start < g["end"] and g["trigger_start"] < p.end

    pairs: dict[int, int] = {}  # gold index -> predicted index
    used_pred: set[int] = set()
    for same_type in (True, False):
        for pi, p in enumerate(predicted):
            if pi in used_pred:
                continue
            for gi, g in enumerate(gold):
                if gi not in pairs and overlaps(g, p) and (g["type"] == p.type) == same_type:
                    pairs[gi] = pi
                    used_pred.add(pi)
                    break
    scores.tp_trigger_gold += len(pairs)
    scores.tp_trigger_pred += len(pairs)
    for gi, g in enumerate(gold):
        if gi not in pairs:
            scores.confusions[(g["type"], MISSED)] += 1
            errors.append({"id": item["id"], "kind": "missed", "trigger": g["trigger"], "start": g["trigger_start"],
                           "type": g["type"],
                           "pred_type": None, "gold_date": g.get("date"), "gold_modality": g.get("modality")})
            continue
        p = predicted[pairs[gi]]
        scores.confusions[(g["type"], p.type)] += 1
        date_ok = _calendar(g.get("date")) == _calendar(p.time_value)
        modality_ok = g.get("modality", "asserted") == p.modality
        scores.date_correct_trigger += date_ok
        scores.modality_correct_trigger += modality_ok
        if g["type"] != p.type:
            errors.append({"id": item["id"], "kind": "wrong_type", "trigger": g["trigger"],
                           "start": g["trigger_start"], "type": g["type"],
                           "pred_type": p.type})
            continue
        scores.tp_typed += 1
        scores.date_correct += date_ok
        scores.modality_correct += modality_ok
        if not date_ok or not modality_ok:
            errors.append({"id": item["id"], "kind": "attribute", "trigger": p.trigger, "start": p.start,
                           "type": p.type,
                           "gold_date": g.get("date"), "pred_date": p.time_value,
                           "gold_modality": g.get("modality"), "pred_modality": p.modality})
    for pi, p in enumerate(predicted):
        if pi not in used_pred:
            scores.confusions[(SPURIOUS, p.type)] += 1
            errors.append({"id": item["id"], "kind": "spurious", "trigger": p.trigger, "start": p.start,
                           "type": p.type,
                           "pred_date": p.time_value, "pred_modality": p.modality})


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

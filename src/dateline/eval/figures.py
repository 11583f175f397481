"""Scores the figures annotator against a hand-annotated gold set (tests/data/gold/figures.jsonl)."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import EvalError
from dateline.eval.gold_text import fill_text
from dateline.model import DateSource, Document, Figure, document_id

COMPONENTS = ("dateline_figures",)


@dataclass
class Score:
    """True positives, false positives and false negatives, with the usual ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


# Per-field scores: each field is scored together with the value it describes, as (value, field) pairs matched
# one-to-one within a text, so a field is right only on a figure whose value was found. "value" alone scores the
# number (value and value_max); "date" is scored only when the gold figures carry `time_value`.
FIELDS = ("value", "category", "qualifier", "who", "reporter", "date")


@dataclass
class SplitReport:
    """Scores over the texts of one split (or of all texts)."""

    n_texts: int = 0
    figure: Score = field(default_factory=Score)  # category + value + qualifier
    category_value: Score = field(default_factory=Score)
    reporter_correct: int = 0
    reporter_total: int = 0  # matched figures (category + value + qualifier)
    fields: dict[str, Score] = field(default_factory=lambda: {name: Score() for name in FIELDS})
    who_correct: int = 0  # on the strictly matched figures, like the reporter
    date_correct: int = 0
    date_total: int = 0  # matched figures whose gold has a time_value

    @property
    def reporter_accuracy(self) -> float:
        return self.reporter_correct / self.reporter_total if self.reporter_total else 1.0

    @property
    def who_accuracy(self) -> float:
        return self.who_correct / self.reporter_total if self.reporter_total else 1.0

    @property
    def date_accuracy(self) -> float | None:
        return self.date_correct / self.date_total if self.date_total else None

    def add(self, other: SplitReport) -> None:
        """Adds another report's counts (texts, scores and accuracies) to this one."""
        self.figure.add(other.figure)
        self.category_value.add(other.category_value)
        self.reporter_correct += other.reporter_correct
        self.reporter_total += other.reporter_total
        self.who_correct += other.who_correct
        self.date_correct += other.date_correct
        self.date_total += other.date_total
        for name, score in other.fields.items():
            self.fields.setdefault(name, Score()).add(score)

    def to_dict(self) -> dict[str, Any]:
        date_accuracy = self.date_accuracy
        return {
            "n_texts": self.n_texts,
            "figure": self.figure.to_dict(),
            "category_value": self.category_value.to_dict(),
            "reporter_accuracy": round(self.reporter_accuracy, 4),
            "reporter_total": self.reporter_total,
            "who_accuracy": round(self.who_accuracy, 4),
            "date_accuracy": round(date_accuracy, 4) if date_accuracy is not None else None,
            "date_total": self.date_total,
            "fields": {
                name: score.to_dict()
                for name, score in self.fields.items()
                if name != "date" or self.date_total or score.tp + score.fn
            },
        }


@dataclass
class FigureError:
    text_id: str
    split: str
    kind: str  # "missed" (gold only), "spurious" (predicted only), "reporter"
    figure: str
    detail: str = ""


@dataclass
class FigureReport:
    """The evaluation's result: per split and overall scores, the errors, and the annotator's speed."""

    gold_path: str
    splits: dict[str, SplitReport]
    overall: SplitReport
    errors: list[FigureError]
    n_words: int
    seconds: float

    @property
    def words_per_second(self) -> float:
        return self.n_words / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold_path": self.gold_path,
            "overall": self.overall.to_dict(),
            "splits": {k: v.to_dict() for k, v in sorted(self.splits.items())},
            "errors": [e.__dict__ for e in self.errors],
            "n_words": self.n_words,
            "seconds": round(self.seconds, 3),
        }

    def render_text(self) -> str:
        lines = [f"figures: {self.gold_path}"]
        header = f"{'split':<8} {'texts':>5}  {'P':>6} {'R':>6} {'F1':>6}   {'cat+val F1':>10}  {'reporter':>8}"
        lines.append(header)
        for name, rep in [*sorted(self.splits.items()), ("all", self.overall)]:
            s = rep.figure
            lines.append(
                f"{name:<8} {rep.n_texts:>5}  {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}   "
                f"{rep.category_value.f1:>10.3f}  {rep.reporter_accuracy:>8.3f}"
            )
        lines.append(
            f"({self.n_words} words in {self.seconds:.2f} s: {self.words_per_second:,.0f} words/s, whole pipeline)"
        )
        lines.extend(self._render_fields())
        for e in self.errors:
            lines.append(f"  [{e.split}] {e.text_id}: {e.kind} {e.figure} {e.detail}".rstrip())
        return "\n".join(lines)

    def _render_fields(self) -> list[str]:
        """Per-field P/R/F1 ((value, field) pairs matched one-to-one) and accuracies on the matched figures."""
        rows = [*sorted(self.splits.items()), ("all", self.overall)]
        names = [n for n in FIELDS if n != "date" or any(r.fields["date"].tp + r.fields["date"].fn for _, r in rows)]
        lines = ["per field, P/R/F1 of (value, field) pairs:"]
        lines.append(f"{'split':<8} {'field':<10} {'P':>6} {'R':>6} {'F1':>6}")
        for split, rep in rows:
            for name in names:
                sc = rep.fields[name]
                lines.append(f"{split:<8} {name:<10} {sc.precision:>6.3f} {sc.recall:>6.3f} {sc.f1:>6.3f}")
        lines.append("accuracy on matched figures (category + value + qualifier):")
        for split, rep in rows:
            date = f"  date {rep.date_accuracy:.3f}" if rep.date_accuracy is not None else ""
            lines.append(
                f"{split:<8} reporter {rep.reporter_accuracy:.3f}  who {rep.who_accuracy:.3f}{date}"
                f"  (n={rep.reporter_total})"
            )
        return lines


def _key(category: str, value: float | None, qualifier: str | None) -> tuple[str, float | None, str | None]:
    return category, value, qualifier


_DETERMINERS = ("the ", "a ", "an ")


def _norm_who(text: str | None) -> str | None:
    if not text:
        return None
    words = " ".join(text.lower().split())
    for det in _DETERMINERS:
        if words.startswith(det):
            return words[len(det) :]
    return words


def _field(name: str, value: float | None, value_max: float | None, fig: dict[str, Any] | Figure) -> tuple[Any, ...]:
    """(value, field) pair of one figure, gold (a dict) or predicted (a Figure)."""
    get = fig.get if isinstance(fig, dict) else lambda k, d=None: getattr(fig, k, d)
    if name == "value":
        return (value, value_max)
    if name == "category":
        return (value, get("category"))
    if name == "qualifier":
        return (value, get("qualifier"))
    if name == "who":
        return (value, _norm_who(get("who")))
    if name == "reporter":
        return (value, _norm_reporter(get("reporter")))
    return (value, get("time_value"))


def _norm_reporter(text: str | None) -> str | None:
    if not text:
        return None
    words = " ".join(text.lower().split())
    return words[4:] if words.startswith("the ") else words


def _describe(category: str, value: float | None, qualifier: str | None, value_text: str | None) -> str:
    qual = f"{qualifier} " if qualifier else ""
    shown = f"{value:g}" if value is not None else "?"
    return f"{category} {qual}{shown} ({value_text!r})"


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Reads the gold JSONL; a malformed line fails naming path:line."""
    rows = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalError(f"cannot read gold file: {exc}", where=str(path)) from exc
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not fill_text(row, Path(path), f"{path}:{lineno}"):
                continue  # its text lives in ../shared/data, which this machine does not have
            row["id"], row["text"], row["figures"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise EvalError(f"not a gold figures record: {exc}", where=f"{path}:{lineno}") from exc
        rows.append(row)
    if not rows:
        raise EvalError("gold file has no texts", where=str(path))
    return rows


def _document(row: dict[str, Any]) -> Document:
    date = dt.date.fromisoformat(row["date"]) if row.get("date") else None
    return Document(
        id=document_id(row["text"]),
        text=row["text"],
        date=date,
        date_source=DateSource.GIVEN if date else DateSource.UNKNOWN,
    )


def score_text(
    gold: Iterable[dict[str, Any]],
    predicted: Iterable[Figure],
    report: SplitReport,
    errors: list[FigureError],
    text_id: str,
    split: str,
) -> None:
    """Matches one text's figures one-to-one and adds the counts to the report."""
    gold = list(gold)
    predicted = list(predicted)
    # Strict: category + value + qualifier.
    unused = list(predicted)
    matched: list[tuple[dict[str, Any], Figure]] = []
    missed: list[dict[str, Any]] = []
    for g in gold:
        key = _key(g["category"], g.get("value"), g.get("qualifier"))
        hit = next((p for p in unused if _key(p.category, p.value, p.qualifier) == key), None)
        if hit is None:
            missed.append(g)
        else:
            unused.remove(hit)
            matched.append((g, hit))
    report.figure.add(Score(tp=len(matched), fp=len(unused), fn=len(missed)))
    for g in missed:
        errors.append(
            FigureError(
                text_id,
                split,
                "missed",
                _describe(g["category"], g.get("value"), g.get("qualifier"), g.get("value_text")),
            )
        )
    for p in unused:
        errors.append(
            FigureError(text_id, split, "spurious", _describe(p.category, p.value, p.qualifier, p.value_text))
        )
    for g, p in matched:
        report.reporter_total += 1
        if _norm_reporter(g.get("reporter")) == _norm_reporter(p.reporter):
            report.reporter_correct += 1
        else:
            errors.append(
                FigureError(
                    text_id,
                    split,
                    "reporter",
                    _describe(p.category, p.value, p.qualifier, p.value_text),
                    f"gold {g.get('reporter')!r} got {p.reporter!r}",
                )
            )
    # Per field: (value, field) pairs one-to-one. The date only where the gold gives one.
    for name in FIELDS:
        golds = [g for g in gold if name != "date" or "time_value" in g]
        if name == "date" and not golds:
            continue
        gold_f = Counter(_field(name, g.get("value"), g.get("value_max"), g) for g in golds)
        pred_f = Counter(_field(name, p.value, p.value_max, p) for p in predicted)
        hit = sum((gold_f & pred_f).values())
        report.fields[name].add(Score(tp=hit, fp=sum(pred_f.values()) - hit, fn=sum(gold_f.values()) - hit))
    for g, p in matched:
        if _norm_who(g.get("who")) == _norm_who(p.who):
            report.who_correct += 1
        if "time_value" in g:
            report.date_total += 1
            report.date_correct += int(g["time_value"] == p.time_value)
    # Loose: category + value.
    gold_cv = Counter((g["category"], g.get("value")) for g in gold)
    pred_cv = Counter((p.category, p.value) for p in predicted)
    tp = sum((gold_cv & pred_cv).values())
    report.category_value.add(Score(tp=tp, fp=sum(pred_cv.values()) - tp, fn=sum(gold_cv.values()) - tp))


def evaluate(gold_path: str | Path, *, pipeline: Any = None) -> FigureReport:
    """Runs the pipeline over the gold texts and scores figures (by default only `dateline_figures` runs)."""
    rows = load_gold(gold_path)
    if pipeline is None:
        from dateline.nlp.pipeline import Pipeline

        dated = any("time_value" in f for r in rows for f in r["figures"])
        # Gold that dates its figures needs the time expressions the figures are dated by.
        pipeline = Pipeline(components=["dateline_timex", *COMPONENTS] if dated else list(COMPONENTS))
    documents = [_document(r) for r in rows]
    pipeline.nlp  # noqa: B018  (load the model before timing)
    t0 = time.perf_counter()
    annotated = list(pipeline.annotate_many(documents))
    seconds = time.perf_counter() - t0
    splits: dict[str, SplitReport] = {}
    overall = SplitReport()
    errors: list[FigureError] = []
    for row, ann in zip(rows, annotated, strict=True):
        split = row.get("split") or "all"
        rep = splits.setdefault(split, SplitReport())
        for target in (rep, overall):
            target.n_texts += 1
        one = SplitReport()
        score_text(row["figures"], ann.figures, one, errors, row["id"], split)
        for target in (rep, overall):
            target.add(one)
    return FigureReport(
        gold_path=str(gold_path),
        splits=splits,
        overall=overall,
        errors=errors,
        n_words=sum(a.n_words for a in annotated),
        seconds=seconds,
    )

"""The result of a TempEval-3 timex evaluation: counts, the official metrics, and the errors behind them."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


class TimexCounts(BaseModel):
    """Counts for one document or the micro total, and the TempEval-3 metrics computed from them.

    As in the official toolkit: P = matches / system, R = matches / gold (0 when the denominator is
    0), F1 their harmonic mean, except that with no gold and no system timex every F1 is 1. Attribute
    accuracy is over relaxed matches; the reported attribute F1 is accuracy x relaxed F1.
    """

    model_config = ConfigDict(extra="forbid")

    gold: int = 0
    system: int = 0
    strict: int = 0  # pairs with identical spans
    relaxed: int = 0  # pairs with overlapping spans (a superset of the strict pairs)
    type_match: int = 0  # relaxed pairs whose TIMEX3 type is equal
    value_match: int = 0  # relaxed pairs whose value is the same string

    def __add__(self, other: TimexCounts) -> TimexCounts:
        return TimexCounts(**{k: getattr(self, k) + getattr(other, k) for k in TimexCounts.model_fields})

    @property
    def _empty(self) -> bool:
        return self.gold == 0 and self.system == 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def strict_precision(self) -> float:
        return _ratio(self.strict, self.system)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def strict_recall(self) -> float:
        return _ratio(self.strict, self.gold)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def strict_f1(self) -> float:
        return 1.0 if self._empty else _f1(self.strict_precision, self.strict_recall)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def relaxed_precision(self) -> float:
        return _ratio(self.relaxed, self.system)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def relaxed_recall(self) -> float:
        return _ratio(self.relaxed, self.gold)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def relaxed_f1(self) -> float:
        return 1.0 if self._empty else _f1(self.relaxed_precision, self.relaxed_recall)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def type_accuracy(self) -> float:
        return _ratio(self.type_match, self.relaxed)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_match, self.relaxed)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def type_f1(self) -> float:
        """What the toolkit prints as "Attribute F1 ... Type"."""
        return 1.0 if self._empty else self.type_accuracy * self.relaxed_f1

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value_f1(self) -> float:
        """What the toolkit prints as "Attribute F1 Value": the headline TempEval-3 timex score."""
        return 1.0 if self._empty else self.value_accuracy * self.relaxed_f1


class ErrorKind(StrEnum):
    MISSED = "missed"  # a gold timex no system timex overlaps (after one-to-one matching)
    SPURIOUS = "spurious"  # a system timex no gold timex overlaps
    SPAN = "span"  # matched in relaxed mode, but the spans differ
    WRONG_TYPE = "wrong_type"
    WRONG_VALUE = "wrong_value"


class TimexErrorCase(BaseModel):
    """One disagreement, with both sides where there are two, for error analysis."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)

    kind: ErrorKind
    doc: str
    gold_text: str | None = None
    gold_start: int | None = None
    gold_end: int | None = None
    gold_type: str | None = None
    gold_value: str | None = None
    system_text: str | None = None
    system_start: int | None = None
    system_end: int | None = None
    system_type: str | None = None
    system_value: str | None = None

    @property
    def offset(self) -> int:
        return self.gold_start if self.gold_start is not None else (self.system_start or 0)


class DocumentScore(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    counts: TimexCounts
    system_missing: bool = False  # no system output: every gold timex counts as missed


class TimexReport(BaseModel):
    """Per-document and micro-averaged TempEval-3 timex scores, plus every error found."""

    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentScore] = Field(default_factory=list)
    total: TimexCounts = Field(default_factory=TimexCounts)
    errors: list[TimexErrorCase] = Field(default_factory=list)
    missing_system: list[str] = Field(default_factory=list)  # gold documents without a system file
    unpaired_system: list[str] = Field(default_factory=list)  # system files without a gold file (ignored)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict, metrics included."""
        return self.model_dump(mode="json")

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def error_counts(self) -> dict[str, int]:
        counts = {k.value: 0 for k in ErrorKind}
        for e in self.errors:
            counts[str(e.kind)] += 1
        return counts

    def render_text(self, *, per_document: bool = False, max_errors: int = 0) -> str:
        """A compact terminal table in the layout of the TempEval-3 toolkit, in percent.

        `per_document` adds one line per document; `max_errors` lists up to that many errors of each kind.
        """
        t = self.total
        n_docs = len(self.documents)
        lines = [
            f"TempEval-3 timex evaluation: {n_docs} document{'' if n_docs == 1 else 's'}, {t.gold} gold, "
            f"{t.system} system timexes",
            f"{'':<10}{'F1':>8}{'P':>8}{'R':>8}",
            f"{'strict':<10}{_pct(t.strict_f1)}{_pct(t.strict_precision)}{_pct(t.strict_recall)}",
            f"{'relaxed':<10}{_pct(t.relaxed_f1)}{_pct(t.relaxed_precision)}{_pct(t.relaxed_recall)}",
            f"{'':<10}{'F1':>8}{'acc':>8}",
            f"{'value':<10}{_pct(t.value_f1)}{_pct(t.value_accuracy)}",
            f"{'type':<10}{_pct(t.type_f1)}{_pct(t.type_accuracy)}",
            "errors: " + ", ".join(f"{k} {v}" for k, v in self.error_counts().items()),
        ]
        if self.missing_system:
            lines.append(f"no system file for {len(self.missing_system)}: " + ", ".join(self.missing_system))
        if self.unpaired_system:
            lines.append(f"ignored system files without gold: {', '.join(self.unpaired_system)}")
        if per_document:
            lines.append(f"{'document':<32}{'gold':>6}{'sys':>6}{'strF1':>8}{'relF1':>8}{'valF1':>8}")
            for d in self.documents:
                c = d.counts
                lines.append(
                    f"{d.name[:32]:<32}{c.gold:>6}{c.system:>6}"
                    f"{_pct(c.strict_f1)}{_pct(c.relaxed_f1)}{_pct(c.value_f1)}"
                )
        if max_errors > 0:
            for kind in ErrorKind:
                cases = [e for e in self.errors if e.kind == kind]
                if cases:
                    lines.append(f"-- {kind} ({len(cases)}, first {min(max_errors, len(cases))})")
                    lines.extend(_render_error(e) for e in cases[:max_errors])
        return "\n".join(lines)


def _pct(x: float) -> str:
    return f"{100 * x:>8.2f}"


def _render_error(e: TimexErrorCase) -> str:
    gold = f"{e.gold_text!r} {e.gold_type}={e.gold_value}" if e.gold_text is not None else "-"
    system = f"{e.system_text!r} {e.system_type}={e.system_value}" if e.system_text is not None else "-"
    return f"{e.kind:<12} {e.doc}@{e.offset}: gold {gold} | system {system}"

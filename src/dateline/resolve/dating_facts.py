"""The records the dating step reasons with: dated facts (this day is likely) and constraints (this weekday fits).

Kernels and weekday factors are data (data/dating_kernels.tsv, data/dating_weekday.tsv) so they can be read and
changed without touching the code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

DATA = files("dateline.resolve") / "data"


@dataclass
class Fact:
    """One piece of evidence for a day: `date` is the day it points to (a dated neighbour's date, a URL date).

    doc_id/sentence/start/end/text locate the evidence: in the dated neighbour for corpus facts, in the
    document itself for own-text facts (URL facts have no span: sentence -1).
    """

    kind: str
    doc_id: str
    sentence: int
    start: int
    end: int
    text: str
    date: str
    weight: float
    own_sentence: int = -1  # the sentence of the undated document the fact was matched from, if any

    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.date)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "date": self.date,
            "weight": round(self.weight, 3),
            "own_sentence": self.own_sentence,
        }

    @classmethod
    def from_dict(cls, obj: dict[str, Any]) -> Fact:
        return cls(**{k: obj[k] for k in cls.__dataclass_fields__ if k in obj})


@dataclass
class Constraint:
    """What the document's own text says about its weekday or day of the year, without fixing a day.

    kind: "weekday" (weekday 0=Monday..6), "weekend", "month_day" (month, day) or "year"; tense: past/present/future.
    """

    kind: str
    tense: str
    text: str
    sentence: int
    start: int
    end: int
    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None  # kind "year": a year written in the text (only bounds an otherwise undated article)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@lru_cache(maxsize=1)
def kernels() -> dict[str, tuple[float, list[float]]]:
    """kind -> (weight, kernel values for delta <=-3, -2, -1, 0, +1, +2, >=+3)."""
    out: dict[str, tuple[float, list[float]]] = {}
    for row in _rows("dating_kernels.tsv"):
        out[row[0]] = (float(row[1]), [float(x) for x in row[2:9]])
    return out


@lru_cache(maxsize=1)
def weekday_factors() -> dict[str, list[float]]:
    """tense -> factor for 0..6 days between the named weekday and the publication day."""
    return {row[0]: [float(x) for x in row[1:8]] for row in _rows("dating_weekday.tsv")}


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return rows[1:]  # the header


def kernel(kind: str, delta: int) -> float:
    """Support a fact of `kind` gives to a day `delta` days after the fact's date (0 beyond a week)."""
    if abs(delta) > 7:
        return 0.0
    values = kernels()[kind][1]
    return values[max(-3, min(3, delta)) + 3]


def kind_weight(kind: str) -> float:
    return kernels()[kind][0]

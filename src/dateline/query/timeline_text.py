"""Sparse TF-IDF word vectors for comparing sentences: what a date's summary is centred on, and how much two
sentences repeat each other. Plain dicts: a timeline compares a few thousand sentences, no matrix library needed."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib.resources import files

Vector = dict[str, float]

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


@cache
def stopwords() -> frozenset[str]:
    text = (files("dateline.query") / "data" / "timeline_stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _stem(word: str) -> str:
    """A light suffix strip, so "cases"/"case" and "confirmed"/"confirm" meet (full stemming buys little here)."""
    if word.endswith(("ss", "us", "is")):
        return word
    for suffix, keep in (("ies", "y"), ("s", ""), ("ed", ""), ("ing", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + keep
    return word


def words(text: str) -> list[str]:
    stop = stopwords()
    return [_stem(w) for w in (m.casefold() for m in _WORD_RE.findall(text)) if w not in stop and len(w) > 1]


def idf(documents: Iterable[list[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    n = 0
    for ws in documents:
        df.update(set(ws))
        n += 1
    return {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}


def vector(ws: list[str], weights: dict[str, float]) -> Vector:
    """Unit-length TF-IDF vector (log-scaled term counts)."""
    v = {w: (1.0 + math.log(c)) * weights.get(w, 1.0) for w, c in Counter(ws).items()}
    norm = math.sqrt(sum(x * x for x in v.values()))
    return {w: x / norm for w, x in v.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def centroid(vectors: Iterable[Vector]) -> Vector:
    total: dict[str, float] = {}
    for v in vectors:
        for w, x in v.items():
            total[w] = total.get(w, 0.0) + x
    norm = math.sqrt(sum(x * x for x in total.values()))
    return {w: x / norm for w, x in total.items()} if norm else {}

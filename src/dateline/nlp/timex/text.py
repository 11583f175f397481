"""Light text cues for `tag()` without spaCy: a regex sentence splitter and the tense near an expression."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from dateline.nlp.timex.loader import default_rules

PAST, PRESENT, FUTURE = "past", "present", "future"


@lru_cache(maxsize=1)
def _splitter() -> re.Pattern[str]:
    abbrevs = default_rules().patterns["abbreviations"][3:-1].split("|")
    # a period ends a sentence unless it closes an abbreviation or a lone initial ("J. Smith")
    guards = "".join(rf"(?<!\b{a})" for a in abbrevs)
    return re.compile(
        guards + r"(?<!\b[A-Z])[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])" + r"|\n\s*\n"
    )


def sentence_starts(text: str) -> list[int]:
    """Character offsets where sentences start (the first is always 0)."""
    starts = [0]
    for m in _splitter().finditer(text):
        starts.append(m.end())
    return starts


@lru_cache(maxsize=1)
def _tense_res() -> tuple[re.Pattern[str], ...]:
    p = default_rules().patterns
    return tuple(re.compile(rf"\b{p[n]}\b") for n in ("tense_past", "tense_present", "tense_future"))


class TenseFinder:
    """Tense of the verb nearest to an expression within its sentence (HeidelTime's news heuristic)."""

    def __init__(self, text: str, starts: list[int]) -> None:
        self.text = text
        self.starts = starts
        self._cache: dict[int, list[tuple[int, str]]] = {}

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def _cues(self, index: int) -> list[tuple[int, str]]:
        cues = self._cache.get(index)
        if cues is None:
            start = self.starts[index]
            end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
            cues = []
            for tense, rx in zip((PAST, PRESENT, FUTURE), _tense_res(), strict=True):
                cues.extend((m.start(), tense) for m in rx.finditer(self.text, start, end))
            self._cache[index] = cues
        return cues

    def tense_at(self, start: int, end: int) -> str | None:
        """PAST, PRESENT, FUTURE or None: the nearest cue, preferring those before the expression."""
        cues = [c for c in self._cues(self.sentence_of(start)) if not start <= c[0] < end]
        if not cues:
            return None
        nearest = min(cues, key=lambda c: start - c[0] if c[0] < start else (c[0] - end) + 8)
        return nearest[1]


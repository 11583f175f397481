"""A rule match before overlap resolution and the word classifier, shared by both candidate finders.

`engine.py` (fast) and `reference.py` (the definition) both build candidates from words classified the same
way; keeping these here lets the engine fall back to the reference without the two importing each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.nlp.timex.loader import Rule

# Words exactly as the reference splits them; a word's anchor class is that of `anchor_re.fullmatch`.
WORD = re.compile(r"[A-Za-z]+\.?|\d")


@dataclass(frozen=True)
class Candidate:
    """One rule match before overlap resolution; its groups are read only if it wins."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]

    @property
    def groups(self) -> dict[str, str | None]:
        return self.match.groupdict()


def classify(word: str, anchor_re: re.Pattern[str]) -> str | None:
    """Anchor class of one word (the word, or the word without its final periods), None for most words."""
    m = anchor_re.fullmatch(word)
    if m is None and word.endswith("."):
        m = anchor_re.fullmatch(word.rstrip("."))
    return m.lastgroup if m else None

"""Evidence helpers shared by annotators: which sentence a character offset falls in, which spans cover it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc


class SentenceIndex:
    """Maps character offsets to sentence indexes in O(log n); built once per document."""

    def __init__(self, starts: Sequence[int]) -> None:
        self._starts = list(starts)

    @property
    def starts(self) -> list[int]:
        """Character offsets at which the sentences start (for serialising the index with the Doc)."""
        return list(self._starts)

    @classmethod
    def from_doc(cls, doc: Doc) -> SentenceIndex:
        cached = doc._.dateline_sentence_index
        if cached is not None:
            return cached
        index = cls([s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0])
        doc._.dateline_sentence_index = index
        return index

    def __call__(self, char_offset: int) -> int:
        return max(0, bisect_right(self._starts, char_offset) - 1)


class SpanIndex:
    """Character spans (start, end), sorted once, to find those overlapping a range in O(log n + hits).

    Replaces "any(s <= x < e for s, e in spans)" inside per-token or per-mention loops, which is
    quadratic on long articles.
    """

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._longest = max((e - s for s, e in self._spans), default=0)

    def __len__(self) -> int:
        return len(self._spans)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans sharing at least one character with [start, end), in order."""
        # an overlapping span starts before `end` and, being at most `longest` long, after start - longest
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [(s, e) for s, e in self._spans[lo:hi] if e > start]

    def covers(self, offset: int) -> bool:
        """True when some span holds the character at `offset`."""
        return bool(self.overlapping(offset, offset + 1))


class RecordIndex:
    """Records with character spans (`start`, `end`), sorted once by start, to find those in a range in
    O(log n + hits): per-figure or per-mention lookups over all of a document's records are quadratic on long
    articles (a 1 MB article has thousands of each)."""

    def __init__(self, records: Sequence[Any]) -> None:
        self._records = sorted(records, key=lambda r: r.start)
        self._starts = [r.start for r in self._records]
        self._longest = max((r.end - r.start for r in self._records), default=0)

    def starting_in(self, start: int, end: int) -> list[Any]:
        """Records whose first character lies in [start, end), in text order."""
        return self._records[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def overlapping(self, start: int, end: int) -> list[Any]:
        """Records sharing at least one character with [start, end), in text order."""
        lo = bisect_left(self._starts, start - self._longest)
        return [r for r in self._records[lo : bisect_left(self._starts, end)] if r.end > start]

"""Evidence helpers shared by annotators: which sentence a character offset falls in."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc


class SentenceIndex:
    """Maps character offsets to sentence indexes in O(log n); built once per document."""

    def __init__(self, starts: Sequence[int]) -> None:
        self._starts = list(starts)

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

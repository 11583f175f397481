"""Markup left in scraped copy (`<tweet author="..." tweet_id="...">`): its marks and words are not speech."""

from __future__ import annotations

import re
from bisect import bisect_right

_TAG_RE = re.compile(r"<[A-Za-z/!][^<>\n]*>")


class MarkupSpans:
    """Character spans of the tags of one text, with a fast 'is this offset inside a tag' test."""

    def __init__(self, text: str) -> None:
        self.spans = [(m.start(), m.end()) for m in _TAG_RE.finditer(text)] if "<" in text else []
        self._starts = [s for s, _ in self.spans]

    def __bool__(self) -> bool:
        return bool(self.spans)

    def covers(self, offset: int) -> bool:
        """True when the character at `offset` belongs to a tag."""
        k = bisect_right(self._starts, offset) - 1
        return k >= 0 and offset < self.spans[k][1]

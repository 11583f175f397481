"""Edges of an indirect quote's content: never cut inside a quotation, never start with a wire dateline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dateline.nlp.quotes.marks import QuoteSegment

_WORD_RE = re.compile(r"\w")


def balance_marks(text: str, start: int, end: int, segments: Sequence[QuoteSegment]) -> tuple[int, int]:
    """Widen (or, when nothing of the quotation is inside, narrow) a span so no quotation is cut in two.

    'calling them biased and "antisemitic".' gives `them biased and "antisemitic"`, not
    `them biased and "antisemitic`: a reader should never see an unbalanced mark.
    """
    for seg in segments:
        if seg.open_start is None:
            continue  # a quote that lost its opening mark has no mark to balance at its start
        if start <= seg.open_start < end < seg.outer_end:  # the opening mark is in, the closing one is not
            if _WORD_RE.search(text, seg.open_start, end) is None:
                end = _rstrip(text, start, seg.open_start)  # only the mark itself: drop it
            else:
                end = seg.outer_end  # an unterminated quote runs to its paragraph end
        elif seg.close_end is not None and seg.open_start < start < seg.close_end <= end:  # the closing mark only
            if _WORD_RE.search(text, start, seg.close_end) is None:
                start = _lstrip(text, seg.close_end, end)
            else:
                start = seg.open_start
    return start, end


def strip_wire_dateline(text: str, start: int, end: int, patterns: Sequence[re.Pattern[str]]) -> int:
    """Start of the content past a wire dateline ("GAZA CITY, March 3 (Reuters) - ") opening its paragraph."""
    if start > 0 and text[start - 1] != "\n":
        return start
    piece = text[start:end]
    for pattern in patterns:
        match = pattern.match(piece)
        if match is not None and _WORD_RE.search(piece, match.end()) is not None:
            return _lstrip(text, start + match.end(), end)
    return start


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    return start


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return end

"""Find direct-quote segments from quotation marks, character by character, paragraph by paragraph.

Real copy is messy: straight and curly marks mix, NYT-style `''` stands for a double quote, a
quote may run over several paragraphs (each new paragraph re-opens it without closing the previous
one), and some copy loses the opening mark entirely (`...a cease-fire," Blinken said.`): a closing
mark that is the first mark of its paragraph then opens the quote at the paragraph start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from dateline.nlp.quotes.markup import MarkupSpans

_PARAGRAPH_RE = re.compile(r"[^\n]+")
_MARK_RE = re.compile(r"''|``|[\"“”„]")
_OPENERS = frozenset({"“", "„", "``"})
_CLOSERS = frozenset({"”"})
# A straight mark after one of these (or at the paragraph start) opens a quote.
_BEFORE_OPEN = frozenset("([{—–-/:")
# A straight mark followed by one of these (or by the paragraph end) closes a quote.
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-…")
_TRIM_END = " \t,"  # a comma before the closing mark belongs to the attribution, not the content


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # "open", "close" or "either"


@dataclass
class QuoteSegment:
    """The content between one pair of marks (offsets exclude the marks)."""

    start: int
    end: int
    open_start: int | None  # offset of the opening mark; None when the mark is missing
    close_end: int | None  # offset just after the closing mark; None when the quote is unterminated
    paragraph: int
    paragraph_start: int
    paragraph_end: int
    continues: bool = False  # the quote goes on in the next paragraph (which re-opens it)
    continued: bool = False  # this segment re-opens the previous paragraph's quote

    @property
    def outer_start(self) -> int:
        return self.open_start if self.open_start is not None else self.start

    @property
    def outer_end(self) -> int:
        return self.close_end if self.close_end is not None else self.end


def classify(text: str, start: int, end: int, para_start: int, para_end: int) -> str:
    """Whether the mark text[start:end] opens or closes a quote, or is ambiguous ("either")."""
    mark = text[start:end]
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS:
        return "close"
    before = text[start - 1] if start > para_start else None
    after = text[end] if end < para_end else None
    if before is None or before.isspace() or before in _BEFORE_OPEN:
        return "open" if after is not None and not after.isspace() else "close"
    if after is None or after.isspace() or after in _AFTER_CLOSE:
        return "close"
    return "either"


def _marks(text: str, para_start: int, para_end: int, markup: MarkupSpans) -> list[Mark]:
    out = []
    for m in _MARK_RE.finditer(text, para_start, para_end):
        if markup and markup.covers(m.start()):
            continue  # an attribute value ('author="CecileRichards"'), not a quotation
        out.append(Mark(m.start(), m.end(), classify(text, m.start(), m.end(), para_start, para_end)))
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return start, end


def find_segments(text: str) -> list[QuoteSegment]:
    """All quote segments of a text, in order; multi-paragraph quotes are linked by continues/continued."""
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(text) if m.group().strip()]
    segments: list[QuoteSegment] = []
    markup = MarkupSpans(text)
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        segments.extend(_paragraph_segments(text, p_index, p_start, p_end, markup))
    _link_paragraphs(text, segments)
    return segments


def _paragraph_segments(text: str, p_index: int, p_start: int, p_end: int, markup: MarkupSpans) -> list[QuoteSegment]:
    out: list[QuoteSegment] = []

    def emit(start: int, end: int, opener: Mark | None, close_end: int | None) -> None:
        s, e = _trimmed(text, start, end)
        if e > s:
            out.append(QuoteSegment(s, e, opener.start if opener else None, close_end, p_index, p_start, p_end))

    open_mark: Mark | None = None
    for n, mark in enumerate(_marks(text, p_start, p_end, markup)):
        kind = mark.kind if mark.kind != "either" else ("close" if open_mark else "open")
        if kind == "open":
            if open_mark is not None:  # opened again before closing: the first one ends there
                emit(open_mark.end, mark.start, open_mark, None)
            open_mark = mark
        elif open_mark is not None:
            emit(open_mark.end, mark.start, open_mark, mark.end)
            open_mark = None
        elif n == 0:  # the opening mark is missing: the quote starts with the paragraph
            emit(p_start, mark.start, None, mark.end)
    if open_mark is not None:
        emit(open_mark.end, p_end, open_mark, None)
    return out


def _link_paragraphs(text: str, segments: list[QuoteSegment]) -> None:
    """An unterminated quote goes on when the next paragraph opens with a quotation mark."""
    for prev, nxt in pairwise(segments):
        if (
            prev.close_end is None
            and nxt.paragraph == prev.paragraph + 1
            and nxt.open_start is not None
            and not text[nxt.paragraph_start : nxt.open_start].strip()
        ):
            prev.continues = True
            nxt.continued = True

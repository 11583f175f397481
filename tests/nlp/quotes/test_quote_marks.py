"""Quotation-mark scanning: curly, straight, missing opening marks, multi-paragraph quotes."""

from __future__ import annotations

import pytest

from dateline.nlp.quotes.marks import classify, find_segments


def contents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_segments(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“No place is safe,” he said.", ["No place is safe"]),
        ('"No place is safe," he said.', ["No place is safe"]),
        (
            "He said Mr Sinwar was “moving from hideout to hideout”, without elaborating.",
            ["moving from hideout to hideout"],
        ),
        ('"A," he said, "B."', ["A", "B."]),
        ("''We won,'' she said.", ["We won"]),
        ("It is “gifted hands.” And “more.”", ["gifted hands.", "more."]),
        ("Nothing quoted here.", []),
    ],
)
def test_segments_are_the_text_between_marks_without_marks_or_trailing_comma(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_closing_mark_first_in_paragraph_opens_quote_at_paragraph_start() -> None:
    text = 'Intro line.\nIn all of these engagements we have made clear our offer," Blinken said.\n'
    (seg,) = find_segments(text)
    assert text[seg.start : seg.end] == "In all of these engagements we have made clear our offer"
    assert seg.open_start is None and seg.close_end is not None


def test_unclosed_quote_ends_at_paragraph_end() -> None:
    text = 'Any initiative is good," he said. "And we are ready. But it is up to them.\nNext paragraph.'
    segs = find_segments(text)
    assert [text[s.start : s.end] for s in segs][-1] == "And we are ready. But it is up to them."
    assert segs[-1].close_end is None and not segs[-1].continues


def test_paragraph_reopened_with_a_mark_continues_the_quote() -> None:
    text = "“First paragraph of the quote.\n\n“Second paragraph,” she said."
    first, second = find_segments(text)
    assert first.continues and second.continued
    assert text[second.start : second.end] == "Second paragraph"


@pytest.mark.parametrize(
    ("text", "index", "kind"),
    [('say "yes"', 4, "open"), ('say "yes" now', 8, "close"), ('"yes', 0, "open"), ("a“b", 1, "open")],
)
def test_straight_marks_are_classified_by_their_neighbours(text: str, index: int, kind: str) -> None:
    assert classify(text, index, index + 1, 0, len(text)) == kind

"""Duration and SET forms in news: exact halves and quarters, nights as days, counted decades, ranges, recurrences."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.nlp.timex import is_timex3_value, tag
from dateline.nlp.timex.normalize_duration import part_value

DCT = dt.date(2024, 2, 6)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize(("text", "span", "value"), [
    # a half or a quarter is written exactly in the next smaller unit, and the whole phrase is the span
    ("I suppose one and half hour is enough.", "one and half hour", "PT1H30M"),
    ("He will take a one and a quarter year gap.", "one and a quarter year", "P1Y3M"),
    ("He will take a one year and a quarter gap.", "one year and a quarter", "P1Y3M"),
    ("The meeting ran an hour and a quarter.", "an hour and a quarter", "PT1H15M"),
    ("Biya returns following a two-and-a-half-month absence.", "two-and-a-half-month", "P2M15D"),
    ("The war has dragged on for half a century.", "half a century", "P50Y"),
    ("He has spent a quarter-century in Congress.", "a quarter-century", "P25Y"),
    ("They waited three-quarters of an hour.", "three-quarters of an hour", "PT45M"),
    ("It lasted two and a half weeks.", "two and a half weeks", "P17DT12H"),
    ("It lasted two and a half decades.", "two and a half decades", "P25Y"),
    # counted decades and centuries are years in TimeBank ("two decades" P20Y, "past decade" P10Y)
    ("Unemployment fell over two decades.", "two decades", "P20Y"),
    ("Prices rose over the past decade.", "the past decade", "P10Y"),
    ("The dynasty ruled for two hundred years.", "two hundred years", "P200Y"),
    ("The siege lasted a hundred and fifty days.", "a hundred and fifty days", "P150D"),
    # nights count as days; "another week" and "an additional year" are measures
    ("Charlotte saw violence for two nights as unrest roiled the city.", "two nights", "P2D"),
    ("Strikes ended after 13 consecutive nights.", "13 consecutive nights", "P13D"),
    ("The state extends its emergency for another month.", "another month", "P1M"),
    ("The loan may be extended for an additional year.", "an additional year", "P1Y"),
    ("Shares fell for Eight trading days.", "Eight trading days", "P8D"),
    ("We have been here the past couple of weeks.", "the past couple of weeks", "P2W"),
    # a range of counts: one measure of unknown length, no invented number
    ("It would take two to three weeks to convene.", "two to three weeks", "PXW"),
    ("The next 24 to 36 hours are decisive.", "The next 24 to 36 hours", "PTXH"),
])
def test_duration_form_has_its_whole_span_and_exact_value(text: str, span: str, value: str) -> None:
    assert (span, "DURATION", value) in _found(text)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("He got up every morning at dawn.", "every morning", "XXXX-XX-XXTMO"),
    ("I'll be out mornings", "mornings", "XXXX-XX-XXTMO"),
    ("Families gather each July.", "each July", "XXXX-07"),
    ("Time announces its pick every December 10.", "every December 10", "XXXX-12-10"),
    ("I'll leave each 4/15", "each 4/15", "XXXX-04-15"),
])
def test_recurrence_is_a_set(text: str, span: str, value: str) -> None:
    assert (span, "SET", value) in _found(text)


@pytest.mark.parametrize("text", [
    "In another year, the last debate would have mattered.",  # a different year, not a measure
    "Just another day in the campaign.",
    "Room rates will be $55 a night.",
    "The Beechcraft 1900D crashed on Highway 180D.",  # model and road names, not "10D" = ten days
    "It was shown in 3D on Suite 29D.",
    "Making calls one night in the late 1960s.",
    "Unemployment is just a notch above its quarter-century low.",  # TBAQ leaves it untagged
    "The annual review and the quarterly dividend.",  # adjectives: untagged in TBAQ (0 of 6, 0 of 10)
    "It is an everyday routine.",
])
def test_news_prose_that_is_no_duration_or_set_stays_untagged(text: str) -> None:
    kinds = {(t.text, t.type) for t in tag(text, DCT)}
    assert not any(k in ("DURATION", "SET") for _, k in kinds), kinds


@pytest.mark.parametrize(("text", "kept"), [
    # "from five to seven years" is a change of term, not a range: the end value stays a measure
    ("The amendment extends terms from five to seven years.", ("seven years", "P7Y")),
    ("It took one and a quarter months.", None),  # a quarter of a month has no exact length
])
def test_changes_and_inexact_parts_are_not_read_as_ranges_or_guessed(
    text: str, kept: tuple[str, str] | None
) -> None:
    durations = [(t.text, t.value) for t in tag(text, DCT) if t.type == "DURATION"]
    assert all("X" not in v and "." not in v for _, v in durations), durations
    if kept:
        assert kept in durations


@pytest.mark.parametrize(("whole", "quarters", "code", "value"), [
    (2, 2, "Y", "P2Y6M"), (0, 2, "H", "PT30M"), (1, 1, "D", "P1DT6H"), (0, 2, "D", "PT12H"),
    (1, 2, "MIN", "PT1M30S"), (0, 2, "W", "P3DT12H"), (0, 1, "CE", "P25Y"), (1, 2, "M", "P1M15D"),
])
def test_part_value_is_exact_and_a_timex3_value(whole: int, quarters: int, code: str, value: str) -> None:
    assert part_value(whole, quarters, code) == value
    assert is_timex3_value(value)


def test_a_quarter_month_has_no_value_rather_than_a_rounded_one() -> None:
    assert part_value(1, 1, "M") is None


@pytest.mark.parametrize(("text", "span", "mod"), [
    # "over" before a determined period is "during": no "more than" (round 24, a new user's report)
    ("Aid will be delivered over the next three months.", "the next three months", None),
    ("Attacks rose over the past two weeks.", "the past two weeks", None),
    ("AID WILL BE DELIVERED OVER  THE NEXT THREE MONTHS.", "THE NEXT THREE MONTHS", None),
    ("Growth was weak under the last two years of his rule.", "the last two years", None),
    # before a bare count it is "more than"; other approximators keep their span and mod
    ("The siege lasted over 3 months.", "3 months", "MORE_THAN"),
    ("Prices have risen for at least the past 18 months.", "at least the past 18 months", "EQUAL_OR_MORE"),
])
def test_over_a_determined_period_is_during_not_more_than(text: str, span: str, mod: str | None) -> None:
    [found] = [t for t in tag(text, DCT) if t.type == "DURATION"]
    assert (found.text, found.mod) == (span, mod)

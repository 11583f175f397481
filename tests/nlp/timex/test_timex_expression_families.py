"""News expression families added in round 4: mods on relative periods, days counted from a named day,
day anaphora, leap days, clock times written next to a date without "at", recurring parts of a weekday."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.nlp.timex import tag

DCT = dt.date(2024, 2, 6)  # a Tuesday


def _found(text: str, ref: dt.date = DCT) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It will be done by the end of the month.", ("the end of the month", "DATE", "2024-02", "END")),
        ("It starts at the beginning of next month.", ("the beginning of next month", "DATE", "2024-03", "START")),
        ("The vote is in mid-March.", ("mid-March", "DATE", "2024-03", "MID")),
        ("It opens in early 2024.", ("early 2024", "DATE", "2024", "START")),
        ("He said this past Monday it was over.", ("this past Monday", "DATE", "2024-02-05", None)),
        ("We meet Monday next week.", ("Monday next week", "DATE", "2024-02-12", None)),
        ("The deal closes 2 weeks from today.", ("2 weeks from today", "DATE", "2024-02-20", None)),
        ("It ends two days from tomorrow.", ("two days from tomorrow", "DATE", "2024-02-09", None)),
        ("Rent is due on the first of the month.", ("the first of the month", "DATE", "2024-02-01", None)),
        ("The next payment is due the 20th of next month.", ("the 20th of next month", "DATE", "2024-03-20", None)),
        ("Sessions are held on Tuesday afternoons.", ("Tuesday afternoons", "SET", "XXXX-WXX-2TAF", None)),
        ("Eli Lilly sold IVAC on Dec. 31 , 1994.", ("Dec. 31 , 1994", "DATE", "1994-12-31", None)),
        ("The treaty was signed on 28 june in 2020.", ("28 june in 2020", "DATE", "2020-06-28", None)),
    ],
)
def test_news_expression_is_tagged_with_value_and_mod(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert expected in _found(text)


def test_next_day_counts_from_the_last_day_mentioned_not_the_dct() -> None:
    found = _found("He left on Feb. 2 and returned the next day.")
    assert ("the next day", "DATE", "2024-02-03", None) in found


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        ("Feb 29", dt.date(2017, 3, 22), "2016-02-29"),  # no tense cue: the nearest leap day
        ("The vote is on Feb. 29.", dt.date(2023, 11, 1), "2024-02-29"),
        ("He was born on Feb. 29.", dt.date(2023, 11, 1), "2020-02-29"),  # past: the one before
        ("It rose on Feb. 29.", dt.date(2024, 3, 2), "2024-02-29"),
    ],
)
def test_leap_day_without_year_picks_a_leap_year_on_the_tense_side(text: str, ref: dt.date, value: str) -> None:
    assert [t.value for t in tag(text, ref)] == [value]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("DateTime search phrase 23.04.2022 14:55", "23.04.2022 14:55", "2022-04-23T14:55"),
        ("Updated Feb. 5, 2024 10:30 a.m. ET", "Feb. 5, 2024 10:30 a.m.", "2024-02-05T10:30"),
        ("The log ends 2016-12-16T12:23:59 exactly.", "2016-12-16T12:23:59", "2016-12-16T12:23:59"),
        ("Doors open 19:00, 2016-12-22.", "19:00, 2016-12-22", "2016-12-22T19:00"),
        ("Police arrived this morning at seven.", "this morning at seven", "2024-02-06T07:00"),
        ("It ran 6 jan 2017 - 6:37am.", "6 jan 2017 - 6:37am", "2017-01-06T06:37"),
    ],
)
def test_clock_written_next_to_a_day_joins_it(text: str, span: str, value: str) -> None:
    assert (span, "TIME", value, None) in _found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Two days after today's vote, prices fell.", "two days after today"),
        ("The market opened the day before the vote.", "the day before"),
        ("He scored on Monday at one point.", "Monday at one"),
        ("The index rose on Monday 10:30 percent.", "Monday 10:30"),
        ("an august body of scholars", "august"),
    ],
)
def test_lookalikes_are_not_tagged_as_these_families(text: str, absent: str) -> None:
    assert all(absent not in t.text for t in tag(text, DCT))

"""A day next to a clock time is one TIME expression: "Monday at 3pm", "tonight at 7", "8pm on Sunday"."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.nlp.timex import tag

DCT = dt.date(2016, 11, 7)  # a Monday


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The talks resume tomorrow morning at 7.", "tomorrow morning at 7", "2016-11-08T07:00"),
        ("The vote is tonight at 7.", "tonight at 7", "2016-11-07T19:00"),
        ("They met this morning at 7:00.", "this morning at 7:00", "2016-11-07T07:00"),
        ("The meeting on Monday at 3pm ended.", "Monday at 3pm", "2016-11-07T15:00"),
        ("It opens Feb 5 at 10:30 a.m.", "Feb 5 at 10:30 a.m.", "2017-02-05T10:30"),
        ("It starts today at 9a sharp.", "today at 9a", "2016-11-07T09:00"),
        ("Police were called last night at 8.", "last night at 8", "2016-11-06T20:00"),
        ("We meet Monday at 7 in the evening.", "Monday at 7 in the evening", "2016-11-07T19:00"),
        ("The bar closes tonight around 3.", "tonight around 3", "2016-11-07T03:00"),
        ("Shots were fired at 6:30 a.m. on March 19, 2002.", "6:30 a.m. on March 19, 2002", "2002-03-19T06:30"),
        ("Doors open October 14, 8:00:31am.", "October 14, 8:00:31am", "2016-10-14T08:00:31"),
    ],
)
def test_day_and_clock_become_one_time(text: str, span: str, value: str) -> None:
    found = [(t.text, t.value, t.type) for t in tag(text, DCT)]
    assert (span, value, "TIME") in found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The option runs after Jan. 1, 1990 at 1,015 francs a share.", "Jan. 1, 1990"),
        ("Yields rose Monday at 8.45%.", "Monday"),
        ("Shares traded Monday at 7 percent above par.", "Monday"),
        ("He arrived Monday at 7 Downing Street.", "Monday"),
    ],
)
def test_numbers_after_a_day_that_are_no_clock_stay_apart(text: str, kept: str) -> None:
    assert [t.text for t in tag(text, DCT)] == [kept]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Mass is held 9am every Sunday.", "9am every Sunday", "XXXX-WXX-7T09:00"),
        ("The market is open 9am on Sundays.", "9am on Sundays", "XXXX-WXX-7T09:00"),
        ("The board meets each Monday at 4pm.", "each Monday at 4pm", "XXXX-WXX-1T16:00"),
        ("Classes run Tuesdays at 9am.", "Tuesdays at 9am", "XXXX-WXX-2T09:00"),
    ],
)
def test_weekly_set_at_a_clock_time_stays_a_set(text: str, span: str, value: str) -> None:
    assert (span, value, "SET") in [(t.text, t.value, t.type) for t in tag(text, DCT)]

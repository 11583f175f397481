"""Clock times in words, fuzzy and wire-style clock forms: "half past seven", "in the afternoon at 7", "0241 GMT"."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.nlp.timex import tag

DCT = dt.date(2016, 11, 7)  # a Monday


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.type) for t in tag(text, DCT)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It's half past seven o'clock.", "half past seven o'clock", "2016-11-07T07:30"),
        ("I made this purchase at ten past 9 in the evening.", "ten past 9 in the evening", "2016-11-07T21:10"),
        ("It's 20 min past eight in the evening.", "20 min past eight in the evening", "2016-11-07T20:20"),
        ("He left at a quarter to seven tomorrow.", "a quarter to seven tomorrow", "2016-11-08T06:45"),
        ("We left twenty minutes past five tomorrow morning.", "twenty minutes past five tomorrow morning",
         "2016-11-08T05:20"),
        ("The sun will set tomorrow at seven twenty-seven.", "tomorrow at seven twenty-seven", "2016-11-08T07:27"),
        ("The sun will set tomorrow at six forty-three minutes.", "tomorrow at six forty-three minutes",
         "2016-11-08T06:43"),
        ("I'll go back at five-thirty tomorrow evening.", "five-thirty tomorrow evening", "2016-11-08T17:30"),
        ("He tweeted at three o’clock in the morning.", "three o’clock in the morning", "2016-11-07T03:00"),
        ("The father will leave at 4 in the morning.", "4 in the morning", "2016-11-07T04:00"),
        ("I'll be back in the afternoon at 7.", "the afternoon at 7", "2016-11-07T19:00"),
        ("Let's meet one in the morning together.", "one in the morning", "2016-11-07T01:00"),
    ],
)
def test_spelled_and_past_to_clock_times_are_read(text: str, span: str, value: str) -> None:
    assert (span, value, "TIME") in _found(text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("I'll be back at 9.am.", "9.am", "2016-11-07T09:00"),
        ("The market opens at 8 : 00 am local time.", "8 : 00 am", "2016-11-07T08:00"),
        ("I'll be back 1140 a.m.", "1140 a.m.", "2016-11-07T11:40"),
        ("The quake struck at 0737 GMT on Friday.", "0737 GMT on Friday", "2016-11-04T07:37"),
        ("The ship was boarded at 1230 hours.", "1230 hours", "2016-11-07T12:30"),
        ("Move the meeting to 8:30 instead of 8am.", "8:30", "2016-11-07T08:30"),
        ("Shall we leave at 6.45?", "6.45", "2016-11-07T06:45"),
        ("Surprise party for Ted on Sat at 5.", "Sat at 5", "2016-11-05T05:00"),
    ],
)
def test_digit_clock_variants_are_read(text: str, span: str, value: str) -> None:
    assert (span, value, "TIME") in _found(text)


def test_ish_clock_times_are_approximate() -> None:
    found = tag("I'll be back 11ish.", DCT)
    assert [(t.text, t.value, t.mod) for t in found] == [("11ish", "2016-11-07T11:00", "APPROX")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a part of the day moves a clock written without a.m./p.m.
        ("The vote is tonight at 7:30.", "tonight at 7:30", "2016-11-07T19:30"),
        ("We meet tomorrow evening at 8:15.", "tomorrow evening at 8:15", "2016-11-08T20:15"),
        ("It is due by 6 o’clock this afternoon.", "6 o’clock this afternoon", "2016-11-07T18:00"),
        ("The event starts on Sunday late evening at 10:00.", "Sunday late evening at 10:00", "2016-11-06T22:00"),
        # ... but not one whose own text says which half of the day it is
        ("We meet tomorrow evening at 6 a.m.", "tomorrow evening at 6 a.m.", "2016-11-08T06:00"),
        ("I'll go back 8pm in the evening, Sunday.", "8pm in the evening, Sunday", "2016-11-13T20:00"),
        ("Officers heard a bang at 7 p . m . on Friday night.", "7 p . m . on Friday night", "2016-11-04T19:00"),
        ("I'll go back on monday the twenty seventh at six pm.", "monday the twenty seventh at six pm",
         "2017-02-27T18:00"),
        ("We meet at seven on Nov. 15.", "seven on Nov. 15", "2016-11-15T07:00"),
        ("Wire copy dated 08-15-90 1337EDT said so.", "08-15-90 1337EDT", "1990-08-15T13:37"),
    ],
)
def test_day_and_clock_with_part_of_day_become_one_time(text: str, span: str, value: str) -> None:
    assert (span, value, "TIME") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bill passed 5 to 4 in February.",
        "Workers received time and a half after eight hours of work.",
        "The toll rises to 72 after 26 more bodies are recovered.",
        "One quarter to one-third of the workers left.",
        "Shares closed at 6.45 on the day.",
        "The runner cut his time to 2:04 this year.",
        "She was the only one in the morning session.",
        "Prices fell to 7p a share.",
        "He spent 1100 hours of community service.",
    ],
)
def test_numbers_that_are_no_clock_times_stay_untagged_as_times(text: str) -> None:
    assert not [t for t in tag(text, DCT) if t.type == "TIME" and "T" in t.value and ":" in t.value]


def test_holiday_and_part_of_day_clock_stay_two_expressions() -> None:
    found = _found("The event starts on Christmas early morning at 8:00.")
    assert [f[0] for f in found] == ["Christmas", "8:00"]

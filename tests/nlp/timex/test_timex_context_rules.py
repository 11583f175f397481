"""Normalizations that read the expression's surroundings: earnings comparisons, anaphoric years, tense cues."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.nlp.timex import tag

CASES = [
    # a quarterly results story: "a year ago" is the same quarter one year before (TimeBank WSJ convention)
    ("Third-quarter net rose to $5 million, up from $3 million a year ago.", dt.date(1989, 10, 26),
     "a year ago", "1988-Q3"),
    ("In the year-earlier quarter, the company earned $2 million.", dt.date(1989, 10, 26),
     "the year-earlier quarter", "1988-Q3"),
    ("For the fourth quarter, profit fell 5% from $8 million a year earlier.", dt.date(1989, 11, 2),
     "a year earlier", "1988-Q4"),
    # no quarter in the story: "a year ago" stays a year
    ("The factory opened a year ago.", dt.date(1989, 10, 26), "a year ago", "1988"),
    # the reporting quarter names "the quarter"
    ("Second-quarter sales rose. During the quarter, the company hired 50 people.", dt.date(1989, 10, 26),
     "the quarter", "1989-Q2"),
    # anaphoric year: the last year written out, not the DCT
    ("He was promoted in 1995, and the following year he moved to Paris.", dt.date(1998, 4, 18),
     "the following year", "1996"),
    # passive future: "will be paid Dec. 14" is after the DCT
    ("The dividend will be paid Dec. 14 to holders of record.", dt.date(1989, 10, 26), "Dec. 14", "1989-12-14"),
    ("The transaction is to be completed by Dec. 15.", dt.date(1989, 10, 31), "Dec. 15", "1989-12-15"),
    # names ending in -ed are no past cue
    ("The father would be traveling to the United States Thursday.", dt.date(2000, 4, 5), "Thursday",
     "2000-04-06"),
    # "last Monday" on a Monday is a week before
    ("Last Monday, the company had 73 million shares.", dt.date(1989, 10, 30), "Last Monday", "1989-10-23"),
    # yearless holidays by tense
    ("Elian was found last Thanksgiving clinging to an inner tube.", dt.date(2000, 2, 10), "last Thanksgiving",
     "1999-11-25"),
    # "June last year": the relative word moves the year
    ("But in June last year, the leadership had a falling out.", dt.date(1998, 2, 19), "June last year",
     "1997-06"),
    # reference-time tense: past perfect before a future cue, "were planning", "since", "next to"
    ("The offer had been scheduled to expire Friday evening.", dt.date(1989, 10, 30), "Friday evening",
     "1989-10-27TEV"),
    ("Protesters planned a demonstration on Saturday and were planning to drive to the airport.",
     dt.date(2000, 1, 7), "Saturday", "2000-01-08"),
    ("Six people died since a bomb ripped through a building next to the embassy Friday morning.",
     dt.date(1998, 8, 8), "Friday morning", "1998-08-07TMO"),
    # a possessive weekday names a past event; "this Friday" is the Friday of this week
    ("The price is a 24% premium over Thursday's closing price.", dt.date(1989, 10, 30), "Thursday",
     "1989-10-26"),
    ("The vote is this Friday.", dt.date(2024, 2, 6), "this Friday", "2024-02-09"),
    ("Munero fled to Florida in June 1998 and returned to Cuba later that year.", dt.date(2000, 1, 28),
     "later that year", "1998"),
    # "for the year ended": a duration
    ("For the year ended July 2, Rally had net income of $2.4 million.", dt.date(1989, 10, 27), "the year",
     "P1Y"),
]


@pytest.mark.parametrize(("text", "dct", "expr", "value"), CASES, ids=[c[2] + "|" + c[3] for c in CASES])
def test_expression_is_normalized_from_its_context(text: str, dct: dt.date, expr: str, value: str) -> None:
    found = {t.text: t.value for t in tag(text, dct)}
    assert found.get(expr) == value, found

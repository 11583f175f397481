"""A past-tense sentence does not report a day after its article's date; deadlines may lie ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.nlp.timex import tag

CASES = [
    ("He was killed on October 7.", dt.date(2025, 9, 22), "2024-10-07"),
    ("The attack on October 7 killed 1,200 people.", dt.date(2025, 9, 22), "2024-10-07"),
    # a month-day naming a listed event is that event's day (rules/normalization/named_events.tsv)
    ("who was kidnapped during the October 7 attacks", dt.date(2025, 9, 30), "2023-10-07"),
    ("He died on Feb 20.", dt.date(2024, 2, 6), "2023-02-20"),
    ("He died in December.", dt.date(2025, 9, 22), "2024-12"),
    ("It happened in May of last year.", dt.date(2025, 3, 17), "2024-05"),
    ("The talks will resume on Feb 20.", dt.date(2024, 2, 6), "2024-02-20"),
    ("The offer had been extended to Feb 20.", dt.date(2024, 2, 6), "2024-02-20"),
    ("Dunkin' has set Nov. 10 as the deadline for the offer.", dt.date(1989, 11, 2), "1989-11-10"),
    ("Shellings continued on the morning of Feb 6.", dt.date(2024, 2, 6), "2024-02-06TMO"),
]


@pytest.mark.parametrize(("sentence", "dct", "value"), CASES)
def test_month_day_year_follows_tense_and_deadlines(sentence: str, dct: dt.date, value: str) -> None:
    assert [t.value for t in tag(sentence, dct)] == [value]


def test_dct_may_be_given_as_an_iso_string() -> None:
    assert [t.value for t in tag("He was killed on October 7.", "2025-09-22")] == ["2024-10-07"]
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        tag("on Monday", "last Tuesday")

"""A weekday inside the name of a day ("Bloody Sunday", "Black Monday", "Super Tuesday") is no reference to a
weekday near the article's date (round 16, found on untuned news)."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id


def values(pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=dt.date(2025, 10, 23)))
    return [(t.text, t.value) for t in doc.timexes]


def test_a_named_day_is_no_weekday(pipeline) -> None:
    assert values(pipeline, "Marches recall the killings of Bloody Sunday in 1972.") == [("1972", "1972")]
    assert values(pipeline, "Stocks fell on Black Monday in 1987.") == [("1987", "1987")]
    # a plain weekday still resolves
    assert values(pipeline, "The strike happened on Sunday.") == [("Sunday", "2025-10-19")]

"""Which weekend "the weekend" is when the clause's tense does not say: the nearer one to the article's day. The tense
comes from the parse, so these run the whole pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document, document_id

TUESDAY, FRIDAY = dt.date(2016, 9, 6), dt.date(2016, 9, 9)


@pytest.mark.parametrize(("text", "dct", "value"), [
    # the present tense: early in the week the weekend just past, late in the week the one coming
    ("The fighting continues, with insurgents making gains over the weekend.", TUESDAY, "2016-W35-WE"),
    ("The fighting continues, with insurgents making gains over the weekend.", FRIDAY, "2016-W36-WE"),
    # a tense that says which one wins whatever the day
    ("Insurgents made gains over the weekend.", FRIDAY, "2016-W35-WE"),
    ("The talks will resume over the weekend.", TUESDAY, "2016-W36-WE"),
])
def test_the_weekend_in_the_present_is_the_nearer_one(pipeline, text: str, dct: dt.date, value: str) -> None:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=dct))
    assert [t.value for t in doc.timexes if "weekend" in t.text] == [value]

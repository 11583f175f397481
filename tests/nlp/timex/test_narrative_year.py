"""An undated text counts a yearless date from its last full date, and a story goes forward from there: a past
verb does not push the date back a year (round 16, found on an undated ECB+ article about the 2008 Gaza truce)."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id


def values(pipeline, text: str, date: dt.date | None) -> list[tuple[str, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=date))
    return [(t.text, t.value) for t in doc.timexes]


TEXT = ("Israel broke the truce on 4 November 2011, when troops raided the border area. "
        "The truce broke down on 20 December, when rockets were fired.")


def test_a_yearless_date_after_a_narrative_date_keeps_its_year(pipeline) -> None:
    assert ("20 December", "2011-12-20") in values(pipeline, TEXT, None)


def test_a_dated_article_still_reads_a_past_verb_against_its_date(pipeline) -> None:
    # in news dated 10 December 2011, "broke down on 20 December" is last year's 20 December
    assert ("20 December", "2010-12-20") in values(pipeline, TEXT, dt.date(2011, 12, 10))

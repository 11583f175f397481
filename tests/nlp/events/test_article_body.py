"""The lede tells the news of the day, the body its background (issue 14): in a long article, an event the body names
with a noun, a participle or a perfect gets no publication date; a finite verb in a simple tense still does.
Sentences written for these tests, not taken from any gold."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2024, 2, 6)

LEDE = ("Police arrested two men in the northern city on Tuesday. "
        "The men were detained after a raid on a warehouse. ")
FILLER = ("The city council met to discuss the budget. Residents complained about the noise. "
          "The mayor said the roads would be repaired. ")


def dates(pipeline, text: str) -> dict[str, str | None]:
    doc = Document(id=document_id(text), text=text, date=DCT)
    return {e.trigger: e.time_value for e in pipeline.annotate(doc).events}


def test_a_noun_or_perfect_in_the_body_of_a_long_article_is_not_dated_by_publication(pipeline) -> None:
    text = LEDE + FILLER + "Talks with the union ended without a deal. Officials have urged calm."
    got = dates(pipeline, text)
    assert got["Talks"] is None
    assert got["urged"] is None


def test_a_simple_past_in_the_body_still_tells_the_news(pipeline) -> None:
    text = LEDE + FILLER + "Protesters gathered outside the station, and officers fired tear gas."
    assert dates(pipeline, text)["fired"] == DCT.isoformat()


def test_the_same_words_in_a_short_item_take_the_item_date(pipeline) -> None:
    got = dates(pipeline, "Talks with the union ended without a deal. Officials have urged calm.")
    assert got["Talks"] == DCT.isoformat()
    assert got["urged"] == DCT.isoformat()


def test_a_body_event_with_its_own_day_keeps_it(pipeline) -> None:
    text = LEDE + FILLER + "Talks with the union on Sunday ended without a deal."
    assert dates(pipeline, text)["Talks"] == "2024-02-04"

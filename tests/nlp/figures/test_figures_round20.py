"""Round 20 (issue 14): a count set beside the noun it numbers ("the highest number of deaths, 45"; "the
casualties, at least 30,") is a toll, while a bare number after a person's noun stays an age. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 4, 11)


def figures(pipeline, text: str) -> list[tuple[str, float | None, str | None]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(f.category, f.value, f.qualifier) for f in doc.figures]


def test_a_count_beside_the_number_of_deaths_is_a_toll(pipeline) -> None:
    assert figures(pipeline, "Mexico has reported the highest number of deaths, 45.") == [("killed", 45.0, None)]


def test_a_bounded_count_beside_its_noun_is_no_age(pipeline) -> None:
    found = figures(pipeline, "The casualties, at least 30, were taken to hospital.")
    assert found == [("injured", 30.0, "at least")]


def test_a_bare_number_after_a_person_is_still_an_age(pipeline) -> None:
    assert figures(pipeline, "John Smith, 45, was killed in the attack.") == []
    assert figures(pipeline, "A woman, 45, was injured in the attack.") == []

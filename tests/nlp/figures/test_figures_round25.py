"""Round 25 (issue 14): refugees a country takes in, accepts, admits or resettles are an intake, not a displacement
figure; people held now stay counted whatever is wanted for them. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 4, 11)


def figures(pipeline, text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(f.category, f.value, f.qualifier, f.reporter) for f in doc.figures]


def test_people_a_country_takes_in_are_an_intake_not_a_displacement(pipeline) -> None:
    assert figures(pipeline, "The candidate claimed that the president wanted to take in 250,000 refugees.") == []
    assert figures(pipeline, "The government plans to resettle 10,000 refugees next year.") == []
    assert figures(pipeline, "The government reached its goal of taking in 10,000 refugees from the war.") == []
    assert figures(pipeline, "Officials said on Monday that the country had accepted 11,491 refugees.") == []
    assert figures(pipeline, "About 11,491 refugees were admitted last year.") == []
    assert figures(pipeline, "The fighting has displaced 10,000 people.") == [("displaced", 10000.0, None, None)]


def test_people_held_now_stay_counted_whatever_is_wanted_for_them(pipeline) -> None:
    assert figures(pipeline, "The envoy failed to secure the release of the remaining 58 hostages.") == [
        ("hostages", 58.0, None, None)]
    assert figures(pipeline, "The families demanded the release of 120 hostages.") == [("hostages", 120.0, None, None)]
    assert figures(pipeline, "The camp houses 250,000 refugees.") == [("displaced", 250000.0, None, None)]

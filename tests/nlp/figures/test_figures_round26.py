"""Round 26 (issue 14): people released in an exchange are counted as released even where a participle says they
had been arrested or held. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 4, 11)


def figures(pipeline, text: str) -> list[tuple[str, float | None]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(f.category, f.value) for f in doc.figures]


def test_people_released_are_released_whatever_their_arrest(pipeline) -> None:
    assert figures(pipeline, "The two sides exchanged 150 detainees arrested during the fighting.") == [
        ("released", 150.0)]
    assert figures(pipeline, "In 2010 Washington swapped ten sleeper agents arrested in New Jersey.") == [
        ("released", 10.0)]


def test_an_arrest_that_is_no_release_stays_a_detention(pipeline) -> None:
    assert figures(pipeline, "Police said 150 protesters arrested during the march were charged.") == [
        ("detained", 150.0)]


def test_people_who_leave_their_homes_are_displaced(pipeline) -> None:
    assert figures(pipeline, "Thousands of villagers have been ordered to leave their homes.") == [
        ("displaced", 2000.0)]
    assert figures(pipeline, "More than 100,000 people have had to leave their homes since the shelling began.") == [
        ("displaced", 100000.0)]


def test_leaving_home_for_work_is_no_displacement(pipeline) -> None:
    assert figures(pipeline, "Two men left home to find work in the city.") == []


def test_a_second_count_with_its_auxiliary_left_out_keeps_its_phrase(pipeline) -> None:
    assert figures(pipeline, "More than 1,200 people were killed and about 250 taken hostage.") == [
        ("killed", 1200.0), ("hostages", 250.0)]


def test_people_leaving_their_homes_for_a_trip_are_not_counted(pipeline) -> None:
    assert figures(pipeline, "About 3,000 fans left their homes to watch the final.") == []

"""Error classes of round 8 (dev split of figures_blind6, ECB+ articles), each checked on sentences written here,
none from a gold set: falling to one's death, being moved from one's home, finding refuge, treatment in
hospitals (plural), and a number of people something is provided for (a capacity, not a count)."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, Figure
from dateline.nlp.pipeline import Pipeline


def figures(pipeline: Pipeline, text: str) -> list[Figure]:
    return pipeline.annotate(Document(id="round8", text=text, date=dt.date(2011, 3, 8))).figures


def found(pipeline: Pipeline, text: str) -> list[tuple[str, float, str | None]]:
    return [(f.category, f.value, f.qualifier) for f in figures(pipeline, text)]


def test_people_who_fell_to_their_deaths_were_killed(pipeline) -> None:
    assert found(pipeline, "Two hikers have fallen to their deaths on the glacier, rescuers said.") == [
        ("killed", 2.0, None)]


def test_people_moved_from_their_homes_were_evacuated(pipeline) -> None:
    assert found(pipeline, "Forty families were moved from their homes as the flames spread.") == [
        ("evacuated", 40.0, None)]


def test_people_who_found_refuge_abroad_are_displaced(pipeline) -> None:
    assert found(pipeline, "More than 12,000 villagers have found refuge across the border.") == [
        ("displaced", 12000.0, "more than")]


def test_people_treated_in_hospitals_are_injured(pipeline) -> None:
    assert found(pipeline, "Nine people are being treated in local hospitals after the blast.") == [
        ("injured", 9.0, None)]


def test_what_is_provided_for_a_number_of_people_is_no_count(pipeline) -> None:
    assert found(pipeline, "The agency keeps a depot that holds enough supplies for 20,000 refugees.") == []
    assert found(pipeline, "The agency has beds for 300 refugees in the transit centre.") == []
    # the people themselves are counted
    assert found(pipeline, "The transit centre now shelters 300 refugees.") == [("displaced", 300.0, None)]


def test_people_given_in_exchange_for_others_are_released_too(pipeline) -> None:
    # found by a user review of the demo (an undated article could not be matched to the dated one on its 183
    # prisoners); a money "exchange" counts no people
    assert found(pipeline, "The rebels freed two pilots in exchange for 45 prisoners.") == [
        ("released", 2.0, None), ("released", 45.0, None)]
    assert found(pipeline, "The gang offered to leave the town in exchange for 5 million dollars.") == []

"""Round 18 (issue 14): a count the parser hung on a weekday; a range of round numbers the recogniser read as money;
an absolute "with N deaths" outside the clause's negation; injuries received; a toll in a relative clause on what a
verb reports is background; a gapped count after a comma. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document
from dateline.nlp.pipeline import Pipeline


def figures(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = Document(id="round18", text=text, date=dt.date(2025, 6, 7))
    return [(f.category, f.value, f.value_max, f.reporter) for f in pipeline.annotate(doc).figures]


def test_a_count_after_a_weekday_is_a_count(pipeline) -> None:
    assert figures(pipeline, "The agency said on Friday 41 people had died of the infection.") == [
        ("killed", 41.0, None, "The agency")]


def test_a_range_of_round_numbers_is_no_sum_of_money(pipeline) -> None:
    assert figures(pipeline, "The flu killed between 20 million and 50 million people.") == [
        ("killed", 20_000_000.0, 50_000_000.0, None)]
    assert figures(pipeline, "The government paid 20 million dollars in compensation.") == []


def test_an_absolute_with_deaths_is_outside_the_negation(pipeline) -> None:
    text = "The outbreak has not been as severe as feared, with 38 deaths in the province."
    assert figures(pipeline, text) == [("killed", 38.0, None, None)]
    assert figures(pipeline, "The outbreak has not killed 38 people.") == []


def test_injuries_received(pipeline) -> None:
    assert figures(pipeline, "All passengers survived, though 9 people received minor injuries.") == [
        ("injured", 9.0, None, None)]


def test_a_toll_in_a_relative_clause_on_a_reported_object_is_background(pipeline) -> None:
    text = "Chile has confirmed its first case of the new strain, which has killed 64 people in Peru."
    assert figures(pipeline, text) == [("killed", 64.0, None, None)]
    assert figures(pipeline, "Chile has confirmed 64 deaths from the new strain.") == [("killed", 64.0, None, "Chile")]


def test_a_gapped_count_after_a_comma(pipeline) -> None:
    text = "About 30 million people died in the first wave, about 4 million in the second."
    assert figures(pipeline, text) == [("killed", 30_000_000.0, None, None), ("killed", 4_000_000.0, None, None)]

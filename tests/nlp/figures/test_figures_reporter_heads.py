"""A reporter is the body that gave the figure: its entity must name the phrase's head, and a body that updates a
running count to the figure reports it."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document, Figure
from dateline.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(("dateline_timex", "dateline_entities", "dateline_figures"))


def _figure(pipeline: Pipeline, text: str, value_text: str) -> Figure:
    annotated = pipeline.annotate(Document(id="heads", text=text, date=dt.date(2025, 3, 1)))
    found = [f for f in annotated.figures if f.value_text == value_text]
    assert found, f"no figure {value_text!r} in {[f.value_text for f in annotated.figures]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "value_text", "reporter"),
    [
        ("Gaza health officials say that Israeli fire has killed four Palestinians.", "four", "Gaza health officials"),
        ("The Israeli military says that it killed two militants in Rafah.", "two", "The Israeli military"),
        ("Eight were killed in Jenin, according to Palestinian authorities.", "Eight", "Palestinian authorities"),
    ],
)
def test_a_place_or_nationality_that_only_qualifies_the_reporter_is_not_its_entity(
    pipeline: Pipeline, text: str, value_text: str, reporter: str
) -> None:
    f = _figure(pipeline, text, value_text)
    assert f.reporter == reporter
    assert f.reporter_entity is None or not f.reporter_entity.startswith(("GPE:", "NORP:", "LOC:"))


def test_an_organisation_named_as_the_whole_reporter_is_its_entity(pipeline: Pipeline) -> None:
    f = _figure(pipeline, "The Gaza Health Ministry said 40 people were killed in Rafah.", "40")
    assert f.reporter_entity is not None and f.reporter_entity.startswith("ORG:")


def test_the_body_that_updates_a_total_to_the_figure_reports_it(pipeline: Pipeline) -> None:
    text = "The Gaza health ministry updates the total Palestinian casualties to 48,750 killed and 111,000 injured."
    assert _figure(pipeline, text, "48,750").reporter == "The Gaza health ministry"
    # a cause cannot report: "strikes raised the toll to 45" is nobody's report
    assert _figure(pipeline, "Overnight strikes put the death toll at 45.", "45").reporter is None

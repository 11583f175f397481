"""A figure's date and reporter come from its own clause: cases a new-user review found dated or sourced wrongly."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import AnnotatedDocument, Document, Figure
from dateline.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(("dateline_timex", "dateline_figures"))


def annotate(pipeline: Pipeline, text: str, date: dt.date) -> AnnotatedDocument:
    return pipeline.annotate(Document(id="review", text=text, date=date))


def figure(annotated: AnnotatedDocument, value_text: str) -> Figure:
    found = [f for f in annotated.figures if f.value_text == value_text]
    assert found, f"no figure {value_text!r} in {[f.value_text for f in annotated.figures]}"
    return found[0]


def timex_text(annotated: AnnotatedDocument, f: Figure) -> str | None:
    return next((t.text for t in annotated.timexes if t.tid == f.time_tid), None)


@pytest.mark.parametrize(
    ("text", "date", "value_text", "expected_value"),
    [
        # A toll counted "since X" holds at the report date; X only starts the interval.
        (
            "The Gaza health ministry updates the total Palestinian casualties to 72,549 killed and 172,274 "
            "injured, including at least 773 killed and 2,171 injured since the October 2025 ceasefire.",
            dt.date(2026, 4, 18),
            "72,549",
            "2026-04-18",
        ),
        (
            "About 1.9 million people have been displaced since October 2023, according to the United Nations.",
            dt.date(2025, 1, 19),
            "About 1.9 million",
            "2025-01-19",
        ),
        (
            "The Gaza Health Ministry says that over 1,000 Palestinians have been killed in Gaza Strip since the "
            "ceasefire was announced last year.",
            dt.date(2026, 6, 17),
            "over 1,000",
            "2026-06-17",
        ),
        # "the 2025 ceasefire" names a thing; no time of the killing.
        (
            "Three Palestinians are killed in Israeli attacks in the Gaza Strip, two by a drone strike in Rafah "
            "and one by gunfire in al-Tannour, Rafah Governorate, which violates the 2025 ceasefire.",
            dt.date(2025, 3, 8),
            "Three",
            "2025-03-08",
        ),
        # The relative clause "which began in early May" dates the talks, not the hostage count.
        (
            "The talks, which began in early May, have failed to secure the release of the remaining 58 hostages "
            "held in Gaza.",
            dt.date(2025, 6, 10),
            "58",
            "2025-06-10",
        ),
    ],
)
def test_figure_without_its_own_time_takes_the_document_date(
    pipeline: Pipeline, text: str, date: dt.date, value_text: str, expected_value: str
) -> None:
    f = figure(annotate(pipeline, text, date), value_text)
    assert (f.time_value, f.time_source, f.time_tid) == (expected_value, "document", None)


@pytest.mark.parametrize(
    ("text", "date", "value_text", "expected_timex", "expected_value"),
    [
        # "October 7" sits in a relative clause about other people; "yesterday" dates the strike that killed.
        (
            "The Israeli military claims that they have killed several Hamas terrorists who took part in "
            "hostage-taking during the October 7 attacks, including Nukhba commander Ali Sami Mohammad Shakra, "
            "in a strike in central Gaza yesterday that killed seven people.",
            dt.date(2026, 4, 12),
            "seven",
            "yesterday",
            "2026-04-11",
        ),
        # A time modifying the figure's own event counts: "in overnight strikes", "the October 7 attack".
        (
            "At least 23 Palestinians are killed, including three children, in overnight Israeli airstrikes on "
            "Gaza City.",
            dt.date(2025, 5, 10),
            "three",
            "overnight",
            None,
        ),
        (
            "The October 7 attack killed about 1,200 people in Israel.",
            dt.date(2024, 1, 5),
            "about 1,200",
            "October 7",
            "2023-10-07",
        ),
        # The parser hangs "on Thursday night" on the "-ing" participle; it still dates the killing.
        (
            "A truck rammed into a crowd celebrating Bastille Day in the French Riviera city of Nice on Thursday "
            "night, killing at least 80 people, French officials said.",
            dt.date(2016, 7, 15),
            "at least 80",
            "Thursday night",
            None,
        ),
        # A cumulative toll with its own report time keeps that time.
        (
            "At least 36 people were killed in Israeli strikes on Monday, health officials in the enclave said.",
            dt.date(2025, 6, 10),
            "At least 36",
            "Monday",
            "2025-06-09",
        ),
    ],
)
def test_figure_takes_the_time_of_its_own_clause(
    pipeline: Pipeline,
    text: str,
    date: dt.date,
    value_text: str,
    expected_timex: str,
    expected_value: str | None,
) -> None:
    annotated = annotate(pipeline, text, date)
    f = figure(annotated, value_text)
    assert f.time_source == "timex"
    assert timex_text(annotated, f) == expected_timex
    if expected_value is not None:
        assert f.time_value == expected_value


def test_the_nearer_of_two_times_in_the_sentence_wins(pipeline: Pipeline) -> None:
    text = "The ministry said on Tuesday that 14 people were killed on Monday."
    annotated = annotate(pipeline, text, dt.date(2025, 3, 19))
    assert timex_text(annotated, figure(annotated, "14")) == "Monday"


def test_undated_article_without_a_usable_time_has_no_date(pipeline: Pipeline) -> None:
    text = "About 1.9 million people have been displaced since October 2023."
    f = figure(pipeline.annotate(Document(id="undated", text=text)), "About 1.9 million")
    assert (f.time_value, f.time_source) == (None, None)


@pytest.mark.parametrize(
    ("text", "value_text", "expected_reporter"),
    [
        (
            "Israeli air strikes killed at least 404 people across the Gaza Strip early on Tuesday, the Gaza Health "
            "Ministry said, in the deadliest day since the ceasefire took effect on January 19.",
            "at least 404",
            "the Gaza Health Ministry",
        ),
        ("More than 560 people were wounded, according to the ministry.", "More than 560", "the ministry"),
        # The subject of "said" that holds the figure is the report, not its source.
        ("Officials said 12 people were killed.", "12", "Officials"),
    ],
)
def test_reporter_named_after_the_reported_clause(
    pipeline: Pipeline, text: str, value_text: str, expected_reporter: str
) -> None:
    f = figure(annotate(pipeline, text, dt.date(2025, 3, 18)), value_text)
    assert f.reporter == expected_reporter

"""When events happened, with the full pipeline (temporal tagger, entities): real copy's time phrasing."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import AnnotatedDocument, Document, Event, document_id
from dateline.nlp.pipeline import Pipeline

DCT = dt.date(2024, 2, 6)


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def events_only() -> Pipeline:
    return Pipeline(components=["dateline_events"])


def annotate(pipeline: Pipeline, text: str, date: dt.date | None = DCT) -> AnnotatedDocument:
    return pipeline.annotate(Document(id=document_id(text), text=text, date=date))


def event(doc: AnnotatedDocument, trigger: str) -> Event:
    found = [e for e in doc.events if e.trigger == trigger]
    assert found, [e.trigger for e in doc.events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "day_word"),
    [
        ("Representatives of Muslim nations met Sunday to demand Israel halt attacks.", "met", "Sunday"),
        ("Biden focused on civilian deaths in a call with Netanyahu on Saturday.", "call", "Saturday"),
        ("Blinken signalled Monday that he welcomed efforts by the UN. Israeli warplanes carried out attacks "
         "Sunday on Gaza.", "attacks", "Sunday"),
    ],
)
def test_undated_article_links_the_named_day_without_inventing_a_date(
        full: Pipeline, text: str, trigger: str, day_word: str) -> None:
    doc = annotate(full, text, date=None)
    ev = event(doc, trigger)
    (timex,) = [t for t in doc.timexes if t.text == day_word]
    assert ev.time_tid == timex.tid
    assert ev.time_value == timex.value and ev.time_value.startswith("XXXX")
    assert ev.time_precision == "day" and ev.time_explicit


def test_undated_article_event_without_time_words_stays_undated(full: Pipeline) -> None:
    ev = event(annotate(full, "Syria detains two members of the group.", date=None), "detains")
    assert ev.time_value is None and ev.time_tid is None


def test_time_in_a_relative_clause_dates_that_clause_only(full: Pipeline) -> None:
    text = ("Blinken said he had asked Israel for evidence on a building that was destroyed in an Israeli "
            "airstrike over the weekend.")
    doc = annotate(full, text, date=None)
    assert event(doc, "asked").time_value is None
    assert event(doc, "airstrike").time_tid is not None


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("In Cairo, Mr Blinken is scheduled to meet Egyptian President Abdel Fattah al-Sisi, a day after he held "
         "talks in Riyadh with Saudi Crown Prince Mohammed Salman.", "talks", "2024-02-05"),
        ("Israeli jets struck Rafah on Feb 4, a day before the envoys met in Cairo.", "met", "2024-02-05"),
        ("Egypt hosted the envoys, two days after Israeli jets struck Rafah.", "struck", "2024-02-04"),
    ],
)
def test_a_day_after_dates_the_clause_event_relative_to_the_reference(
        full: Pipeline, text: str, trigger: str, value: str) -> None:
    ev = event(annotate(full, text), trigger)
    assert ev.time_value == value and ev.time_precision == "day" and ev.time_explicit


def test_a_day_after_without_the_tagger_uses_the_text_rule(events_only: Pipeline) -> None:
    text = "Mr Blinken is scheduled to meet President Sisi, a day after he held talks in Riyadh."
    ev = event(annotate(events_only, text), "talks")
    assert ev.time_value == "2024-02-05" and ev.time_tid is None


def test_a_day_after_in_an_undated_article_gives_no_date(full: Pipeline) -> None:
    text = "Mr Blinken is scheduled to meet President Sisi, a day after he held talks in Riyadh."
    assert event(annotate(full, text, date=None), "talks").time_value is None


def test_in_recent_weeks_links_the_vague_time_with_week_precision(full: Pipeline) -> None:
    doc = annotate(full, "In recent weeks, the Israeli military has pounded Khan Younis, southern Gaza's main city.")
    ev = event(doc, "pounded")
    (timex,) = [t for t in doc.timexes if "recent weeks" in t.text]
    assert ev.time_tid == timex.tid and ev.time_value == timex.value
    assert ev.time_precision == "week"
    assert not ev.time_value[0].isdigit()  # a stretch of time, not the publication date


def test_past_event_dated_after_its_article_falls_back_to_the_article_date(events_only: Pipeline) -> None:
    doc = annotate(events_only, "Israeli jets struck Rafah on Feb 10.")
    ev = event(doc, "struck")
    assert ev.time_value == "2024-02-06" and not ev.time_explicit and ev.time_tid is None


def test_planned_event_keeps_its_future_date(events_only: Pipeline) -> None:
    ev = event(annotate(events_only, "Mr Blinken will meet President Sisi on Feb 10."), "meet")
    assert ev.modality == "planned" and ev.time_value == "2024-02-10" and ev.time_explicit

"""Modality and roles on the reviewer's real-copy sentences, with the full pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document, Event, document_id
from dateline.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return Pipeline()


def events_of(pipeline: Pipeline, text: str) -> dict[str, Event]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=dt.date(2024, 2, 6)))
    return {e.trigger: e for e in doc.events}


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("Washington sees a possible truce to free remaining hostages as key to progress.", "free", "hypothetical"),
        ("The other issues to be discussed are post-war plans for Gaza and the prospect of Arab countries and "
         "Israel normalising ties.", "normalising", "hypothetical"),
        ("These include a deal between Israel and Saudi Arabia to normalise their relationship.", "normalise",
         "hypothetical"),
        ("Israel could strike Rafah if talks fail.", "strike", "hypothetical"),
        ("Representatives of Muslim nations met Sunday to demand Israel halt attacks.", "demand", "asserted"),
        ("Israeli jets struck Rafah.", "struck", "asserted"),
        ("During the rally in Baghdad, protesters attempt to storm the US embassy.", "rally", "asserted"),
    ],
)
def test_purposes_and_prospects_are_hypothetical(full: Pipeline, text: str, trigger: str, modality: str) -> None:
    events = events_of(full, text)
    assert trigger in events, list(events)
    assert events[trigger].modality == modality


def test_hypothetical_event_gets_no_publication_date(full: Pipeline) -> None:
    free = events_of(full, "Washington sees a possible truce to free remaining hostages.")["free"]
    assert free.time_value is None


def test_kidnap_target_comes_from_its_own_clause_not_a_coordinated_one(full: Pipeline) -> None:
    text = ("Washington sees a possible truce to free remaining hostages Hamas kidnapped on Oct 7 and pause "
            "fighting in Gaza as key to progress on other challenges.")
    kidnapped = events_of(full, text)["kidnapped"]
    assert kidnapped.source_actor == "Hamas"
    assert kidnapped.target_actor is not None and "hostages" in kidnapped.target_actor
    assert kidnapped.time_value == "2023-10-07" and kidnapped.modality == "historical"


@pytest.mark.parametrize(
    ("text", "trigger", "not_target"),
    [
        ("Diplomats convened meetings to demand a stop to civilian bloodshed.", "demand", "stop"),
        ("Almost all ministers were urging an end to the fighting.", "urging", "end"),
        ("Police arrested a man in Vilnius on suspicion of arson.", "arrested", "suspicion"),
    ],
)
def test_events_are_not_targets(full: Pipeline, text: str, trigger: str, not_target: str) -> None:
    ev = events_of(full, text)[trigger]
    assert ev.target_actor != not_target


def test_prospect_is_not_the_actor_of_the_event_it_contains(full: Pipeline) -> None:
    text = "The issues are post-war plans for Gaza and the prospect of Arab countries and Israel normalising ties."
    ev = events_of(full, text)["normalising"]
    assert ev.source_actor != "prospect"

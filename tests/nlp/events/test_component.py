"""The event annotator on real sentences with the real English model."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dateline.model import Document, Event, document_id
from dateline.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(components=["dateline_events"])


def events_of(pipeline: Pipeline, text: str, date: dt.date | None = dt.date(2024, 2, 6)) -> list[Event]:
    return pipeline.annotate(Document(id=document_id(text), text=text, date=date)).events


def test_factory_is_registered_under_its_name() -> None:
    import dateline.nlp.events.component  # noqa: F401

    assert Language.has_factory("dateline_events")


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "mode"),
    [
        ("Israeli warplanes carried out airstrikes on Rafah.", "airstrikes", "ASSAULT", "aerial"),
        ("Syria detains two senior members of Palestinian Islamic Jihad.", "detains", "COERCE", "arrest"),
        ("Hamas kidnapped dozens of civilians.", "kidnapped", "ASSAULT", "abduct"),
        ("Hamas agreed to release American hostage Edan Alexander.", "release", "RETREAT", "release"),
        ("Moldova's prime minister calls for Transnistria to take steps.", "calls", "REQUEST", None),
        ("Thailand suspends the implementation of a peace agreement with Cambodia.", "suspends", "SANCTION",
         "sever"),
        ("Thousands of protesters gather in Bangkok.", "gather", "PROTEST", "demo"),
        ("Biden held a phone call with Netanyahu.", "call", "CONSULT", "phone"),
    ],
)
def test_trigger_is_typed_with_plover(pipeline: Pipeline, text: str, trigger: str, type_: str,
                                      mode: str | None) -> None:
    found = {e.trigger: e for e in events_of(pipeline, text)}
    assert trigger in found, found
    assert found[trigger].type == type_
    assert found[trigger].mode == mode


@pytest.mark.parametrize(
    "text",
    [
        "Two people are killed in an explosion at a fireworks warehouse in Vladikavkaz, Russia.",
        "Gold prices rise to more than a one-week high.",
        "Santomeans vote to elect the country's president.",
        "Summit Entertainment announced today that Chris Weitz has been hired to direct the film.",
    ],
)
def test_texts_without_political_events_yield_none(pipeline: Pipeline, text: str) -> None:
    assert events_of(pipeline, text) == []


def test_victim_verb_is_not_a_second_event_when_the_attack_is_named(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "At least 99 people were killed in Israeli strikes overnight from Feb 5 to Feb 6.")
    assert [(e.trigger, e.type) for e in events] == [("strikes", "ASSAULT")]
    assert events[0].source_actor == "Israeli"
    assert events[0].time_value == "2024-02-05" and events[0].time_explicit


def test_planned_meeting_has_actors_place_and_no_publication_date(pipeline: Pipeline) -> None:
    text = "In Cairo, Mr Blinken is scheduled to meet Egyptian President Abdel Fattah al-Sisi."
    (meet,) = [e for e in events_of(pipeline, text) if e.trigger == "meet"]
    assert meet.type == "CONSULT"
    assert meet.modality == "planned"
    assert meet.source_actor is not None and "Blinken" in meet.source_actor
    assert meet.target_actor is not None and "Sisi" in meet.target_actor
    assert meet.time_value is None


def test_recalled_attack_is_historical(pipeline: Pipeline) -> None:
    text = "Israel presses on in the wake of the militants' Oct 7 attack in southern Israel."
    (attack,) = [e for e in events_of(pipeline, text) if e.trigger == "attack"]
    assert attack.modality == "historical"
    assert attack.time_value == "2023-10-07"
    assert attack.place == "Israel" and attack.place_precision == "country"


def test_negated_and_asserted_events_differ(pipeline: Pipeline) -> None:
    events = {e.trigger: e for e in events_of(pipeline, "The US would not press for a cease-fire.")}
    assert events["press"].modality == "negated"
    assert events["press"].time_value is None


def test_undated_document_asserted_event_has_no_date(pipeline: Pipeline) -> None:
    (event,) = events_of(pipeline, "Syria detains two members of the group.", date=None)
    assert event.time_value is None and event.modality == "asserted"


def test_every_event_span_points_into_the_text(pipeline: Pipeline) -> None:
    text = ("Shellings and raids continued on the morning of Feb 6. A surge in attacks across the region by "
            "Hamas allies has triggered counter-attacks by the US and its partners.")
    events = events_of(pipeline, text)
    assert len(events) >= 3
    assert all(text[e.start:e.end] == e.text == e.trigger for e in events)
    assert [e.id for e in events] == [f"e{i}" for i in range(1, len(events) + 1)]

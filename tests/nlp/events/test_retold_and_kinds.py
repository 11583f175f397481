"""A story's incident told twice is one event; infinitives naming a kind of act are no events; a year that
modifies an event noun dates that noun; a headline verb the parser left as a noun is still a verb (issue 14)."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, Event, document_id

DCT = dt.date(2024, 2, 6)


def events_of(pipeline, text: str) -> list[Event]:
    return pipeline.annotate(Document(id=document_id(text), text=text, date=DCT)).events


def triggers(pipeline, text: str) -> list[str]:
    return [e.trigger for e in events_of(pipeline, text)]


def test_the_incident_told_again_in_a_later_sentence_is_not_a_second_event(pipeline) -> None:
    text = ("A gunman opened fire in a crowded market in Kano on Monday, killing four people. "
            "Witnesses said one man was shot twice. "
            "One woman was wounded.")
    found = [e for e in events_of(pipeline, text) if e.type == "ASSAULT"]
    assert [e.trigger for e in found] == ["opened fire"], found


def test_a_second_incident_with_its_own_place_or_cue_is_kept(pipeline) -> None:
    text = ("A drone strike hit a convoy in Marib on Monday. "
            "In a separate incident, gunmen attacked a checkpoint. "
            "Troops shelled villages near Taiz on Sunday.")
    found = [e.trigger for e in events_of(pipeline, text) if e.type == "ASSAULT"]
    assert found == ["strike", "attacked", "shelled"], found


def test_a_threat_after_the_attack_is_not_taken_for_a_retelling(pipeline) -> None:
    text = "Militants bombed a police station on Monday. The army said it would strike back."
    found = {e.trigger: e.modality for e in events_of(pipeline, text) if e.type == "ASSAULT"}
    assert "strike" in found and found["strike"] != "asserted", found


def test_an_infinitive_after_a_noun_that_is_no_plan_is_no_event(pipeline) -> None:
    assert "kill" not in triggers(pipeline, "Prosecutors said he had a motive to kill the witness.")
    assert "consult" not in triggers(pipeline, "Agencies were required to consult with the regulator.")
    # a plan's infinitive stays: it is a planned event
    assert "withdraw" in triggers(pipeline, "The cabinet approved a plan to withdraw troops from the border.")


def test_a_year_modifying_an_event_noun_dates_that_noun_not_the_verb_above_it(pipeline) -> None:
    text = "A jury convicted the man of murder in the 2019 shooting death of a neighbour."
    found = {e.trigger: e for e in events_of(pipeline, text)}
    assert found["shooting"].time_value == "2019"
    assert found["convicted"].time_value != "2019"


def test_a_headline_verb_parsed_as_a_noun_is_found(pipeline) -> None:
    found = {e.trigger: e.type for e in events_of(pipeline, "A military court sentences opposition leader to prison.")}
    assert found.get("sentences") == "SANCTION", found

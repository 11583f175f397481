"""Offences named as the grounds of a trial or charge are no new events; a verb that describes an act already
told ("marking the first talks") adds none; a negated opinion verb negates its clause; "previous" recalls the
past; laying down arms is RETREAT; a response comes after what it answers (issue 14, second blind dev gold)."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, Event, document_id

DCT = dt.date(2025, 3, 4)


def events_of(pipeline, text: str, date: dt.date | None = DCT) -> list[Event]:
    return pipeline.annotate(Document(id=document_id(text), text=text, date=date)).events


def by_trigger(pipeline, text: str, date: dt.date | None = DCT) -> dict[str, Event]:
    return {e.trigger: e for e in events_of(pipeline, text, date)}


def test_the_offence_a_trial_or_charge_is_about_is_no_event_but_a_sentence_keeps_its_crime(pipeline) -> None:
    text = ("The militia commander has been on trial for the murder of a judge and the kidnapping of two aid "
            "workers since May. Prosecutors filed charges he tortured prisoners.")
    found = by_trigger(pipeline, text)
    assert "murder" not in found and "kidnapping" not in found and "tortured" not in found, found
    # a sentence establishes the crime: "a life sentence for the 1995 assassination" keeps the assassination
    found = by_trigger(pipeline, "Amir is serving a life sentence for the 1995 assassination of the prime minister.")
    assert found["assassination"].type == "ASSAULT", found


def test_serving_a_sentence_is_a_state_not_a_sentencing(pipeline) -> None:
    found = by_trigger(pipeline, "The former officer is serving a life sentence in a military prison.")
    assert "sentence" not in found, found


def test_a_charge_as_a_noun_is_an_accusation_but_in_charge_of_is_not(pipeline) -> None:
    found = by_trigger(pipeline, "Prosecutors filed charges against the two soldiers on Monday.")
    assert found["charges"].type == "ACCUSE"
    found = by_trigger(pipeline, "The general in charge of the northern front resigned on Monday.")
    assert "charge" not in found, found


def test_a_verb_describing_the_act_it_follows_adds_no_second_event(pipeline) -> None:
    text = ("Qatar hosted a meeting between Hamas and Israeli officials on Monday, marking the first talks "
            "between the two sides since the truce collapsed.")
    consult = [e.trigger for e in events_of(pipeline, text) if e.type == "CONSULT"]
    assert consult == ["meeting"], consult


def test_not_thinking_it_will_happen_negates_it(pipeline) -> None:
    found = by_trigger(pipeline, "The minister said he does not think sanctions will be imposed this year.")
    assert found["sanctions"].modality == "negated", found


def test_a_previous_arrest_is_recalled_background(pipeline) -> None:
    found = by_trigger(pipeline, "He was on parole after a previous arrest, the police said.", date=None)
    assert found["arrest"].modality == "historical", found


def test_laying_down_weapons_is_disarming_and_a_pardon_frees(pipeline) -> None:
    found = by_trigger(pipeline, "Some 300 fighters surrendered their weapons to the army on Sunday.")
    assert (found["surrendered"].type, found["surrendered"].mode) == ("RETREAT", "disarm")
    found = by_trigger(pipeline, "The president granted a pardon to the jailed opposition leader on Sunday.")
    assert (found["pardon"].type, found["pardon"].mode) == ("RETREAT", "release")


def test_what_a_response_or_an_arrest_is_for_is_not_dated_to_the_article(pipeline) -> None:
    text = "The EU imposed sanctions on Iran in response to the crackdown on protesters."
    found = by_trigger(pipeline, text)
    assert found["sanctions"].time_value == DCT.isoformat()
    assert found["crackdown"].time_value is None, found["crackdown"]
    found = by_trigger(pipeline, "Twenty students were detained for taking part in protests.")
    assert found["protests"].time_value is None, found["protests"]


def test_new_rows_for_designations_bans_and_seizures_by_pirates(pipeline) -> None:
    found = by_trigger(pipeline, "Canada designates the Wagner Group as a terrorist organization.")
    assert found["designates"].type == "SANCTION"
    found = by_trigger(pipeline, "The junta outlaws the main opposition party.")
    assert found["outlaws"].type == "COERCE"
    found = by_trigger(pipeline, "A cargo ship was seized by pirates off Somalia on Friday.")
    assert found["seized"].type == "ASSAULT", found


def test_asking_whether_is_a_question_and_visiting_family_is_no_diplomacy(pipeline) -> None:
    found = by_trigger(pipeline, "Reporters asked whether the talks would resume.")
    assert "asked" not in found, found
    found = by_trigger(pipeline, "The soldier was visiting his mother in Haifa when the siren sounded.")
    assert "visiting" not in found, found


def test_what_prosecutors_allege_is_the_accusation_not_a_reported_event(pipeline) -> None:
    found = by_trigger(pipeline, "Prosecutors allege that the commander shot the prisoner twice.")
    assert "shot" not in found, found
    # "allegedly" keeps the act: the story reports it, with a hedge
    found = by_trigger(pipeline, "The commander allegedly shot the prisoner on Monday.")
    assert "shot" in found, found

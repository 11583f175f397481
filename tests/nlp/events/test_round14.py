"""Round 14 (issue 14): constructions the lexicon and the modality reader missed. A state a subject is put into
("taken into custody", "placed under arrest") is an arrest even as a bare noun, and "no suspects" negates it;
"held without bail" stays the state that follows the arrest; the trigger spans the verb, the preposition and
the noun, since annotators mark either word; a weapon held or put to someone is a threat; fighting that resumes
or continues is fighting; police units dispatched are a mobilisation. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2024, 2, 6)


def events(pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.type, e.modality) for e in doc.events]


def test_a_state_a_subject_is_placed_under_is_an_arrest(pipeline) -> None:
    assert events(pipeline, "Two men were placed under arrest on Monday.") == [
        ("placed under arrest", "COERCE", "asserted")]
    assert events(pipeline, "He was put under arrest at the airport.") == [("put under arrest", "COERCE", "asserted")]


def test_no_one_taken_into_custody_negates_the_arrest(pipeline) -> None:
    assert events(pipeline, "No suspects have been taken into custody.") == [
        ("taken into custody", "COERCE", "negated")]
    assert events(pipeline, "Nobody has been placed under arrest.") == [
        ("placed under arrest", "COERCE", "negated")]
    # the negative subject of a verb of harm says nothing about the attack the harm happened in
    assert ("attack", "ASSAULT", "asserted") in events(pipeline, "No one was injured in the attack on Monday.")


def test_held_in_custody_is_one_event_and_held_without_bail_a_state(pipeline) -> None:
    assert events(pipeline, "He was held in custody for two days.") == [
        ("held in custody", "COERCE", "asserted")]
    # the state that follows an arrest is not a second detention
    assert events(pipeline, "Two men were arrested on Friday and are being held without bail.") == [
        ("arrested", "COERCE", "asserted")]


def test_a_weapon_held_or_put_to_someone_is_a_threat(pipeline) -> None:
    assert ("held", "THREATEN", "asserted") in events(pipeline, "The robber held a knife to her throat.")
    assert ("put", "THREATEN", "asserted") in events(pipeline, "She put a pistol against his head.")
    assert events(pipeline, "He was holding a knife when police arrived.") == []


def test_fighting_that_resumes_or_continues_is_fighting(pipeline) -> None:
    assert ("fighting", "ASSAULT", "hypothetical") in events(
        pipeline, "The president said the army may resume fighting if the militants do not disarm.")
    assert ("fighting", "ASSAULT", "asserted") in events(pipeline, "The two sides continued fighting on Monday.")
    assert events(pipeline, "They fought a long battle against cancer.") == []


def test_a_police_unit_dispatched_is_a_mobilisation(pipeline) -> None:
    assert events(pipeline, "Police dispatched a SWAT team to the house.") == [("dispatched", "MOBILIZE", "asserted")]


def test_a_kind_of_act_named_with_such_is_no_occurrence(pipeline) -> None:
    assert events(pipeline, "Casualties could be high in such attacks.") == []
    assert events(pipeline, "He condemned such attacks on Monday.") == [("condemned", "ACCUSE", "asserted")]
    assert ("attacks", "ASSAULT", "asserted") in events(pipeline, "Rebels carried out attacks on Monday.")


def dated(pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.time_value) for e in doc.events]


def test_an_attack_told_in_an_after_clause_of_its_harm_is_the_news(pipeline) -> None:
    # the killing is the attack's outcome, so the attack is the day's news, not its antecedent
    assert dated(pipeline, "Seventeen people are killed after gunmen open fire on a bar.") == [
        ("open fire", "2024-02-06")]
    assert dated(pipeline, "Two people died after a drone struck a car.") == [("struck", "2024-02-06")]
    # an arrest after a clash: the clash came before the news
    assert ("clashed", None) in dated(pipeline, "Police arrested two men after protesters clashed with officers.")
    # the harm has its own time: the attack is not dated with the article
    assert dated(pipeline, "He died in 2019 after he was attacked in prison.") == [("attacked", None)]


def test_have_yet_to_negates_the_act(pipeline) -> None:
    assert events(pipeline, "The two countries have yet to agree on the price.") == [("agree", "AGREE", "negated")]
    assert events(pipeline, "The rebels are yet to release the hostages.") == [("release", "RETREAT", "negated")]


def test_a_negated_judgement_of_an_act_does_not_negate_the_act(pipeline) -> None:
    # what is said of the attacking is negated; the attacking itself is only imagined ("would")
    assert events(pipeline, "He said attacking the ports would not be effective.") == [
        ("attacking", "ASSAULT", "hypothetical")]
    assert events(pipeline, "The talks were not held.") == [("talks", "CONSULT", "negated")]


def test_a_vigil_is_a_demonstration_and_days_of_rioting_a_stretch_of_it(pipeline) -> None:
    assert events(pipeline, "Students held a silent vigil in the square.") == [("vigil", "PROTEST", "asserted")]
    assert ("rioting", "PROTEST", "asserted") in events(pipeline, "The boy's killing sparked five days of rioting.")


def test_an_event_that_frames_a_negated_clause_still_happened(pipeline) -> None:
    assert events(pipeline, "He did not speak during the talks on Monday.") == [("talks", "CONSULT", "asserted")]
    assert events(pipeline, "The talks were not held during the visit.") == [("talks", "CONSULT", "negated")]


def test_striking_a_blow_is_an_idiom(pipeline) -> None:
    assert ("Striking", "ASSAULT", "asserted") not in events(
        pipeline, "Striking another blow against the pirates, the navy captured 23 men on Monday.")
    assert ("struck", "ASSAULT", "asserted") in events(pipeline, "A drone struck a convoy on Monday.")


def test_a_persons_stance_is_no_act_of_support(pipeline) -> None:
    assert events(pipeline, "Trump said he supports keeping troops there now.") == []
    assert events(pipeline, "We need to do everything we can to support our first responders.") == []
    assert ("supports", "SUPPORT", "asserted") in events(
        pipeline, "The United States supports efforts to reduce excess capacity.")


def test_a_tally_of_attacks_is_no_single_attack(pipeline) -> None:
    assert events(pipeline, "Pirates carried out around 100 attacks in the Gulf since the start of this year.") == []
    assert ("strikes", "ASSAULT", "asserted") in events(pipeline, "Israel carried out two strikes on Monday.")
    # a year is no count
    assert ("bombings", "ASSAULT", "historical") in events(pipeline, "The 2019 bombings killed 250 people.")
    # a tally of arrests is read as one crackdown
    assert ("arrests", "COERCE", "asserted") in events(pipeline, "Dozens of arrests have been made across the country.")


def test_the_attacks_a_conviction_was_for_are_its_grounds(pipeline) -> None:
    found = events(pipeline, "Israel freed 250 people serving life sentences for convictions in attacks on Israelis.")
    assert not [e for e in found if e[1] == "ASSAULT"]


def test_a_person_labelled_by_a_charge_is_no_new_accusation(pipeline) -> None:
    assert events(pipeline, "A son accused of killing his mother appeared in court on Monday.") == []
    assert events(pipeline, "Two officers charged over the shooting prepared to go before a magistrate.") == []
    assert events(pipeline, "A man was charged with murder on Monday.") == [("charged", "ACCUSE", "asserted")]
    # a headline's reduced clause is the news
    assert ("charged", "ACCUSE", "asserted") in events(pipeline, "Man charged with murder of teenager")

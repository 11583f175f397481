"""Round 19 (issue 14): word senses that are no events between actors (first aid, a quake's tremor, a private
visit, a reception "met with" chants, a manager dismissed from a post, discussing as an occasion's purpose) and
two acts the lexicon missed (a retort "shot back", halting gas supplies). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 3, 4)


def typed(pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.type) for e in doc.events]


def test_first_aid_is_care_not_aid_between_actors(pipeline) -> None:
    assert typed(pipeline, "Two officers gave the injured cyclist first aid at the roadside.") == []
    assert typed(pipeline, "A passer-by tried to provide first aid before the ambulance came.") == []
    # aid given by a state still counts
    assert typed(pipeline, "Japan gave Ukraine humanitarian aid worth $5 million on Monday.") == [("gave", "AID")]


def test_a_temblor_strikes_no_one(pipeline) -> None:
    assert typed(pipeline, "The temblor struck at 4:12 a.m. near the coast.") == []
    assert typed(pipeline, "A strong aftershock hit the province on Tuesday.") == []


def test_a_private_visit_is_no_consultation(pipeline) -> None:
    assert typed(pipeline, "The victim was a young tourist visiting Lisbon with her parents.") == []
    assert typed(pipeline, "The foreign minister visited Lisbon on Monday.") == [("visited", "CONSULT")]


def test_met_with_chants_is_a_reception(pipeline) -> None:
    assert typed(pipeline, "The team was met with boos and chants when it entered the stadium.") == []
    assert typed(pipeline, "The envoy met with the rebel leaders in Doha on Monday.") == [("met", "CONSULT")]


def test_a_person_dismissed_from_a_post_is_no_accusation(pipeline) -> None:
    assert typed(pipeline, "Jones was dismissed on Friday as the club's finance director.") == []
    # dismissing a claim as false is still a rejection, a person as a liar an accusation
    assert typed(pipeline, "The ministry dismissed the report as false.") == [("dismissed", "REJECT")]
    assert typed(pipeline, "The senator dismissed Jones as a liar.") == [("dismissed", "ACCUSE")]


def test_discussing_as_a_purpose_is_not_a_second_event(pipeline) -> None:
    assert typed(pipeline, "Prosecutors scheduled a news conference for Friday to discuss the charges.") == []
    # topics "to be discussed" are the planned talks, and a discussion with someone is one
    assert typed(pipeline, "The issues to be discussed include the border and trade.") == [("discussed", "CONSULT")]
    assert typed(pipeline, "The president discussed the crisis with the German chancellor.") == [
        ("discussed", "CONSULT")]


def test_a_retort_and_a_supply_halt(pipeline) -> None:
    assert typed(pipeline, 'Clinton shot back, "I chose to fulfil my profession."') == [("shot", "ACCUSE")]
    assert typed(pipeline, "Russia halted gas supplies to the country over an unpaid bill.") == [("halted", "SANCTION")]


def test_return_fire_and_firing_back_with_weapons_are_attacks(pipeline) -> None:
    assert typed(pipeline, "The attacker was killed by return fire on Monday.") == [("return fire", "ASSAULT")]
    assert typed(pipeline, "The tanker's guards fired back with small arms.") == [("fired", "ASSAULT")]
    # firing back at critics is a verbal attack
    assert typed(pipeline, "The minister fired back at his critics on Monday.") == [("fired", "ACCUSE")]
    # a blaze is no attack
    assert typed(pipeline, "The fire destroyed three homes on Monday.") == []


def test_a_label_given_in_quotes_is_an_accusation(pipeline) -> None:
    assert typed(pipeline, 'The mayor called the audit a "political stunt" on Monday.') == [("called", "ACCUSE")]
    # praise in quotes is none, nor a name "what is called" something
    assert typed(pipeline, 'The minister called the deal "historic" on Monday.') == []
    assert typed(pipeline, 'The session is what is called a "hearing" in the rules.') == []


def test_signs_demand_nothing_and_a_name_is_no_charge(pipeline) -> None:
    assert typed(pipeline, "Exiles carried signs demanding freedom for the boy on Friday.") == []
    assert typed(pipeline, "Protesters demanding his release marched on Friday.") == [
        ("demanding", "REQUEST"), ("marched", "PROTEST")]
    assert typed(pipeline, "The rifle was used in what officials called a hate crime.") == []


def test_a_refusal_negates_what_it_refuses(pipeline) -> None:
    doc = pipeline.annotate(Document(id="r", text="His refusal to meet the envoy angered the rebels.", date=DCT))
    assert [(e.trigger, e.modality) for e in doc.events if e.type == "CONSULT"] == [("meet", "negated")]


def test_police_stops_and_catches(pipeline) -> None:
    assert typed(pipeline, "Officers pulled the van over on the highway on Monday.") == [("pulled", "COERCE")]
    assert typed(pipeline, "The van pulled over on the highway on Monday.") == []
    assert typed(pipeline, "Police caught the gunman after a chase on Monday.") == [("caught", "COERCE")]
    assert typed(pipeline, "He caught the flu last week.") == []

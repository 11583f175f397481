"""Round 21 (issue 14): a harm whose sentence tells an accident however the parser hung the clause; a harm nobody
suffered is no event; an attack on a named person, from one or about something is verbal. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 4, 11)


def events(pipeline, text: str) -> list[tuple[str, str, str | None, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.type, e.time_value, e.modality) for e in doc.events]


def kinds(pipeline, text: str) -> list[tuple[str, str]]:
    return [(t, k) for t, k, _, _ in events(pipeline, text)]


def test_a_collision_told_in_a_clause_hung_on_its_second_verb_is_an_accident(pipeline) -> None:
    text = ("Singer Ana Lopez, director Marc Vidal, and two others are killed when two helicopters collide and crash "
            "into a car park in Porto, Portugal.")
    assert events(pipeline, text) == []


def test_a_vehicle_striking_people_is_an_accident_but_a_missile_striking_is_an_attack(pipeline) -> None:
    text = ("Two cyclists are killed, including a teenager, and four others are injured, including a child, when a "
            "bus strikes a group of riders near a roundabout in Ghent, Belgium.")
    assert events(pipeline, text) == []
    assert ("strikes", "ASSAULT") in kinds(pipeline, "A missile strikes a bus station, and nine people are killed.")


def test_a_victim_of_the_news_is_no_actor_who_makes_a_flood_an_attack(pipeline) -> None:
    text = ("Two people are killed, a boy is reported missing and hundreds are evacuated during floods caused by "
            "heavy rain in northern Italy.")
    assert events(pipeline, text) == []


def test_a_disease_or_a_gas_leak_kills_without_an_attack(pipeline) -> None:
    assert events(pipeline, "The new strain of flu, which has infected 800 people and killed 12, is spreading.") == []
    text = ("Two explosions, blamed on a gas leak, are reported in the suburbs of Lagos, leaving four people dead and "
            "several injured.")
    assert "ASSAULT" not in [k for _, k in kinds(pipeline, text)]


def test_gunmen_at_a_checkpoint_and_a_tractor_on_a_mine_stay_violence(pipeline) -> None:
    assert ("open fire", "ASSAULT") in kinds(pipeline, "Gunmen open fire when a bus stops at a checkpoint, and six "
                                                       "people are killed.")
    assert [k for _, k in kinds(pipeline, "A tractor strikes a land mine, killing two farmers.")] == ["ASSAULT"]


def test_a_harm_nobody_suffered_is_no_event(pipeline) -> None:
    assert events(pipeline, "Nobody was hurt.") == []
    assert events(pipeline, "The bus driver was not injured but was taken to a clinic for checks.") == []
    pledge = events(pipeline, "The senator says he never promised to kill the families of militants.")
    assert [(t, k) for t, k, _, _ in pledge if k == "ASSAULT"] == [("kill", "ASSAULT")]


def test_an_attack_on_from_or_about_a_person_is_verbal(pipeline) -> None:
    assert ("attack", "ACCUSE") in kinds(pipeline, "The senator launched a fierce attack on Joe Biden on Tuesday.")
    rival = "The governor faced sharp attacks from rival Mitt Romney on Tuesday."
    assert ("attacks", "ACCUSE") in kinds(pipeline, rival)
    assert ("attacks", "ACCUSE") in kinds(pipeline, "The candidate vowed new attacks about the mayor's record.")


def test_a_weapon_makes_an_attack_on_a_person_physical(pipeline) -> None:
    assert ("knife attack", "ASSAULT") in kinds(pipeline, "A man carried out a knife attack on Salman Rushdie in 2022.")


def test_asked_about_something_or_asked_a_question_is_no_request(pipeline) -> None:
    assert events(pipeline, "The spokesman was asked about the payments during a radio interview.") == []
    assert events(pipeline, "\u201cWhere is the money?\u201d the host asked her.") == []
    assert ("asked", "REQUEST") in kinds(pipeline, "The mayor asked the council to delay the vote.")


def dates(pipeline, text: str) -> dict[str, str | None]:
    return {t: when for t, _, when, _ in events(pipeline, text)}


def test_an_act_the_copula_or_a_verb_of_meaning_speaks_of_is_the_topic_not_the_news(pipeline) -> None:
    assert dates(pipeline, "The envoy says the first raid on the port was a response to threats.")["raid"] is None
    assert dates(pipeline, "The minister says peace talks hosted by Qatar remain on track.")["talks"] is None
    assert dates(pipeline, "Rocket attacks kill six people in the border town.")["attacks"] == "2026-04-11"


def test_a_harm_counted_since_a_start_is_a_running_tally(pipeline) -> None:
    text = "Officials say airstrikes have killed at least 300 civilians since the offensive began in January."
    assert dates(pipeline, text)["airstrikes"] is None


def test_an_act_rejected_blocked_or_reciprocated_came_before_the_news(pipeline) -> None:
    found = dates(pipeline, "The prime minister blocked a request by the opposition leader to visit the border.")
    assert found["request"] is None
    assert found["blocked"] == "2026-04-11"


def test_missiles_that_explode_attack_and_rockets_that_land_visit_nobody(pipeline) -> None:
    assert kinds(pipeline, "Twelve people were killed when two missiles exploded near a market.") == [
        ("exploded", "ASSAULT")]
    rockets = "Three rockets fired from Lebanon landed in the town of Nahariya on Monday."
    assert kinds(pipeline, rockets) == [("fired", "ASSAULT")]
    assert ("landed", "CONSULT") in kinds(pipeline, "The prime minister landed in Tokyo on Monday.")


def test_animals_airlines_and_firefighters_make_no_political_event(pipeline) -> None:
    assert kinds(pipeline, "Officials say a tiger has killed six villagers since March.") == []
    assert kinds(pipeline, "Qatar Airways temporarily suspends flights to Kabul.") == []
    assert kinds(pipeline, "Hundreds of firefighters are deployed as the wildfire spreads.") == []
    assert ("deployed", "MOBILIZE") in kinds(pipeline, "The army deployed 500 troops to the border.")


def test_an_army_expelling_an_armed_group_from_a_place_fights_it(pipeline) -> None:
    assert ("expelled", "ASSAULT") in kinds(pipeline, "Government troops expelled the rebels from the town of Kidal.")
    assert ("expelled", "SANCTION") in kinds(pipeline, "France expelled two Russian diplomats on Monday.")


def test_an_act_named_as_the_result_s_cause_is_the_backdrop(pipeline) -> None:
    text = "The minister says the truce has collapsed as a result of the shelling of border villages."
    assert dates(pipeline, text)["shelling"] is None


def test_armed_men_taking_control_of_a_place_capture_it(pipeline) -> None:
    assert ("taken", "ASSAULT") in kinds(pipeline, "Officials say rebel forces have taken over the centre of Goma.")
    assert ("regained control", "ASSAULT") in kinds(pipeline, "Government forces have regained control of the port.")
    assert kinds(pipeline, "Hackers can take control of infected computers.") == []
    assert kinds(pipeline, "The deputy will take over as interim chair.") == []


def test_a_terrorist_designation_and_export_controls_are_sanctions(pipeline) -> None:
    assert ("declares", "SANCTION") in kinds(pipeline, "Washington declares the cartel a terrorist organization.")
    assert ("export controls", "SANCTION") in kinds(pipeline, "Beijing imposes export controls on rare earths.")


def test_air_support_food_drops_and_repelled_forces(pipeline) -> None:
    assert ("air support", "AID") in kinds(pipeline, "Chad provided air support for Niger during the offensive.")
    assert ("food drops", "AID") in kinds(pipeline, "Jordan carried out food drops over the north of the strip.")
    assert ("repelled", "ASSAULT") in kinds(pipeline, "The army repelled the rebels near the border on Monday.")
    assert ("support", "SUPPORT") in kinds(pipeline, "The party won support for the bill from two senators.")


def test_an_issued_arrest_warrant_spans_both_words(pipeline) -> None:
    text = "A court issues an arrest warrant for the former minister."
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    assert [(e.text, e.type) for e in doc.events] == [("arrest warrant", "COERCE")]


def test_a_police_raid_that_kills_is_still_a_police_raid(pipeline) -> None:
    assert ("raid", "COERCE") in kinds(pipeline, "Police kill three gang members in a raid in Recife on Monday.")
    assert ("raid", "ASSAULT") in kinds(pipeline, "Commandos carried out a raid on a rebel base on Monday.")


def test_fighters_captured_are_detained_and_armies_close_straits_and_bridges(pipeline) -> None:
    assert ("capture", "COERCE") in kinds(pipeline, "Government forces kill ten militants and capture another.")
    assert ("close", "COERCE") in kinds(pipeline, "The navy says it will close the Strait of Hormuz.")
    assert ("closes", "COERCE") in kinds(pipeline, "The army closes a bridge near the border on Monday.")
    assert kinds(pipeline, "The bridge is temporarily closed after a safety inspection.") == []


def test_a_soldier_killed_in_action_beside_a_strike_is_a_fight_of_its_own(pipeline) -> None:
    text = "Airstrikes kill two girls in the south, while a soldier is also killed in action."
    assert [t for t, k in kinds(pipeline, text) if k == "ASSAULT"] == ["Airstrikes", "killed"]


def test_a_ceasefire_extended_and_an_agreement_finalized(pipeline) -> None:
    assert ("extend", "CONCEDE") in kinds(pipeline, "The army and the rebels extend their ceasefire by ten days.")
    assert ("finalizing", "AGREE") in kinds(pipeline, "Chile is focused on finalizing a memorandum of understanding.")
    assert kinds(pipeline, "The company extended its lead in the market.") == []


def test_aid_that_arrives_is_aid_delivered(pipeline) -> None:
    assert ("arrived", "AID") in kinds(pipeline, "A Qatari plane arrived in Kabul with food and medical supplies.")
    assert ("arrived", "AID") in kinds(pipeline, "A convoy of humanitarian aid arrived in Gaza on Monday.")


def test_an_attack_put_down_to_an_armed_group_is_an_accusation_but_not_one_put_down_to_a_cause(pipeline) -> None:
    assert ("attribute", "ACCUSE") in kinds(pipeline, "Police attribute the bombing to ADF rebels.")
    assert [k for _, k in kinds(pipeline, "Two explosions, attributed to gas leaks, shook the city.")] == []


def test_an_armed_force_s_advances_and_mortars_launched_are_attacks(pipeline) -> None:
    assert ("advances", "ASSAULT") in kinds(pipeline, "Rebel forces initiate advances towards the provincial capital.")
    assert ("launch", "ASSAULT") in kinds(pipeline, "Government forces launch mortars into the rebel-held district.")
    assert kinds(pipeline, "The ministry gave advance notice of the vote.") == []

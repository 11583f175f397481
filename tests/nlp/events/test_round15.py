"""Round 15 (issue 14): a "since" phrase dates its own occasion, not the event; the purpose of a trip still to come
is planned and a purpose infinitive shares its verb's day; a thwarted attack was attempted; a stop that befalls its
subject is no visit; a tensed clause under a preposition keeps its own modality; harm done to the attacker, told
after the attack, is a new act. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 4, 11)


def events(pipeline, text: str) -> list[tuple[str, str, str | None, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.type, e.time_value, e.modality) for e in doc.events]


def test_a_time_inside_a_since_phrase_dates_its_occasion_not_the_event(pipeline) -> None:
    text = "The two envoys held talks in Geneva, their first meeting since the 2015 nuclear deal."
    found = events(pipeline, text)
    assert ("talks", "CONSULT", "2026-04-11", "asserted") in found
    assert all(value != "2015" for _, _, value, _ in found)


def test_the_purpose_of_a_trip_still_to_come_is_planned(pipeline) -> None:
    assert events(pipeline, "The foreign minister will travel to Cairo to meet his Egyptian counterpart.") == [
        ("meet", "CONSULT", None, "planned")]


def test_a_purpose_infinitive_shares_the_day_of_its_verb(pipeline) -> None:
    found = events(pipeline, "Opposition leaders met on Sunday to demand new elections.")
    assert ("met", "CONSULT", "2026-04-05", "asserted") in found
    assert ("demand", "REQUEST", "2026-04-05", "asserted") in found


def test_a_thwarted_attack_was_attempted(pipeline) -> None:
    assert events(pipeline, "A navy frigate thwarted an attack by pirates on a tanker on Thursday.") == [
        ("attack", "ASSAULT", "2026-04-09", "asserted")]
    # preventing still says it did not happen
    assert events(pipeline, "The guards prevented an attack on the convoy.")[0][3] == "negated"


def test_a_passive_stop_is_no_visit(pipeline) -> None:
    assert events(pipeline, "The driver was finally stopped near the state border.") == []
    assert events(pipeline, "The president stopped in Kabul on his way home.") == [
        ("stopped", "CONSULT", "2026-04-11", "asserted")]


def test_a_tensed_clause_under_a_preposition_keeps_its_modality(pipeline) -> None:
    text = "Officials could say little about how the prisoner escaped after handcuffing two guards."
    assert events(pipeline, text) == [("handcuffing", "COERCE", None, "asserted")]


def test_harm_to_the_attacker_told_after_the_attack_is_a_new_act(pipeline) -> None:
    text = "Two gunmen open fire at a market, killing nine people. One gunman is killed, while the other is arrested."
    found = [(t, ty) for t, ty, _, _ in events(pipeline, text)]
    assert found == [("open fire", "ASSAULT"), ("killed", "ASSAULT"), ("arrested", "COERCE")]
    # victims told after the attack remain its outcome
    assert [t for t, *_ in events(pipeline, "Gunmen attacked a bus on Monday. Three passengers were killed.")] == [
        "attacked"]


def test_a_killing_in_an_operation_names_the_operation_as_the_attack(pipeline) -> None:
    text = "Nine militants are killed in a joint security operation in the north."
    assert [t[:2] for t in events(pipeline, text)] == [("operation", "ASSAULT")]
    # an arrest in an operation stays the arrest
    assert [t[:2] for t in events(pipeline, "Police arrested 12 people in an operation.")] == [("arrested", "COERCE")]


def test_taking_ground_listing_and_export_bans(pipeline) -> None:
    assert [t[:2] for t in events(pipeline, "Rebel fighters seize the border town of Kalia.")] == [("seize", "ASSAULT")]
    assert [t[:2] for t in events(pipeline, "Customs officers seize drugs at the port.")] == [("seize", "COERCE")]
    text = "Beijing adds 12 foreign firms to an export blacklist and places 8 others on a watchlist."
    assert [t[:2] for t in events(pipeline, text)] == [("adds", "SANCTION"), ("places", "SANCTION")]
    text = "The ministry announces a full export ban of wheat."
    assert [t[:2] for t in events(pipeline, text)] == [("export ban", "COERCE")]
    assert events(pipeline, "He added salt to the soup.") == []


def test_a_weapon_makes_an_attack_on_a_person_physical(pipeline) -> None:
    text = "A jury finds Ali Ahmed guilty over his knife attack on author John Smith."
    assert ("knife attack", "ASSAULT") in [t[:2] for t in events(pipeline, text)]
    # the modifier names the kind of the one attack
    text = "A stabbing attack wounded two guards on Friday."
    assert [t[:2] for t in events(pipeline, text)] == [("attack", "ASSAULT")]


def test_the_agent_of_a_relative_clause_is_not_the_object_of_the_trigger(pipeline) -> None:
    text = "The rebels paraded in towns captured by the rebels in an offensive last year."
    assert ("captured", "ASSAULT") in [t[:2] for t in events(pipeline, text)]


def test_a_killing_whose_victim_did_an_earlier_attack_is_the_news(pipeline) -> None:
    text = "Soldiers kill a gunman who shot two guards during an attack in March 2025 and detain three others."
    found = events(pipeline, text)
    assert ("kill", "ASSAULT", "2026-04-11", "asserted") in found
    assert ("attack", "ASSAULT", "2025-03", "historical") in found


def test_a_year_inside_an_after_phrase_dates_the_occasion(pipeline) -> None:
    text = "The singer is sentenced to prison after performing at a concert in 2024."
    assert events(pipeline, text) == [("sentenced", "SANCTION", "2026-04-11", "asserted")]


def test_a_word_inside_a_proper_name_is_no_event(pipeline) -> None:
    text = "Washington imposes sanctions on Kigali for supporting the March 23 Movement."
    assert [t[:2] for t in events(pipeline, text)] == [("sanctions", "SANCTION")]


def test_a_warship_challenging_vessels_and_charges_on_nationals(pipeline) -> None:
    text = "The frigate altered course towards the suspicious skiffs and challenged them."
    assert [t[:2] for t in events(pipeline, text)] == [("challenged", "REQUEST")]
    assert [t[:2] for t in events(pipeline, "He challenged the ruling in court.")] == [("challenged", "REJECT")]
    text = "The court in London charge two British nationals of spying for a foreign state."
    assert [t[:2] for t in events(pipeline, text)] == [("charge", "ACCUSE")]
    # a price charged is no accusation (the criticism is)
    text = "The college was criticised for charging students more than $30,000."
    assert [t[:2] for t in events(pipeline, text)] == [("criticised", "ACCUSE")]


def test_a_killing_by_police_is_no_accident(pipeline) -> None:
    found = [t[:2] for t in events(pipeline, "The boy's killing by police sparked riots across the country.")]
    assert ("killing", "ASSAULT") in found
    # a vehicle is still a cause, not a doer
    assert events(pipeline, "Four people were killed by a truck on the highway.") == []


def test_pirates_board_hijack_and_release_ships(pipeline) -> None:
    text = "Navy commandos captured 12 pirates as they tried to board a cargo ship."
    assert ("board", "ASSAULT", None, "hypothetical") in events(pipeline, text)
    assert events(pipeline, "Passengers boarded the ship in Dover.") == []
    # "on board" says where, no boarding
    assert [t[:2] for t in events(pipeline, "Gunmen on board the boat opened fire.")] == [("opened fire", "ASSAULT")]
    text = "India took a serious view of piracy after the hijacking of the MV Sea Star by pirates in March."
    assert ("hijacking", "ASSAULT") in [t[:2] for t in events(pipeline, text)]
    assert events(pipeline, "Officials worry about a new surge in hijackings.") == []
    text = "Somali pirates on Saturday released a Greek tanker they had held since October."
    assert [t[:2] for t in events(pipeline, text)] == [("released", "RETREAT")]


def test_demonstrators_storming_parliament_protest(pipeline) -> None:
    text = "Demonstrators tried to storm the parliament during the general strike."
    assert ("storm", "PROTEST") in [t[:2] for t in events(pipeline, text)]


def test_recognising_a_country_as_a_state_and_searches_and_captures(pipeline) -> None:
    text = "Israel becomes the first country to recognize Somaliland as an independent and sovereign state."
    assert [t[:2] for t in events(pipeline, text)] == [("recognize", "SUPPORT")]
    text = "Five soldiers are killed by gas exposure in a cave during an operation to search for a comrade's remains."
    assert events(pipeline, text) == []
    text = "The two perpetrators have been captured by police."
    assert [t[:2] for t in events(pipeline, text)] == [("captured", "COERCE")]


def test_a_since_time_that_measures_a_record_dates_no_event(pipeline) -> None:
    text = "Poland deploys 40,000 troops to the border, citing military exercises nearby, the first ones since 2022."
    assert [t[:3] for t in events(pipeline, text)] == [("deploys", "MOBILIZE", "2026-04-11")]
    assert [t[:3] for t in events(pipeline, "It was the deadliest attack since 2015.")] == [
        ("attack", "ASSAULT", "2026-04-11")]


def test_an_accident_told_as_a_clause_after_after(pipeline) -> None:
    assert events(pipeline, "Two people are killed after a light aircraft crashes near the airport.") == []
    assert [t[:2] for t in events(pipeline, "Two people are killed after militants attack a village.")] == [
        ("attack", "ASSAULT")]


def test_any_act_is_no_act_in_particular(pipeline) -> None:
    text = "The kingdom bans the use of its airspace for any military action against its neighbour."
    assert ("action", "ASSAULT", None, "hypothetical") in events(pipeline, text)


def test_a_recent_act_under_a_plan_happened(pipeline) -> None:
    text = "An official says that technical talks will continue after two days of recent clashes on the border."
    found = events(pipeline, text)
    assert ("talks", "CONSULT", None, "planned") in found
    assert ("clashes", "ASSAULT", None, "asserted") in found


def test_the_purpose_of_a_scheduled_meeting_is_planned(pipeline) -> None:
    text = "Union leaders have scheduled a rally in the capital to protest the cuts."
    assert ("rally", "PROTEST", None, "planned") in events(pipeline, text)
    # discussing as the purpose of a meeting is no consultation of its own (round 19, as every gold reads it)
    assert events(pipeline, "Police have scheduled a news conference in the capital to discuss the case.") == []


def test_a_slaying_is_an_attack_and_a_suicide_no_accusation(pipeline) -> None:
    text = "A former co-worker has been charged in the 1967 slayings of two women at a diner."
    found = events(pipeline, text)
    assert ("slayings", "ASSAULT", "1967", "historical") in found
    assert ("charged", "ACCUSE", "2026-04-11", "asserted") in found
    text = "A suspected gang leader committed suicide after being arrested in a police sweep, police said."
    assert [t[:2] for t in events(pipeline, text)] == [("arrested", "COERCE")]


def test_a_time_hung_on_the_subject_dates_the_event_named_there(pipeline) -> None:
    text = ("Austin Thompson, the perpetrator of a mass shooting that killed five people in Raleigh, North Carolina, "
            "U.S., in 2022, is sentenced to life imprisonment.")
    found = events(pipeline, text)
    assert ("shooting", "ASSAULT", "2022", "historical") in found
    assert ("sentenced", "SANCTION", "2026-04-11", "asserted") in found


def test_options_and_intentions_stay_possibilities(pipeline) -> None:
    text = "The president directs the army to plan options to expand the presence of troops in the canal zone."
    assert ("expand", "MOBILIZE", None, "hypothetical") in events(pipeline, text)


def test_hearsay_to_be_is_no_plan_and_a_crowd_crush_no_attack(pipeline) -> None:
    text = "Three commercial vessels are reported to be attacked near the strait."
    assert events(pipeline, text) == [("attacked", "ASSAULT", "2026-04-11", "asserted")]
    assert events(pipeline, "In Karur, a crowd crush at a rally kills at least 39 people.") == []


def test_a_unit_stationed_somewhere_is_no_deployment(pipeline) -> None:
    text = "The frigate, presently deployed on anti-piracy patrols in the gulf, thwarted an attack on Thursday."
    assert [t[:2] for t in events(pipeline, text)] == [("attack", "ASSAULT")]
    assert [t[:2] for t in events(pipeline, "The army deployed 2,000 troops to the border on Monday.")] == [
        ("deployed", "MOBILIZE")]


def test_a_wire_clock_time_in_another_zone_is_no_year(pipeline) -> None:
    text = "Updated 0947 GMT (1747 HKT) The leader was sentenced Tuesday to life in prison for assaulting two girls."
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=dt.date(2011, 8, 10)))
    assert ("1747 HKT", "2011-08-10T17:47") in [(t.text, t.value) for t in doc.timexes]
    assert all(e.time_value != "1747" for e in doc.events)

"""Round 18 (issue 14): a definite noun names a meeting or a request told before; a generic frame or a relative
clause on "anyone" tells no occurrence; a time set apart ("hours later") marks another incident; short stems
("sued"); verbal attacks; one verbal act named by joined participles; an attack a ship is under; a modifier the row
names is part of the trigger; suspects handed over; weapons recovered; word senses that are no events (a heart
attack, a film shot, a cyber "attack", an update deployed). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 3, 4)


def events(pipeline, text: str, dct: dt.date | None = DCT) -> list[tuple[str, str, str | None, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=dct))
    return [(e.trigger, e.type, e.time_value, e.modality) for e in doc.events]


def typed(pipeline, text: str) -> list[tuple[str, str]]:
    return [e[:2] for e in events(pipeline, text)]


def test_a_definite_noun_names_the_talks_told_before(pipeline) -> None:
    text = ("The two foreign ministers met in Geneva on Tuesday. "
            "After the talks, both sides issued a joint statement on the border.")
    assert [t for t, kind in typed(pipeline, text) if kind == "CONSULT"] == ["met"]
    # an indefinite noun in a later sentence is another meeting
    text = ("The two foreign ministers held talks in Geneva on Tuesday. "
            "A second round of talks is planned for next month.")
    assert [t for t, kind in typed(pipeline, text) if kind == "CONSULT"] == ["talks", "talks"]


def test_a_generic_frame_and_a_rule_for_anyone_tell_no_occurrence(pipeline) -> None:
    text = "The law requires parties to publish the name of anyone who donates more than 10,000 euros."
    assert typed(pipeline, text) == []
    assert typed(pipeline, "In many raids, soldiers detain the men of the village.") == []
    # a raid told as news still counts
    assert typed(pipeline, "Soldiers detained twelve men in a raid on the village on Monday.") == [
        ("detained", "COERCE"), ("raid", "ASSAULT")]


def test_a_time_set_apart_marks_another_incident(pipeline) -> None:
    told = "Gunmen attacked a police post in the town on Monday, killing two officers. "
    assert typed(pipeline, told + "Two officers were shot.") == [("attacked", "ASSAULT")]
    assert typed(pipeline, told + "Hours later, two prosecutors were kidnapped in the town.") == [
        ("attacked", "ASSAULT"), ("kidnapped", "ASSAULT")]


def test_a_short_stem_and_verbal_attacks(pipeline) -> None:
    assert typed(pipeline, "Three unions sued the ministry over the decree.") == [("sued", "ACCUSE")]
    assert typed(pipeline, "The candidate mocked his rival at a rally in Ohio.") == [("mocked", "ACCUSE")]
    assert typed(pipeline, "The senator spent the evening taking shots at the governor.") == [
        ("taking shots", "ACCUSE")]


def test_joined_participles_name_one_verbal_act(pipeline) -> None:
    assert typed(pipeline, "Both envoys have been harshly criticized and condemned.") == [("criticized", "ACCUSE")]
    # a verb with an object of its own is another act
    text = "Mayor Jane Holt attacked police chief Tom Reyes and blamed the council for the delays."
    assert typed(pipeline, text) == [("attacked", "ACCUSE"), ("blamed", "ACCUSE")]


def test_an_attack_a_ship_is_under_and_a_named_attempt(pipeline) -> None:
    assert typed(pipeline, "Two tankers were under attack in the strait.") == [("attack", "ASSAULT")]
    assert typed(pipeline, "The frigate foiled a hijack attempt near the coast on Sunday.") == [
        ("hijack attempt", "ASSAULT")]


def test_suspects_handed_over_and_weapons_recovered(pipeline) -> None:
    assert typed(pipeline, "The smugglers were handed over to the coast guard.") == [("handed", "COOPERATE")]
    # territory handed over is a withdrawal
    assert typed(pipeline, "The rebels handed over the town to the army.") == [("handed", "RETREAT")]
    assert typed(pipeline, "Soldiers recovered four rifles and a grenade launcher.") == [("recovered", "COERCE")]
    assert typed(pipeline, "Divers recovered the body of a fisherman.") == []


def test_senses_that_are_no_events(pipeline) -> None:
    assert typed(pipeline, "The former minister died of a heart attack in March.") == []
    assert typed(pipeline, "The singer, who shot to fame in 2004, is touring again.") == []
    assert typed(pipeline, "Most episodes of the series have already been shot.") == []
    assert typed(pipeline, "The vote was not rigged, most analysts agree.") == []
    assert typed(pipeline, "The new virus threatens to become a pandemic.") == []
    text = ("Hackers are exploiting a flaw in the browser. "
            "Attacks on its users were spreading quickly, a researcher told the BBC.")
    assert "ASSAULT" not in [kind for _, kind in typed(pipeline, text)]
    assert typed(pipeline, "The company urged customers to deploy the update at once.") == [("urged", "REQUEST")]
    # people still attack and threaten
    assert typed(pipeline, "Militants attacked an army convoy.") == [("attacked", "ASSAULT")]


def test_despite_ends_the_scope_of_a_negation(pipeline) -> None:
    text = "Officials say the talks have not collapsed despite renewed fighting between the two armies."
    assert ("fighting", "ASSAULT", "2026-03-04", "asserted") in events(pipeline, text)


def test_acts_on_parties_states_and_buildings(pipeline) -> None:
    assert typed(pipeline, "The junta dissolves 12 political parties by decree.") == [("dissolves", "COERCE")]
    assert typed(pipeline, "Poland authorizes the United States to use two of its air bases.") == [
        ("authorizes", "COOPERATE")]
    assert typed(pipeline, "Police arrived within minutes and surrounded the building.") == [("surrounded", "COERCE")]
    # a crowd around a building is no police action
    assert typed(pipeline, "Reporters surrounded the building.") == []


def test_phrases_that_name_no_act(pipeline) -> None:
    assert typed(pipeline, "She ran into a shop where she called for help.") == []
    assert typed(pipeline, "The governor stood by his plan to close the schools.") == []
    assert typed(pipeline, "The union stood by the striking workers.") == [("stood", "SUPPORT")]
    text = "Police detained five students for sharing online posts protesting the decree."
    assert typed(pipeline, text) == [("detained", "COERCE")]

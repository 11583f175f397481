"""Round 27 (issue 14): an act told within the attack it belongs to; acts a recording shows; attacks an infinitive
says are intended; what is needed; an undated act inside a scene dated long before the article. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 5, 14)  # a Thursday


def events(pipeline, text: str) -> list[tuple[str, str, str, str | None]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.type, e.modality, e.time_value) for e in doc.events]


def triggers(pipeline, text: str) -> list[str]:
    return [t for t, _, _, _ in events(pipeline, text)]


def test_an_act_told_within_an_attack_is_that_attack(pipeline) -> None:
    assert triggers(pipeline, "The cathedral is heavily damaged and set ablaze during Russian strikes in Kyiv.") == [
        "strikes"]
    assert triggers(pipeline, "The army says it assassinated a Hamas commander in a strike in Khan Younis.") == [
        "strike"]
    assert triggers(pipeline, "The cathedral was damaged and set ablaze during Russian strikes on the city.") == [
        "strikes"]


def test_taking_people_in_a_raid_stays_an_act_of_its_own(pipeline) -> None:
    found = triggers(pipeline, "Dozens of villagers are kidnapped by armed bandits in a raid on a village market.")
    assert found == ["kidnapped", "raid"]


LONG_OPENING = ("Protests spread across the city on Monday. Police closed the main square. Shops stayed shut. "
                "Schools sent pupils home. The mayor called for calm. ")


def test_an_act_a_video_shows_in_a_long_article_is_not_dated_by_the_article(pipeline) -> None:
    assert ("beating", "ASSAULT", "asserted", None) in events(
        pipeline, LONG_OPENING + "A video shows police beating protesters in Tehran.")
    text = LONG_OPENING + "The family released a video of the arrest. It shows an officer aiming a gun at the driver."
    assert ("aiming", "THREATEN", "asserted", None) in events(pipeline, text)


def test_the_footage_of_a_news_item_shows_the_days_news(pipeline) -> None:
    assert events(pipeline, "A video shows police beating protesters in Tehran.") == [
        ("beating", "ASSAULT", "asserted", DCT.isoformat())]


def test_an_act_told_with_its_own_day_keeps_it_whatever_the_video(pipeline) -> None:
    assert events(pipeline, "Police beat protesters in Tehran on Monday, a video shows.") == [
        ("beat", "ASSAULT", "asserted", "2026-05-11")]


def test_attacks_an_infinitive_says_are_intended_have_not_happened(pipeline) -> None:
    text = ("The army says it killed 54 militants who had crossed the border, allegedly to carry out attacks in the "
            "city.")
    assert ("attacks", "ASSAULT", "hypothetical", None) in events(pipeline, text)


def test_talks_a_meeting_was_held_for_are_held(pipeline) -> None:
    found = events(pipeline, "The ministers met on Monday to hold talks on the crisis.")
    assert [(t, m) for t, _, m, _ in found] == [("met", "asserted"), ("talks", "asserted")]


def test_what_is_needed_has_not_happened(pipeline) -> None:
    assert events(pipeline, "The senator said on Monday that more airstrikes are needed in Syria.") == [
        ("airstrikes", "ASSAULT", "hypothetical", None)]


def test_an_undated_act_in_a_scene_dated_long_before_takes_that_time(pipeline) -> None:
    text = "In 2010, the two governments swapped ten agents arrested in the United States."
    assert ("arrested", "COERCE", "historical", "2010") in events(pipeline, text)
    text = "The boy was compared to Michalis Kaltezas, who was killed by an officer during a demonstration in 1985."
    assert ("killed", "ASSAULT", "historical", "1985") in events(pipeline, text)


def test_the_news_of_the_day_keeps_its_day_beside_an_old_date(pipeline) -> None:
    text = "The president grants a pardon to an activist who was detained in 2015."
    assert ("pardon", "RETREAT", "asserted", DCT.isoformat()) in events(pipeline, text)


def test_forces_used_are_troops_not_the_use_of_force(pipeline) -> None:
    assert triggers(pipeline, "Iraq could still cause problems by using forces that are not yet engaged.") == []
    assert ("force", "ASSAULT", "asserted", DCT.isoformat()) in events(
        pipeline, "The police used force to disperse the crowd.")


def test_a_ceasefire_that_comes_into_force_is_observed(pipeline) -> None:
    assert triggers(pipeline, "The ceasefire between Israel and Hezbollah comes into force at 4 a.m.") == ["ceasefire"]
    assert events(pipeline, "A truce between the army and the rebels took effect on Friday.") == [
        ("truce", "RETREAT", "asserted", "2026-05-08")]


def test_a_ceasefire_named_in_passing_is_none(pipeline) -> None:
    assert "ceasefire" not in triggers(pipeline, "The ceasefire came after weeks of talks.")


def test_an_attack_that_is_only_the_setting_of_another_act_stays(pipeline) -> None:
    found = triggers(pipeline, "Israel bombed southern Lebanon amid rocket attacks by Hezbollah.")
    assert found == ["bombed", "attacks"]
    assert triggers(pipeline, "Russia shelled Kharkiv during the Ukrainian offensive.") == ["shelled", "offensive"]
    assert "shot" in triggers(pipeline, "A police officer shot the gunman during the attack on the synagogue.")


def test_what_an_act_answers_has_happened(pipeline) -> None:
    found = events(pipeline, "The EU imposed sanctions on Monday to punish Russia for the invasion of Ukraine.")
    assert ("invasion", "ASSAULT") in [(t, k) for t, k, m, _ in found if m != "hypothetical"]
    found = events(pipeline, "Israel launched airstrikes to retaliate for the rocket attack.")
    assert [m for t, _, m, _ in found if t == "attack"] == ["asserted"]


def test_acts_said_to_be_needed_after_they_were_done_happened(pipeline) -> None:
    assert events(pipeline, "Police said the arrests were needed to protect the public.") == [
        ("arrests", "COERCE", "asserted", DCT.isoformat())]


def test_a_ceasefire_that_begins_to_collapse_is_no_ceasefire_observed(pipeline) -> None:
    assert triggers(pipeline, "The ceasefire between Israel and Hamas began to collapse on Monday.") == []
    assert triggers(pipeline, "The ceasefire began to collapse on Monday.") == []


def test_this_year_sets_no_past_scene(pipeline) -> None:
    found = events(pipeline, "The officer who beat the student during the protests this year was suspended.")
    assert ("beat", "ASSAULT", "asserted", DCT.isoformat()) in found


def test_a_figurative_image_is_no_recording(pipeline) -> None:
    text = LONG_OPENING + "The scandal damaged the army's image. It shows that soldiers killed civilians."
    assert ("killed", "ASSAULT", "asserted", DCT.isoformat()) in events(pipeline, text)


def test_a_ceasefire_that_begins_is_observed_whatever_comes_between(pipeline) -> None:
    assert triggers(pipeline, "A ceasefire brokered by Qatar began on Monday.") == ["ceasefire"]
    assert triggers(pipeline, "A ceasefire in Gaza kicked in at 8 a.m.") == ["ceasefire"]


def test_acts_needed_or_joined_are_still_to_come(pipeline) -> None:
    assert events(pipeline, "Israel needs to strike the nuclear sites, the minister said.") == [
        ("strike", "ASSAULT", "hypothetical", None)]
    assert events(pipeline, "Talks are urgently needed to end the war.") == [("Talks", "CONSULT", "hypothetical", None)]
    found = events(pipeline, "Israel sent troops to join in the offensive on Rafah.")
    assert ("offensive", "ASSAULT", "hypothetical", None) in found


def test_the_doers_own_attack_is_one_event(pipeline) -> None:
    text = "Israel assassinated a Hamas commander in an Israeli airstrike on Gaza City."
    assert triggers(pipeline, text) == ["airstrike"]


def test_an_agent_acting_during_an_attack_acts_on_its_own(pipeline) -> None:
    assert triggers(pipeline, "The gunman was shot by police during the attack on the synagogue.") == [
        "shot", "attack"]

"""Round 20 (issue 14): a robbery is an attack only when armed or violent, and a raid told beside a heist is no
attack; armed forces engaging each other fight; a warning with a condition is a threat; a fund meeting redemptions
consults nobody. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 4, 11)


def events(pipeline, text: str) -> list[tuple[str, str, str | None, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.type, e.time_value, e.modality) for e in doc.events]


def test_a_robbery_is_an_attack_only_when_armed(pipeline) -> None:
    assert events(pipeline, "The city has seen a spate of high-profile robberies this year.") == []
    found = events(pipeline, "Last week an armed man carried out a robbery at a jewellery store in the city centre.")
    assert [(t, k) for t, k, _, _ in found] == [("robbery", "ASSAULT")]


def test_a_raid_by_thieves_is_no_attack_but_a_police_raid_is_an_arrest(pipeline) -> None:
    assert events(pipeline, "The raid came a month after thieves made off with jewels worth $2 million.") == []
    assert ("raided", "COERCE") in [(t, k) for t, k, _, _ in events(pipeline, "Police raided the house on Monday.")]


def test_armed_forces_engaging_each_other_fight(pipeline) -> None:
    found = events(pipeline, "The navy engages rebel forces off the coast on Monday.")
    assert ("engages", "ASSAULT") in [(t, k) for t, k, _, _ in found]
    talks = events(pipeline, "The envoy engaged with both parties on Monday.")
    assert ("engaged", "CONSULT") in [(t, k) for t, k, _, _ in talks]


def test_a_warning_with_a_condition_is_a_threat(pipeline) -> None:
    text = "Prosecutors have warned his lawyers that if he is indicted, the government may seize his assets."
    assert ("warned", "THREATEN") in [(t, k) for t, k, _, _ in events(pipeline, text)]
    plain = events(pipeline, "Doctors warned that the virus spreads quickly among children.")
    assert all(k != "THREATEN" for _, k, _, _ in plain)


def test_meeting_redemptions_is_no_meeting(pipeline) -> None:
    assert events(pipeline, "The fund has met all the redemptions without selling anything.") == []


def test_an_act_named_as_the_agent_of_harm_or_as_suspected_is_one_occurrence(pipeline) -> None:
    damaged = events(pipeline, "The church was badly damaged by arson, officials said.")
    assert [(t, k) for t, k, _, _ in damaged] == [("arson", "ASSAULT")]
    suspected = events(pipeline, "Arson is suspected in the burning of the church.")
    assert ("Arson", "ASSAULT") in [(t, k) for t, k, _, _ in suspected]


def test_threats_told_as_specific_acts_are_threats_even_when_denied(pipeline) -> None:
    found = events(pipeline, "The mayor said there had been no specific, credible threats against the city.")
    assert found == [("threats", "THREATEN", None, "negated")]
    assert events(pipeline, "Climate change is a threat to national security.") == []


def test_an_act_that_is_itself_suspected_is_hypothetical_not_its_suspected_doer(pipeline) -> None:
    assert events(pipeline, "Police suspect arson.") == [("arson", "ASSAULT", None, "hypothetical")]
    found = events(pipeline, "Two Libyans suspected of blowing up an airliner in 1988 will face trial.")
    assert ("blowing", "ASSAULT", "1988", "historical") in found


def test_only_armed_men_mobilize(pipeline) -> None:
    assert events(pipeline, "The company mobilized security engineering teams worldwide.") == []
    found = events(pipeline, "The army mobilized 20,000 reservists on Monday.")
    assert [(t, k) for t, k, _, _ in found] == [("mobilized", "MOBILIZE")]


def test_a_weapon_drawn_on_someone_is_a_threat_and_drawn_to_fire_part_of_the_attack(pipeline) -> None:
    found = events(pipeline, "On Monday he pulled a gun on two guards and fired it during a transfer.")
    assert ("pulled", "THREATEN") in [(t, k) for t, k, _, _ in found]
    shooting = events(pipeline, "He pulled out a .357 Magnum and opened fire, killing two women.")
    assert [(t, k) for t, k, _, _ in shooting] == [("opened fire", "ASSAULT")]


def test_interceptions_at_sea_and_a_warship_launching_its_helicopter(pipeline) -> None:
    found = events(pipeline, "The pirates fled in skiffs; the warship intercepted the remaining three.")
    assert ("intercepted", "COERCE") in [(t, k) for t, k, _, _ in found]
    launch = events(pipeline, "The destroyer launched an armed helicopter and headed for the scene.")
    assert [(t, k) for t, k, _, _ in launch] == [("launched", "MOBILIZE")]
    drones = events(pipeline, "The militia launched drones at the airport.")
    assert [(t, k) for t, k, _, _ in drones] == [("launched", "ASSAULT")]


def test_a_march_with_a_purpose_protests_and_a_suspect_turning_himself_in_concedes(pipeline) -> None:
    assert [(t, k) for t, k, _, _ in events(pipeline, "Ethnic Albanians marched to demand his release.")] == [
        ("marched", "PROTEST")]
    assert events(pipeline, "Troops marched to seize the capital.") == []
    found = events(pipeline, "The suspect turned himself in around 6 p.m.")
    assert [(t, k) for t, k, _, _ in found] == [("turned", "CONCEDE")]


def test_acts_called_to_a_halt_or_an_end_were_in_place(pipeline) -> None:
    found = events(pipeline, "The ministers issued a statement calling on Iran to immediately halt its attacks.")
    assert [(t, k) for t, k, _, _ in found] == [("calling", "REQUEST")]
    ended = events(pipeline, "The envoys met in Alaska to discuss ways to bring an end to the invasion.")
    assert all(k != "ASSAULT" for _, k, _, _ in ended)


def test_missiles_intercepted_in_flight_and_a_waiver_revoked(pipeline) -> None:
    assert [(t, k) for t, k, _, _ in events(pipeline, "The jets intercepted several cruise missiles.")] == [
        ("intercepted", "ASSAULT")]
    found = events(pipeline, "The United States revokes the temporary sanctions waiver on Iranian oil.")
    assert [(t, k) for t, k, _, _ in found] == [("revokes", "SANCTION")]


def test_a_possessed_verbal_act_under_a_rejection_was_made(pipeline) -> None:
    text = "The mayor on Tuesday rejected Trump's offer to make an exception to his call for a ban on Muslims."
    calls = [m for t, k, _, m in events(pipeline, text) if t == "call"]
    assert calls == ["asserted"]


def test_an_attack_launched_in_an_after_clause_is_the_antecedent(pipeline) -> None:
    text = "The navy engages enemy forces in the gulf after they launched attacks on the province."
    found = events(pipeline, text)
    assert ("attacks", "ASSAULT", None, "asserted") in found
    harm = events(pipeline, "Seventeen people are killed after gunmen launched an attack on a market.")
    assert [(t, k, v) for t, k, v, _ in harm] == [("attack", "ASSAULT", "2026-04-11")]


def test_an_act_after_following_tagged_a_participle_is_the_antecedent(pipeline) -> None:
    found = events(pipeline, "The military demolishes the building, following the ban on the organization.")
    assert ("ban", "COERCE", None, "asserted") in found


def test_talks_whose_status_is_reviewed_are_the_setting(pipeline) -> None:
    text = "The two ministers hold a phone call to review the status of talks between Iran and the United States."
    assert ("talks", "CONSULT", None, "asserted") in events(pipeline, text)


def test_armies_defeated_in_the_field_fight_and_motions_defeated_do_not(pipeline) -> None:
    found = events(pipeline, "The commissioner is killed after army forces are defeated by rebel forces in Gedo.")
    assert ("defeated", "ASSAULT") in [(t, k) for t, k, _, _ in found]
    assert events(pipeline, "The motion was defeated by 20 votes.") == []


def test_restrictions_eased_by_licence_or_lowered_are_concessions(pipeline) -> None:
    found = events(pipeline, "The United States issues a temporary license allowing the refinery to resume work.")
    assert [(t, k) for t, k, _, _ in found] == [("issues", "CONCEDE")]
    lowered = events(pipeline, "The two leaders agree to lower tariffs on each other's goods.")
    assert ("lower", "CONCEDE") in [(t, k) for t, k, _, _ in lowered]
    assert all(k != "SANCTION" for _, k, _, _ in lowered)


def test_leaders_gathering_consult_and_a_title_shot_is_no_shooting(pipeline) -> None:
    found = events(pipeline, "Heads of government of 30 countries gather in Sharm El Sheikh to discuss the next steps.")
    assert [(t, k) for t, k, _, _ in found] == [("gather", "CONSULT")]
    assert events(pipeline, "The boxer fell into the title shot five weeks ago.") == []


def test_leaders_gathering_for_a_summit_is_the_summit(pipeline) -> None:
    found = events(pipeline, "European leaders gather in France for a summit on Ukraine.")
    assert [(t, k) for t, k, _, _ in found] == [("summit", "CONSULT")]

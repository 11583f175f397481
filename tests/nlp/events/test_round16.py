"""Round 16 (issue 14): gunfire exchanged; captured raiders and recaptured fugitives; a main-clause suspicion and
a blame put on a named actor accuse; a vow of an act named by a noun; a court's order to hold someone is the
detention; a weapon set off is violence, not an accident. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 2, 10)


def events(pipeline, text: str) -> list[tuple[str, str, str | None, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.type, e.time_value, e.modality) for e in doc.events]


def test_exchanging_fire_is_an_attack(pipeline) -> None:
    assert events(pipeline, "Thai and Cambodian troops exchange fire near a disputed temple.") == [
        ("exchange fire", "ASSAULT", "2026-02-10", "asserted")]
    # exchanging prisoners is still a release
    assert [e[1] for e in events(pipeline, "The two sides exchange prisoners at the border.")] == ["RETREAT"]


def test_captured_raiders_are_arrested_and_a_recaptured_town_is_taken(pipeline) -> None:
    assert ("capturing", "COERCE", "2026-02-10", "asserted") in events(
        pipeline, "The frigate repelled the boats, capturing nine of the raiders.")
    assert events(pipeline, "Police recaptured three escaped inmates.") == [
        ("recaptured", "COERCE", "2026-02-10", "asserted")]
    assert events(pipeline, "Rebels recaptured the town of Bunia.") == [
        ("recaptured", "ASSAULT", "2026-02-10", "asserted")]


def test_a_main_clause_suspicion_accuses_but_a_relative_one_labels(pipeline) -> None:
    assert events(pipeline, "His cousin is suspected of having ordered the killing.") == [
        ("suspected", "ACCUSE", "2026-02-10", "asserted")]
    found = events(pipeline, "Police detain a man who is suspected of planting the device.")
    assert [e[:2] for e in found] == [("detain", "COERCE")]


def test_blame_put_on_a_named_actor_accuses(pipeline) -> None:
    assert events(pipeline, "A militia commander attributes the airstrike to Israel.") == [
        ("attributes", "ACCUSE", "2026-02-10", "asserted")]
    assert events(pipeline, "She attributed the attack to a misunderstanding.") == []


def test_a_vow_of_an_act_named_by_a_noun_is_a_promise(pipeline) -> None:
    assert events(pipeline, "The governor vowed a full inquiry.") == [("vowed", "AGREE", "2026-02-10", "asserted")]
    assert events(pipeline, "The militia vowed revenge.") == [("vowed", "THREATEN", "2026-02-10", "asserted")]


def test_a_court_ordering_someone_held_is_the_detention(pipeline) -> None:
    assert events(pipeline, "The suspect was ordered held without bail.") == [
        ("held", "COERCE", "2026-02-10", "asserted")]
    # held after an arrest is the state that follows it, not a second detention
    assert [e[:2] for e in events(pipeline, "Two men were arrested and are being held without bail.")] == [
        ("arrested", "COERCE")]


def test_a_mine_set_off_is_violence_not_an_accident(pipeline) -> None:
    assert events(pipeline, "Three farmers are killed after their tractor strikes a land mine near Kherson.") == [
        ("killed", "ASSAULT", "2026-02-10", "asserted")]
    assert events(pipeline, "A truck hits a roadside bomb, killing two soldiers.") == [
        ("killing", "ASSAULT", "2026-02-10", "asserted")]
    # a mine that collapses is no weapon
    assert events(pipeline, "Five miners were killed after a coal mine collapsed.") == []


def test_an_act_warned_against_may_come(pipeline) -> None:
    found = events(pipeline, "Jordan warned Israel against a ground offensive in Rafah.")
    assert ("ground offensive", "ASSAULT", None, "hypothetical") in found
    # an appeal against a sentence does not make the sentence hypothetical
    assert all(m != "hypothetical" for _, t, _, m in events(pipeline, "He was sentenced to 10 years in prison.")
               if t == "SANCTION")


def test_the_occasion_of_a_trip_shares_the_day_of_arrival(pipeline) -> None:
    found = events(pipeline, "The envoy arrived in Doha on Monday for talks with Hamas officials.")
    assert ("talks", "CONSULT", "2026-02-09", "asserted") in found


def test_a_year_that_names_an_occasion_does_not_date_the_news(pipeline) -> None:
    text = "The opposition leader is sentenced to two years in prison for firing a gun at a 2019 rally."
    assert ("sentenced", "SANCTION", "2026-02-10", "asserted") in events(pipeline, text)
    # an event noun keeps its own year, and an occasion under "during" still places the event
    assert ("shooting", "ASSAULT", "2012", "historical") in events(pipeline, "He was convicted in the 2012 shooting.")


def test_a_past_verb_said_of_the_event_itself_is_no_plan(pipeline) -> None:
    found = events(pipeline, "The navy has turned back 12 ships since the blockade of the port resumed on January 14.")
    assert [e[3] for e in found if e[0] == "blockade"] == ["historical"]
    assert events(pipeline, "The talks will resume on Monday.")[0][3] == "planned"


def test_animals_killed_are_no_attack(pipeline) -> None:
    assert events(pipeline, "Forty vultures are killed in a mass poisoning at the park.") == []


def test_an_explosive_device_set_off_kills_in_an_attack(pipeline) -> None:
    assert events(pipeline, "At least four children are killed after an explosive device detonates in Taiz.") == [
        ("killed", "ASSAULT", "2026-02-10", "asserted")]


def test_a_verdict_of_not_guilty_does_not_negate_the_act(pipeline) -> None:
    found = events(pipeline, "A court finds a former soldier not guilty over killings on Bloody Sunday in 1972.")
    assert ("killings", "ASSAULT", "1972", "historical") in found


def test_a_date_hung_on_a_noun_dates_that_noun(pipeline) -> None:
    found = events(pipeline, "The judge ordered him held without bond pending his next court hearing April 19.")
    assert found == [("held", "COERCE", "2026-02-10", "asserted")]
    assert events(pipeline, "The attack Monday killed five.") == [("attack", "ASSAULT", "2026-02-09", "asserted")]


def test_a_foiled_piracy_attempt_is_an_attack(pipeline) -> None:
    assert events(pipeline, "The frigate foiled a piracy attempt in the Gulf of Aden on Monday.") == [
        ("piracy attempt", "ASSAULT", "2026-02-09", "asserted")]
    assert events(pipeline, "She made a second attempt to reach the summit.") == []


def test_an_arrest_of_someone_new_is_another_arrest(pipeline) -> None:
    text = "Police arrested 12 protesters on Monday. Officers later announced the arrest of a 19-year-old."
    assert [e[:2] for e in events(pipeline, text)] == [("arrested", "COERCE"), ("arrest", "COERCE")]
    text = "Police arrested a suspect on Monday. The arrest of the suspect followed a chase."
    assert [e[:2] for e in events(pipeline, text)] == [("arrested", "COERCE")]


def test_meeting_a_definition_or_standing_by_a_memorial_is_no_event(pipeline) -> None:
    assert events(pipeline, "Nothing that happened meets the true definition of a riot.") == []
    assert events(pipeline, "Her brother spoke, standing by a makeshift memorial.") == []
    assert [e[1] for e in events(pipeline, "The president said he would stand by Israel.")] == ["SUPPORT"]


def test_sabotage_beatings_and_seizing_control_are_attacks(pipeline) -> None:
    assert events(pipeline, "Partisans derailed a train carrying fuel near Kursk.") == [
        ("derailed", "ASSAULT", "2026-02-10", "asserted")]
    assert events(pipeline, "A passenger train derailed near Kursk, killing two.") == []
    assert [e[:2] for e in events(pipeline, "The mayor was beaten by protesters outside city hall.")] == [
        ("beaten", "ASSAULT")]
    assert [e[:2] for e in events(pipeline, "The army says it has seized control of the border town.")] == [
        ("seized", "ASSAULT")]


def test_a_yearly_occasion_in_a_run_up_dates_the_act_and_went_on_to_is_done(pipeline) -> None:
    text = "In the run-up to the 2014 elections, the senator relentlessly attacked the donors from the floor."
    assert [(e[2], e[3]) for e in events(pipeline, text)] == [("2014", "historical")]
    assert [e[3] for e in events(pipeline, "The candidate went on to criticize the convention.")] == ["asserted"]


def test_campaign_attacks_are_words(pipeline) -> None:
    assert [e[:2] for e in events(pipeline, "Hillary Clinton is pounding him on the gun issue.")] == [
        ("pounding", "ACCUSE")]
    assert [e[:2] for e in events(pipeline, "Russian artillery pounded the town overnight.")] == [
        ("pounded", "ASSAULT")]
    assert [e[:2] for e in events(pipeline, "President Clinton discussed the Iraq crisis with King Abdullah.")] == [
        ("discussed", "CONSULT")]


def test_poll_support_and_an_offered_scholarship_are_no_events(pipeline) -> None:
    assert events(pipeline, "The new polls show a drop in support for the senator among young voters.") == []
    assert [e[1] for e in events(pipeline, "The EU voiced support for Ukraine.")] == ["SUPPORT"]
    assert events(pipeline, "He said he was offered a scholarship to West Point.") == []


def test_no_trouble_doing_it_means_it_was_done(pipeline) -> None:
    found = events(pipeline, "The governor had no trouble breaking with his party in endorsing the speaker.")
    assert [(e[0], e[3]) for e in found] == [("endorsing", "asserted")]
    assert events(pipeline, "There was no attack on the convoy.")[0][3] == "negated"


def test_a_campaign_attacking_a_person_accuses(pipeline) -> None:
    text = "The new super PAC will focus solely on attacking Clinton, its donors say."
    assert [e[1] for e in events(pipeline, text)] == ["ACCUSE"]

"""Round 26 (issue 14): captives freed, traded and held; a person's name used alone; a source agreeing or refusing to
talk to the reporter. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 5, 14)  # a Thursday


def typed(pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.type) for e in doc.events]


def test_freeing_people_who_are_no_hostage_by_name_is_a_release(pipeline) -> None:
    assert typed(pipeline, "The rebels freed two aid workers on Monday.") == [("freed", "RETREAT")]
    assert typed(pipeline, "The junta released 39 Palestinians on Monday.") == [("released", "RETREAT")]
    assert typed(pipeline, "Moscow freed a jailed reporter on Monday.") == [("freed", "RETREAT")]


def test_a_release_keeps_to_people(pipeline) -> None:
    assert typed(pipeline, "The band released a new album on Monday.") == []


def test_captives_traded_or_swapped_are_released(pipeline) -> None:
    assert typed(pipeline, "In 2014 the two governments traded three detainees for a pilot.") == [
        ("traded", "RETREAT")]
    assert typed(pipeline, "They swapped ten sleeper agents at the airport in 2010.") == [("swapped", "RETREAT")]
    assert typed(pipeline, "Iran set free the four sailors on Tuesday.") == [("set", "RETREAT")]


def test_holding_people_hostage_is_an_abduction_but_a_bill_held_hostage_is_not(pipeline) -> None:
    assert typed(pipeline, "The gunman held the children hostage for three hours.") == [("held", "ASSAULT")]
    assert typed(pipeline, "The pastor has been held prisoner in Iran since 2012.") == [("held", "COERCE")]
    assert typed(pipeline, "The budget has been held hostage by partisan politics.") == []


def test_a_word_of_a_named_person_used_alone_is_the_person(pipeline) -> None:
    text = ("Ban Ki-moon spoke to the assembly on Monday. Mr. Ban focused on climate change. "
            "Ban, in his remarks, praised the nurses.")
    assert [t for t, k in typed(pipeline, text) if k == "COERCE"] == []


def test_a_ban_that_is_no_name_is_still_a_ban(pipeline) -> None:
    text = "Ban Ki-moon spoke to the assembly on Monday. The government will ban the rallies."
    assert ("ban", "COERCE") in typed(pipeline, text)


def test_a_source_agreeing_or_refusing_to_talk_to_the_reporter_is_no_event(pipeline) -> None:
    assert typed(pipeline, "Bob agreed to talk on the condition that his name not be used.") == []
    assert typed(pipeline, "The army refused to comment on the report.") == []
    assert typed(pipeline, "An officer refused to be named because he was not allowed to brief reporters.") == []


def test_refusing_or_agreeing_to_talk_between_parties_stays_an_event(pipeline) -> None:
    assert ("refused", "REJECT") in typed(pipeline, "Iran refused to discuss its missile programme.")
    assert ("agreed", "AGREE") in typed(pipeline, "Russia agreed to talk with Ukraine in Istanbul next week.")


def test_a_verdict_in_a_reduced_relative_names_who_someone_is(pipeline) -> None:
    assert typed(pipeline, "Obama freed seven men charged with or convicted of violating sanctions.") == [
        ("freed", "RETREAT")]
    assert typed(pipeline, "A prisoner sentenced to life died in his cell on Monday.") == []


def test_a_verdict_told_as_news_stays(pipeline) -> None:
    assert typed(pipeline, "The court convicted the two men of spying on Monday.") == [("convicted", "SANCTION")]


def test_an_event_word_inside_a_hyphenated_noun_for_people_is_no_event(pipeline) -> None:
    assert typed(pipeline, "The agency tracked a ring of sanctions-busters across the Gulf.") == []


def test_a_hyphenated_word_of_the_lexicon_stays_an_event(pipeline) -> None:
    assert typed(pipeline, "Protesters staged a sit-in outside parliament on Monday.") == [("sit-in", "PROTEST")]
    assert typed(pipeline, "The rebels launched a counter-attack on Monday.") == [("counter-attack", "ASSAULT")]


def test_backing_an_account_or_standing_by_a_depiction_is_no_support(pipeline) -> None:
    assert typed(pipeline, "A second officer at the base backed the chief's account on Monday.") == []
    assert typed(pipeline, "The author said he stands by the depiction.") == []


def test_backing_a_party_or_a_proposal_is_support(pipeline) -> None:
    assert typed(pipeline, "The senator backed the proposal on Monday.") == [("backed", "SUPPORT")]
    assert typed(pipeline, "Russia backed the government in the war on Monday.") == [("backed", "SUPPORT")]


def timed(pipeline, text: str) -> list[tuple[str, str, str | None]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.type, e.time_value) for e in doc.events]


def test_a_ceasefire_setting_in_is_observed_on_its_day(pipeline) -> None:
    assert timed(pipeline, "A ceasefire will start on Saturday, Qatar said.") == [
        ("ceasefire", "RETREAT", "2026-05-16")]
    assert timed(pipeline, "The truce took effect on Monday.") == [("truce", "RETREAT", "2026-05-11")]


def test_the_day_a_truce_starts_is_the_truce_s_not_the_agreement_s(pipeline) -> None:
    assert timed(pipeline, "The two sides agreed to a four-day truce starting Saturday.") == [
        ("agreed", "AGREE", "2026-05-14"), ("truce", "CONCEDE", "2026-05-16")]
    assert timed(pipeline, "The two sides agreed on Thursday to a truce that takes effect on Saturday.") == [
        ("agreed", "AGREE", "2026-05-14"), ("truce", "CONCEDE", "2026-05-16")]
    assert timed(pipeline, "Israel and Hamas agreed to a truce due to begin at 7 a.m. on Saturday.") == [
        ("agreed", "AGREE", "2026-05-14"), ("truce", "CONCEDE", "2026-05-16T07:00")]


RETROSPECTIVE = (
    "Thirty years on, the siege still shapes the city.\n\n"
    "The army encircled the city in April 1992. Its guns shelled the old town through the winter of 1993. "
    "A market was hit in February 1994 and again in August 1995. "
    "The commander ordered his men to hold the bridge. Residents dug tunnels under the airport. "
    "Negotiators met in Dayton in November 1995. The warring parties signed the accord a month later. "
    "Soldiers attacked the library. Few of them were ever tried.")

NEWS = (
    "Troops shell the city as talks stall.\n\n"
    "The army shelled the old town on Monday. A market was hit on Tuesday, officials said. "
    "Negotiators met in Geneva on Wednesday but made no progress. "
    "The commander ordered his men to hold the bridge. Residents dug trenches near the airport. "
    "Soldiers attacked the library. Aid agencies warned of hunger.")


def test_a_body_event_of_an_article_set_in_the_past_keeps_no_publication_date(pipeline) -> None:
    found = {trigger: value for trigger, _, value in timed(pipeline, RETROSPECTIVE)}
    assert found["attacked"] is None and found["ordered"] is None
    assert found["met"] == "1995-11"  # a time of its own still dates it


def test_a_body_event_of_a_news_article_keeps_the_publication_date(pipeline) -> None:
    found = {trigger: value for trigger, _, value in timed(pipeline, NEWS)}
    assert found["attacked"] == "2026-05-14" and found["ordered"] == "2026-05-14"


def test_a_ceasefire_named_in_passing_is_no_observance(pipeline) -> None:
    assert typed(pipeline, "Fighting went on despite the ceasefire.") == []
    assert typed(pipeline, "The militants took advantage of the truce to regroup.") == []


def test_a_verdict_dated_on_its_own_is_news(pipeline) -> None:
    assert timed(pipeline, "A former officer sentenced on Monday to 22 years in prison said he would appeal.") == [
        ("sentenced", "SANCTION", "2026-05-11")]


def test_real_refusals_and_backing_stay_events(pipeline) -> None:
    assert typed(pipeline, "The Senate refused to confirm the nominee on Monday.") == [("refused", "REJECT")]
    assert typed(pipeline, "The House backed a version of the bill on Monday.") == [("backed", "SUPPORT")]
    assert typed(pipeline, "Russia agreed to discuss the conditions for a ceasefire on Monday.") == [
        ("agreed", "AGREE")]


def test_traded_accusations_and_a_decision_freeing_someone_are_no_release(pipeline) -> None:
    assert ("traded", "RETREAT") not in typed(pipeline, "The two countries traded accusations over prisoners.")
    assert typed(pipeline, "The court's decision frees her to testify.") == []
    assert typed(pipeline, "Republicans are holding the nomination hostage.") == []


def test_a_time_of_a_later_act_does_not_move_an_earlier_one(pipeline) -> None:
    assert timed(pipeline, "Russian forces launched an assault on Sunday, taking the village on Monday.")[0] == (
        "assault", "ASSAULT", "2026-05-10")

"""Round 16 (issue 14): counts the parser hung on an event noun instead of its "of" object; a superlative
description after "one of"; a reporting verb left without its subject; "others" that count things; a detention
that lasts under a release still to come; a side's loss of its nationals; more "to death" verbs. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document
from dateline.nlp.pipeline import Pipeline


def figures(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = Document(id="round16", text=text, date=dt.date(2025, 3, 12))
    return [(f.category, f.value, f.qualifier, f.reporter) for f in pipeline.annotate(doc).figures]


def test_counts_joined_to_an_event_noun_are_further_objects_of_its_of(pipeline) -> None:
    text = "Officials confirm the deaths of all 21 gunmen, as well as 14 hostages, and 6 guards."
    assert figures(pipeline, text) == [
        ("killed", 21.0, None, "Officials"), ("killed", 14.0, None, "Officials"), ("killed", 6.0, None, "Officials")]


def test_one_of_a_superlative_describes_and_counts_nobody(pipeline) -> None:
    text = "Customs officers seized two tonnes of heroin, reportedly one of the region's largest drug busts."
    assert figures(pipeline, text) == []
    # "one of the victims" still counts
    assert figures(pipeline, "One of the victims died in hospital.") == [("killed", 1.0, None, None)]


def test_a_speaker_hung_on_the_place_before_it_still_reports(pipeline) -> None:
    text = ("In the occupied town of Vasylivka, Zaporizhzhia Oblast, Ukraine, the region's Russia-installed governor "
            "says that three people were killed by shelling.")
    assert figures(pipeline, text) == [("killed", 3.0, None, "the region's Russia-installed governor")]


def test_others_after_a_count_of_things_are_things(pipeline) -> None:
    text = "The army says it destroyed four tanks and 120 armoured vehicles and captured 30 others during the week."
    assert figures(pipeline, text) == []
    # others after a count of people stay people, and an age before them is no count of things
    text = "Three police officers, including a 24-year-old recruit, were killed and nine others were injured."
    assert [f[:2] for f in figures(pipeline, text)] == [("killed", 3.0), ("injured", 9.0)]


def test_people_held_now_stay_counted_when_their_release_is_still_to_come(pipeline) -> None:
    text = "The ministry says that 31 Nepali workers detained in Qatar will be released next month."
    assert figures(pipeline, text) == [("detained", 31.0, None, "The ministry")]
    # a release that is only planned still gives no release figure
    assert all(f[0] != "released" for f in figures(pipeline, text))


def test_a_side_losing_its_nationals_counts_the_dead(pipeline) -> None:
    assert figures(pipeline, "We lost 19 Americans in that raid, the general said.") == [
        ("killed", 19.0, None, "the general")]
    assert figures(pipeline, "The party lost 19 seats in that election.") == []


def test_buried_or_mauled_to_death_counts_the_dead(pipeline) -> None:
    assert figures(pipeline, "Twelve quarry workers are buried to death when a wall of earth collapses.") == [
        ("killed", 12.0, None, None)]


def test_he_said_with_no_name_before_it_is_the_last_titled_speaker(pipeline) -> None:
    text = "Two people were killed in the blast, said the district police chief. Four others died later, he said."
    assert [f[3] for f in figures(pipeline, text)] == ["the district police chief", "the district police chief"]
    # with no speaker before it, the pronoun gives no reporter
    assert [f[3] for f in figures(pipeline, "The report came out on Monday. Five people died, he said.")] == [None]


def test_adding_reports_for_the_speaker_of_the_verb_it_follows(pipeline) -> None:
    text = "More than 60 people were detained, police said, adding that nine officers were hurt."
    assert figures(pipeline, text) == [("detained", 60.0, "more than", "police"), ("injured", 9.0, None, "police")]
    # a participle hung on a quoted clause does not take that clause's subject as a speaker
    text = 'She said, "the war has left the region in ruins," adding, "I think 900 people were killed there."'
    assert all(f[3] != "the war" for f in figures(pipeline, text))


def test_a_list_of_counts_after_a_reporting_verb_is_reported(pipeline) -> None:
    assert figures(pipeline, "Hospital officials reported 7 dead and 31 injured.") == [
        ("killed", 7.0, None, "Hospital officials"), ("injured", 31.0, None, "Hospital officials")]


def test_a_part_of_a_total_is_reported_by_the_totals_source(pipeline) -> None:
    assert figures(pipeline, "The ministry put the number of dead at 64, including 9 children.") == [
        ("killed", 64.0, None, "The ministry"), ("killed", 9.0, None, "The ministry")]
    text = "Six soldiers were wounded, two of them seriously, the army said in a statement."
    assert figures(pipeline, text) == [("injured", 6.0, None, "the army"), ("injured", 2.0, None, "the army")]


def test_counted_occasions_and_nations_are_no_people(pipeline) -> None:
    assert figures(pipeline, "Two trials have been held before a federal judge on the law.") == []
    assert figures(pipeline, "Millions of refugees are fleeing the two nations.") == [
        ("displaced", 2000000.0, "about", None)]
    text = "He leads in three recent polls, including one from Monmouth University released Thursday."
    assert figures(pipeline, text) == []


def test_a_second_act_of_the_subject_does_not_report_the_first(pipeline) -> None:
    text = ("The president met relatives of the 49 people killed on Thursday and said the country must act "
            "against gun violence.")
    assert figures(pipeline, text) == [("killed", 49.0, None, None)]
    text = "The spokesman put the death toll at 40, and added that an inquiry was needed."
    assert figures(pipeline, text) == [("killed", 40.0, None, "The spokesman")]


def test_a_wire_dateline_is_no_reporter(pipeline) -> None:
    text = "KYIV, Feb 6 (Reuters) - Ukraine's military said 12 soldiers were killed."
    assert figures(pipeline, text) == [("killed", 12.0, None, "Ukraine's military")]


def test_an_abstract_cause_hurts_nobody(pipeline) -> None:
    assert figures(pipeline, "She blamed him for the housing crisis that hurt millions of Americans.") == []
    assert figures(pipeline, "The blast hurt 12 people.") == [("injured", 12.0, None, None)]


def test_one_of_a_possessors_most_is_a_description(pipeline) -> None:
    assert figures(pipeline, "One of the high court's most conservative justices died in February.") == []


def test_a_release_pressed_for_and_an_abstract_count_are_no_figures(pipeline) -> None:
    text = "Lobbyists opposed efforts to pressure Ukraine to release one of the former leader's rivals from prison."
    assert figures(pipeline, text) == []
    assert figures(pipeline, "This is one reason he is hurting with young voters.") == []


def test_people_captured_by_an_armed_group_are_hostages(pipeline) -> None:
    assert figures(pipeline, "Somali pirates captured two fishing boats and 22 Yemeni fishermen.") == [
        ("hostages", 22.0, None, None)]
    assert figures(pipeline, "Police captured 22 suspects.") == [("detained", 22.0, None, None)]


def test_deaths_stay_deaths_beside_a_count_of_the_hospitalised(pipeline) -> None:
    text = "The state has been hardest hit, with 44 deaths and 1,600 hospitalized after the storm."
    assert figures(pipeline, text)[0] == ("killed", 44.0, None, None)


def test_a_hospital_stay_in_a_sentence_about_a_disease_is_a_case(pipeline) -> None:
    assert figures(pipeline, "Of fewer than 200 people infected in the province, 12 were admitted to hospital.") == []
    assert figures(pipeline, "Twelve people were admitted to hospital after the blast.") == [
        ("injured", 12.0, None, None)]

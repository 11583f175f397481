"""Round 17 (issue 14): a rate phrase with a word inside it ("in a normal flu season"); an object of a noting verb is
no speaker; a reporting verb that only states its subject's condition reports nothing; the part of a total that has no
number carries the total's category. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document
from dateline.nlp.pipeline import Pipeline


def figures(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = Document(id="round17", text=text, date=dt.date(2025, 3, 12))
    return [(f.category, f.value, f.qualifier, f.reporter) for f in pipeline.annotate(doc).figures]


def test_a_count_in_a_typical_season_is_a_rate(pipeline) -> None:
    assert figures(pipeline, "In a normal flu season, about 20,000 people die in the country.") == []
    assert figures(pipeline, "In a typical winter, some 3,000 people die of the cold.") == []
    # the season of the news itself is no rate
    assert figures(pipeline, "This flu season, 412 people have died in the country.") == [
        ("killed", 412.0, None, None)]


def test_what_a_subject_noted_is_no_speaker_for_a_later_he(pipeline) -> None:
    text = ("Clinics in the region have noted a sharp rise in patients with fevers. "
            "He said 16 deaths were confirmed as caused by the virus.")
    assert figures(pipeline, text) == [("killed", 16.0, None, None)]
    # the inverted speaker of a quotation still stands for "he"
    text = '"It was a massacre," said the police chief. Four others died, he said.'
    assert figures(pipeline, text) == [("killed", 4.0, None, "the police chief")]


def test_people_reported_in_a_condition_report_nothing(pipeline) -> None:
    text = "The ministry has confirmed 20 deaths and has 40 other possible deaths and 1,004 people reported infected."
    found = figures(pipeline, text)
    assert ("killed", 40.0, None, "1,004 people") not in found
    assert found[0] == ("killed", 20.0, None, "The ministry")
    # a report of a count by a named source is still a report
    assert figures(pipeline, "Police reported that five people were killed.") == [("killed", 5.0, None, "Police")]
    # a claim to have killed is still the claimant's
    assert figures(pipeline, "The army claims to have killed over 100 fighters.") == [
        ("killed", 100.0, "more than", "The army")]


def test_a_part_of_a_total_without_a_number_takes_its_category(pipeline) -> None:
    text = "A mayor is shot dead and several others are injured, including at least four children, at a festival."
    assert ("injured", 4.0, "at least", None) in figures(pipeline, text)
    assert figures(pipeline, "Police detained several people, including two journalists, in the city.") == [
        ("detained", 2.0, None, None)]
    # a total that counts no people gives its part no category
    assert figures(pipeline, "The passengers, including 3 children, were safe.") == []


def test_an_adjective_right_after_a_bare_number_is_its_state(pipeline) -> None:
    assert figures(pipeline, "Five dead and 12 wounded in an attack on a market.") == [
        ("killed", 5.0, None, None), ("injured", 12.0, None, None)]
    assert figures(pipeline, "Quake: 24 dead and over 200 injured as 6.1 magnitude earthquake hits the province.") == [
        ("killed", 24.0, None, None), ("injured", 200.0, "more than", None)]
    # a bare count in hospital in a sentence about a disease is a case count
    text = ("The country has been hardest hit, with upward of 100,000 likely flu cases, 44 deaths and "
            "1,600 hospitalized.")
    assert figures(pipeline, text) == [("killed", 44.0, None, None)]


def test_a_persons_name_ends_before_the_affiliation_after_it(pipeline) -> None:
    text = ("Twelve people were killed by a landslide in the district, said Sutopo Purwo Nugroho of the National "
            "Disaster Mitigation Agency.")
    assert figures(pipeline, text) == [("killed", 12.0, None, "Sutopo Purwo Nugroho")]
    # an office's name goes on
    text = "At least 40 people were killed, the Office for the Coordination of Humanitarian Affairs said."
    assert figures(pipeline, text)[0][3] == "the Office for the Coordination of Humanitarian Affairs"

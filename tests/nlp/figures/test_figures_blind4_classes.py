"""Error classes of the fourth blind dev gold (2009 newspapers, round 5), each checked on sentences written here,
none from a gold set: rates are no figures; scale suffixes ("50m") and "tens of millions"; parts of a count that is
no figure, levels that "remain at" a number, a fronted "of" phrase, a subject hung on an auxiliary; reporters given
"by saying", by a count's issuer, by a document's owner, by an acronym and by a headline's source; illness is no
injury; a conjunct's own participle; a present passive "is shot"; existential negation."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, Figure
from dateline.nlp.pipeline import Pipeline


def figures(pipeline: Pipeline, text: str) -> list[Figure]:
    return pipeline.annotate(Document(id="blind4", text=text, date=dt.date(2009, 5, 4))).figures


def found(pipeline: Pipeline, text: str) -> list[tuple[str, float, str | None]]:
    return [(f.category, f.value, f.qualifier) for f in figures(pipeline, text)]


# 1. Rates
def test_a_frequency_phrase_in_the_clause_makes_a_rate_not_a_figure(pipeline) -> None:
    assert found(pipeline, "Every year 12,000 people die on the roads of the province.") == []
    assert found(pipeline, "Malaria kills up to 300,000 children a year, the agency said.") == []
    assert found(pipeline, "Road crashes cause 8,000 to 9,000 deaths each year in the region.") == []
    assert found(pipeline, "About 40 migrants drown daily in the strait.") == []


def test_a_time_or_a_duration_is_no_rate(pipeline) -> None:
    assert found(pipeline, "The storm killed 14 people in a day.") == [("killed", 14.0, None)]
    assert ("killed", 7.0, None) in found(pipeline, "Seven soldiers were killed a day after the truce began.")


# 2. Scale suffixes and vague amounts
def test_a_scale_suffix_joined_to_digits_multiplies(pipeline) -> None:
    [fig] = figures(pipeline, "The famine killed more than 30m people across the empire.")
    assert (fig.category, fig.value, fig.qualifier, fig.who) == ("killed", 30_000_000.0, "more than", "people")
    assert found(pipeline, "The regime detained 1.5bn people, the report claims.") == [("detained", 1.5e9, None)]


def test_doses_are_things_not_people(pipeline) -> None:
    assert found(pipeline, "The ministry is releasing 20m doses of the vaccine from its stockpile.") == []


def test_tens_of_millions_is_a_vague_amount(pipeline) -> None:
    [fig] = figures(pipeline, "The war of 1914 killed tens of millions across Europe.")
    assert (fig.value, fig.value_max, fig.qualifier) == (20_000_000.0, 99_999_999.0, "about")


# 3. Missed counts
def test_a_part_of_a_count_that_is_no_figure_names_its_own_category(pipeline) -> None:
    assert found(pipeline, "Peru has had 812 confirmed infections including 14 deaths.") == [("killed", 14.0, None)]


def test_a_toll_that_remains_at_a_number(pipeline) -> None:
    assert found(pipeline, "The official death toll remained steady at 41.") == [("killed", 41.0, None)]


def test_a_bare_number_under_a_fronted_of_phrase_is_a_part_of_it(pipeline) -> None:
    got = figures(pipeline, "Of the 56 deaths in the province, only 9 have been linked to the outbreak.")
    assert [(f.category, f.value) for f in got] == [("killed", 56.0), ("killed", 9.0)]
    assert got[1].parent == got[0].id
    assert found(pipeline, "Of the 30 passengers, 12 were killed.") == [("killed", 12.0, None)]


def test_a_subject_hung_on_an_auxiliary_keeps_its_participle(pipeline) -> None:
    text = "In addition, at least 15 more workers remained hospitalized, officials said."
    assert found(pipeline, text) == [("injured", 15.0, "at least")]


def test_existential_negation_and_modal(pipeline) -> None:
    assert found(pipeline, "There will not be 10,000 deaths this winter.") == []
    assert found(pipeline, "There have been 12 deaths in the camp.") == [("killed", 12.0, None)]


# 4. Reporters
def test_a_gerund_reporting_verb_after_by_takes_the_governing_subject(pipeline) -> None:
    [fig] = figures(pipeline, "The mayor stunned residents by saying 14 people had drowned in the flood.")
    assert fig.reporter == "The mayor"


def test_a_count_given_by_someone_is_theirs(pipeline) -> None:
    text = "The earlier death toll issued by the army was 18 soldiers, but three more died overnight."
    got = figures(pipeline, text)
    assert [(f.value, f.reporter) for f in got] == [(18.0, "the army"), (3.0, None)]


def test_according_to_a_document_credits_its_owner(pipeline) -> None:
    [fig] = figures(pipeline, "Chile has recorded 40 deaths, according to UNICEF figures.")
    assert fig.reporter == "UNICEF"
    [fig] = figures(pipeline, "According to the latest OCHA tally, 75 people have died.")
    assert fig.reporter == "OCHA"
    [fig] = figures(pipeline, "Chile has recorded 40 deaths, according to the ministry's figures.")
    assert fig.reporter == "the ministry"


def test_an_acronym_spelled_like_a_pronoun_reports(pipeline) -> None:
    [fig] = figures(pipeline, "WHO says the outbreak, which has killed 64 people in Peru, is spreading.")
    assert fig.reporter == "WHO"


def test_a_headline_source_before_a_colon(pipeline) -> None:
    got = figures(pipeline, "Coroner: warehouse explosion kills 4, injures 9")
    assert [(f.category, f.value, f.reporter) for f in got] == [("killed", 4.0, "Coroner"), ("injured", 9.0, "Coroner")]
    assert [f.reporter for f in figures(pipeline, "Dead: 12\nInjured: 30")] == [None, None]


def test_the_occasion_of_a_warning_is_not_what_it_says(pipeline) -> None:
    text = ("The agency has urged hospitals to be on alert after a new strain was linked to at least 12 deaths in "
            "Chile.")
    [fig] = figures(pipeline, text)
    assert fig.reporter is None


# 5. Illness is no injury
def test_hospital_with_an_illness_is_a_case_not_injured(pipeline) -> None:
    assert found(pipeline, "Three tourists were admitted to hospital with fever and a cough.") == []
    assert found(pipeline, "Four nurses were hospitalised after catching the virus.") == []
    assert found(pipeline, "Three workers were admitted to hospital with burns.") == [("injured", 3.0, None)]
    assert found(pipeline, "Five people were hospitalised with gunshot wounds.") == [("injured", 5.0, None)]


# 6. From the other dev sets
def test_a_conjunct_with_its_own_participle_takes_its_category(pipeline) -> None:
    text = "At least 60 people have died, nine of them children and over 400 injured since the fire broke out."
    got = found(pipeline, text)
    assert ("killed", 60.0, "at least") in got and ("injured", 400.0, "more than") in got
    assert ("killed", 400.0, "more than") not in got


def test_a_present_passive_is_shot_is_injured(pipeline) -> None:
    text = "One guard is shot, and 40 pupils are kidnapped from the school."
    assert found(pipeline, text) == [("injured", 1.0, None), ("hostages", 40.0, None)]
    assert found(pipeline, "Two officers are shot and killed.") == [("killed", 2.0, None)]
    assert found(pipeline, "Two men are shot dead in the market.") == [("killed", 2.0, None)]


def test_the_then_of_an_if_then_calculation_is_no_figure(pipeline) -> None:
    text = "If there were a million infections, then about 300 deaths gives a fatality rate of 0.03 %."
    assert found(pipeline, text) == []
    assert found(pipeline, "If the reports are true, 20 people were killed in the raid.") == [("killed", 20.0, None)]

"""Reporter classes of round 11 (dev split of blind gold 7), each checked on sentences written here: a source
document as the subject ("WHO figures show ..."), "it" standing for an acronym the tagger read as a pronoun, a
conjoined report ("... and repeated that ...") and a "while" clause that goes on with the report."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document
from dateline.nlp.pipeline import Pipeline


def reporters(pipeline: Pipeline, text: str) -> list[tuple[str, float, str | None]]:
    doc = Document(id="round11", text=text, date=dt.date(2009, 5, 10))
    return [(f.category, f.value, f.reporter) for f in pipeline.annotate(doc).figures]


def test_a_source_document_as_subject_credits_its_owner(pipeline) -> None:
    assert reporters(pipeline, "WHO figures show 45 people have died in Mexico.") == [("killed", 45.0, "WHO")]
    assert reporters(pipeline, "The ministry's latest tally shows that 12 people were killed.") == [
        ("killed", 12.0, "The ministry")]
    # a document with no owner names no one
    assert reporters(pipeline, "Figures show 45 people have died in Mexico.") == [("killed", 45.0, None)]


def test_it_stands_for_an_acronym_named_before(pipeline) -> None:
    text = ("WHO increased the number of infections in Canada to 280. "
            "It said one person had also died in Costa Rica.")
    assert reporters(pipeline, text) == [("killed", 1.0, "WHO")]


def test_a_conjoined_report_belongs_to_the_outer_reporter(pipeline) -> None:
    text = ("The U.N. agency said Mexico has reported 1,626 confirmed cases, up from 1,364 on Saturday, "
            "and repeated that 45 people have died there.")
    assert reporters(pipeline, text) == [("killed", 45.0, "The U.N. agency")]
    assert reporters(pipeline, "WHO repeated that one person had died in Canada.") == [("killed", 1.0, "WHO")]


def test_a_while_clause_goes_on_with_the_report(pipeline) -> None:
    text = ("The WHO's latest tally increased the number of infections in the United States to 2,254, "
            "while the number of reported deaths remained at two.")
    assert [r for _, _, r in reporters(pipeline, text)] == ["The WHO"]
    # a time clause is still the occasion, not the claim
    text = "The governor spoke after six people were injured in the blast."
    assert reporters(pipeline, text) == [("injured", 6.0, None)]


def test_a_wire_dateline_is_not_the_reporter(pipeline) -> None:
    text = "ORLANDO, Fla. (Reuters) - President Barack Obama said 49 people were killed in the attack."
    assert reporters(pipeline, text) == [("killed", 49.0, "President Barack Obama")]


def test_according_to_without_a_comma_stops_before_the_count(pipeline) -> None:
    text = ("According to the Palestinian Prisoner's Society forty-five people, including a child, are arrested "
            "in the West Bank.")
    assert reporters(pipeline, text) == [("detained", 45.0, "the Palestinian Prisoner's Society")]


def test_a_report_noun_with_a_that_clause_names_its_owner(pipeline) -> None:
    assert reporters(pipeline, "The Houthis report that 25 crew members are released to Oman.") == [
        ("released", 25.0, "Houthis")]
    text = "Nature Medicine publishes a report that Europe had over 62,700 heat-related deaths in 2024."
    assert [r for _, _, r in reporters(pipeline, text)] == ["Nature Medicine"]


def found(pipeline: Pipeline, text: str) -> list[tuple[str, float, float | None, str | None]]:
    doc = Document(id="round11", text=text, date=dt.date(2026, 5, 10))
    return [(f.category, f.value, f.value_max, f.qualifier) for f in pipeline.annotate(doc).figures]


def test_present_tense_triggers_of_news_items(pipeline) -> None:
    assert found(pipeline, "The United Arab Emirates intercepts 18 ballistic missiles.") == [
        ("projectiles_intercepted", 18.0, None, None)]
    assert found(pipeline, "Gunmen behead 10 villagers.") == [("killed", 10.0, None, None)]
    assert found(pipeline, "Militants execute 12 prisoners.") == [("killed", 12.0, None, None)]
    assert found(pipeline, "Police jail five men.") == [("detained", 5.0, None, None)]
    assert ("displaced", 2000.0, 9999.0, "about") in found(
        pipeline, "Floods kill at least 23 people and displace thousands across the Philippines.")


def test_fatally_shot_is_killed_and_between_gives_a_range(pipeline) -> None:
    assert found(pipeline, "Seven people are fatally shot during a firefight.") == [("killed", 7.0, None, None)]
    assert found(pipeline, "The fire killed between 40 and 100 people.") == [("killed", 40.0, 100.0, None)]


def test_a_second_subject_with_a_qualifier_or_a_quantifier_is_its_own(pipeline) -> None:
    text = "The Taliban claims that twelve civilians are killed and over 100 are injured."
    assert [(c, v) for c, v, _, _ in found(pipeline, text)] == [("killed", 12.0), ("injured", 100.0)]
    text = "Hospital sources report that five people were killed and several wounded."
    assert ("killed", 5.0) in [(c, v) for c, v, _, _ in found(pipeline, text)]
    # killed and wounded together still split one count: no figure
    assert found(pipeline, "Three people were killed and wounded.") == []


def test_a_hyphened_number_and_an_average_year_count_no_one(pipeline) -> None:
    assert found(pipeline, "The United States releases a 20-point ceasefire proposal.") == []
    assert found(pipeline, "Influenza kills an estimated 36,000 people in the United States in an average year.") == []


def test_animals_are_not_counted_as_people(pipeline) -> None:
    assert found(pipeline, "Workers suffocated 25 piglets in plastic sacks.") == []
    assert found(pipeline, "Gunmen killed 25 villagers.") == [("killed", 25.0, None, None)]


def test_a_source_named_through_a_possessive_speaks_for_its_owner(pipeline) -> None:
    text = ("The United Nations agency said its labs have confirmed 12,954 infections with the strain that has "
            "killed 92 people.")
    assert reporters(pipeline, text) == [("killed", 92.0, "The United Nations agency")]


def test_according_to_a_dated_source_keeps_its_date(pipeline) -> None:
    # a year inside the source's name is no count that starts the clause
    text = "According to the 2010 census 45 people were killed in the region."
    assert reporters(pipeline, text) == [("killed", 45.0, "the 2010 census")]


def test_n_more_after_a_verb_is_counted(pipeline) -> None:
    text = "Security forces open fire, killing five people and wounding 39 more."
    assert [(c, v) for c, v, _, _ in found(pipeline, text)] == [("killed", 5.0), ("injured", 39.0)]

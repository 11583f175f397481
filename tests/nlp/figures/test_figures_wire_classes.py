"""Error classes of the third blind dev gold, whole wire articles (issue 14), each checked on sentences written
here: an object left out after "and" ("killed 247 in Kenya and 10 in Tanzania"), companions "along with" the
victims, people "in custody", "N killings", sources joined by "and", a count split by "or", the children of a
victim, a group counted as one, and "one another"."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, Figure
from dateline.nlp.pipeline import Pipeline


def figures(pipeline: Pipeline, text: str) -> list[Figure]:
    return pipeline.annotate(Document(id="wire", text=text, date=dt.date(1998, 8, 10))).figures


def found(pipeline: Pipeline, text: str) -> list[tuple[str, float, str | None]]:
    return [(f.category, f.value, f.qualifier) for f in figures(pipeline, text)]


def test_a_count_whose_noun_is_left_out_after_and_keeps_the_category(pipeline) -> None:
    text = "The car bombs killed 31 people in Hilla and 12 in Kut."
    assert found(pipeline, text) == [("killed", 31.0, None), ("killed", 12.0, None)]


def test_companions_along_with_the_victims_share_their_fate(pipeline) -> None:
    text = "Three aid workers were killed in the ambush, along with four local drivers."
    assert ("killed", 4.0, None) in found(pipeline, text)
    # the companions of whoever did it are not victims
    assert found(pipeline, "The gunman, along with two accomplices, killed five guards.") == [("killed", 5.0, None)]


def test_people_in_custody_are_detained(pipeline) -> None:
    assert found(pipeline, "Police said nine men were in custody after the raid.") == [("detained", 9.0, None)]


def test_a_number_of_killings_counts_the_dead(pipeline) -> None:
    assert found(pipeline, "Investigators linked the 11 killings to one militia.") == [("killed", 11.0, None)]


def test_sources_joined_by_and_report_together(pipeline) -> None:
    [fig] = figures(pipeline, "At least 40 people were killed, hospital staff and local officials said.")
    assert fig.reporter == "hospital staff and local officials"


def test_a_count_split_by_or_with_no_category_is_no_figure(pipeline) -> None:
    assert found(pipeline, "Since May, 300 migrants have been detained or turned back at the border.") == []


def test_the_children_of_a_victim_are_not_victims_but_a_family_is(pipeline) -> None:
    assert found(pipeline, "Omar, a father of three sons, was shot dead outside his shop.") == []
    assert found(pipeline, "A family of six was killed when the shell hit their home.") == [("killed", 6.0, None)]
    assert found(pipeline, "A group of 20 soldiers was ambushed and killed.") == [("killed", 20.0, None)]


def test_one_another_and_a_typo_of_than(pipeline) -> None:
    assert found(pipeline, "The clerics urged the factions to stop killing one another.") == []
    assert found(pipeline, "More then 1,500 people were injured in the blast.") == [("injured", 1500.0, "more than")]


def test_or_inside_a_phrase_does_not_split_the_count_and_a_modal_rise_stays_a_bound(pipeline) -> None:
    assert found(pipeline, "Ten people were arrested on Monday or Tuesday and taken to a police station.") == [
        ("detained", 10.0, None)]
    assert found(pipeline, "Officials said the death toll could rise up to 300.") == [("killed", 300.0, "up to")]


def test_a_part_of_a_count_that_is_no_figure_is_no_figure(pipeline) -> None:
    text = "Since 1950, 427 fugitives have been taken into custody or located, 133 of them with public help."
    assert found(pipeline, text) == []
    text = "The quake killed seven people and injured 40, 15 of them on Qeshm."
    assert ("injured", 15.0, None) in found(pipeline, text)


def test_a_count_conjoined_to_a_subject_shares_its_verb(pipeline) -> None:
    text = "His brother and 10 other migrants fleeing the war drowned when their boat sank."
    assert found(pipeline, text) == [("killed", 10.0, None)]


def test_an_earlier_value_in_apposition_to_a_toll_is_a_figure_too(pipeline) -> None:
    text = "The death toll in the market blast, initially 14, has risen to 19, officials said."
    assert found(pipeline, text) == [("killed", 14.0, None), ("killed", 19.0, None)]


def test_the_others_someone_died_with_died_too(pipeline) -> None:
    assert found(pipeline, "The smuggler drowned with 14 other migrants off Lampedusa.") == [("killed", 14.0, None)]
    assert found(pipeline, "The gunmen fled with three hostages.") == [("hostages", 3.0, None)]


def test_a_casualty_table_written_as_label_lines_is_read(pipeline) -> None:
    text = ("The figures come from the Red Crescent.\n\nGAZA:\nTotal Dead: 61\nChildren: 14\nInjured: 310\n"
            "Hospitalized: 42\n\nRAFAH:\nTotal dead: 9\nChildren: 0\n")
    assert found(pipeline, text) == [("killed", 61.0, None), ("killed", 14.0, None), ("injured", 310.0, None),
                                     ("injured", 42.0, None), ("killed", 9.0, None)]
    assert [f.who for f in figures(pipeline, text)][1] == "Children"


def test_an_as_clause_with_its_own_object_reports_that_object_not_the_figure(pipeline) -> None:
    text = "A task force began looking into the killings of 14 women, as officials acknowledge a rise in such cases."
    assert [f.reporter for f in figures(pipeline, text)] == [None]
    [fig] = figures(pipeline, "At least 12 people were killed, as police said.")
    assert fig.reporter == "police"

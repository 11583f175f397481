"""Round 12 (issue 14): classes from a review of unseen news, each checked on sentences written here: a scale
written on the upper bound only, numbers inside names, passive and prepositional reporters, names that go on after
their head, a second subject the parser hung on a part, conditions, rates shared by conjoined verbs, escapes, and
"kidnapped and found dead"."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document
from dateline.nlp.pipeline import Pipeline


def figures(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = Document(id="round12", text=text, date=dt.date(2025, 5, 4))
    return [(f.category, f.value, f.value_max, f.reporter) for f in pipeline.annotate(doc).figures]


def test_a_scale_on_the_upper_bound_scales_both(pipeline) -> None:
    assert figures(pipeline, "The flu killed 50 to 100 million people in 1918.") == [
        ("killed", 50_000_000.0, 100_000_000.0, None)]
    # a bound written in full keeps its own value
    assert figures(pipeline, "The fighting killed 10 to 15,000 people.") == [("killed", 10.0, 15_000.0, None)]
    assert figures(pipeline, "Between 40 and 100 people were killed in the raid.") == [
        ("killed", 40.0, 100.0, None)]


def test_numbers_inside_names_count_nobody(pipeline) -> None:
    text = "The death toll of the capsized Hong Hai 16 sand barge rises to six."
    assert [(c, v) for c, v, _, _ in figures(pipeline, text)] == [("killed", 6.0)]
    assert figures(pipeline, "The jet, often referred to as Trump Force One, received the full treatment.") == []


def test_recaptured_prisoners_and_homicides(pipeline) -> None:
    assert figures(pipeline, "A search is ongoing and 80 prisoners have been recaptured.") == [
        ("detained", 80.0, None, None)]
    doc = Document(id="r12", text="The city has recorded more than 400 homicides this year.", date=dt.date(2025, 5, 4))
    [homicides] = pipeline.annotate(doc).figures
    assert (homicides.category, homicides.value, homicides.qualifier, homicides.who) == (
        "killed", 400.0, "more than", None)


def test_the_agent_of_a_revised_count_reports_it(pipeline) -> None:
    text = "The casualty figure from the explosion is revised by the judiciary to 57 deaths."
    assert figures(pipeline, text) == [("killed", 57.0, None, "the judiciary")]


def test_the_owner_of_a_tally_in_a_fronted_phrase_reports_it(pipeline) -> None:
    text = "In the WHO's latest tally, the strain has infected more than 11,000 people and killed 86."
    assert figures(pipeline, text)[-1] == ("killed", 86.0, None, "the WHO")


def test_a_name_that_goes_on_after_its_head_is_kept_whole(pipeline) -> None:
    text = "The United Nations High Commissioner for Refugees reports at least 100,000 civilians have been displaced."
    assert figures(pipeline, text) == [("displaced", 100_000.0, None,
                                        "The United Nations High Commissioner for Refugees")]
    # a place after the name is not part of it
    text = "The Health Ministry in the Hamas-ruled territory said 40 people were killed."
    assert figures(pipeline, text) == [("killed", 40.0, None, "The Health Ministry")]


def test_claiming_reports_for_the_subject_of_its_clause(pipeline) -> None:
    text = "The Balochistan Liberation Army claims responsibility, claiming they killed 90 security personnel."
    assert figures(pipeline, text) == [("killed", 90.0, None, "The Balochistan Liberation Army")]


def test_a_second_subject_hung_on_a_part_takes_its_own_verb(pipeline) -> None:
    text = ("At least four people are killed, including two policemen, and more than 35 others are injured, "
            "including three seriously, in two bombings.")
    assert [(c, v) for c, v, _, _ in figures(pipeline, text)] == [
        ("killed", 4.0), ("killed", 2.0), ("injured", 35.0), ("injured", 3.0)]
    text = "One civilian killed and another injured after soldiers opened fire on a protest."
    assert [(c, v) for c, v, _, _ in figures(pipeline, text)] == [("killed", 1.0)]


def test_a_condition_is_not_a_count(pipeline) -> None:
    assert figures(pipeline, "If a million people had died in Mexico we would have something to worry about.") == []
    assert figures(pipeline, "At least 12 people were killed, officials said, if the toll is confirmed.") == [
        ("killed", 12.0, None, "officials")]


def test_a_rate_is_shared_by_verbs_with_one_subject(pipeline) -> None:
    text = "Seasonal flu kills 250,000 to 500,000 people globally and infects millions each year."
    assert figures(pipeline, text) == []
    # a conjoined clause with a subject of its own keeps its count
    text = "The storm killed 12 people on Monday and floods displace thousands every year."
    assert [(c, v) for c, v, _, _ in figures(pipeline, text)] == [("killed", 12.0)]


def test_attackers_fleeing_are_not_displaced(pipeline) -> None:
    assert figures(pipeline, "One of the attackers fled in a police car.") == []
    assert [(c, v) for c, v, _, _ in figures(pipeline, "Thousands of villagers fled the fighting.")] == [
        ("displaced", 2000.0)]


def test_kidnapped_and_found_dead_are_killed(pipeline) -> None:
    assert [(c, v) for c, v, _, _ in figures(pipeline, "Two agents were kidnapped and found dead on Monday.")] == [
        ("killed", 2.0)]
    assert [(c, v) for c, v, _, _ in figures(pipeline, "Three men were abducted and later found alive.")] == [
        ("hostages", 3.0)]


def test_the_exception_of_all_but_one_is_no_count(pipeline) -> None:
    text = "Up to 169 people are believed to have died in the outbreak - all but one of them in Mexico."
    assert [(c, v) for c, v, _, _ in figures(pipeline, text)] == [("killed", 169.0)]


def test_a_lower_bound_written_in_full_keeps_its_value(pipeline) -> None:
    text = "Between 500,000 and 1 million people have been displaced by the fighting."
    assert figures(pipeline, text) == [("displaced", 500_000.0, 1_000_000.0, None)]

"""Error classes of the second blind dev gold (issue 14), each checked on sentences written here, none from a gold
set: a count that climbs "up to" a number is that number; "above" is a lower bound; base-form reporting verbs
("Police confirm") report; a coordinated act is not reported by the verb before it; animals are no casualties;
"shot down", "launch" and "nab" are counted."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, Figure
from dateline.nlp.pipeline import Pipeline


def figures(pipeline: Pipeline, text: str) -> list[Figure]:
    return pipeline.annotate(Document(id="blind2", text=text, date=dt.date(2025, 5, 2))).figures


def found(pipeline: Pipeline, text: str) -> list[tuple[str, float, str | None]]:
    return [(f.category, f.value, f.qualifier) for f in figures(pipeline, text)]


def test_a_running_count_brought_up_to_a_number_is_exact_but_killed_up_to_is_a_bound(pipeline) -> None:
    text = "Shelling killed 6 people on Friday, bringing the number of civilians killed since Monday up to 41."
    assert ("killed", 41.0, None) in found(pipeline, text)
    assert found(pipeline, "Airstrikes killed up to 70 people in the town.") == [("killed", 70.0, "up to")]
    assert found(pipeline, "The death toll rose to 300.") == [("killed", 300.0, None)]


def test_above_a_number_is_more_than_it(pipeline) -> None:
    assert found(pipeline, "Above 200 people were injured in the stampede.") == [("injured", 200.0, "more than")]


def test_a_base_form_reporting_verb_attributes_the_figure(pipeline) -> None:
    [fig] = figures(pipeline, "Local authorities confirm the deaths of four aid workers in the convoy attack.")
    assert fig.reporter == "Local authorities"


def test_a_second_act_joined_to_a_declaration_is_not_what_it_declares(pipeline) -> None:
    text = ("The government declares a curfew and closes schools amid riots that have left three people dead "
            "and 40 injured.")
    assert [f.reporter for f in figures(pipeline, text)] == [None, None]


def test_animals_are_no_casualties(pipeline) -> None:
    assert found(pipeline, "The heatwave has killed more than 2,000 sheep and 300 camels.") == []


def test_shot_down_launch_and_nab_are_counted(pipeline) -> None:
    assert ("projectiles_intercepted", 45.0, None) in found(pipeline, "Air defences shot down 45 drones overnight.")
    launched = found(pipeline, "The militias launch more than 120 rockets at the city.")
    assert ("rockets_fired", 120.0, "more than") in launched
    assert found(pipeline, "Coast guards nab 14 smugglers off Crete.") == [("detained", 14.0, None)]


def test_a_reporter_the_parser_left_without_a_subject_link_is_still_read(pipeline) -> None:
    [fig] = figures(pipeline, "The DR Congolese military reports that at least 69 people were killed in Ituri.")
    assert fig.reporter is not None and fig.reporter.endswith("Congolese military"), fig.reporter

"""Round 13 (issue 14): a toll broken down by place after a dash, and a side's dead counted by "lost"."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document
from dateline.nlp.pipeline import Pipeline


def figures(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = Document(id="round13", text=text, date=dt.date(2009, 5, 5))
    return [(f.category, f.value, f.qualifier) for f in pipeline.annotate(doc).figures]


def test_a_breakdown_after_a_dash_counts_each_part(pipeline) -> None:
    text = ("To date, 27 deaths have been officially confirmed -- 26 in Mexico and one in the United States -- "
            "though more than 100 are suspected to have died from the flu.")
    assert figures(pipeline, text) == [("killed", 27.0, None), ("killed", 26.0, None), ("killed", 1.0, None),
                                       ("killed", 100.0, "more than")]
    assert figures(pipeline, "Police arrested 12 people - 10 in Paris and two in Lyon.") == [
        ("detained", 12.0, None), ("detained", 10.0, None), ("detained", 2.0, None)]
    # a clause after the dash is no part
    assert figures(pipeline, "The attack killed 9 people - an official said on Tuesday.") == [("killed", 9.0, None)]


def test_a_side_that_lost_people_counts_its_dead(pipeline) -> None:
    assert figures(pipeline, "We lost 3,000 people on 9/11.") == [("killed", 3000.0, None)]
    assert figures(pipeline, "Ukraine has lost 300 soldiers in the battle.") == [("killed", 300.0, None)]
    assert figures(pipeline, "The party lost 3,000 members last year.") == []
    assert figures(pipeline, "The company lost 3,000 jobs.") == []

"""Round 13 (blind14 dev): hedged numbers, a count compared with another, a name in apposition to its reporter."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document
from dateline.nlp.pipeline import Pipeline


def figures(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = Document(id="round13b", text=text, date=dt.date(2016, 3, 10))
    return [(f.category, f.value, f.qualifier, f.reporter) for f in pipeline.annotate(doc).figures]


def test_a_hedged_count_and_the_count_it_is_compared_with(pipeline) -> None:
    text = "I think maybe 1,500 people were killed last year in Libya compared to probably 150,000 in Syria."
    assert figures(pipeline, text) == [("killed", 1500.0, "about", None), ("killed", 150000.0, "about", None)]
    assert figures(pipeline, "At least 20 people were killed in the north, compared with 12 in the south.") == [
        ("killed", 20.0, "at least", None), ("killed", 12.0, None, None)]
    assert figures(pipeline, "Sales rose to 1,500 compared to 900 last year.") == []


def test_a_name_in_apposition_completes_the_reporter(pipeline) -> None:
    text = "According to the Iraqi activist group Mosul Eye, at least 38 babies have been killed."
    assert figures(pipeline, text) == [("killed", 38.0, "at least", "the Iraqi activist group Mosul Eye")]
    text = "The ministry, the main source of tolls, said 40 people were killed."
    assert figures(pipeline, text) == [("killed", 40.0, None, "The ministry")]


def test_a_headline_that_ends_with_its_source(pipeline) -> None:
    assert figures(pipeline, "Suspended Worker Kills 2 Women in Kraft Factory Shooting: Police") == [
        ("killed", 2.0, None, "Police")]
    assert figures(pipeline, "Gaza strike kills 12: health ministry") == [("killed", 12.0, None, "health ministry")]

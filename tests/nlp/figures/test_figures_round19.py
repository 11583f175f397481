"""Round 19 (issue 14): "up to" the parser split into a particle and a preposition; a toll split by place after
"with" ("with three in Spain and one in Italy"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document
from dateline.nlp.pipeline import Pipeline


def figures(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = Document(id="round19", text=text, date=dt.date(2025, 6, 7))
    return [(f.category, f.value, f.qualifier, f.reporter) for f in pipeline.annotate(doc).figures]


def test_up_to_split_by_the_parser_is_still_an_upper_bound(pipeline) -> None:
    assert figures(pipeline, "The flu has killed up to 68 people in Mexico.") == [("killed", 68.0, "up to", None)]
    assert figures(pipeline, "Police detained up to 30 protesters on Monday.") == [("detained", 30.0, "up to", None)]


def test_a_toll_split_by_place_after_with(pipeline) -> None:
    text = "Forty deaths have been confirmed, most in Peru, with three in Chile and one in Bolivia."
    assert figures(pipeline, text) == [("killed", 40.0, None, None), ("killed", 3.0, None, None),
                                       ("killed", 1.0, None, None)]
    assert figures(pipeline, "The floods killed 52 people, with 30 in the capital.") == [
        ("killed", 52.0, None, None), ("killed", 30.0, None, None)]
    # cases are no toll
    assert figures(pipeline, "The ministry has confirmed 1,200 cases, with 300 in Lima and 40 in Cusco.") == []

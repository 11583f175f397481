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

"""Round 22 (issue 14): the missiles or drones an attack is carried out with were fired; a reporting word the tagger
calls a verb while the parser hangs its subject as a compound still names the reporter. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 4, 11)


def figures(pipeline, text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(f.category, f.value, f.qualifier, f.reporter) for f in doc.figures]


def test_the_missiles_an_attack_is_carried_out_with_were_fired(pipeline) -> None:
    assert figures(pipeline, "The rebels struck the air base with 14 drones on Sunday.") == [
        ("rockets_fired", 14.0, None, None)]
    assert ("rockets_fired", 5.0, "at least", None) in figures(
        pipeline, "An attack on the port with at least five cruise missiles wounded three dock workers.")
    # the men an attack is carried out with are no projectiles
    assert figures(pipeline, "Bandits attacked the village with 30 men.") == []


def test_a_reporting_word_tagged_as_a_verb_over_a_compound_subject_names_the_reporter(pipeline) -> None:
    text = "Syrian media report that the blast killed nine soldiers."
    assert figures(pipeline, text) == [("killed", 9.0, None, "Syrian media")]

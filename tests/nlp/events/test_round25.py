"""Round 25 (issue 14): a reduced relative clause is a clause of its own both ways, so the main clause's day does not
date an event told inside it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 5, 14)  # a Thursday


def dated(pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.time_value) for e in doc.events]


def test_the_main_clause_day_does_not_date_an_event_in_a_reduced_relative(pipeline) -> None:
    found = dated(pipeline, "The minister was heckled on Monday by the parents of a soldier killed by a roadside bomb.")
    assert ("killed", "2026-05-11") not in found
    assert [trigger for trigger, _ in found] == ["killed"]


def test_a_time_inside_the_reduced_relative_still_dates_it(pipeline) -> None:
    assert dated(pipeline, "Three teens arrested on Tuesday for the shooting appeared in court.") == [
        ("arrested", "2026-05-12")]

"""Round 21 (issue 14): a "that" clause the parser hangs on a reporting verb as if it were a noun still says what the
reporter reports. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 4, 11)


def reporters(pipeline, text: str) -> list[tuple[str, float | None, str | None]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(f.category, f.value, f.reporter) for f in doc.figures]


def test_a_that_clause_hung_as_a_noun_modifier_is_still_reported(pipeline) -> None:
    text = ("The Kuwaiti military reports that 63 Iranian missiles and 95 hostile drones have been intercepted and "
            "destroyed.")
    assert reporters(pipeline, text) == [("projectiles_intercepted", 63.0, "The Kuwaiti military"),
                                         ("projectiles_intercepted", 95.0, "The Kuwaiti military")]

"""Round 24 (issue 14): an exchange of fire between two forces is an attack, also where the parser reads "exchange
fire" as a compound noun or writes it as a noun with its "of". Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 5, 14)


def events(pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.type) for e in doc.events]


def test_an_exchange_of_fire_is_an_attack(pipeline) -> None:
    assert events(pipeline, "The Indian military and Chinese military exchange fire along the disputed frontier.") == [
        ("exchange fire", "ASSAULT")]
    assert events(pipeline, "An exchange of fire near the crossing left two guards dead.") == [("exchange", "ASSAULT")]
    # an exchange of prisoners or of letters is none
    assert ("exchange", "ASSAULT") not in events(pipeline, "The exchange of letters between the envoys continued.")

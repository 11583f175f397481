"""Round 8 (issue 14): the words of health and civil emergencies (aid pledged, quarantine, people told to stay
away, a warning sent). Sentences written for these tests, not taken from any gold."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2024, 2, 6)


def typed(pipeline, text: str, etype: str) -> list[str]:
    doc = Document(id=document_id(text), text=text, date=DCT)
    return [e.trigger for e in pipeline.annotate(doc).events if e.type == etype]


def test_aid_pledged_or_offered_is_aid_but_an_aid_worker_is_not(pipeline) -> None:
    assert typed(pipeline, "Norway pledged $20m in aid to the flood-hit provinces.", "AID") == ["aid"]
    assert typed(pipeline, "Aid workers reached the flooded villages by boat.", "AID") == []


def test_quarantine_ordered_or_imposed_restricts_movement(pipeline) -> None:
    # the trigger spans the verb that puts the crew into the state and the noun (round 14)
    assert typed(pipeline, "The whole crew was put into quarantine after two sailors fell ill.",
                 "COERCE") == ["put into quarantine"]
    assert typed(pipeline, "Health officials quarantined the passengers of the cruise ship.",
                 "COERCE") == ["quarantined"]


def test_people_told_to_do_something_are_asked_to(pipeline) -> None:
    assert typed(pipeline, "Authorities told parents to keep their children at home for a week.",
                 "REQUEST") == ["told"]
    assert typed(pipeline, "She told students about her years in the capital.", "REQUEST") == []


def test_a_warning_sent_is_a_threat(pipeline) -> None:
    assert typed(pipeline, "The union sent a stern warning to the ministry over the planned cuts.",
                 "THREATEN") == ["warning"]

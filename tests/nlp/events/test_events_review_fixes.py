"""Modality cases a new-user review found wrong: a failed effort's subject happened; a plan's action is planned."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document

CASES = [
    # "fail" negates what was to be achieved, not its subject: the talks took place
    ("The talks, which began in early May, have failed to secure the release of the hostages.", "talks", "asserted"),
    ("Israel failed to reach a deal.", "deal", "negated"),  # "reach a deal": the noun is the trigger (light verb)
    # an approved plan's action has not happened yet
    ("Israel's security cabinet approved a plan to expand the military operation in Gaza.", "operation", "planned"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), CASES, ids=[c[1] for c in CASES])
def test_event_modality(pipeline, text: str, trigger: str, modality: str) -> None:
    doc = Document(id="d", text=text, date=dt.date(2025, 5, 5), date_source="given")
    found = {e.trigger: e.modality for e in pipeline.annotate(doc).events}
    assert found.get(trigger) == modality, found


def test_a_pronoun_actor_is_the_subject_of_the_reporting_verb(pipeline) -> None:
    doc = Document(id="d", text="Hamas said it would release three hostages on Saturday.", date=dt.date(2025, 5, 5),
                   date_source="given")
    events = pipeline.annotate(doc).events
    assert [(e.trigger, e.source_actor) for e in events] == [("release", "Hamas")]

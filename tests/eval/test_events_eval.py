"""Event evaluation: the gold file is well-formed and the scorer counts matches the way it says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import EvalError
from dateline.eval.events import Scores, evaluate, load_gold, score_text
from dateline.model import Event

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "events.jsonl"


def test_gold_set_has_forty_texts_in_two_splits_and_some_without_events() -> None:
    items = load_gold(GOLD)
    assert len(items) >= 40
    assert {i["split"] for i in items} == {"dev", "check"}
    assert sum(1 for i in items if not i["events"]) >= 5


def _event(start: int, end: int, type_: str, text: str, date: str | None = None) -> Event:
    return Event(doc_id="d", sentence=0, start=start, end=end, text=text, id="e1", type=type_, trigger=text,
                 time_value=date)


def test_overlap_with_same_type_is_a_match_and_wrong_type_is_a_trigger_match_only() -> None:
    item = {"id": "x", "text": "Israeli strikes hit Gaza.", "events": [
        {"type": "ASSAULT", "trigger": "strikes", "trigger_start": 8, "date": "2024-02-06", "modality": "asserted"}]}
    right, wrong = Scores(), Scores()
    score_text(item, [_event(8, 15, "ASSAULT", "strikes", "2024-02-06TMO")], right, [])
    score_text(item, [_event(8, 15, "PROTEST", "strikes")], wrong, [])
    assert right.metrics()["type_f1"] == 1.0 and right.metrics()["date_accuracy"] == 1.0
    assert wrong.metrics()["type_f1"] == 0.0 and wrong.metrics()["trigger_f1"] == 1.0


def test_gold_line_with_misplaced_trigger_fails_naming_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text(json.dumps({"id": "a", "text": "Syria detains two men.", "events": [
        {"type": "COERCE", "trigger": "detains", "trigger_start": 0}]}) + "\n")
    with pytest.raises(EvalError, match=r"gold.jsonl:1"):
        load_gold(bad)


@pytest.mark.slow
def test_event_type_f1_on_the_gold_set_reaches_target() -> None:
    report = evaluate(GOLD)
    assert report.splits["all"].metrics()["type_f1"] >= 0.70
    assert "dev" in report.render_text() and "check" in report.to_dict()["splits"]

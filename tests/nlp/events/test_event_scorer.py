"""The event scorer reports per-field P/R/F1 and a confusion table of types (no spaCy needed)."""

from __future__ import annotations

from dateline.eval.events import MISSED, SPURIOUS, EventReport, Scores, score_text
from dateline.model import Event

TEXT = "Israeli strikes hit Gaza. Egypt hosted talks. Police arrested two men."


def _event(trigger: str, type_: str, date: str | None = "2024-02-06", modality: str = "asserted") -> Event:
    start = TEXT.index(trigger)
    return Event(doc_id="d", sentence=0, start=start, end=start + len(trigger), text=trigger, id="e1", type=type_,
                 trigger=trigger, time_value=date, modality=modality)


def _gold(trigger: str, type_: str, date: str | None = "2024-02-06", modality: str = "asserted") -> dict:
    return {"type": type_, "trigger": trigger, "trigger_start": TEXT.index(trigger), "date": date,
            "modality": modality}


def _scored() -> Scores:
    item = {"id": "x", "text": TEXT, "events": [_gold("strikes", "ASSAULT"), _gold("talks", "CONSULT"),
                                                 _gold("arrested", "COERCE", modality="historical")]}
    predicted = [_event("strikes", "ASSAULT", date="2024-02-05"), _event("talks", "AGREE"),
                 _event("arrested", "COERCE"), _event("hit", "ASSAULT")]
    scores = Scores()
    score_text(item, predicted, scores, [])
    return scores


def test_fields_are_scored_apart() -> None:
    m = _scored().metrics()
    assert (m["trigger_precision"], m["trigger_recall"]) == (0.75, 1.0)  # "hit" has no gold trigger
    assert (m["type_precision"], m["type_recall"]) == (0.5, 2 / 3)  # "talks" has the wrong type
    assert m["date_accuracy"] == 0.5 and m["modality_accuracy"] == 0.5  # over the two typed matches
    assert m["type_date_f1"] == m["type_modality_f1"]  # one typed match has the right date, one the modality


def test_confusion_table_counts_types_misses_and_spurious() -> None:
    scores = _scored()
    assert scores.confusions[("CONSULT", "AGREE")] == 1
    assert scores.confusions[("ASSAULT", "ASSAULT")] == 1
    assert scores.confusions[(SPURIOUS, "ASSAULT")] == 1
    assert scores.confusions.get(("COERCE", MISSED), 0) == 0
    table = scores.confusion_table()
    assert "CONSULT" in table and "spurious" in table and "miss" in table
    text = EventReport("gold.jsonl", {"dev": scores}, []).render_text()
    assert "+type P/R/F1" in text and "Event types, split dev" in text

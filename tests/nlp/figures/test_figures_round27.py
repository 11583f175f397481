"""Round 27 (issue 14): in a headline's bare passive the people counted are the ones taken, not the captors.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 4, 11)


def figures(pipeline, text: str) -> list[tuple[str, float | None]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(f.category, f.value) for f in doc.figures]


def test_pirates_arrested_are_detained(pipeline) -> None:
    assert figures(pipeline, "Navy thwarts attack on tanker, 26 pirates arrested") == [("detained", 26.0)]


def test_people_pirates_capture_are_hostages(pipeline) -> None:
    assert figures(pipeline, "Somali pirates captured 22 fishermen on Monday.") == [("hostages", 22.0)]
    assert figures(pipeline, "Somali pirates have captured 22 fishermen.") == [("hostages", 22.0)]


def test_both_sides_of_a_swap_are_released(pipeline) -> None:
    assert figures(pipeline, "Russia exchanged 95 Ukrainian soldiers for 95 Russian servicemen.") == [
        ("released", 95.0), ("released", 95.0)]
    assert figures(pipeline, "Kyiv is swapping 40 soldiers for 40 civilians held in Russia.") == [
        ("released", 40.0), ("released", 40.0)]
    assert figures(pipeline, "Russia swaps 10 soldiers for 10 civilians.") == [("released", 10.0), ("released", 10.0)]
    assert figures(pipeline, "Russia and Ukraine exchange 150 prisoners for 150 soldiers.") == [
        ("released", 150.0), ("released", 150.0)]


def test_soldiers_taken_prisoner_are_detained(pipeline) -> None:
    text = "Ukraine says it took 500 Russian soldiers prisoner."
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    assert [(f.category, f.value, f.who) for f in doc.figures] == [("detained", 500.0, "Russian soldiers")]


def test_prisoners_taken_to_hospital_are_no_new_captives(pipeline) -> None:
    assert ("detained", 40.0) not in figures(pipeline, "The 40 prisoners were taken to hospital after the riot.")

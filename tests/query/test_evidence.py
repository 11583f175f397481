"""Quotes, figures and events across the corpus, with their evidence and their dates."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.query import events, figures, quotes
from dateline.store import Store


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        (None, ["Israeli officials", "Mohamad Kozaat"]),
        ("kozaat", ["Mohamad Kozaat"]),
        ("OFFICIALS", ["Israeli officials"]),
    ],
)
def test_quotes_by_speaker_in_date_order(store: Store, speaker: str | None, expected: list[str]) -> None:
    assert [q.speaker for q in quotes(store, speaker=speaker)] == expected


def test_quote_row_carries_its_evidence(store: Store) -> None:
    (q,) = quotes(store, speaker="kozaat")
    assert (q.doc_title, q.doc_date, q.sentence, q.kind, q.cue) == (
        "Blinken in Cairo", dt.date(2024, 2, 6), 2, "direct", "said"
    )
    assert q.sentence_text == "“No place is safe,” Mohamad Kozaat said."
    assert q.text == "No place is safe,"
    assert q.speaker_name == "Mohamad Kozaat"


def test_quotes_filtered_by_document_date(store: Store) -> None:
    rows = quotes(store, date_from=dt.date(2024, 1, 1))
    assert [q.speaker for q in rows] == ["Mohamad Kozaat"]


def test_figures_by_category_in_date_order_with_evidence(store: Store) -> None:
    rows = figures(store, category="Killed")
    assert [(f.value, f.qualifier, f.date_start) for f in rows] == [
        (1200, "about", dt.date(2023, 10, 7)),
        (27585, "at least", dt.date(2024, 2, 6)),
    ]
    assert rows[0].sentence_text == "Israeli officials said about 1,200 people were killed."
    assert rows[0].reporter == "Israeli officials"


def test_figures_outside_the_date_range_are_left_out(store: Store) -> None:
    rows = figures(store, date_from=dt.date(2023, 10, 1), date_to=dt.date(2023, 10, 31))
    assert [f.value for f in rows] == [1200]
    assert figures(store, category="injured") == []


def test_event_dated_by_its_time_expression_even_in_an_undated_article(store: Store) -> None:
    rows = events(store, type="consult")
    assert [(e.place, e.date_start, e.doc_date) for e in rows] == [
        ("Cairo", dt.date(2024, 2, 6), dt.date(2024, 2, 6)),
        ("Jerusalem", dt.date(2024, 2, 7), None),
    ]
    assert [e.place for e in events(store, date_from=dt.date(2024, 2, 7))] == ["Jerusalem"]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"place": "israel"}, ["attacked"]),
        ({"place": "JERUSALEM"}, ["met"]),
        ({"type": "ASSAULT"}, ["attacked"]),
        ({"type": "PROTEST"}, []),
        ({}, ["attacked", "met", "met"]),
    ],
)
def test_events_by_type_and_place(store: Store, kwargs: dict, expected: list[str]) -> None:
    assert [e.trigger for e in events(store, **kwargs)] == expected

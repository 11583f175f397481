"""Entities across the corpus: from the entity annotator where it ran, else from NER mentions."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.query import entities
from dateline.store import Store


def by_name(rows) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {r.name: r for r in rows}


def test_mentions_are_aggregated_case_insensitively_across_documents(store: Store) -> None:
    rows = by_name(entities(store, name="blinken"))
    # "Blinken" (undated article) and "BLINKEN" (7 Oct article) are one row until entity resolution
    # merges them with "Antony Blinken", which the Cairo article's entity annotator named in full.
    assert set(rows) == {"Antony Blinken", "BLINKEN"}
    short = rows["BLINKEN"]
    assert (short.n_documents, short.n_mentions) == (2, 2)
    assert (short.first_date, short.last_date) == (dt.date(2023, 10, 7), dt.date(2023, 10, 7))
    assert short.aliases == ["Blinken"]
    full = rows["Antony Blinken"]
    assert (full.label, full.n_documents, full.n_mentions, full.aliases) == ("PERSON", 1, 2, ["Mr Blinken"])


def test_name_filter_matches_aliases_too(store: Store) -> None:
    assert [r.name for r in entities(store, name="mr blinken")] == ["Antony Blinken"]


def test_entity_without_a_mention_count_is_counted_from_its_mentions(store: Store) -> None:
    (cairo,) = entities(store, name="cairo")
    assert cairo.n_mentions == 1


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("GPE", {"Cairo", "Egypt", "Israel", "Jerusalem"}),
        ("gpe", {"Cairo", "Egypt", "Israel", "Jerusalem"}),
        ("ORG", {"Hamas"}),
        ("DATE", {"7 February 2024"}),
    ],
)
def test_label_filter(store: Store, label: str, expected: set[str]) -> None:
    assert {r.name for r in entities(store, label=label)} == expected


def test_time_mentions_are_left_out_unless_asked_for(store: Store) -> None:
    assert all(r.label not in ("DATE", "TIME") for r in entities(store))


def test_entities_most_documents_first_and_limited(store: Store) -> None:
    rows = entities(store, limit=3)
    assert len(rows) == 3
    assert rows[0].name == "BLINKEN"
    assert [r.n_documents for r in rows] == sorted((r.n_documents for r in rows), reverse=True)

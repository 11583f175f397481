"""Listing and showing documents."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.errors import QueryError
from dateline.model import AnnotatedDocument
from dateline.query import list_documents, show_document
from dateline.store import Store


def titles(rows) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.title or "undated" for r in rows]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, ["Attack on Israel", "Blinken in Cairo", "Doha talks", "undated"]),
        ({"date_from": dt.date(2024, 1, 1)}, ["Blinken in Cairo", "Doha talks"]),
        ({"date_to": dt.date(2024, 2, 6)}, ["Attack on Israel", "Blinken in Cairo"]),
        ({"undated": True}, ["undated"]),
        ({"undated": False}, ["Attack on Israel", "Blinken in Cairo", "Doha talks"]),
        ({"limit": 2, "offset": 1}, ["Blinken in Cairo", "Doha talks"]),
    ],
    ids=["all, by date, undated last", "from", "to", "undated only", "dated only", "paging"],
)
def test_list_documents_by_date(store: Store, kwargs: dict, expected: list[str]) -> None:
    assert titles(list_documents(store, **kwargs)) == expected


def test_document_row_has_date_counts_and_first_source(store: Store) -> None:
    row = list_documents(store, date_from=dt.date(2024, 2, 6), date_to=dt.date(2024, 2, 6))[0]
    assert (row.date, row.date_source, row.n_sentences, row.n_sources) == (dt.date(2024, 2, 6), "given", 4, 1)
    assert (row.publisher, row.url) == ("AP", "https://example.org/cairo")
    assert row.n_words > 30


def test_undated_with_a_date_range_is_refused(store: Store) -> None:
    with pytest.raises(QueryError, match="undated"):
        list_documents(store, undated=True, date_from=dt.date(2024, 1, 1))


def test_show_document_by_prefix_returns_the_whole_annotated_document(
    store: Store, docs: dict[str, AnnotatedDocument]
) -> None:
    ad = docs["Blinken in Cairo"]
    assert show_document(store, ad.document.id[:6]) == ad


def test_show_document_with_unknown_id_says_so(store: Store) -> None:
    with pytest.raises(QueryError, match="no document id starts with"):
        show_document(store, "zzzz")

"""What a store holds, counted."""

from __future__ import annotations

import datetime as dt

from dateline.query import stats
from dateline.store import Store


def test_stats_count_documents_records_and_dates(store: Store) -> None:
    s = stats(store)
    assert (s.documents, s.dated_documents, s.undated_documents) == (4, 3, 1)
    assert s.documents_by_date_source == {"given": 2, "parsed": 1, "unknown": 1}
    assert (s.sentences, s.sources) == (11, 1)
    assert s.mentions_by_label == {"PERSON": 7, "GPE": 4, "DATE": 1, "NORP": 1, "ORG": 1}
    assert s.mentions == 14
    assert s.entities_by_label == {"PERSON": 3, "GPE": 2}
    assert s.timexes_by_type == {"DATE": 3}
    assert (s.quotes, s.figures, s.events) == (2, 2, 3)
    assert (s.date_min, s.date_max) == (dt.date(2023, 10, 7), dt.date(2024, 3, 1))
    assert s.words > 100
    assert s.size_bytes > 4096


def test_stats_of_an_empty_store() -> None:
    with Store.open(":memory:") as empty:
        s = stats(empty)
    assert (s.documents, s.words, s.date_min, s.mentions_by_label) == (0, 0, None, {})

"""Full-text search: plain words and FTS5 syntax, bm25 ranking, snippets with match offsets, date filters."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.errors import QueryError
from dateline.model import AnnotatedDocument
from dateline.query import search
from dateline.query.search import fts_query
from dateline.store import Store


def found(hits) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return [(h.doc_title or "undated", h.sentence) for h in hits]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("blinken cairo", [("Blinken in Cairo", 1)]),
        ("CAIRO Blinken", [("Blinken in Cairo", 1)]),
        ('"Mr Blinken"', [("Blinken in Cairo", 1)]),
        ("al-Sisi", [("Blinken in Cairo", 1)]),
        ("netanyahu OR Sisi", [("Blinken in Cairo", 1), ("undated", 0)]),
        ("truce NOT hostages", []),
        ("negoti*", [("Doha talks", 1)]),  # prefixes match word stems (Porter): "negotiat*" does not
        ("condemned attack", [("Attack on Israel", 2)]),
    ],
    ids=["words in any order", "any case", "phrase", "hyphenated word", "OR", "NOT", "prefix", "two words"],
)
def test_search_finds_the_sentences_a_reader_expects(store: Store, query: str, expected: list) -> None:
    assert sorted(found(search(store, query))) == sorted(expected)


def test_plain_words_must_all_appear(store: Store) -> None:
    assert search(store, "Blinken hostages") == []


def test_search_ranks_the_densest_short_sentence_first(store: Store) -> None:
    hits = search(store, "hostages")
    assert found(hits)[0] == ("Doha talks", 0)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_hit_carries_document_date_title_and_sentence_span(
    store: Store, docs: dict[str, AnnotatedDocument]
) -> None:
    (hit,) = search(store, '"Mr Blinken"')
    ad = docs["Blinken in Cairo"]
    assert (hit.doc_id, hit.doc_date, hit.doc_title) == (ad.document.id, dt.date(2024, 2, 6), "Blinken in Cairo")
    assert ad.document.text[hit.sentence_start : hit.sentence_end] == hit.sentence_text


def test_hit_lists_the_dates_its_sentence_mentions(store: Store) -> None:
    (hit,) = search(store, "Blinken", date_from=dt.date(2024, 2, 7), date_to=dt.date(2024, 2, 7))
    assert [(d.text, d.interval_start) for d in hit.mentioned_dates] == [("7 February 2024", dt.date(2024, 2, 7))]
    (plain,) = search(store, "condemned")
    assert plain.mentioned_dates == []


def test_snippet_match_offsets_point_at_the_matched_words(store: Store) -> None:
    (hit,) = search(store, "blinken cairo")
    assert "[" not in hit.snippet  # no markup inside the text: the caller decides how to show matches
    assert sorted(hit.snippet[m.start : m.end] for m in hit.matches) == ["Blinken", "Cairo"]
    assert hit.marked() == "In [Cairo], Mr [Blinken] met Egyptian President Abdel Fattah al-Sisi."
    assert hit.marked("<b>", "</b>").startswith("In <b>Cairo</b>")


def test_snippet_of_a_long_sentence_is_a_window_around_the_match(store: Store) -> None:
    (hit,) = search(store, "prisoners")
    assert len(hit.snippet) <= len(hit.sentence_text) + 2
    assert [hit.snippet[m.start : m.end] for m in hit.matches] == ["prisoners"]


@pytest.mark.parametrize(
    ("query", "date_from", "date_to", "expected"),
    [
        # The undated article is found by its "7 February 2024"; the Cairo one (dated 6 Feb) is not.
        ("Blinken", dt.date(2024, 2, 7), dt.date(2024, 2, 7), [("undated", 0)]),
        # Dated in range by the document; or by a sentence recalling Oct 7 in a February article.
        ("killed", dt.date(2023, 10, 1), dt.date(2023, 10, 31), [("Attack on Israel", 1), ("Blinken in Cairo", 3)]),
        ("killed", dt.date(2024, 1, 1), None, [("Blinken in Cairo", 3)]),
        ("Blinken", None, dt.date(2023, 12, 31), [("Attack on Israel", 2)]),
        ("hostages", dt.date(2025, 1, 1), None, []),
    ],
    ids=["undated doc via its timex", "doc date or sentence timex", "open end", "open start", "nothing in range"],
)
def test_date_filter_uses_document_dates_and_time_expressions(
    store: Store, query: str, date_from: dt.date | None, date_to: dt.date | None, expected: list
) -> None:
    assert sorted(found(search(store, query, date_from=date_from, date_to=date_to))) == sorted(expected)


@pytest.mark.parametrize("query", ['"unbalanced', "AND AND", "hamas AND", "(truce", "NEAR(", "Blinken OR"])
def test_fts_syntax_error_becomes_a_query_error_that_says_how_to_quote(store: Store, query: str) -> None:
    with pytest.raises(QueryError, match="double quotes") as info:
        search(store, query)
    assert query in str(info.value)


@pytest.mark.parametrize("query", ["", "   ", "-- ;"])
def test_search_without_words_is_refused(store: Store, query: str) -> None:
    with pytest.raises(QueryError, match="type one or more words"):
        search(store, query)


def test_sql_in_the_search_text_is_only_searched_for(store: Store) -> None:
    assert search(store, "'; DROP TABLE documents; --") == []
    assert store.connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 4


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("blinken cairo", '"blinken" "cairo"'),
        ("Blinken's trip", '"Blinken\'s" "trip"'),
        ('"Mr Blinken" Cairo', '"Mr Blinken" Cairo'),
        ("Gaza OR Rafah", "Gaza OR Rafah"),
        ("truce and hostages", '"truce" "and" "hostages"'),
    ],
)
def test_plain_text_is_quoted_word_by_word_and_fts_syntax_passes_through(typed: str, sent: str) -> None:
    assert fts_query(typed) == sent


def test_search_limit_is_respected_and_checked(store: Store) -> None:
    assert len(search(store, "Blinken", limit=1)) == 1
    with pytest.raises(QueryError, match="limit"):
        search(store, "Blinken", limit=0)


def test_reversed_date_range_is_refused(store: Store) -> None:
    with pytest.raises(QueryError, match="swap"):
        search(store, "Blinken", date_from=dt.date(2024, 2, 7), date_to=dt.date(2024, 2, 1))

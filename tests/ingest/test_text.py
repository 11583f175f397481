"""The plain-text article format: `date` header, headline, body, and malformed headers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.errors import DateHeaderError, EmptyInputError
from dateline.model import document_id
from tests.conftest import shared_data
from tests.ingest.reading import Read


def test_seed_000_has_given_date_and_text_from_same_line_as_header() -> None:
    path = shared_data("seeds", "000_5c32b55becbd5ec7.txt")
    doc = Read([path]).document
    assert doc.date == dt.date(2024, 2, 6)
    assert doc.date_source == "given"
    assert doc.date_confidence == 1.0
    assert doc.date_evidence == "date header, line 1"
    assert doc.text.startswith("GAZA STRIP, Palestinian Territories - US Secretary of State")
    assert doc.title is None
    assert doc.id == document_id(doc.text)
    assert doc.sources[0].path == str(path)
    assert doc.sources[0].format == "text"


def test_seed_002_is_undated_with_headline_as_title() -> None:
    doc = Read([shared_data("seeds", "002_eb81525aa1d5a3dc.txt")]).document
    assert doc.date is None
    assert doc.date_source == "unknown"
    assert doc.date_confidence is None
    assert doc.title == "Blinken signals no immediate US press for Mideast cease-fire"
    assert doc.text.startswith("Copenhagen: US Secretary of State Antony Blinken")
    assert doc.text.endswith("including a 5-year-old boy and a soldier.")


@pytest.mark.parametrize(
    ("content", "date", "title", "text_start"),
    [
        ("date 2024-02-06\nText of the article.", dt.date(2024, 2, 6), None, "Text of"),
        ("\n\n  date 2024-02-06   Same line text.", dt.date(2024, 2, 6), None, "Same line"),
        ("Date: 2024-02-06\n\nColon and capital accepted.", dt.date(2024, 2, 6), None, "Colon"),
        (
            "date 2024-02-06T09:30:00+02:00\nA date-time keeps its own calendar day.",
            dt.date(2024, 2, 6),
            None,
            "A",
        ),
        (
            "date 2024-02-06\nGaza truce talks resume in Cairo\n\nNegotiators met on Tuesday.",
            dt.date(2024, 2, 6),
            "Gaza truce talks resume in Cairo",
            "Negotiators",
        ),
        ("Date palms grow in Gaza. Farmers said so.", None, None, "Date palms"),
        (
            "Headline without blank line\n" + "Body sentence that is long enough. " * 3,
            None,
            "Headline without blank line",
            "Body",
        ),
        ("A finished sentence.\nNext line of text here.", None, None, "A finished"),
        ("By Jane Smith\n\nBody of the article.", None, None, "By Jane"),
        # A hard-wrapped first paragraph is not a headline.
        (
            "US envoy landed in Egypt on Tuesday as part of a\nMiddle East tour seeking a truce.",
            None,
            None,
            "US envoy",
        ),
        ("Headline then lowercase\ncontinuation of the sentence.", None, None, "Headline then"),
    ],
)
def test_header_and_headline_variants(
    tmp_path: Path, content: str, date: dt.date | None, title: str | None, text_start: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(content, encoding="utf-8")
    doc = Read([path]).document
    assert doc.date == date
    assert doc.date_source == ("given" if date else "unknown")
    assert doc.title == title
    assert doc.text.startswith(text_start)
    assert doc.text == doc.text.strip()


@pytest.mark.parametrize(
    ("content", "line", "bad_value"),
    [
        ("date 2024-13-45\nText.", 1, "2024-13-45"),
        ("date 2024-02\nText.", 1, "2024-02"),
        ("date 2024-02-30 Text on the same line.", 1, "2024-02-30"),
        ("date 06/02/2024\nText.", 1, "06/02/2024"),
        ("\n\ndate 2024-1-5\nText.", 3, "2024-1-5"),
    ],
)
def test_malformed_date_header_names_path_line_and_value(
    tmp_path: Path, content: str, line: int, bad_value: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    error = Read([path]).error
    assert isinstance(error, DateHeaderError)
    assert error.where == f"{path}:{line}"
    assert repr(bad_value) in error.message
    assert "date YYYY-MM-DD" in error.message


def test_header_without_text_is_empty_input(tmp_path: Path) -> None:
    path = tmp_path / "only-header.txt"
    path.write_text("date 2024-02-06\n\n", encoding="utf-8")
    error = Read([path]).error
    assert isinstance(error, EmptyInputError)
    assert error.where == str(path)


def test_crlf_newlines_become_lf(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(b"date 2024-02-06\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n")
    assert Read([path]).document.text == "First paragraph.\n\nSecond paragraph."


@pytest.mark.parametrize(
    "line",
    ["Date: February 6, 2024", "Date: Feb. 6, 2024", "date: 6 February 2024", "Date: Tuesday, February 6, 2024"],
)
def test_a_written_date_line_is_the_article_date_not_its_title(line: str) -> None:
    from dateline.ingest.text import parse_text_article

    doc = parse_text_article(f"{line}\nIsraeli strikes hit Rafah\n\nAt least 12 people were killed.", path="a.txt")
    assert (doc.date, doc.date_source, doc.date_evidence) == (dt.date(2024, 2, 6), "given", "date line, line 1")
    assert doc.title == "Israeli strikes hit Rafah"
    assert doc.text == "At least 12 people were killed."


def test_an_article_opening_with_the_word_date_keeps_its_text() -> None:
    from dateline.ingest.text import parse_text_article

    doc = parse_text_article("Date palms line the road to Rafah.\n\nMore text.", path="a.txt")
    assert doc.date is None and doc.text.startswith("Date palms")

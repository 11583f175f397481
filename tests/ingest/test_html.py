"""HTML pages: main text, original publication date (never a guess), title and URL from the head."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.ingest.reading import FIXTURES, Read


def test_dated_page_gives_text_title_url_and_parsed_date() -> None:
    path = FIXTURES / "dated_article.html"
    doc = Read([path]).document
    assert doc.date == dt.date(2024, 2, 6)
    assert doc.date_source == "parsed"
    assert "htmldate" in (doc.date_evidence or "")
    assert doc.title == "Blinken lands in Cairo on Mideast tour"
    assert doc.text.startswith("US Secretary of State Antony Blinken landed in Egypt")
    assert "Home" not in doc.text and "All rights reserved" not in doc.text
    assert doc.language == "en"
    source = doc.sources[0]
    assert (source.format, source.url, source.publisher) == (
        "html",
        "https://news.example.org/world/2024/blinken-cairo",
        "Example News",
    )


def test_page_without_date_metadata_stays_undated_despite_copyright_year() -> None:
    doc = Read([FIXTURES / "undated_article.html"]).document
    assert doc.date is None
    assert doc.date_source == "unknown"
    assert doc.date_evidence is None
    assert doc.title == "Blinken in Cairo"


def test_html_is_sniffed_from_content_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "page"
    path.write_bytes((FIXTURES / "dated_article.html").read_bytes())
    assert Read([path]).document.sources[0].format == "html"


def test_declared_legacy_charset_is_used_without_notice(tmp_path: Path) -> None:
    html = (FIXTURES / "dated_article.html").read_text(encoding="utf-8").replace("utf-8", "windows-1252")
    path = tmp_path / "legacy.htm"
    path.write_bytes(html.encode("cp1252"))
    read = Read([path])
    assert "“an enduring end”" in read.document.text
    assert read.notices == []

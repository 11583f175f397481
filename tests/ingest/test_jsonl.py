"""JSON Lines input: fields, per-line errors that name path:LINE, and the news sample read whole."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import tracemalloc
from pathlib import Path

import pytest

from dateline.errors import EmptyInputError, JsonLineError, TooLargeError
from tests.conftest import shared_data
from tests.ingest.reading import Read


def _write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_fields_map_to_document_and_source(tmp_path: Path) -> None:
    record = {
        "id": 42,
        "text": "  Israeli strikes in Gaza killed at least 35 people.  ",
        "date": "2025-04-09T14:05:00Z",
        "title": "April 2025 Shuja'iyya airstrike",
        "url": "https://example.org/a",
        "source": "AP",
        "language": "en",
        "story_path": ["Gaza war"],
    }
    path = _write_lines(tmp_path / "one.jsonl", [json.dumps(record)])
    doc = Read([path]).document
    assert doc.text == "Israeli strikes in Gaza killed at least 35 people."
    assert doc.date == dt.date(2025, 4, 9)
    assert (doc.date_source, doc.date_confidence, doc.date_evidence) == ("given", 1.0, "`date` field, line 1")
    assert doc.title == "April 2025 Shuja'iyya airstrike"
    source = doc.sources[0]
    assert (source.path, source.line, source.format) == (str(path), 1, "jsonl")
    assert (source.url, source.publisher, source.external_id) == ("https://example.org/a", "AP", "42")


@pytest.mark.parametrize(
    ("line", "message_part"),
    [
        ('{"text": "Unfinished", ', "bad JSON at column"),
        ('{"title": "No text here"}', "missing the required `text` field"),
        ('{"text": 12}', "`text` must be a string, not a number"),
        ('{"text": "   "}', "`text` is empty"),
        ('{"text": "Body.", "date": "2024-13-45"}', "bad `date` field value '2024-13-45'"),
        ('{"text": "Body.", "date": "6 Feb 2024"}', "bad `date` field value '6 Feb 2024'"),
        ('{"text": "Body.", "date": 20240206}', "`date` must be a string"),
        ('{"text": "Body.", "title": ["a"]}', "`title` must be a string or null, not a array"),
        ('["text", "in an array"]', "the line is a JSON array, not an object"),
    ],
)
def test_bad_line_is_reported_and_other_lines_still_read(tmp_path: Path, line: str, message_part: str) -> None:
    path = _write_lines(
        tmp_path / "mixed.jsonl",
        ['{"text": "First good article.", "date": "2024-02-06"}', "", line, '{"text": "Last good article."}'],
    )
    read = Read([path])
    assert [d.text for d in read.documents] == ["First good article.", "Last good article."]
    assert [d.sources[0].line for d in read.documents] == [1, 4]
    assert len(read.errors) == 1
    error = read.errors[0]
    assert isinstance(error, JsonLineError)
    assert error.where == f"{path}:3"
    assert message_part in error.message


def test_bad_json_names_the_column(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "col.jsonl", ['{"text": "ok" "date": null}'])
    error = Read([path]).error
    assert error.where == f"{path}:1"
    assert "column 15" in error.message


def test_null_and_empty_date_mean_undated(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "undated.jsonl", ['{"text": "A.", "date": null}', '{"text": "B.", "date": ""}'])
    read = Read([path])
    assert [(d.date, d.date_source, d.date_evidence) for d in read.documents] == [(None, "unknown", None)] * 2


def test_file_of_blank_lines_is_empty_input(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text("\n   \n\n", encoding="utf-8")
    error = Read([path]).error
    assert isinstance(error, EmptyInputError)
    assert error.where == str(path)


def test_overlong_line_is_too_large_without_holding_it_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("w", encoding="utf-8") as out:
        out.write('{"text": "Small one."}\n')
        out.write('{"text": "' + "word " * 2_400_000 + '"}\n')  # 12,000,012 bytes + newline
        out.write('{"text": "Small two."}\n')
    tracemalloc.start()
    read = Read([path], max_article_bytes=1_000_000)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [d.text for d in read.documents] == ["Small one.", "Small two."]
    assert len(read.errors) == 1
    error = read.errors[0]
    assert isinstance(error, TooLargeError)
    assert error.where == f"{path}:2"
    assert "line is 12,000,012 bytes" in error.message
    assert peak < 8_000_000


def test_gzipped_jsonl_reports_lines_of_the_decompressed_text(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write('{"text": "One."}\n{"text": \n{"text": "Three."}\n')
    read = Read([path])
    assert [(d.text, d.sources[0].line, d.sources[0].path) for d in read.documents] == [
        ("One.", 1, str(path)),
        ("Three.", 3, str(path)),
    ]
    assert [e.where for e in read.errors] == [f"{path}:2"]


def test_cp1252_line_decodes_with_one_notice(tmp_path: Path) -> None:
    path = tmp_path / "legacy.jsonl"
    path.write_bytes(
        b'{"text": "plain ascii"}\n'
        + '{"text": "Caf\u00e9 \u201cquoted\u201d"}\n'.encode("cp1252")
        + '{"text": "na\u00efve \u2013 again"}\n'.encode("cp1252")
    )
    read = Read([path])
    assert [d.text for d in read.documents] == ["plain ascii", "Café “quoted”", "naïve – again"]
    assert len(read.notices) == 1
    assert read.notices[0].where == f"{path}:2"
    assert "cp1252" in read.notices[0].message


def test_news_sample_reads_entirely_without_error() -> None:
    read = Read([shared_data("news-sample", "wikipedia_current_events.converted.jsonl.gz")])
    assert read.errors == []
    assert len(read.documents) == 10_597
    assert sum(d.date is None for d in read.documents) == 34
    first = read.documents[0]
    assert first.sources[0].external_id == "wcep-2020-12-20-001"
    assert first.sources[0].publisher == "Wikipedia:Portal:Current events"

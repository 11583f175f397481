"""Bad inputs: each yields its own typed error naming where it is, and the rest of the input is read."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from dateline.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    TooLargeError,
    UnknownFormatError,
)
from tests.ingest.reading import FIXTURES, Read


@pytest.mark.parametrize(
    ("name", "content", "error_type", "where_suffix", "message_part"),
    [
        ("empty.txt", b"", EmptyInputError, "", "empty"),
        ("blank.txt", b"  \n\n\t\n", EmptyInputError, "", "only whitespace"),
        ("empty.html", b"", EmptyInputError, "", "empty"),
        ("image.txt", b"GIF89a\x01\x00\x01\x00\x80\x00\x00", BinaryInputError, "@byte 7", "binary"),
        ("noext", b"%PDF-1.4\n" + bytes(range(0, 32)) * 20, BinaryInputError, "@byte 9", "binary"),
        ("garbage.txt", bytes(range(0x80, 0x100)) * 3, EncodingInputError, "", "re-save the file as UTF-8"),
        ("report.pdf", b"%PDF-1.4 whatever", UnknownFormatError, "", "pdftotext"),
        ("table.csv", b"text,date\nhello,2024-02-06\n", UnknownFormatError, "", "JSON Lines"),
        ("notes.md", b"# Notes\nSome text.", UnknownFormatError, "", "name it .txt"),
        (
            "data.xml",
            b"<?xml version='1.0'?><root>hi</root>",
            UnknownFormatError,
            "",
            "not JSON Lines, HTML or TimeML",
        ),
    ],
)
def test_bad_file_gives_typed_error_with_where(
    tmp_path: Path,
    name: str,
    content: bytes,
    error_type: type[InputError],
    where_suffix: str,
    message_part: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    error = Read([path]).error
    assert type(error) is error_type
    assert error.where == f"{path}{where_suffix}"
    assert message_part in error.message


def test_missing_path_is_an_input_error_and_later_paths_still_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("An article.", encoding="utf-8")
    read = Read([tmp_path / "missing.txt", good])
    assert [e.where for e in read.errors] == [str(tmp_path / "missing.txt")]
    assert "no such file" in read.errors[0].message
    assert [d.text for d in read.documents] == ["An article."]


def test_50_mb_article_is_refused_from_its_size_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(50_000_000)  # sparse: 50 MB on paper, nothing to read quickly
    tracemalloc.start()
    started = time.perf_counter()
    error = Read([path]).error
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert isinstance(error, TooLargeError)
    assert error.where == str(path)
    assert "50,000,000 bytes" in error.message
    assert "5,000,000-byte article limit" in error.message
    assert peak < 1_000_000
    assert elapsed < 1.0


def test_too_large_stream_is_refused_after_reading_just_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt.gz"
    import gzip

    with gzip.open(path, "wb") as out:
        out.write(b"word " * 400_000)  # 2 MB of text once decompressed
    error = Read([path], max_article_bytes=1_000_000).error
    assert isinstance(error, TooLargeError)
    assert error.where == str(path)
    assert "more than the 1,000,000-byte article limit" in error.message


def test_html_without_main_text_is_html_no_text_error() -> None:
    from dateline.errors import HtmlNoTextError

    path = FIXTURES / "navigation_only.html"
    error = Read([path]).error
    assert isinstance(error, HtmlNoTextError)
    assert error.where == str(path)
    assert "no article text" in error.message


def test_corrupt_gzip_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage that is not deflate data")
    error = Read([path]).error
    assert error.where == str(path)
    assert "corrupt" in error.message or "ends early" in error.message


def test_error_str_is_one_line_with_where_and_code(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("date 2024-02\nText.", encoding="utf-8")
    line = str(Read([path]).error)
    assert line.startswith(f"{path}:1: [E104] bad date header '2024-02'")
    assert "\n" not in line

"""PATH arguments: folders (recursive, sorted, hidden skipped), .gz files, stdin, and TimeML dispatch."""

from __future__ import annotations

import gzip
import io
import json
import shutil
from pathlib import Path

import pytest

from dateline.errors import UnknownFormatError
from tests.conftest import shared_data
from tests.ingest.reading import FIXTURES, Read


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "b_sub" / "deeper").mkdir(parents=True)
    (root / ".hidden_dir").mkdir()
    (root / "a.txt").write_text("date 2024-02-06\nPlain text article.", encoding="utf-8")
    shutil.copy(FIXTURES / "dated_article.html", root / "b_sub" / "page.html")
    (root / "b_sub" / "deeper" / "notes.md").write_text("Not an article.", encoding="utf-8")
    with gzip.open(root / "c.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(json.dumps({"text": "From gz one.", "date": "2024-02-07"}) + "\n")
        out.write(json.dumps({"text": "From gz two."}) + "\n")
    (root / "d_extensionless").write_text('{"text": "Sniffed as JSONL."}\n', encoding="utf-8")
    (root / ".hidden.txt").write_text("Must be skipped.", encoding="utf-8")
    (root / ".hidden_dir" / "x.txt").write_text("Must be skipped too.", encoding="utf-8")
    return root


def test_folder_reads_every_format_in_name_order_and_skips_hidden(mixed_folder: Path) -> None:
    read = Read([mixed_folder])
    got = [
        (Path(d.sources[0].path or "").relative_to(mixed_folder).as_posix(), d.sources[0].format)
        for d in read.documents
    ]
    assert got == [
        ("a.txt", "text"),
        ("b_sub/page.html", "html"),
        ("c.jsonl.gz", "jsonl"),
        ("c.jsonl.gz", "jsonl"),
        ("d_extensionless", "jsonl"),
    ]
    assert [d.text for d in read.documents if d.sources[0].format == "jsonl"] == [
        "From gz one.",
        "From gz two.",
        "Sniffed as JSONL.",
    ]
    assert [(type(e), e.where) for e in read.errors] == [
        (UnknownFormatError, str(mixed_folder / "b_sub" / "deeper" / "notes.md"))
    ]
    assert all("skipped" not in d.text for d in read.documents)


def test_folder_and_stdin_together(mixed_folder: Path) -> None:
    stdin = io.BytesIO(b"date 2024-03-01\nRead from standard input.")
    read = Read([mixed_folder, "-"], stdin=stdin)
    last = read.documents[-1]
    assert (last.text, last.sources[0].path, last.sources[0].format) == (
        "Read from standard input.",
        "-",
        "text",
    )
    assert str(last.date) == "2024-03-01"


@pytest.mark.parametrize(
    ("data", "format", "text"),
    [
        (b'{"text": "JSON on stdin."}\n{"text": "Second."}\n', "jsonl", "JSON on stdin."),
        (gzip.compress(b'{"text": "Gzipped JSON on stdin."}\n'), "jsonl", "Gzipped JSON on stdin."),
        (b"Just an undated article.", "text", "Just an undated article."),
    ],
)
def test_stdin_content_is_sniffed(data: bytes, format: str, text: str) -> None:
    read = Read(["-"], stdin=io.BytesIO(data))
    assert not read.errors
    assert read.documents[0].text == text
    assert read.documents[0].sources[0].format == format


def test_stdin_errors_name_dash_and_line() -> None:
    read = Read(["-"], stdin=io.BytesIO(b'{"text": "ok"}\n{"text": \n'))
    assert [e.where for e in read.errors] == ["-:2"]


def test_timeml_file_goes_to_the_timeml_reader() -> None:
    try:
        from dateline.ingest.timeml import parse_timeml  # noqa: F401
    except ImportError:
        pytest.skip("dateline.ingest.timeml.parse_timeml is not written yet")
    folder = shared_data("timeml", "TBAQ-cleaned", "TimeBank")
    path = sorted(folder.glob("*.tml"))[0]
    doc = Read([path]).document
    assert doc.text.strip()
    assert doc.sources[0].path == str(path)
    assert doc.sources[0].format == "timeml"


def test_timeml_is_sniffed_from_xml_content(tmp_path: Path) -> None:
    try:
        from dateline.ingest.timeml import parse_timeml  # noqa: F401
    except ImportError:
        pytest.skip("dateline.ingest.timeml.parse_timeml is not written yet")
    folder = shared_data("timeml", "TBAQ-cleaned", "TimeBank")
    path = tmp_path / "doc.xml"
    path.write_bytes(sorted(folder.glob("*.tml"))[0].read_bytes())
    assert Read([path]).document.sources[0].format == "timeml"

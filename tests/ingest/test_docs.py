"""Every example file in docs/input-formats.md reads as the page says (documents, or the named error)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.ingest.reading import Read

DOC = REPO / "docs" / "input-formats.md"
_EXAMPLE = re.compile(
    r"<!-- example: (?P<name>\S+)(?: error: (?P<code>E\d+))? -->\n```\w*\n(?P<body>.*?)```", re.DOTALL
)
EXAMPLES = [m.groupdict() for m in _EXAMPLE.finditer(DOC.read_text(encoding="utf-8"))]


def test_docs_page_has_examples_of_every_format() -> None:
    names = {Path(e["name"]).suffix for e in EXAMPLES}
    assert {".txt", ".jsonl", ".html"} <= names


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["name"] for e in EXAMPLES])
def test_docs_example_reads_as_documented(tmp_path: Path, example: dict[str, str]) -> None:
    path = tmp_path / example["name"]
    path.write_text(example["body"], encoding="utf-8")
    read = Read([path])
    if example["code"]:
        assert read.errors, f"{example['name']} should give {example['code']}"
        assert all(e.code == example["code"] for e in read.errors)
    else:
        assert read.errors == []
        assert read.documents


def test_docs_shown_error_lines_are_the_real_ones(tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    for example in (e for e in EXAMPLES if e["code"]):
        path = tmp_path / example["name"]
        path.write_text(example["body"], encoding="utf-8")
        for error in Read([path]).errors:
            line = str(error).replace(str(tmp_path) + "/", "")
            shown = line if len(line) <= 100 else line[:100]
            assert shown.split(" write `date")[0] in text, line


def test_docs_dated_text_example_matches_the_description(tmp_path: Path) -> None:
    body = next(e["body"] for e in EXAMPLES if e["name"] == "cairo.txt")
    path = tmp_path / "cairo.txt"
    path.write_text(body, encoding="utf-8")
    doc = Read([path]).document
    assert (str(doc.date), doc.date_source, doc.date_evidence) == ("2024-02-06", "given", "date header, line 1")
    assert doc.title == "Blinken lands in Cairo on Mideast crisis tour"
    assert doc.text.startswith("US Secretary of State")

"""Legacy encodings decode with a notice naming the encoding; UTF-8 (with or without BOM) says nothing."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tests.ingest.reading import FIXTURES, Read

ARTICLE = "Café owners said “no place is safe” – at least 99 people were killed, the ministry said."


def test_cp1252_file_gives_notice_naming_the_encoding() -> None:
    path = FIXTURES / "cp1252_article.txt"
    read = Read([path])
    doc = read.document
    assert doc.text.startswith("Café owners in Rafah said “no place is safe” – at least 99")
    assert [(n.where, "cp1252" in n.message) for n in read.notices] == [(str(path), True)]
    assert read.items.index(read.notices[0]) < read.items.index(doc)


@pytest.mark.parametrize(
    ("data", "encoding_named"),
    [
        (ARTICLE.encode("utf-8"), None),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), None),
        (ARTICLE.encode("utf-16"), "utf-16"),  # Python writes a BOM
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
        (ARTICLE.encode("cp1252"), "cp1252"),
        ("Les résultats étaient très clairs, dit le ministre.".encode("latin-1"), "cp1252"),
    ],
)
def test_text_decodes_and_names_any_fallback(tmp_path: Path, data: bytes, encoding_named: str | None) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    read = Read([path])
    assert not read.document.text.startswith("\ufeff")
    assert read.document.text[:4] in ("Café", "Les ")
    if encoding_named is None:
        assert read.notices == []
    else:
        assert len(read.notices) == 1
        assert f"decoded as {encoding_named}" in read.notices[0].message


def test_utf16_jsonl_with_bom_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes('{"text": "One – a"}\n{"text": "Two “b”", "date": "2024-02-06"}\n'.encode("utf-16"))
    read = Read([path])
    assert [(d.text, d.sources[0].line) for d in read.documents] == [("One – a", 1), ("Two “b”", 2)]
    assert "utf-16" in read.notices[0].message

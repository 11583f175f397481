"""The article size limit can be raised from the command line, and its error says how."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.errors import TooLargeError
from tests.ingest.reading import Read

# About 2,900 bytes: over a 1,000-byte limit, under the default.
ARTICLE = "date 2024-02-06\n" + "Israeli strikes hit Rafah on Tuesday, officials said. " * 53 + "\n"


def _ingest(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(
        app, ["ingest", *args, "--quiet", "--json", "--workers", "1", "--no-resolve"], env={"DATELINE_DB": None}
    )
    return result.exit_code, json.loads(result.stdout)


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "long.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_error_names_the_option_that_raises_the_limit(article: Path, tmp_path: Path) -> None:
    code, report = _ingest(str(article), "--db", str(tmp_path / "s.db"), "--max-article-bytes", "1000")
    assert code == 1
    assert report["added"] == 0
    [error] = report["errors"]
    assert error["code"] == TooLargeError.code
    assert "1,000-byte article limit" in error["message"]
    assert "--max-article-bytes" in error["message"]


def test_raising_the_limit_lets_the_article_in(article: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    assert _ingest(str(article), "--db", db, "--max-article-bytes", "1000")[1]["added"] == 0
    code, report = _ingest(str(article), "--db", db, "--max-article-bytes", "10000")
    assert code == 0
    assert report["added"] == 1
    assert not report["errors"]


def test_jsonl_line_over_the_limit_names_the_option(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    rows = [{"text": "Short item about Gaza.", "date": "2024-02-06"}, {"text": "x " * 800, "date": "2024-02-06"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    read = Read([path], max_article_bytes=1000)
    assert len(read.documents) == 1
    [error] = read.errors
    assert error.where == f"{path}:2"
    assert "--max-article-bytes" in error.message


def test_limit_must_be_positive(article: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["ingest", str(article), "--db", str(tmp_path / "s.db"), "--max-article-bytes", "0"],
        env={"DATELINE_DB": None},
    )
    assert result.exit_code == 2  # a usage error: nothing is read
    assert not (tmp_path / "s.db").exists()

"""Review findings on the command line, checked as a user meets them: `dateline` in a real subprocess over real
files and a real SQLite store (a missing input path; the toll table in an 80-column terminal)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from dateline.cli.output import WORD_MAX
from tests.conftest import REPO

# Figures whose reporters, kinds and values split mid-word in an 80-column table before ("unattr/ibuted",
# "cumulat/ive", "Twenty-/four"), under headers that split too ("report/er", "value_/text").
ARTICLES = {
    "a.txt": "date 2025-04-27\nIsraeli strikes killed 45 people across the Gaza Strip overnight, bringing the death "
    "toll to 52,243, the Gaza Health Ministry said.\n",
    "b.txt": "date 2025-03-18\nAt least 26 Palestinians were killed in an Israeli airstrike on a school in Jabalia, "
    "including four children.\n",
    "c.txt": "date 2025-05-02\nTwenty-four Palestinians were killed in Khan Younis on Thursday, Palestinian Civil "
    "Defence authorities said.\n",
}
TOLL_COLUMNS = ["date", "reporter", "value_text", "kind", "who", "place", "doc_id"]  # dateline.cli.corpus


def dateline(*args: str, columns: int = 200, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """`python -m dateline ARGS` as a user runs it, in a terminal `columns` wide, without the caller's DATELINE_DB."""
    env = {k: v for k, v in os.environ.items() if k != "DATELINE_DB"}
    return subprocess.run(
        [sys.executable, "-m", "dateline", *args], capture_output=True, text=True, cwd=cwd, timeout=600,
        env={**env, "COLUMNS": str(columns)},
    )


@pytest.fixture(scope="module")
def tolls_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tolls")
    (folder / "articles").mkdir()
    for name, text in ARTICLES.items():
        (folder / "articles" / name).write_text(text, encoding="utf-8")
    db = folder / "tolls.db"
    proc = dateline("ingest", str(folder / "articles"), "--db", str(db), "--quiet", "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    return db


# --- a missing input path is a usage error ---------------------------------------------------------------


def test_ingest_of_a_missing_path_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    db = tmp_path / "never.db"
    proc = dateline("ingest", "/no/such/path", "--db", str(db))
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "/no/such/path does not exist" in proc.stderr and "Traceback" not in proc.stderr
    assert not db.exists()  # refused before a store is created


def test_ingesting_the_folder_that_holds_the_store_leaves_the_store_alone(tmp_path: Path) -> None:
    # the default store ./dateline.db lies in the folder a user ingests with `dateline ingest .`
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    first = dateline("ingest", ".", "--workers", "1", cwd=tmp_path)
    again = dateline("ingest", ".", "--workers", "1", cwd=tmp_path)
    assert first.returncode == 0 and again.returncode == 0, (first.stderr, again.stderr)
    assert "0 failed" in again.stderr and "E109" not in again.stderr
    assert "3 already stored" in again.stderr


def test_ingest_refuses_the_whole_command_when_one_path_is_missing(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLES["a.txt"], encoding="utf-8")
    link = tmp_path / "moved.txt"
    link.symlink_to(tmp_path / "gone.txt")
    db = tmp_path / "never.db"
    for missing, why in ((tmp_path / "typo.txt", "does not exist"), (link, "is a broken symbolic link")):
        proc = dateline("ingest", str(good), str(missing), "--db", str(db), "--quiet", "--workers", "1")
        assert proc.returncode == 2 and f"{missing} {why}" in proc.stderr, proc.stderr
    assert not db.exists()  # nothing ingested from the paths that were there either


# --- the toll table at 80 columns ------------------------------------------------------------------------


def _table_words(table: str) -> set[str]:
    return set(re.findall(r"[^\s│┃]+", table))


def test_toll_table_at_80_columns_splits_no_header_and_no_word(tolls_db: Path) -> None:
    rows = json.loads(dateline("toll", "killed", "--db", str(tolls_db), "--json").stdout)
    assert {r["kind"] for r in rows} >= {"cumulative", "incident"} and "unattributed" in {r["reporter"] for r in rows}
    proc = dateline("toll", "killed", "--db", str(tolls_db), columns=80)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    # one header line between the top rule and the heavy rule below it: no header was wrapped
    assert lines[0].startswith("┏") and lines[2].startswith("┡"), proc.stdout
    shown = lines[1].strip("┃ ").split(" ┃ ")
    shown = [h.strip() for h in shown]
    assert shown[0] == "date" and "doc_id" in shown and set(shown) <= set(TOLL_COLUMNS)
    hidden = [k for k in TOLL_COLUMNS if k not in shown]
    if hidden:  # what is left out is said, with the way to get it
        assert ", ".join(hidden) in proc.stderr and "--json" in proc.stderr
    words = _table_words(proc.stdout)
    for row in rows:
        for key in shown:
            for word in str(row[key] or "").split():
                if len(word) <= WORD_MAX:
                    assert word in words, f"{key} value {row[key]!r} split at 80 columns:\n{proc.stdout}"
    assert {"unattributed", "cumulative", "Twenty-four"} <= words


def test_toll_table_in_a_wide_terminal_shows_every_column(tolls_db: Path) -> None:
    proc = dateline("toll", "killed", "--db", str(tolls_db), columns=200)
    header = proc.stdout.splitlines()[1]
    assert [h.strip() for h in header.strip("┃ ").split(" ┃ ")] == TOLL_COLUMNS
    assert "not shown" not in proc.stderr


def test_show_keeps_the_file_position_apart_from_the_url(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "Rescuers pulled two survivors from the rubble in Antakya.",
                                "date": "2023-02-10", "url": "https://news.example/quake"}) + "\n", encoding="utf-8")
    db = tmp_path / "show.db"
    assert dateline("ingest", str(feed), "--db", str(db), "--quiet", "--no-resolve").returncode == 0
    doc_id = json.loads(dateline("docs", "--json", "--db", str(db)).stdout)[0]["id"]
    shown = dateline("show", doc_id, "--db", str(db)).stdout
    assert f"source: https://news.example/quake ({feed}:1)" in shown
    assert "1 sentence" in shown and "1 sentences" not in shown


def test_an_empty_toll_names_the_filter_and_is_still_a_csv_file(tolls_db: Path) -> None:
    proc = dateline("toll", "killed", "--reporter", "Nobody Here", "--csv", "--db", str(tolls_db))
    assert proc.returncode == 0
    assert proc.stdout.splitlines()[0].startswith("doc_id,doc_date,")  # the header, no rows
    assert len(proc.stdout.splitlines()) == 1
    assert "reported by 'Nobody Here'" in proc.stderr and "in this range" not in proc.stderr

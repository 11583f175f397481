"""Rough edges found by a new user, checked as a user meets them: real files, real SQLite stores, the command
line run in a subprocess (ingest, tables, exit codes) or in-process with Typer's runner (the quick read commands).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from tests.conftest import REPO

# Three dated articles whose file order is not their date order; two report an earlier day than their own date.
ARTICLES = {
    "a.txt": "date 2025-03-10\nAt least 12 people were killed in an Israeli strike on Rafah on March 9, the health "
    "ministry said. Israeli jets struck a school in Rafah on March 9.\n",
    "b.txt": "date 2025-03-01\nFive people were injured when Israeli forces attacked a crowd in Khan Younis, "
    "officials said.\n",
    "c.txt": "date 2025-03-05\nOn February 20, 30 people were killed in an Israeli airstrike on Gaza City, the "
    "ministry said. Israeli forces bombed Gaza City on February 20.\n",
}


def dateline(
    *args: str, env: dict[str, str] | None = None, cwd: Path = REPO, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run `python -m dateline ARGS` as a user would, without inheriting a DATELINE_DB from the caller."""
    base = {k: v for k, v in os.environ.items() if k != "DATELINE_DB"}
    cmd = [sys.executable, "-m", "dateline", *args]
    proc = subprocess.run(
        cmd, capture_output=True, text=True, env={**base, "COLUMNS": "200", **(env or {})}, cwd=cwd, timeout=600
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"{cmd} exited {proc.returncode}\nstdout: {proc.stdout}\nstderr: {proc.stderr}")
    return proc


def cli(*args: str, env: dict[str, str | None] | None = None) -> str:
    """Run a read command in-process (no DATELINE_DB unless given) and return its stdout; it must succeed."""
    result = CliRunner().invoke(app, list(args), env={"DATELINE_DB": None, **(env or {})})
    assert result.exit_code == 0, (args, result.output, result.exception)
    return result.stdout


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("polish") / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def store(articles: Path) -> Path:
    db = articles.parent / "polish.db"
    proc = dateline("ingest", str(articles), "--db", str(db), "--quiet", "--json", "--workers", "1")
    report = json.loads(proc.stdout)
    assert report["added"] == len(ARTICLES), report
    return db


def _doc_count(stdout: str) -> int:
    return len(json.loads(stdout))


# --- 1. --db before or after the command name ------------------------------------------------------------


@pytest.mark.parametrize("command", [["docs"], ["figures"], ["events"], ["quotes"], ["entities"], ["stats"]])
def test_global_db_before_the_command_opens_that_store(store: Path, command: list[str]) -> None:
    before = cli("--db", str(store), *command, "--json")
    assert before.strip() not in ("", "[]")
    assert json.loads(before) == json.loads(cli(*command, "--json", "--db", str(store)))


def test_global_db_before_the_command_in_a_real_process(store: Path) -> None:
    assert _doc_count(dateline("--db", str(store), "docs", "--json").stdout) == len(ARTICLES)


def test_global_db_works_for_search_and_show(store: Path) -> None:
    hits = json.loads(cli("--db", str(store), "search", "Rafah", "--json"))
    assert hits and hits[0]["doc_id"]
    shown = json.loads(cli("--db", str(store), "show", hits[0]["doc_id"], "--json"))
    assert shown["document"]["id"] == hits[0]["doc_id"]


def test_command_db_wins_over_global_db(store: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    assert _doc_count(cli("--db", str(missing), "docs", "--json", "--db", str(store))) == len(ARTICLES)
    proc = dateline("--db", str(store), "docs", "--json", "--db", str(missing), check=False)
    assert proc.returncode == 2 and str(missing) in proc.stderr
    assert not missing.exists()  # a read command never creates a store


def test_global_db_wins_over_env_and_env_still_works(store: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.db")
    assert _doc_count(cli("docs", "--json", env={"DATELINE_DB": str(store)})) == len(ARTICLES)
    assert _doc_count(cli("--db", str(store), "docs", "--json", env={"DATELINE_DB": missing})) == len(ARTICLES)
    assert _doc_count(cli("docs", "--json", "--db", str(store), env={"DATELINE_DB": missing})) == len(ARTICLES)


def test_global_db_is_where_ingest_writes(articles: Path, tmp_path: Path) -> None:
    db = tmp_path / "global.db"
    dateline("--db", str(db), "ingest", str(articles / "b.txt"), "--quiet", "--workers", "1", cwd=tmp_path)
    assert not (tmp_path / "dateline.db").exists()  # not the default store in the working folder
    assert _doc_count(cli("docs", "--json", "--db", str(db))) == 1


# --- 3. a broken link in an input folder is named, and --strict stops on it ------------------------------


@pytest.fixture
def folder_with_broken_link(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(ARTICLES["b.txt"], encoding="utf-8")
    (folder / "b_moved.txt").symlink_to(folder / "gone.txt")
    (folder / "c_good.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
    return folder


def test_ingest_names_a_broken_link_and_reads_the_rest(folder_with_broken_link: Path, tmp_path: Path) -> None:
    db = tmp_path / "links.db"
    proc = dateline(
        "ingest", str(folder_with_broken_link), "--db", str(db), "--quiet", "--json", "--workers", "1", check=False
    )
    assert proc.returncode == 1
    assert f"{folder_with_broken_link / 'b_moved.txt'}" in proc.stderr and "broken symbolic link" in proc.stderr
    report = json.loads(proc.stdout)
    assert report["added"] == 2 and report["failed"] == 1
    assert report["errors"][0]["where"] == str(folder_with_broken_link / "b_moved.txt")


def test_strict_ingest_stops_at_a_broken_link(folder_with_broken_link: Path, tmp_path: Path) -> None:
    db = tmp_path / "strict.db"
    proc = dateline(
        "ingest", str(folder_with_broken_link), "--db", str(db), "--strict", "--quiet", "--json", "--workers", "1",
        check=False,
    )
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    assert report["stopped_early"] is True
    assert report["added"] == 1 and report["failed"] == 1  # the file before the broken link is stored, none after


# --- 4. figures and events in date order -----------------------------------------------------------------


def _sort_key(row: dict) -> tuple:
    return (row["date_start"] is None, row["date_start"] or "", row["doc_id"], row["start"])


@pytest.mark.parametrize("command", ["figures", "events"])
def test_figures_and_events_are_listed_oldest_first_by_their_own_date(store: Path, command: str) -> None:
    rows = json.loads(cli(command, "--json", "--db", str(store)))
    assert len({r["doc_id"] for r in rows}) >= 2, rows  # several articles, so the order means something
    assert rows == sorted(rows, key=_sort_key)
    for r in rows:  # the date is the record's own time expression when it has one, else its article's
        assert r["date_start"] is not None
        assert r["date_start"] == r["doc_date"] or r["time_value"] not in (None, r["doc_date"])


@pytest.mark.parametrize("command", ["figures", "events"])
def test_table_starts_with_the_date_it_is_sorted_by(store: Path, command: str) -> None:
    rows = json.loads(cli(command, "--json", "--db", str(store)))
    table = dateline(command, "--db", str(store)).stdout
    lines = [line for line in table.splitlines() if line.startswith("│")]
    header = next(line for line in table.splitlines() if "date_start" in line)
    assert header.split("┃")[1].strip() == "date_start"
    first_cells = [line.split("│")[1].strip() for line in lines]
    assert first_cells == [r["date_start"] for r in rows]
    assert first_cells == sorted(first_cells)


def test_a_figure_reported_late_sorts_by_the_day_it_refers_to(store: Path) -> None:
    rows = json.loads(cli("figures", "--json", "--db", str(store)))
    got = [(r["date_start"], r["doc_date"], r["value_text"]) for r in rows]
    # "On February 20, 30 people were killed" (article of March 5) comes before the March 1 article's figure
    assert got[:2] == [("2025-02-20", "2025-03-05", "30"), ("2025-03-01", "2025-03-01", "Five")]


def test_unknown_figure_category_names_the_valid_ones(store: Path) -> None:
    result = CliRunner().invoke(app, ["figures", "--db", str(store), "--category", "kiled"], env={"DATELINE_DB": None})
    assert result.exit_code == 2
    assert "kiled" in result.output and "killed" in result.output and "hostages" in result.output


def test_figure_category_is_case_insensitive(store: Path) -> None:
    rows = json.loads(cli("figures", "--db", str(store), "--category", "KILLED", "--json"))
    assert rows and {r["category"] for r in rows} == {"killed"}


def test_entities_type_place_lists_every_place_label(store: Path) -> None:
    rows = json.loads(cli("entities", "--db", str(store), "--type", "PLACE", "--json"))
    assert {r["label"] for r in rows} <= {"GPE", "LOC", "FAC"}
    assert "Rafah" in {r["name"] for r in rows}


def test_an_unknown_entity_type_names_the_valid_ones(store: Path) -> None:
    result = CliRunner().invoke(app, ["entities", "--db", str(store), "--type", "PERSN"], env={"DATELINE_DB": None})
    assert result.exit_code == 2
    assert "PERSN" in result.output and "PERSON" in result.output


def test_a_timeline_for_a_name_no_article_bears_is_an_error_with_close_spellings(store: Path) -> None:
    proc = dateline("timeline", "--db", str(store), "--place", "Rafha", check=False)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert "no place named 'Rafha'" in proc.stderr and "Rafah" in proc.stderr
    # a name that is there gives its timeline
    assert "Rafah" in cli("timeline", "--db", str(store), "--place", "Rafah", "--format", "md")


def test_stats_count_entities_across_articles_as_the_entities_command_lists_them(store: Path) -> None:
    stats = json.loads(cli("stats", "--db", str(store), "--json"))
    listed = json.loads(cli("entities", "--db", str(store), "--json", "-n", "1000"))
    assert stats["corpus_entities"] == len(listed) > 0
    assert stats["entities"] >= stats["corpus_entities"]  # one per name per article


def test_csv_cells_have_no_line_breaks(store: Path) -> None:
    out = cli("search", "Rafah", "--db", str(store), "--csv")
    lines = out.splitlines()
    assert len(lines) == 1 + len(json.loads(cli("search", "Rafah", "--db", str(store), "--json")))

"""The command line as a user runs it: real subprocesses, real SQLite files, the bundled sample corpus."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

SEED_DATED_TEXT_START = "GAZA STRIP"


def run(*args: str, db: Path | None = None, input: str | None = None, check: bool = True):
    cmd = [sys.executable, "-m", "dateline", *args]
    if db is not None:
        cmd += ["--db", str(db)]
    env = {**os.environ, "COLUMNS": "200"}
    proc = subprocess.run(cmd, capture_output=True, text=True, input=input, env=env, cwd=REPO, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"{cmd} exited {proc.returncode}\nstdout: {proc.stdout}\nstderr: {proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "sample.db"
    proc = run("demo", "--quiet", db=db)
    assert "documents" in proc.stdout
    return db


def test_demo_prints_an_overview_of_the_sample(sample_db: Path) -> None:
    stats = json.loads(run("stats", "--json", db=sample_db).stdout)
    # 457 news items + 2 seed articles, less 2 items that appear twice (once on a misdated page, undated)
    assert stats["documents"] == 457
    assert stats["undated_documents"] == 1  # the undated seed: the duplicates took the date of their dated copy
    assert stats["sentences"] > stats["documents"]
    assert str(stats["date_min"]) <= "2024-02-06" and str(stats["date_max"]) >= "2026-01-01"


def test_seed_articles_keep_given_and_unknown_dates(sample_db: Path) -> None:
    docs = json.loads(run("docs", "--json", "--limit", "1000", db=sample_db).stdout)
    by_title = {d["title"]: d for d in docs}
    undated_seed = by_title["Blinken signals no immediate US press for Mideast cease-fire"]
    assert undated_seed["date"] is None and undated_seed["date_source"] == "unknown"
    dated = [d for d in docs if d["date"] == "2024-02-06"]
    assert len(dated) == 1 and dated[0]["date_source"] == "given"


def test_reingesting_the_same_articles_adds_nothing(sample_db: Path, sample_dir: Path) -> None:
    before = json.loads(run("stats", "--json", db=sample_db).stdout)["documents"]
    proc = run("ingest", str(sample_dir), "--quiet", "--json", db=sample_db)
    report = json.loads(proc.stdout)
    assert report["added"] == 0 and report["already_stored"] == 457 and report["duplicates"] == 2
    assert json.loads(run("stats", "--json", db=sample_db).stdout)["documents"] == before


def test_search_finds_ranked_sentences_with_snippets(sample_db: Path) -> None:
    hits = json.loads(run("search", "hostages", "--json", db=sample_db).stdout)
    assert hits and all("hostage" in h["snippet"].lower() for h in hits)


def test_search_date_range_filters_hits(sample_db: Path) -> None:
    hits = json.loads(
        run("search", "Rafah", "--from", "2025-05-01", "--to", "2025-05-31", "--json", db=sample_db).stdout
    )
    assert hits
    for h in hits:
        in_range = h["doc_date"] is not None and "2025-05-01" <= h["doc_date"] <= "2025-05-31"
        assert in_range or h.get("mentioned_dates"), h


def test_search_syntax_error_is_one_clear_line(sample_db: Path) -> None:
    proc = run("search", '"unbalanced', db=sample_db, check=False)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "E400" in proc.stderr


def test_entities_lists_people_by_mentions(sample_db: Path) -> None:
    rows = json.loads(run("entities", "--type", "PERSON", "--json", "-n", "20", db=sample_db).stdout)
    assert rows and all(r["label"] == "PERSON" for r in rows)
    names = " ".join(r["name"] for r in rows)
    assert "Netanyahu" in names


def test_show_accepts_an_id_prefix_and_highlights(sample_db: Path) -> None:
    docs = json.loads(run("docs", "--json", "--limit", "1", db=sample_db).stdout)
    prefix = docs[0]["id"][:6]
    annotated = json.loads(run("show", prefix, "--json", db=sample_db).stdout)
    assert annotated["document"]["id"] == docs[0]["id"]
    plain = run("show", prefix, db=sample_db).stdout
    assert annotated["document"]["text"][:30] in plain.replace("\n", " ")


def test_csv_output_has_a_header_and_rows(sample_db: Path) -> None:
    out = run("docs", "--csv", "--limit", "5", db=sample_db).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 5 and "id" in rows[0]


def test_two_output_formats_at_once_is_refused(sample_db: Path) -> None:
    proc = run("docs", "--json", "--csv", db=sample_db, check=False)
    assert proc.returncode == 2 and "Use just one of" in proc.stderr


def test_reading_a_missing_store_says_what_to_do(tmp_path: Path) -> None:
    proc = run("stats", db=tmp_path / "nope.db", check=False)
    assert proc.returncode == 2 and "dateline ingest" in proc.stderr
    assert not (tmp_path / "nope.db").exists()


def test_bad_records_are_named_and_the_rest_is_ingested(tmp_path: Path) -> None:
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text("date 2024-03-01 Talks resumed in Cairo on Friday, officials said.\n")
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "feed.jsonl").write_text(
        json.dumps({"text": "Aid trucks entered Gaza on Sunday.", "date": "2024-03-03"}) + "\n{not json\n"
    )
    db = tmp_path / "x.db"
    proc = run("ingest", str(tmp_path / "in"), "--quiet", "--json", db=db, check=False)
    assert proc.returncode == 1
    assert "empty.txt" in proc.stderr and "feed.jsonl:2" in proc.stderr
    assert json.loads(proc.stdout)["added"] == 2


def test_strict_stops_at_the_first_bad_record(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": f"Item {i}: a meeting took place in Doha on Monday."}) for i in range(3)]
    feed.write_text("\n".join([lines[0], "{broken", lines[1], lines[2]]) + "\n")
    proc = run("ingest", str(feed), "--strict", "--quiet", "--json", db=tmp_path / "s.db", check=False)
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    assert report["stopped_early"] is True
    assert report["added"] == 1  # the record before the bad one is stored, none after it is read


def test_same_text_from_two_urls_is_one_document_with_two_sources(tmp_path: Path) -> None:
    text = "The ministry said 12 people were wounded in the strike on Tuesday."
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"text": text, "url": "https://a.example/1", "date": "2024-03-05"})
        + "\n"
        + json.dumps({"text": text + "  ", "url": "https://b.example/2", "date": "2024-03-05"})
        + "\n"
    )
    db = tmp_path / "d.db"
    run("ingest", str(feed), "--quiet", db=db)
    docs = json.loads(run("docs", "--json", db=db).stdout)
    assert len(docs) == 1
    annotated = json.loads(run("show", docs[0]["id"], "--json", db=db).stdout)
    assert {s["url"] for s in annotated["document"]["sources"]} == {"https://a.example/1", "https://b.example/2"}


def test_stdin_is_read_with_a_dash(tmp_path: Path) -> None:
    db = tmp_path / "stdin.db"
    run("ingest", "-", "--quiet", db=db, input="date 2024-02-06 Blinken met Sisi in Cairo on Tuesday.\n")
    docs = json.loads(run("docs", "--json", db=db).stdout)
    assert docs[0]["date"] == "2024-02-06"


def test_annotate_prints_records_whose_spans_point_into_the_text(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("date 2024-02-06 US Secretary of State Antony Blinken landed in Egypt on Feb 6.\n")
    out = run("annotate", str(article), "--format", "json").stdout
    annotated = json.loads(out)
    text = annotated["document"]["text"]
    records = [r for kind in ("mentions", "timexes", "quotes", "figures", "events") for r in annotated[kind]]
    assert annotated["mentions"]
    for r in records:
        assert text[r["start"] : r["end"]] == r["text"]
        assert r["doc_id"] == annotated["document"]["id"]


def test_every_command_has_an_example_in_its_help_and_in_the_docs() -> None:
    from typer.main import get_command

    from dateline.cli import app

    root = get_command(app)
    docs = (REPO / "docs" / "cli.md").read_text()
    names: list[str] = []
    for name, cmd in root.commands.items():
        if hasattr(cmd, "commands"):
            names += [f"{name} {sub}" for sub in cmd.commands]
            for sub in cmd.commands.values():
                assert "Example:" in (sub.help or ""), f"dateline {name} {sub.name} has no example"
        else:
            names.append(name)
            assert "Example:" in (cmd.help or ""), f"dateline {name} has no example"
    for name in names:
        assert f"dateline {name}" in docs, f"docs/cli.md does not document `dateline {name}`"


def test_search_matches_other_forms_of_a_word(sample_db: Path) -> None:
    hits = json.loads(
        run("search", "hostages released", "--from", "2025-01-15", "--to", "2025-02", "--json", db=sample_db).stdout
    )
    assert hits, "stemming: 'released' should find 'releases' / 'release'"
    assert all(
        h["doc_date"] is None or "2025-01-15" <= h["doc_date"] <= "2025-02-28" or h["mentioned_dates"] for h in hits
    )


def test_stats_as_csv_gives_key_value_rows(sample_db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run("stats", "--csv", db=sample_db).stdout)))
    assert {"key": "documents", "value": "457"} in rows


def test_event_type_typo_lists_the_plover_types(sample_db: Path) -> None:
    proc = run("events", "--type", "BOMB", db=sample_db, check=False)
    assert proc.returncode == 2 and "ASSAULT" in proc.stderr


def test_show_accepts_an_uppercase_prefix(sample_db: Path) -> None:
    docs = json.loads(run("docs", "--json", "--limit", "1", db=sample_db).stdout)
    annotated = json.loads(run("show", docs[0]["id"][:6].upper(), "--json", db=sample_db).stdout)
    assert annotated["document"]["id"] == docs[0]["id"]


def test_a_read_command_leaves_no_wal_files_behind(sample_db: Path) -> None:
    run("stats", db=sample_db)
    assert not Path(f"{sample_db}-wal").exists() and not Path(f"{sample_db}-shm").exists()


def test_version_is_printed() -> None:
    assert run("--version").stdout.startswith("dateline ")

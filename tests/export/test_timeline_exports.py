"""Timeline exports as a user opens them: Markdown with footnotes, TimelineJS3 JSON its viewer loads, CSV rows,
and `dateline timeline` writing each of them."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.export.timeline_csv import COLUMNS, write_csv
from dateline.export.timeline_md import to_markdown
from dateline.export.timelinejs import to_timelinejs
from dateline.query.timeline import Timeline, build_timeline
from dateline.store import Store
from tests.conftest import REPO
from tests.query.test_timeline import write_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("timeline-export") / "story.db")


@pytest.fixture(scope="module")
def timeline(db: Path) -> Iterator[Timeline]:
    with Store.open(db, readonly=True) as store:
        yield build_timeline(store, "Karsk OR ceasefire", n_dates=3, n_sentences=2)


def check_timelinejs(data: Any) -> None:
    """The TimelineJS3 JSON format (timeline.knightlab.com/docs/json-format.html): `events` (required) is a list
    of slides, each with a `start_date` date object (`year` required, month 1-12, day 1-31, numbers) and an
    optional `text` object of `headline`/`text` strings; `title` is an optional slide without a date."""
    assert isinstance(data, dict) and set(data) <= {"events", "title", "eras", "scale"}
    assert isinstance(data["events"], list)
    for slide in data["events"] + ([data["title"]] if "title" in data else []):
        assert set(slide) <= {"start_date", "end_date", "text", "media", "group", "display_date", "background",
                              "autolink", "unique_id"}
        for key in ("headline", "text"):
            assert isinstance(slide.get("text", {}).get(key, ""), str)
    for slide in data["events"]:
        date = slide["start_date"]
        assert isinstance(date["year"], int)
        assert 1 <= date.get("month", 1) <= 12 and 1 <= date.get("day", 1) <= 31
    ids = [s["unique_id"] for s in data["events"] if "unique_id" in s]
    assert len(ids) == len(set(ids))


def test_timelinejs_has_the_shape_its_viewer_loads(timeline: Timeline) -> None:
    data = json.loads(json.dumps(to_timelinejs(timeline)))
    check_timelinejs(data)
    first = data["events"][0]
    assert first["start_date"] == {"year": 2024, "month": 3, "day": 1}
    assert "Karsk" in first["text"]["headline"] and "https://" in first["text"]["text"]  # source links


def test_timelinejs_escapes_article_text_as_html(timeline: Timeline) -> None:
    tl = timeline.model_copy(deep=True)
    tl.dates[0].sentences[0].text = "Rebels <script>alert(1)</script> & co"
    text = to_timelinejs(tl)["events"][0]["text"]["text"]
    assert "<script>" not in text and "&lt;script&gt;" in text


def test_markdown_footnotes_every_sentence_to_its_article(timeline: Timeline) -> None:
    md = to_markdown(timeline)
    assert md.startswith("# Timeline: Karsk OR ceasefire")
    assert "## 1 March 2024" in md and "## 8 March 2024" in md
    for src in timeline.sources():
        assert f"[^{src.ref}]:" in md and src.doc_id in md
    n_sentences = sum(len(d.sentences) for d in timeline.dates)
    assert sum(line.startswith("- ") and "[^" in line for line in md.splitlines()) == n_sentences
    assert "**Events:** ASSAULT “seized” Rebels → Karsk in Karsk — 2 reports" in md


def test_csv_has_one_row_per_sentence(timeline: Timeline) -> None:
    buf = io.StringIO()
    write_csv(timeline, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert list(rows[0]) == COLUMNS
    assert len(rows) == sum(len(d.sentences) for d in timeline.dates)
    assert rows[0]["date"] == "2024-03-01" and rows[0]["rank"] == "1"


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "160"}
    return subprocess.run([sys.executable, "-m", "dateline", *args], capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=120)


def test_the_command_writes_every_format(db: Path, tmp_path: Path) -> None:
    proc = run("timeline", "Karsk OR ceasefire", "--db", str(db), "--dates", "2")
    assert proc.returncode == 0, proc.stderr
    assert "2024-03-01" in proc.stdout and "Sources" in proc.stdout and "[1]" in proc.stdout
    data = json.loads(run("timeline", "Karsk", "--db", str(db), "--json").stdout)
    assert [d["date"] for d in data] == sorted(d["date"] for d in data)
    out = tmp_path / "karsk.json"
    proc = run("timeline", "Karsk", "--db", str(db), "--format", "timelinejs", "--out", str(out))
    assert proc.returncode == 0 and proc.stdout == ""
    check_timelinejs(json.loads(out.read_text(encoding="utf-8")))
    assert run("timeline", "Karsk", "--db", str(db), "-f", "md").stdout.startswith("# Timeline: Karsk")
    assert run("timeline", "Karsk", "--db", str(db), "-f", "csv").stdout.startswith("date,rank,text")


def test_the_command_explains_a_bad_query_on_one_line(db: Path) -> None:
    proc = run("timeline", '"unterminated', "--db", str(db))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "double quotes" in proc.stderr


@pytest.mark.slow
def test_the_bundled_sample_and_the_seeds_give_readable_timelines(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from tests.conftest import shared_data

    if "slow" not in (request.config.getoption("-m") or ""):
        pytest.skip("ingests the sample and the seeds (~20 s): run with -m slow")

    sample = tmp_path / "sample.db"
    assert run("demo", "--quiet", "--db", str(sample)).returncode == 0
    dates = json.loads(run("timeline", "hostages", "--from", "2025-01-01", "--to", "2025-03-31", "--db", str(sample),
                           "--json").stdout)
    assert len(dates) >= 5 and all("2025-01-01" <= d["date"] <= "2025-03-31" for d in dates)
    assert all("hostage" in s["text"].lower() for d in dates for s in d["sentences"])
    seeds = tmp_path / "seeds.db"
    assert run("ingest", str(shared_data("seeds")), "--db", str(seeds), "--workers", "1").returncode == 0
    proc = run("timeline", "--db", str(seeds))
    assert proc.returncode == 0 and "2024-02-06" in proc.stdout and "Sources" in proc.stdout


def test_the_header_counts_the_articles_it_cites(db: Path) -> None:
    with Store.open(db, readonly=True) as store:
        one_day = build_timeline(store, "Karsk OR ceasefire", n_dates=1, n_sentences=1)
    cited = len(one_day.sources())
    assert one_day.n_documents > cited  # the query matched more articles than the one day cites
    md = to_markdown(one_day)
    header = md.splitlines()[2]
    assert f"from {cited} article" in header and f"({one_day.n_documents} matched)" in header
    assert md.count("]: ") == cited  # one footnote per article counted
    assert f"from {cited} article" in to_timelinejs(one_day)["title"]["text"]["text"]

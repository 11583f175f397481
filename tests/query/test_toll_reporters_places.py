"""`dateline toll` on a store built by `dateline ingest` (annotation and the corpus step): reporters are the bodies
that gave the figures, one name per body; a running total is at its reporter's place when its sentence names none;
sub-counts stay out of the running totals; a toll is at the place of the killing, not of a later occasion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from tests.test_cli import run

ARTICLES = [
    ("2025-03-01", "Gaza health officials say that Israeli fire has killed four Palestinians in Khan Younis."),
    ("2025-03-02", "The Israeli military says that it killed two militants in the northern Gaza Strip."),
    ("2025-03-03", "Eight people were killed in a strike in Gaza City, according to Palestinian authorities."),
    ("2025-03-04", "At least six people were killed in Deir al-Balah, according to Gaza's civil defence agency."),
    ("2025-03-05", "The Gaza Health Ministry said 40 people were killed in Rafah in the Gaza Strip."),
    (
        "2025-03-06",
        "At least 91 people were killed in Israeli strikes on Gaza overnight, according to the Health Ministry in "
        "the Hamas-run territory.",
    ),
    (
        "2025-03-07",
        "The Gaza Health Ministry reports that the death toll of Palestinians killed in the war has reached 48,600 "
        "people.",
    ),
    (
        "2025-03-09",
        "The Gaza health ministry updates the total Palestinian casualties to 48,750 killed and 111,000 injured.",
    ),
    ("2025-03-10", "UNICEF reports that at least 41 children have died of malnutrition in Gaza throughout the war."),
    (
        "2025-03-11",
        "Two Palestinians are killed in Gaza by Israeli fire, bringing the total to at least 17 people killed since "
        "the start of the ceasefire.",
    ),
    (
        "2025-03-12",
        "Twelve Palestinians are killed in Israeli attacks across the Gaza Strip ahead of ceasefire talks in Qatar, "
        "bringing the death toll to 48,900.",
    ),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("toll_review")
    feed = folder / "feed.jsonl"
    feed.write_text(
        "".join(
            json.dumps({"date": day, "title": f"Report {n}", "text": text, "source": "Test Wire"}) + "\n"
            for n, (day, text) in enumerate(ARTICLES)
        ),
        encoding="utf-8",
    )
    path = folder / "dateline.db"
    run("ingest", str(feed), "--quiet", "--workers", "1", db=path)
    return path


def _toll(db: Path, *args: str) -> list[dict]:
    result = CliRunner().invoke(app, ["toll", "killed", *args, "--json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _by_value(points: list[dict]) -> dict[str, dict]:
    return {p["value_text"]: p for p in points}


def test_a_place_or_nationality_never_stands_in_for_the_reporting_body(db: Path) -> None:
    points = _by_value(_toll(db))
    assert points["four"]["reporter"] == "Gaza health officials"
    assert points["two"]["reporter"] == "Israeli military"
    assert points["Eight"]["reporter"] == "Palestinian authorities"
    assert points["At least six"]["reporter"] == "Gaza civil defence agency"
    reporters = {p["reporter"] for p in points.values()}
    assert not reporters & {"Gaza Strip", "Gaza", "Israeli", "Palestinian"}


def test_one_ministry_is_one_reporter_however_it_is_written(db: Path) -> None:
    points = _by_value(_toll(db))
    written = {points[v]["reporter_as_written"] for v in ("40", "At least 91", "48,600", "48,750")}
    assert written == {"The Gaza Health Ministry", "the Health Ministry", "The Gaza health ministry"}
    assert {points[v]["reporter"] for v in ("40", "At least 91", "48,600", "48,750")} == {"Gaza Health Ministry"}
    series = _toll(db, "--reporter", "Gaza Health Ministry")
    assert [p["value_text"] for p in series] == ["40", "At least 91", "48,600", "48,750"]


def test_a_total_whose_sentence_names_no_place_is_at_its_reporters_place(db: Path) -> None:
    totals = _by_value(_toll(db, "--place", "Gaza", "--kind", "cumulative"))
    assert totals["48,600"]["place"] == "Gaza" and totals["48,600"]["place_basis"] == "reporter"
    assert totals["48,600"]["reporter"] == "Gaza Health Ministry"


def test_the_body_that_updates_a_total_reports_it(db: Path) -> None:
    totals = _by_value(_toll(db, "--place", "Gaza", "--kind", "cumulative"))
    assert totals["48,750"]["reporter"] == "Gaza Health Ministry"


def test_sub_counts_of_a_cause_or_since_a_ceasefire_are_not_running_totals(db: Path) -> None:
    totals = [p["value_text"] for p in _toll(db, "--place", "Gaza", "--kind", "cumulative")]
    assert totals == ["48,600", "48,750", "48,900"]
    parts = _by_value(_toll(db, "--place", "Gaza", "--kind", "part"))
    assert {"at least 41", "at least 17"} <= set(parts)


def test_a_toll_is_at_the_place_of_the_killing_not_of_a_later_occasion(db: Path) -> None:
    points = _by_value(_toll(db))
    assert points["48,900"]["place"] == "Gaza Strip"
    assert _toll(db, "--place", "Qatar") == []

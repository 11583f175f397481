"""The corpus step's orchestrator: every step sees each document once, in order, and a rerun does nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.errors import StoreError
from dateline.resolve import STEP_NAMES, resolve_corpus
from dateline.store import Store
from tests.query.corpus import attack, cairo, jerusalem


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "dateline.db"
    with Store.open(path) as store, store.transaction():
        for ad in (cairo(), attack()):
            store.add_annotated(ad)
    return path


def _seen(store: Store) -> dict[str, int]:
    rows = store.connection.execute("SELECT step, COUNT(*) FROM resolved GROUP BY step")
    return dict(rows.fetchall())


def test_each_step_sees_each_new_document_once(db: Path) -> None:
    with Store.open(db) as store:
        first = resolve_corpus(store)
        assert [s.step for s in first.steps] == list(STEP_NAMES)
        assert all(s.documents == 2 for s in first.steps)
        assert _seen(store) == dict.fromkeys(STEP_NAMES, 2)
        again = resolve_corpus(store)
        assert all(s.documents == 0 for s in again.steps)
        with store.transaction():
            store.add_annotated(jerusalem())
        third = resolve_corpus(store)
        assert {s.step: s.documents for s in third.steps}["entities"] == 1
        assert _seen(store) == dict.fromkeys(STEP_NAMES, 3)


def test_full_redoes_every_document_and_keeps_the_annotations(db: Path) -> None:
    with Store.open(db) as store:
        resolve_corpus(store)
        before = store.connection.execute("SELECT COUNT(*) FROM mentions").fetchone()[0]
        report = resolve_corpus(store, full=True)
        assert all(s.documents == 2 for s in report.steps)
        assert store.connection.execute("SELECT COUNT(*) FROM mentions").fetchone()[0] == before


def test_an_unknown_step_is_refused_before_anything_is_written(db: Path) -> None:
    with Store.open(db) as store:
        with pytest.raises(StoreError, match="unknown resolution step 'dates'"):
            resolve_corpus(store, steps=["entities", "dates"])
        assert _seen(store) == {}


def test_resolve_command_reports_steps_as_json(db: Path) -> None:
    result = CliRunner().invoke(app, ["resolve", "--json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [s["step"] for s in report["steps"]] == list(STEP_NAMES)
    assert "dating: 2 documents" in result.stderr


def test_resolve_command_on_a_missing_store_says_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["resolve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    assert "run `dateline ingest" in str(result.exception) or "dateline ingest" in result.output


def test_a_given_date_is_never_changed_by_the_corpus_step(db: Path) -> None:
    with Store.open(db) as store:
        resolve_corpus(store)
        row = store.connection.execute(
            "SELECT date, date_source FROM documents WHERE title = 'Blinken in Cairo'"
        ).fetchone()
    assert row == (dt.date(2024, 2, 6).isoformat(), "given")

"""A `kill -9` in the middle of `dateline ingest` leaves a readable store, and re-running finishes the job."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import REPO


def _count_documents(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


def _doc_id_tables(con: sqlite3.Connection) -> list[str]:
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    out = []
    for t in tables:
        if t == "documents" or t.startswith(("sqlite_", "sentences_fts")):
            continue
        cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]  # names come from sqlite_master
        if "doc_id" in cols:
            out.append(t)
    return out


def test_kill_9_mid_ingest_leaves_whole_documents_and_rerun_completes(tmp_path: Path, sample_dir: Path) -> None:
    db = tmp_path / "crash.db"
    cmd = [
        sys.executable,
        "-m",
        "dateline",
        "ingest",
        str(sample_dir),
        "--db",
        str(db),
        "--quiet",
        "--workers",
        "1",
        "--batch-size",
        "4",
    ]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 180
    while _count_documents(db) < 20:
        assert proc.poll() is None, "ingest finished before it could be killed: make the corpus bigger"
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {r[0] for r in con.execute("SELECT id FROM documents")}
    assert 20 <= len(stored) < 457
    for table in _doc_id_tables(con):
        orphans = con.execute(
            f'SELECT count(*) FROM "{table}" WHERE doc_id NOT IN (SELECT id FROM documents)'
        ).fetchone()[0]
        assert orphans == 0, f"{table} has rows of a document that is not stored"
    without_sentences = con.execute(
        "SELECT count(*) FROM documents WHERE id NOT IN (SELECT doc_id FROM sentences)"
    ).fetchone()[0]
    assert without_sentences == 0
    con.close()

    rerun = subprocess.run([*cmd, "--json"], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads(rerun.stdout)
    assert report["already_stored"] >= len(stored)
    assert report["added"] == 457 - len(stored)
    assert _count_documents(db) == 457

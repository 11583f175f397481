"""`dateline eval tls`: the Timeline17 protocol on a tiny news-tls-layout topic, its metrics and averages; the
H1N1 dev figures themselves are a slow test."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("tilse")

from dateline.eval.tls import evaluate_topic, report
from dateline.eval.tls_data import find_topics
from dateline.eval.tls_metrics import PRF, Scores, average, score
from dateline.store import Store
from tests.conftest import REPO, shared_data
from tests.query.test_timeline import MARCH_1, MARCH_8, write_store

GOLD = [
    ["2024-03-01T00:00:00", ["Rebels seized the town of Karsk .", "Forty people were killed ."]],
    ["2024-03-08T00:00:00", ["A ceasefire was agreed ."]],
]


@pytest.fixture()
def topic_dir(tmp_path: Path) -> Path:
    topic = tmp_path / "t17" / "karsk"
    topic.mkdir(parents=True)
    (topic / "keywords.json").write_text(json.dumps(["karsk", "ceasefire"]), encoding="utf-8")
    (topic / "timelines.jsonl").write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    return tmp_path / "t17"


def test_a_perfect_timeline_scores_one() -> None:
    gold = {MARCH_1: ["Rebels seized the town of Karsk ."], MARCH_8: ["A ceasefire was agreed ."]}
    s = score(gold, gold)
    assert s.dates.f_score == 1.0
    assert s.rouge["concat"]["rouge_1"].f_score == pytest.approx(1.0)
    assert s.rouge["align_m1"]["rouge_2"].f_score == pytest.approx(1.0)
    missed = score({dt.date(2024, 3, 2): ["Rebels seized the town of Karsk."]}, gold)
    assert missed.dates.f_score == 0.0 and missed.rouge["concat"]["rouge_1"].recall > 0  # punctuation split off


def test_averages_are_f_of_mean_precision_and_mean_recall_as_in_news_tls() -> None:
    def one(p: float, r: float) -> Scores:
        prf = PRF(precision=p, recall=r)
        return Scores(rouge={m: {"rouge_1": prf, "rouge_2": prf} for m in ("concat", "agreement", "align_m1")},
                      dates=prf)

    avg = average([one(1.0, 0.0), one(0.0, 1.0)])
    assert avg.dates.precision == 0.5 and avg.dates.recall == 0.5
    assert avg.dates.f_score == pytest.approx(0.5)  # the mean of the two F scores would be 0


def test_the_protocol_asks_for_t_dates_with_l_sentences(topic_dir: Path, tmp_path: Path) -> None:
    (topic,) = find_topics(topic_dir)
    assert topic.query() == '"karsk" OR "ceasefire"'
    (gold,) = topic.timelines
    assert len(gold.dates) == 2 and gold.sentences_per_date == 2  # 1.5 rounds to 2, as news-tls does
    with Store.open(write_store(tmp_path / "story.db"), readonly=True) as store:
        results = evaluate_topic(store, topic)
    assert [r.system for r in results] == ["dateline", "random", "pubcount"]
    ours = results[0]
    assert len(ours.predicted) == 2 and "2024-03-01" in ours.predicted
    assert all(1 <= len(s) <= 2 for s in ours.predicted.values())
    # only articles published within the gold span are read: the ceasefire report came out on 9 March
    assert not any("ceasefire" in s for ss in ours.predicted.values() for s in ss)
    rep = report([topic.name], results)
    assert rep.average["dateline"].dates.f_score >= rep.average["pubcount"].dates.f_score


def test_the_command_prints_system_and_baselines(topic_dir: Path, tmp_path: Path) -> None:
    db = write_store(tmp_path / "story.db")
    cmd = [sys.executable, "-m", "dateline", "eval", "tls", str(topic_dir), "--db", str(db)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, timeout=120,
                          env={**os.environ, "COLUMNS": "160"})
    assert proc.returncode == 0, proc.stderr
    for word in ("dateline", "random", "pubcount", "Date F1"):
        assert word in proc.stdout
    data = json.loads(subprocess.run([*cmd, "--json"], capture_output=True, text=True, cwd=REPO,
                                     timeout=120).stdout)
    assert data["average"]["dateline"]["dates"]["recall"] == 0.5


@pytest.mark.slow
def test_h1n1_dev_topic_beats_datewise(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Published news-tls DATEWISE on full T17: AR-1 F 0.120, AR-2 F 0.035, Date F1 0.544."""
    if "slow" not in (request.config.getoption("-m") or ""):
        pytest.skip("scores the H1N1 dev topic: run with -m slow")
    dataset = shared_data("tls-dev", "t17-h1n1")
    stored = Path("/tmp/stores/h1n1.db")
    if not stored.exists():
        pytest.skip("the ingested H1N1 store is not at /tmp/stores/h1n1.db")
    db = tmp_path / "h1n1.db"
    shutil.copy(stored, db)
    Store.open(db).close()  # migrate the copy
    with Store.open(db, readonly=True) as store:
        results = [r for t in find_topics(dataset) for r in evaluate_topic(store, t)]
    avg = report(["h1n1"], results).average["dateline"]
    assert avg.rouge["align_m1"]["rouge_1"].f_score > 0.120
    assert avg.rouge["align_m1"]["rouge_2"].f_score > 0.035
    assert avg.dates.f_score > 0.544

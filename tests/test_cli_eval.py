"""`dateline annotate --format timeml` and `dateline eval`: the TempEval-3 loop a user runs, on real TBAQ files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from dateline.ingest.timeml import read_timeml_full
from tests.conftest import shared_data
from tests.test_cli import run

FILES = ("ABC19980108.1830.0711.tml", "APW19980227.0494.tml", "wsj_0006.tml")


def _gold(tmp_path: Path) -> Path:
    tbaq = shared_data("timeml", "TBAQ-cleaned", "TimeBank")
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in FILES:
        shutil.copy(tbaq / name, gold / name)
    return gold


def test_annotate_timeml_keeps_the_input_outside_text_and_the_text_itself(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    out = tmp_path / "out"
    run("annotate", str(gold), "--format", "timeml", "--out", str(out))
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)
    written = 0
    for name in FILES:
        source, system = read_timeml_full(gold / name), read_timeml_full(out / name)
        assert system.document.text == source.document.text
        assert system.docid == source.docid and system.document.date == source.document.date
        before, after = source.raw[: source.text_span[0]], system.raw[: system.text_span[0]]
        assert before == after
        written += len(system.document.gold_timexes)
        assert "<EVENT" not in system.raw[system.text_span[0] : system.text_span[1]]
    assert written >= 5


def test_eval_timex_scores_system_output_against_gold(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    out = tmp_path / "out"
    run("annotate", str(gold), "--format", "timeml", "--out", str(out))
    report = json.loads(run("eval", "timex", str(gold), "--system", str(out), "--json").stdout)
    assert report["total"]["relaxed_f1"] > 0.7
    assert report["total"]["strict_f1"] <= report["total"]["relaxed_f1"]
    itself = json.loads(run("eval", "timex", str(gold), "--system", str(gold), "--json").stdout)
    assert itself["total"]["strict_f1"] == 1.0 and itself["total"]["value_f1"] == 1.0


def test_eval_timex_without_system_annotates_the_gold_texts(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    text = run("eval", "timex", str(gold)).stdout
    assert "strict" in text and "relaxed" in text and "value" in text
    assert f"{len(FILES)} documents," in text


def test_eval_timex_of_one_document_says_document(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    for extra in sorted(gold.iterdir())[1:]:
        extra.unlink()
    assert "timex evaluation: 1 document," in run("eval", "timex", str(gold)).stdout


def test_eval_extract_figures_reports_f1(tmp_path: Path) -> None:
    gold = Path(__file__).parent / "data" / "gold" / "figures.jsonl"
    report = json.loads(run("eval", "extract", "--task", "figures", "--gold", str(gold), "--json").stdout)
    assert report["overall"]["figure"]["f1"] >= 0.85
    assert "f1" in run("eval", "extract", "--task", "figures", "--gold", str(gold)).stdout.lower()


def test_eval_extract_events_reports_type_f1_per_split(tmp_path: Path) -> None:
    gold = Path(__file__).parent / "data" / "gold" / "events.jsonl"
    report = json.loads(run("eval", "extract", "--task", "events", "--gold", str(gold), "--json").stdout)
    assert set(report["splits"]) >= {"dev", "check"}
    assert report["splits"]["all"]["type_f1"] >= 0.70

"""The figures evaluation: the gold set is well formed, the scorer counts right, the annotator meets its target."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import EvalError
from dateline.eval.figures import FigureReport, SplitReport, evaluate, load_gold, score_text
from dateline.model import Figure

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "figures.jsonl"


def test_gold_set_has_dev_and_check_texts_with_and_without_figures() -> None:
    rows = load_gold(GOLD)
    assert len(rows) >= 40
    assert {r["split"] for r in rows} == {"dev", "check"}
    assert sum(1 for r in rows if not r["figures"]) >= 10
    for row in rows:
        for fig in row["figures"]:
            assert fig["value_text"] in row["text"], row["id"]
            assert fig["reporter"] is None or fig["reporter"] in row["text"], row["id"]


def _figure(category: str, value: float, qualifier: str | None = None, reporter: str | None = None) -> Figure:
    return Figure(
        doc_id="d",
        sentence=0,
        start=0,
        end=1,
        text="x",
        id="f1",
        category=category,
        value=value,
        value_text=str(value),
        qualifier=qualifier,
        reporter=reporter,
    )


def test_scorer_matches_on_category_value_and_qualifier() -> None:
    gold = [
        {"category": "killed", "value": 99.0, "qualifier": "at least", "reporter": "the Health Ministry"},
        {"category": "injured", "value": 6.0, "qualifier": None, "reporter": None},
    ]
    predicted = [_figure("killed", 99.0, None, "Health Ministry"), _figure("detained", 3.0)]
    report, errors = SplitReport(), []
    score_text(gold, predicted, report, errors, "t1", "dev")
    assert (report.figure.tp, report.figure.fp, report.figure.fn) == (0, 2, 2)
    # Category + value forgives the missing qualifier.
    assert (report.category_value.tp, report.category_value.fp, report.category_value.fn) == (1, 1, 1)
    assert sorted(e.kind for e in errors) == ["missed", "missed", "spurious", "spurious"]


def test_reporter_accuracy_ignores_case_and_a_leading_the() -> None:
    gold = [{"category": "killed", "value": 99.0, "qualifier": "at least", "reporter": "the Health Ministry"}]
    report, errors = SplitReport(), []
    score_text(gold, [_figure("killed", 99.0, "at least", "Health ministry")], report, errors, "t1", "dev")
    assert report.figure.f1 == 1.0 and report.reporter_accuracy == 1.0 and errors == []


def test_malformed_gold_line_names_path_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text(json.dumps({"id": "a", "text": "x", "figures": []}) + "\n{not json\n")
    with pytest.raises(EvalError, match=r"gold\.jsonl:2"):
        load_gold(bad)


@pytest.fixture(scope="module")
def report() -> FigureReport:
    return evaluate(GOLD)


def test_figures_meet_the_target_f1_on_the_gold_set(report: FigureReport) -> None:
    assert report.overall.figure.f1 >= 0.85
    assert report.overall.category_value.f1 >= report.overall.figure.f1
    assert set(report.splits) == {"dev", "check"}


def test_report_renders_text_and_dict(report: FigureReport) -> None:
    text = report.render_text()
    assert "dev" in text and "check" in text and "F1" in text
    data = report.to_dict()
    assert data["overall"]["n_texts"] == sum(s["n_texts"] for s in data["splits"].values())
    assert json.loads(json.dumps(data)) == data

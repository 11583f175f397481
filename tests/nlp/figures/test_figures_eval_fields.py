"""The figures scorer reports each field (value, category, qualifier, who, reporter, date) on its own."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.eval.figures import FigureError, FigureReport, SplitReport, evaluate, score_text
from dateline.model import Figure


def _figure(category: str, value: float, **fields: object) -> Figure:
    return Figure(
        doc_id="d", sentence=0, start=0, end=1, text="x", id="f1", category=category, value=value,
        value_text=str(value), **fields,
    )  # fmt: skip


def test_each_field_is_scored_with_the_value_it_describes() -> None:
    gold = [
        {"category": "killed", "value": 12.0, "qualifier": "at least", "who": "civilians", "reporter": "the UN"},
        {"category": "injured", "value": 30.0, "qualifier": None, "who": None, "reporter": None},
    ]
    predicted = [
        _figure("killed", 12.0, qualifier=None, who="Civilians", reporter="UN"),
        _figure("detained", 30.0, who=None),
    ]
    report, errors = SplitReport(), []
    score_text(gold, predicted, report, errors, "t1", "dev")
    f = report.fields
    assert (f["value"].tp, f["value"].fp, f["value"].fn) == (2, 0, 0)  # both numbers found
    assert (f["category"].tp, f["category"].fp, f["category"].fn) == (1, 1, 1)  # 30 has the wrong category
    assert (f["qualifier"].tp, f["qualifier"].fn) == (1, 1)  # "at least" lost on the 12
    assert f["who"].tp == 2 and f["reporter"].tp == 2  # case and a leading "the" do not count
    assert report.figure.tp == 0  # the strict match still needs category, value and qualifier
    assert f["date"].tp + f["date"].fn == 0  # gold without time_value: the date is not scored


def test_date_is_scored_where_the_gold_dates_its_figures() -> None:
    gold = [{"category": "killed", "value": 3.0, "qualifier": None, "time_value": "2024-03-06"}]
    report, errors = SplitReport(), []
    score_text(gold, [_figure("killed", 3.0, time_value="2024-03-08")], report, errors, "t1", "dev")
    assert (report.fields["date"].tp, report.fields["date"].fn) == (0, 1)
    assert report.date_accuracy == 0.0 and report.figure.tp == 1


def test_report_renders_per_field_table_and_dict(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "split": "dev", "date": None, "text": "Gunmen killed 12 villagers, police said.",
         "figures": [{"category": "killed", "value": 12.0, "qualifier": None, "who": "villagers",
                      "reporter": "police", "value_text": "12"}]},
        {"id": "b", "split": "check", "date": None, "text": "The match ended 2-1.", "figures": []},
    ]  # fmt: skip
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report: FigureReport = evaluate(gold)
    text = report.render_text()
    assert "cat+val F1" in text and "per field" in text and "reporter" in text
    assert report.overall.fields["who"].f1 == 1.0 and report.overall.reporter_accuracy == 1.0
    data = report.to_dict()
    assert set(data["overall"]["fields"]) >= {"value", "category", "qualifier", "who", "reporter"}
    assert json.loads(json.dumps(data)) == data
    assert all(isinstance(e, FigureError) for e in report.errors)

"""TempEval-3 timex scorer: hand-made gold/system pairs with numbers worked out by hand."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from dateline.errors import EvalError
from dateline.eval.timex import evaluate_tagger, match_timexes, score, score_dirs
from dateline.export.timeml import write_timeml
from dateline.ingest.timeml import read_timeml_full
from dateline.model import Document, Timex, document_id

TBAQ = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "timeml" / "TBAQ-cleaned"

TEXT = "On Monday and Tuesday evening, 3 days later, in 2024 we met for the last twenty four hours."


def tx(phrase: str, value: str = "X", ttype: str = "DATE", *, nth: int = 0, text: str = TEXT) -> Timex:
    """A timex on the nth occurrence of `phrase` in `text`."""
    start = [m.start() for m in re.finditer(re.escape(phrase), text)][nth]
    return Timex(
        doc_id="d",
        sentence=0,
        start=start,
        end=start + len(phrase),
        text=phrase,
        tid="t",
        type=ttype,
        value=value,
    )


def test_strict_relaxed_missed_spurious_and_wrong_value_give_the_hand_computed_numbers() -> None:
    gold = [
        tx("Monday", "2024-02-05"),
        tx("Tuesday evening", "2024-02-06TEV"),
        tx("3 days", "P3D", "DURATION"),
    ]
    system = [
        tx("Monday", "2024-02-05"),  # strict, right value
        tx("Tuesday", "2024-02-06"),  # relaxed only, wrong value
        tx("2024", "2024"),  # spurious
    ]
    t = score({"d": gold}, {"d": system}).total
    assert (t.gold, t.system, t.strict, t.relaxed, t.value_match, t.type_match) == (3, 3, 1, 2, 1, 2)
    assert t.strict_precision == pytest.approx(1 / 3) and t.strict_recall == pytest.approx(1 / 3)
    assert t.strict_f1 == pytest.approx(1 / 3)
    assert t.relaxed_f1 == pytest.approx(2 / 3)
    assert t.value_accuracy == pytest.approx(1 / 2)
    assert t.value_f1 == pytest.approx(1 / 2 * 2 / 3)  # accuracy x relaxed F1, as the toolkit reports it
    assert t.type_f1 == pytest.approx(2 / 3)


def test_errors_name_the_kind_the_document_and_both_sides() -> None:
    gold = [tx("Tuesday evening", "2024-02-06TEV"), tx("3 days", "P3D", "DURATION"), tx("2024", "2024")]
    system = [tx("Tuesday", "2024-02-06"), tx("Monday", "2024-02-05"), tx("2024", "2024", "DURATION")]
    report = score({"doc.tml": gold}, {"doc.tml": system})
    got = [(e.kind, e.doc, e.gold_text, e.system_text, e.gold_value, e.system_value) for e in report.errors]
    assert got == [
        ("spurious", "doc.tml", None, "Monday", None, "2024-02-05"),
        ("span", "doc.tml", "Tuesday evening", "Tuesday", "2024-02-06TEV", "2024-02-06"),
        ("wrong_value", "doc.tml", "Tuesday evening", "Tuesday", "2024-02-06TEV", "2024-02-06"),
        ("missed", "doc.tml", "3 days", None, "P3D", None),
        ("wrong_type", "doc.tml", "2024", "2024", "2024", "2024"),
    ]
    assert report.error_counts() == {"missed": 1, "spurious": 1, "span": 1, "wrong_type": 1, "wrong_value": 1}


@pytest.mark.parametrize(
    ("gold", "system", "pairs"),
    [
        # equal overlap with two system timexes: the earlier system timex wins
        ([tx("Tuesday evening")], [tx("evening"), tx("Tuesday")], [(0, 1)]),
        # the larger overlap wins whatever the order
        ([tx("the last twenty four hours")], [tx("four hours"), tx("last twenty")], [(0, 1)]),
        # identical spans pair first, so a strict match is never stolen by a longer gold
        ([tx("Monday and Tuesday"), tx("Tuesday")], [tx("Tuesday")], [(1, 0)]),
        # one system timex overlapping two gold equally: the earlier gold wins, the other is missed
        ([tx("Monday"), tx("and")], [tx("day and")], [(0, 0)]),
        # each side matched at most once: the larger overlap takes the gold, the other is spurious
        ([tx("Monday and Tuesday")], [tx("Monday"), tx("Tuesday")], [(0, 1)]),
        # touching is not overlapping
        ([tx("Monday")], [tx(" and")], []),
    ],
)
def test_relaxed_matching_is_one_to_one_with_documented_ties(
    gold: list[Timex], system: list[Timex], pairs: list[tuple[int, int]]
) -> None:
    assert match_timexes(gold, system) == pairs


def test_totals_are_micro_averaged_over_documents() -> None:
    gold = {"a": [tx("Monday")], "b": [tx("3 days"), tx("2024"), tx("Tuesday")]}
    system = {"a": [tx("Monday")], "b": []}
    report = score(gold, system)
    assert report.total.relaxed_precision == 1.0
    assert report.total.relaxed_recall == pytest.approx(1 / 4)  # a macro average would say 1/2
    assert [(d.name, d.counts.relaxed_f1) for d in report.documents] == [("a", 1.0), ("b", 0.0)]


def test_missing_system_document_counts_as_all_missed_and_is_listed() -> None:
    report = score({"a": [tx("Monday")], "b": [tx("2024")]}, {"a": [tx("Monday")], "zzz": [tx("2024")]})
    assert report.missing_system == ["b"]
    assert report.unpaired_system == ["zzz"]
    assert (report.total.gold, report.total.system, report.total.relaxed) == (2, 1, 1)
    assert [d.system_missing for d in report.documents] == [False, True]


def test_no_gold_and_no_system_timex_scores_one_as_the_toolkit_does() -> None:
    t = score({"a": []}, {"a": []}).total
    assert (t.strict_f1, t.relaxed_f1, t.value_f1, t.type_f1) == (1.0, 1.0, 1.0, 1.0)


def test_empty_spans_are_not_scored() -> None:
    dct = Timex(doc_id="d", sentence=0, start=0, end=0, text="", tid="t0", type="DATE", value="2024-02-06")
    t = score({"a": [dct, tx("Monday")]}, {"a": [tx("Monday")]}).total
    assert (t.gold, t.system, t.strict) == (1, 1, 1)


def test_report_renders_a_table_and_round_trips_as_json() -> None:
    report = score({"d": [tx("Monday", "A"), tx("2024")]}, {"d": [tx("Monday", "B")]})
    table = report.render_text(per_document=True, max_errors=1)
    assert "relaxed      66.67  100.00   50.00" in table
    assert "value         0.00    0.00" in table
    assert "wrong_value  d@3: gold 'Monday' DATE=A | system 'Monday' DATE=B" in table
    assert "-- missed (1, first 1)" in table and "missed       d@48: gold '2024' DATE=X | system -" in table
    assert "d" + " " * 31 + "     2     1" in table  # the per-document line: gold 2, system 1
    data = json.loads(report.to_json())
    assert data["total"]["relaxed_recall"] == 0.5
    assert data["errors"][0]["kind"] == "wrong_value"


# --- files ------------------------------------------------------------------------------------------

DOC_TEXT = "\nTalks resumed Monday, four months after the war began in 2023.\n"


def make_doc(text: str = DOC_TEXT) -> Document:
    return Document(id=document_id(text), text=text, date=dt.date(2024, 2, 6))


def test_score_dirs_pairs_files_by_name_and_lists_missing_ones(tmp_path: Path) -> None:
    doc = make_doc()
    gold_t = [tx("Monday", "2024-02-05", text=DOC_TEXT), tx("four months", "P4M", "DURATION", text=DOC_TEXT)]
    write_timeml(doc, gold_t, tmp_path / "gold" / "a.tml")
    write_timeml(doc, gold_t, tmp_path / "gold" / "b.tml")
    write_timeml(doc, [tx("Monday", "2024-02-12", text=DOC_TEXT)], tmp_path / "sys" / "a.tml")
    write_timeml(doc, [], tmp_path / "sys" / "extra.tml")
    report = score_dirs(tmp_path / "gold", tmp_path / "sys")
    assert report.missing_system == ["b.tml"]
    assert report.unpaired_system == ["extra.tml"]
    t = report.total
    assert (t.gold, t.system, t.strict, t.relaxed, t.value_match) == (4, 1, 1, 1, 0)


def test_score_dirs_refuses_a_system_file_whose_text_changed(tmp_path: Path) -> None:
    write_timeml(make_doc(), [], tmp_path / "gold" / "a.tml")
    write_timeml(make_doc(DOC_TEXT.replace("Talks", "Tasks")), [], tmp_path / "sys" / "a.tml")
    with pytest.raises(EvalError, match="differs from the gold text at text line 2"):
        score_dirs(tmp_path / "gold", tmp_path / "sys")


def test_score_dirs_on_an_empty_gold_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match=r"no \.tml files"):
        score_dirs(tmp_path, tmp_path)


def find_years(doc: Document) -> list[Timex]:
    """A deliberately simple tagger: four-digit years, plus an overlapping duplicate to be resolved."""
    out = []
    for i, m in enumerate(re.finditer(r"\b(1[89]|20)\d\d\b", doc.text), 1):
        out.append(
            Timex(
                doc_id=doc.id,
                sentence=0,
                start=m.start(),
                end=m.end(),
                text=m.group(),
                tid=f"t{i}",
                type="DATE",
                value=m.group(),
            )
        )
        out.append(out[-1].model_copy(update={"start": m.start() + 2, "text": m.group()[2:], "tid": f"u{i}"}))
    return out


def test_evaluate_tagger_hides_gold_and_matches_writing_then_scoring(tmp_path: Path) -> None:
    write_timeml(
        make_doc(),
        [tx("2023", "2023", text=DOC_TEXT), tx("Monday", "X", text=DOC_TEXT)],
        tmp_path / "gold" / "a.tml",
    )
    seen: list[tuple[int, dt.date | None]] = []

    def tagger(doc: Document) -> list[Timex]:
        seen.append((len(doc.gold_timexes), doc.date))
        return find_years(doc)

    report = evaluate_tagger(tmp_path / "gold", tagger)
    assert seen == [(0, dt.date(2024, 2, 6))]
    t = report.total
    assert (t.gold, t.system, t.strict, t.value_match) == (2, 1, 1, 1)


def test_evaluate_tagger_refuses_spans_that_miss_the_text(tmp_path: Path) -> None:
    write_timeml(make_doc(), [], tmp_path / "a.tml")

    def bad(doc: Document) -> list[Timex]:
        return [
            Timex(doc_id=doc.id, sentence=0, start=0, end=3, text="abc", tid="t1", type="DATE", value="X")
        ]

    with pytest.raises(EvalError, match="not the text there"):
        evaluate_tagger(tmp_path, bad)


def test_tbaq_scored_against_itself_is_perfect() -> None:
    if not TBAQ.is_dir():
        pytest.skip("../shared/data not available")
    report = score_dirs(TBAQ, TBAQ)
    t = report.total
    assert t.gold == t.system > 1800
    assert (t.strict_f1, t.relaxed_f1, t.value_f1, t.type_f1) == (1.0, 1.0, 1.0, 1.0)
    assert report.errors == [] and report.missing_system == []


def test_tbaq_evaluate_tagger_equals_scoring_the_written_files(tmp_path: Path) -> None:
    if not TBAQ.is_dir():
        pytest.skip("../shared/data not available")
    gold_dir = TBAQ / "AQUAINT"
    direct = evaluate_tagger(gold_dir, find_years)
    for path in sorted(gold_dir.glob("*.tml")):
        src = read_timeml_full(path)
        write_timeml(src, find_years(src.document), tmp_path / path.name)
    via_files = score_dirs(gold_dir, tmp_path)
    assert direct.total == via_files.total
    assert direct.total.system > 0 and direct.total.value_match > 0

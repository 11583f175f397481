"""`dateline toll`: a category's reported values over time, by reporter, told apart as totals, incidents and parts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.errors import QueryError
from dateline.query.tolls import classify_kind, tolls
from dateline.store import Store
from tests.query.corpus import DocBuilder


def _day(n: int) -> dt.date:
    return dt.date(2025, 3, n)


def _docs() -> list:
    a = DocBuilder(
        [
            "At least 51 Palestinians are killed in Gaza in the past day, bringing the death toll to 48,500.",
            "Eight people in Israel have been killed in rocket attacks launched from Gaza.",
        ],
        title="Strikes", date=_day(3), date_source="given",
    )
    a.mention("Gaza", "GPE").mention("Israel", "GPE", nth=0).mention("Gaza", "GPE", nth=1)
    a.figure("At least 51 Palestinians", category="killed", value=51, value_text="At least 51",
             qualifier="at least", who="Palestinians", reporter="the Health Ministry")
    a.figure("48,500", category="killed", value=48500, value_text="48,500", reporter="the Health Ministry")
    a.figure("Eight people", category="killed", value=8, value_text="Eight", who="people")
    b = DocBuilder(
        ["Gaza's civil defence says 60 people were killed in Gaza, including 20 children."],
        title="Another count", date=_day(3), date_source="given",
    )
    b.mention("Gaza", "GPE", nth=1)
    b.figure("60 people", category="killed", value=60, value_text="60", reporter="civil defence")
    b.figure("20 children", category="killed", value=20, value_text="20", who="children", parent="f1")
    c = DocBuilder(["Hospitals report 300 injured across Gaza."], title="Injured", date=_day(5), date_source="given")
    c.mention("Gaza", "GPE")
    c.figure("300 injured", category="injured", value=300, value_text="300")
    return [a.build(), b.build(), c.build()]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tolls") / "dateline.db"
    with Store.open(path) as store, store.transaction():
        for ad in _docs():
            store.add_annotated(ad)
    return path


def test_running_total_is_told_from_the_incident_in_the_same_sentence(db: Path) -> None:
    with Store.open(db, readonly=True) as store:
        points = {p.value_text: p for p in tolls(store, "killed", place="Gaza")}
    assert points["48,500"].kind == "cumulative"
    assert points["At least 51"].kind == "incident"
    assert points["20"].kind == "part"


def test_conflicting_reports_of_one_day_are_kept_side_by_side_with_their_reporters(db: Path) -> None:
    with Store.open(db, readonly=True) as store:
        points = tolls(store, "killed", place="Gaza", kind="incident")
    assert [(p.reporter, p.value) for p in points] == [("civil defence", 60), ("Health Ministry", 51)]
    assert all(p.date == _day(3) and p.date_basis == "published" for p in points)
    assert points[0].sentence_text.startswith("Gaza's civil defence")


def test_a_figure_placed_elsewhere_by_its_sentence_is_not_counted_for_the_place(db: Path) -> None:
    with Store.open(db, readonly=True) as store:
        gaza = [p.value_text for p in tolls(store, "killed", place="Gaza")]
        israel = [p.value_text for p in tolls(store, "killed", place="Israel")]
    assert "Eight" not in gaza
    assert israel == ["Eight"]


def test_date_range_and_category_filter(db: Path) -> None:
    with Store.open(db, readonly=True) as store:
        assert [p.value for p in tolls(store, "injured", date_from=_day(4))] == [300]
        assert tolls(store, "injured", date_to=_day(4)) == []
        with pytest.raises(QueryError, match="kind must be"):
            tolls(store, "killed", kind="weekly")


def test_cue_phrase_far_from_the_figure_does_not_make_it_a_total() -> None:
    sentence = "Ten Palestinians are killed in attacks ahead of talks in Egypt, bringing the total number to 67,000."
    assert classify_kind(sentence, 0, 16, None) == "incident"
    assert classify_kind("70 people were killed since the start of the year.", 0, 9, None) == "cumulative"


def test_toll_command_prints_json_and_csv(db: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["toll", "killed", "--place", "Gaza", "--json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["kind"] for r in rows} == {"cumulative", "incident", "part"}
    assert all(r["doc_id"] and r["sentence_text"] for r in rows)
    result = runner.invoke(app, ["toll", "killed", "--kind", "cumulative", "--csv", "--db", str(db)])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("doc_id,")
    assert "48,500" in result.stdout


def test_an_unknown_category_is_refused_with_the_list_of_categories(db: Path) -> None:
    result = CliRunner().invoke(app, ["toll", "deaths", "--db", str(db)])
    assert result.exit_code == 2
    assert "'deaths' is not a figure category" in result.output and "killed" in result.output


def test_a_sub_count_is_a_part_and_a_disaster_total_stays_a_total() -> None:
    def kind(sentence: str, figure: str) -> str:
        start = sentence.index(figure)
        return classify_kind(sentence, start, start + len(figure), None)

    assert kind("At least 41 children have died of malnutrition throughout the war.", "At least 41") == "part"
    assert kind("Malnutrition deaths have risen to 41 so far.", "41") == "part"
    sentence = "Two are killed, bringing the total to 17 people killed since the start of the ceasefire."
    assert kind(sentence, "17 people") == "part"
    assert kind(sentence, "Two") == "incident"
    assert kind("The death toll has risen to 300 since the quake struck on Monday.", "300") == "cumulative"
    # the cue belongs to the nearer number: "including 773 killed since the ceasefire" is not the 72,549's
    sentence = "The total rose to 72,549 killed and 172,274 injured, including 773 killed since the ceasefire."
    assert kind(sentence, "72,549") == "cumulative"


def test_a_bad_row_in_a_toll_cue_file_names_the_file_and_its_line(tmp_path, monkeypatch) -> None:
    from dateline.errors import RuleFileError
    from dateline.query import toll_kinds

    data = tmp_path / "data"
    data.mkdir()
    (data / "cumulative_cues.tsv").write_text(
        "# comment\nphrase\tposition\ndeath toll\tbefore\n\nso far\tsomewhere\n", encoding="utf-8")
    monkeypatch.setattr(toll_kinds, "files", lambda _package: tmp_path)
    with pytest.raises(RuleFileError, match=r"cumulative_cues\.tsv, line 5: bad row 'so far\\tsomewhere'"):
        toll_kinds._data_rows("cumulative_cues.tsv", ("phrase", "position"), {"position": ("before", "after")})

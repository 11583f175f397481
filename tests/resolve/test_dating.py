"""The dating step on tiny real stores: undated articles get a date from what they share with dated ones."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from dateline.model import SourceRef
from dateline.nlp.timex import tag
from dateline.query.documents import list_documents
from dateline.resolve import resolve_corpus
from dateline.store import Store
from tests.query.corpus import DocBuilder
from tests.test_cli import run

WIRE = "The central bank raised its main interest rate by half a point to fight inflation that reached 9 percent."
MONDAY = dt.date(2025, 3, 10)  # a Monday


def _doc(sentences: list[str], date: dt.date | None = None, url: str | None = None, event_on: str | None = None):
    """An annotated document whose timexes come from the real temporal tagger (without a DCT when undated)."""
    b = DocBuilder(
        sentences,
        date=date,
        date_source="given" if date else "unknown",
        date_confidence=1.0 if date else None,
        sources=[SourceRef(path="feed.jsonl", line=1, url=url)],
    )
    for t in tag(b.text, date, doc_id=b.id):
        t.sentence = max(s.index for s in b.sentences if s.start <= t.start)
        b.records["timexes"].append(t)
    if event_on:
        timex = next(t for t in b.records["timexes"] if t.text == event_on)
        b.event("raised", type="OTHER", time_tid=timex.tid, time_value=timex.value)
    return b.build()


def _store(tmp_path: Path, *docs) -> Store:
    store = Store.open(tmp_path / "s.db")
    with store.transaction():
        for d in docs:
            store.add_annotated(d)
    return store


def _row(store: Store, doc_id: str) -> tuple:
    return store.connection.execute(
        "SELECT date, date_source, date_confidence, date_evidence FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()


def _inference(store: Store, doc_id: str) -> tuple:
    return store.connection.execute(
        "SELECT date, confidence, reason, evidence, resolved_at FROM date_inferences WHERE doc_id = ?", (doc_id,)
    ).fetchone()


def _dated() -> object:
    return _doc([f"{WIRE}", "Officials said the move had been expected for weeks."], date=MONDAY)


def _undated() -> object:
    return _doc(
        [
            "The governor signalled Monday that more increases would follow.",
            f"{WIRE}",
            "Markets fell a week ago on the news.",
        ],
        event_on="a week ago",
    )


def test_a_monday_article_sharing_a_wire_sentence_gets_the_dated_articles_day(tmp_path: Path) -> None:
    dated, undated = _dated(), _undated()
    with _store(tmp_path, dated, undated) as store:
        resolve_corpus(store, steps=["dating"])
        date, source, confidence, summary = _row(store, undated.document.id)
        assert (date, source) == ("2025-03-10", "inferred")
        assert 0 < confidence <= 1 and "near-identical sentence" in summary
        _, _, reason, evidence, _ = _inference(store, undated.document.id)
        facts = json.loads(evidence)
        shared = [f for f in facts if f["kind"] == "sentence"]
        assert shared and shared[0]["doc_id"] == dated.document.id and shared[0]["date"] == "2025-03-10"
        assert dated.document.text[shared[0]["start"] : shared[0]["end"]] == shared[0]["text"]
        assert any(f["kind"] == "weekday" and f["text"] == "Monday" for f in facts)
        assert "Monday 2025-03-10" in reason


def test_relative_expressions_are_resolved_against_the_inferred_date(tmp_path: Path) -> None:
    dated, undated = _dated(), _undated()
    with _store(tmp_path, dated, undated) as store:
        resolve_corpus(store, steps=["dating"])
        rows = store.connection.execute(
            "SELECT text, value, base_value, on_inferred_date, interval_start FROM timexes WHERE doc_id = ?",
            (undated.document.id,),
        ).fetchall()
        by_text = {r[0]: r[1:] for r in rows}
        assert by_text["Monday"] == ("2025-03-10", "XXXX-WXX-1", 1, "2025-03-10")
        week_ago = by_text["a week ago"]
        assert week_ago[1:3] == ("XXXX-WXX", 1) and week_ago[0] == "2025-W10"
        (event_time,) = store.connection.execute(
            "SELECT time_value FROM events WHERE doc_id = ?", (undated.document.id,)
        ).fetchone()
        assert event_time == "2025-W10"
        # the dated article's own time expressions are not touched
        assert store.connection.execute(
            "SELECT COUNT(*) FROM timexes WHERE doc_id = ? AND on_inferred_date = 1", (dated.document.id,)
        ).fetchone() == (0,)
        # a full rebuild gives the same store (re-resolution starts from the annotated value)
        resolve_corpus(store, full=True, steps=["dating"])
        again = store.connection.execute(
            "SELECT text, value, base_value, on_inferred_date, interval_start FROM timexes WHERE doc_id = ?",
            (undated.document.id,),
        ).fetchall()
        assert sorted(again) == sorted(rows)


def test_an_article_without_evidence_stays_undated_and_says_why(tmp_path: Path) -> None:
    lonely = _doc(["The committee signalled Monday that it would meet again soon."])
    dated = _doc(["Farmers harvested a record crop of apples in the northern valleys this autumn."], date=MONDAY)
    with _store(tmp_path, lonely, dated) as store:
        resolve_corpus(store, steps=["dating"])
        assert _row(store, lonely.document.id) == (None, "unknown", None, None)
        day, conf, reason, _, _ = _inference(store, lonely.document.id)
        assert day is None and conf is None
        assert "a Monday" in reason and "no dated article shares a fact with it" in reason
        assert str(dt.date.today()) not in reason


def test_a_month_day_and_a_year_bound_an_article_nothing_else_dates(tmp_path: Path) -> None:
    bounded = _doc(["The floods that began on May 10 made 2009 the wettest year the valley had known."])
    with _store(tmp_path, bounded) as store:
        resolve_corpus(store, steps=["dating"])
        row = store.connection.execute(
            "SELECT date, earliest, latest, reason FROM date_inferences WHERE doc_id = ?", (bounded.document.id,)
        ).fetchone()
        assert row[:3] == (None, "2009-05-10", None) and "on or after 2009-05-10" in row[3]
        assert _row(store, bounded.document.id)[:2] == (None, "unknown")


def test_a_given_date_is_never_changed(tmp_path: Path) -> None:
    # the given date disagrees with everything: a dated copy of the wire story and a URL date
    given = _doc([WIRE, "The decision surprised nobody on Monday."], date=dt.date(2024, 1, 2),
                 url="https://example.org/2025/03/10/rates")
    with _store(tmp_path, _dated(), given, _undated()) as store:
        before = _row(store, given.document.id)
        resolve_corpus(store, full=True, steps=["dating"])
        assert _row(store, given.document.id) == before
        assert _inference(store, given.document.id) is None


def test_a_date_in_the_url_dates_the_article(tmp_path: Path) -> None:
    undated = _doc(["Rescuers searched the rubble for survivors."], url="https://news.example/2025/3/9/quake-rescue")
    with _store(tmp_path, undated) as store:
        resolve_corpus(store, steps=["dating"])
        date, source, _, summary = _row(store, undated.document.id)
        assert (date, source) == ("2025-03-09", "inferred") and "date in URL" in summary


def test_incremental_runs_do_nothing_without_new_documents_and_recheck_when_dated_ones_arrive(
    tmp_path: Path,
) -> None:
    undated = _undated()
    with _store(tmp_path, undated) as store:
        first = resolve_corpus(store, steps=["dating"])
        assert first.steps[0].details["undated"] == 1
        assert _row(store, undated.document.id)[0] is None
        stamp = _inference(store, undated.document.id)[4]
        idle = resolve_corpus(store, steps=["dating"])
        assert idle.steps[0].documents == 0 and idle.steps[0].details == {"considered": 0}
        assert _inference(store, undated.document.id)[4] == stamp
        dated = _dated()  # a dated article sharing the wire sentence arrives: the undated one is dated now
        with store.transaction():
            store.add_annotated(dated)
        later = resolve_corpus(store, steps=["dating"])
        assert later.steps[0].documents == 1 and later.steps[0].details["dated"] == 1
        assert _row(store, undated.document.id)[:2] == ("2025-03-10", "inferred")


def test_docs_and_show_display_the_inferred_date_and_its_evidence(tmp_path: Path) -> None:
    dated, undated = _dated(), _undated()
    with _store(tmp_path, dated, undated) as store:
        resolve_corpus(store, steps=["dating"])
    db = tmp_path / "s.db"
    rows = json.loads(run("docs", "--json", db=db).stdout)
    mine = next(r for r in rows if r["id"] == undated.document.id)
    assert mine["date_source"] == "inferred" and mine["date_confidence"] > 0
    assert "near-identical sentence" in mine["date_evidence"]
    shown = run("show", undated.document.id[:8], db=db).stdout
    assert "inferred date: 2025-03-10" in shown and dated.document.id in shown and "central bank" in shown
    as_json = json.loads(run("show", undated.document.id, "--json", db=db).stdout)
    facts = as_json["date_inference"]["evidence"]
    assert any(f["doc_id"] == dated.document.id and f["sentence_text"] == WIRE for f in facts)


def test_eval_dating_reports_the_system_and_both_baselines(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    stories = [
        "A storm hit the coast of the island of Varnia with winds of 140 kilometres an hour overnight.",
        "The parliament of Ostria approved the new budget after a debate that lasted three long days.",
        "Miners at the Kessel copper pit walked out over pay and safety after a tunnel collapsed.",
        "The national football team beat its neighbours two goals to one in the qualifying final.",
        "Doctors warned of a measles outbreak in the southern provinces as vaccination rates dropped.",
        "A cargo ship ran aground near the harbour of Tolm, spilling diesel into the shallow bay.",
        "The central bank cut its main interest rate by a quarter point to support weak growth.",
        "Farmers blocked the motorway to the capital with tractors to protest against cheap imports.",
    ]
    lines = []
    for i, wire in enumerate(stories):
        day = dt.date(2025, 3, 3) + dt.timedelta(days=i)
        for outlet in ("A", "B"):
            lines.append({"text": f"{outlet} reports. {wire} Residents were told to stay indoors.",
                          "date": day.isoformat(), "source": outlet})
    corpus.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    keep = tmp_path / "keep.db"
    out = run("eval", "dating", str(corpus), "--hide", "0.25", "--seed", "0", "--json", "--db", str(keep)).stdout
    report = json.loads(out)
    assert report["hidden"] == 4 and report["documents"] == 16
    assert set(report["methods"]) == {"system", "latest_text_date", "most_similar"}
    # every hidden article shares its wire sentence with a dated one the same day: the evidence allows all four
    assert report["evidence_ceiling"]["exact"] == 1.0
    system = report["methods"]["system"]
    assert system["n"] == 4 and system["exact"] >= 0.75 and system["coverage"] == 1.0
    assert report["methods"]["latest_text_date"]["coverage"] == 0.0
    # the kept store is reused (nothing is annotated again) and the table says the same
    table = run("eval", "dating", str(corpus), "--hide", "0.25", "--db", str(keep)).stdout
    assert "most_similar" in table and f"{system['exact']:.3f}" in table and "evidence ceiling" in table
    other_split = run("eval", "dating", str(corpus), "--hide", "0.25", "--seed", "1", "--db", str(keep), check=False)
    assert other_split.returncode != 0 and "use a new --db file" in other_split.stderr
    assert "Traceback" not in other_split.stderr


def _toll_doc(total: int, date: dt.date | None, place: str = "Varnia") -> object:
    """A report of the running death toll of a long war, as the health ministry gives it."""
    sentence = f"The death toll in {place} rose to {total:,} people, the health ministry said."
    b = DocBuilder([sentence, "Aid groups warned of shortages of fuel and medicine."], date=date,
                   date_source="given" if date else "unknown", date_confidence=1.0 if date else None)
    b.figure(f"{total:,} people", category="killed", value=float(total), value_text=f"{total:,}", place=place,
             reporter="the health ministry")
    return b.build()


def test_a_running_total_dates_an_article_between_the_dated_reports_around_it(tmp_path: Path) -> None:
    series = [(dt.date(2025, 5, 1) + dt.timedelta(days=3 * i), 20_000 + 150 * i) for i in range(8)]
    dated = [_toll_doc(total, day) for day, total in series]
    # 20,500 lies between the reports of May 10 (20,450) and May 13 (20,600)
    undated = _toll_doc(20_500, None)
    elsewhere = _toll_doc(20_500, None, place="Ostria")  # another place's total: no series to read
    with _store(tmp_path, *dated, undated, elsewhere) as store:
        resolve_corpus(store, steps=["dating"])
        date, source, _, summary = _row(store, undated.document.id)
        assert source == "inferred" and dt.date(2025, 5, 10) <= dt.date.fromisoformat(date) <= dt.date(2025, 5, 13)
        assert "running total between dated reports" in summary
        facts = json.loads(_inference(store, undated.document.id)[3])
        toll = next(f for f in facts if f["kind"] == "toll")
        assert toll["doc_id"] in {d.document.id for d in dated} and "people" in toll["text"]
        assert _row(store, elsewhere.document.id)[1] == "unknown"


def test_a_total_above_every_dated_report_is_not_placed(tmp_path: Path) -> None:
    dated = [_toll_doc(20_000 + 150 * i, dt.date(2025, 5, 1) + dt.timedelta(days=3 * i)) for i in range(5)]
    later = _toll_doc(30_000, None)  # after the last report, but how long after is unknown
    with _store(tmp_path, *dated, later) as store:
        resolve_corpus(store, steps=["dating"])
        evidence = json.loads(_inference(store, later.document.id)[3])
        assert not [f for f in evidence if f["kind"] == "toll"]


def test_a_wire_dateline_gives_the_day_and_the_corpus_the_year(tmp_path: Path) -> None:
    # the same wire story was published by a dated outlet the next day; the dateline says Feb 6
    copy = _doc([f"Reprinted. {WIRE}", "Officials said the move had been expected for weeks."],
                date=dt.date(2024, 2, 7))
    wire = _doc([f"FRANKFURT, Germany, Feb 6 (Reuters) - {WIRE}", "Economists had expected a smaller step."])
    with _store(tmp_path, copy, wire) as store:
        resolve_corpus(store, steps=["dating"])
        date, source, _, _ = _row(store, wire.document.id)
        assert (date, source) == ("2024-02-06", "inferred")
        reason = _inference(store, wire.document.id)[2]
        assert "dated February 6 in its dateline" in reason


def test_a_wire_dateline_dates_an_article_that_shares_little_with_the_corpus(tmp_path: Path) -> None:
    # the corpus has only loosely related coverage from early February 2024: the year comes from it, the day
    # from the dateline, even though no dated article tells the same story
    related = [_doc([f"The central bank said inflation remained high on day {day}.", "Markets fell in early trading."],
                    date=dt.date(2024, 2, day)) for day in (2, 9)]
    wire = _doc(["RAFAH, Gaza, Feb 6 (Reuters) - Aid trucks waited at the crossing as the central bank met.",
                 "Drivers said they had waited for days."])
    with _store(tmp_path, *related, wire) as store:
        resolve_corpus(store, steps=["dating"])
        date, source, confidence, _ = _row(store, wire.document.id)
        assert (date, source) == ("2024-02-06", "inferred"), _inference(store, wire.document.id)
        assert confidence >= 0.2
        assert "dated February 6 in its dateline" in _inference(store, wire.document.id)[2]


def test_a_wire_dateline_stays_undated_when_the_corpus_spans_two_of_its_years(tmp_path: Path) -> None:
    related = [_doc([f"The central bank said inflation remained high in {day:%B %Y}.", "Markets fell."], date=day)
               for day in (dt.date(2024, 2, 2), dt.date(2025, 2, 9))]
    wire = _doc(["RAFAH, Gaza, Feb 6 (Reuters) - Aid trucks waited at the crossing as the central bank met.",
                 "Drivers said they had waited for days."])
    with _store(tmp_path, *related, wire) as store:
        resolve_corpus(store, steps=["dating"])
        assert _row(store, wire.document.id)[:2] == (None, "unknown"), _inference(store, wire.document.id)
        # the list of undated documents still says why each one is undated
        (listed,) = list_documents(store, undated=True)
        assert listed.date_evidence is not None and "dateline" in listed.date_evidence


def test_a_printed_date_outweighs_what_the_text_says_of_weekdays(tmp_path: Path) -> None:
    # 2025-03-13 is a Thursday; the story is about a decision taken on Monday
    undated = _doc(["Published 13 March 2025 09:12 GMT", "The central bank raised rates on Monday, officials said."])
    with _store(tmp_path, undated) as store:
        resolve_corpus(store, steps=["dating"])
        assert _row(store, undated.document.id)[:2] == ("2025-03-13", "inferred")


def test_a_past_month_day_after_the_last_full_date_is_the_latest_date_written(tmp_path: Path) -> None:
    undated = _doc(["The plan was first drafted on 2 February 2009.", "Ministers approved it on April 6."])
    with _store(tmp_path, undated) as store:
        resolve_corpus(store, steps=["dating"])
        facts = json.loads(_inference(store, undated.document.id)[3])
        assert [f["date"] for f in facts if f["kind"] == "text_date"] == ["2009-04-06"]

"""Events across articles: reports of one strike become one corpus event, other strikes stay apart, a recalled
strike links to the original without counting as a new report, and new articles are linked incrementally."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.errors import QueryError
from dateline.model import AnnotatedDocument
from dateline.query.stories import stories, story
from dateline.resolve import resolve_corpus
from dateline.store import Store
from tests.query.corpus import DocBuilder

RAFAH = "GPE:rafah"


def _rafah_report(sentences: list[str], trigger: str, date: dt.date, **event: object) -> AnnotatedDocument:
    b = DocBuilder(sentences, title=sentences[0][:40], date=date, date_source="given")
    b.mention("Rafah", "GPE", RAFAH).mention("Israeli", "NORP", "NORP:israeli")
    b.entity("Rafah", "GPE", n_mentions=1, place_kind="city", country_code="PS").entity("Israeli", "NORP")
    b.event(trigger, type="ASSAULT", place="Rafah", place_entity=RAFAH, source_actor="Israeli",
            source_entity="NORP:israeli", **event)
    return b.build()


def report_a() -> AnnotatedDocument:
    return _rafah_report(
        ["Israeli jets struck a crowded market in Rafah on Feb 6, killing at least 12 people.",
         "Residents said the strike hit the market at dawn."],
        "struck", dt.date(2024, 2, 6), time_value="2024-02-06", time_precision="day", time_explicit=True,
    )


def report_b() -> AnnotatedDocument:
    return _rafah_report(
        ["An Israeli strike on a market in Rafah killed at least 12 people, health officials said on Wednesday.",
         "The market in Rafah was crowded when the jets struck."],
        "strike", dt.date(2024, 2, 7), time_value="2024-02-06", time_precision="day", time_explicit=True,
    )


def kharkiv() -> AnnotatedDocument:
    b = DocBuilder(["Russian missiles struck an apartment block in Kharkiv on March 19, killing five people."],
                   title="Kharkiv", date=dt.date(2024, 3, 20), date_source="given")
    b.mention("Russian", "NORP", "NORP:russian").mention("Kharkiv", "GPE", "GPE:kharkiv")
    b.entity("Kharkiv", "GPE", n_mentions=1, place_kind="city", country_code="UA").entity("Russian", "NORP")
    b.event("struck", type="ASSAULT", place="Kharkiv", place_entity="GPE:kharkiv", source_actor="Russian",
            source_entity="NORP:russian", time_value="2024-03-19", time_precision="day", time_explicit=True)
    return b.build()


def recall() -> AnnotatedDocument:
    return _rafah_report(
        ["Two weeks after the Israeli strike on the Rafah market on Feb 6, families are still searching the rubble.",
         "Aid groups in Rafah said food was running out."],
        "strike", dt.date(2024, 2, 20), modality="historical", time_value="2024-02-06", time_precision="day",
        time_explicit=True,
    )


def _undated_report(sentences: list[str], trigger: str) -> AnnotatedDocument:
    """An article with no date whose text dates nothing either: no date rule can keep its events apart."""
    b = DocBuilder(sentences, title=sentences[0][:40], date=None, date_source="unknown")
    b.mention("Rafah", "GPE", RAFAH).mention("Israeli", "NORP", "NORP:israeli")
    b.entity("Rafah", "GPE", n_mentions=1, place_kind="city", country_code="PS").entity("Israeli", "NORP")
    b.event(trigger, type="ASSAULT", place="Rafah", place_entity=RAFAH, source_actor="Israeli",
            source_entity="NORP:israeli")
    return b.build()


def _store(path: Path, docs: list[AnnotatedDocument]) -> None:
    with Store.open(path) as store, store.transaction():
        for ad in docs:
            store.add_annotated(ad)


def _events(store: Store) -> dict[str, list[tuple[str, int]]]:
    """doc title -> [(corpus event id, recalled)] of its linked mentions"""
    rows = store.connection.execute(
        "SELECT d.title, l.event_id, l.recalled FROM event_links l JOIN documents d ON d.id = l.doc_id"
    )
    out: dict[str, list] = {}
    for title, event_id, recalled in rows:
        out.setdefault(title, []).append((event_id, recalled))
    return out


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.db"
    _store(path, [report_a(), report_b(), kharkiv()])
    return path


def test_two_reports_of_one_strike_become_one_event_and_another_strike_stays_apart(db: Path) -> None:
    a, b, k = report_a(), report_b(), kharkiv()
    with Store.open(db) as store:
        resolve_corpus(store, steps=["events"])
        linked = _events(store)
        ea, eb, ek = (linked[d.document.title][0][0] for d in (a, b, k))
        assert ea == eb and ek != ea
        row = store.connection.execute(
            "SELECT type, date, place, n_mentions, n_documents, first_reported, summary, actors FROM corpus_events "
            "WHERE id = ?", (ea,)
        ).fetchone()
        assert row[:6] == ("ASSAULT", "2024-02-06", "Rafah", 2, 2, "2024-02-06")
        assert "Rafah" in row[6]
        assert "Israeli" in json.loads(row[7])


def test_recalled_strike_links_to_the_original_and_is_not_a_new_report(db: Path) -> None:
    with Store.open(db) as store:
        resolve_corpus(store, steps=["events"])
        original = _events(store)[report_a().document.title][0][0]
    _store(db, [recall()])
    with Store.open(db) as store:
        report = resolve_corpus(store, steps=["events"])
        step = report.steps[0]
        assert step.documents == 1  # only the new article was read
        assert step.details["candidates_loaded"] >= 1
        assert _events(store)[recall().document.title] == [(original, 1)]
        n_mentions, n_documents = store.connection.execute(
            "SELECT n_mentions, n_documents FROM corpus_events WHERE id = ?", (original,)
        ).fetchone()
        assert (n_mentions, n_documents) == (2, 2)
        detail = story(store, store.connection.execute(
            "SELECT story_id FROM corpus_events WHERE id = ?", (original,)).fetchone()[0])
        assert detail["n_documents"] == 3  # the story counts the recalling article too
        event = next(e for e in detail["events"] if e["id"] == original)
        assert event["story_id"] == detail["id"]  # an event says which story it belongs to, as /api/events/{id} does
        assert event["n_recalls"] == 1
        assert [s["recalled"] for s in event["sources"]] == [False, False, True]


def test_incremental_linking_matches_a_full_rebuild(db: Path) -> None:
    with Store.open(db) as store:
        resolve_corpus(store, steps=["events"])
    _store(db, [recall()])
    with Store.open(db) as store:
        resolve_corpus(store, steps=["events"])
        incremental = sorted(map(sorted, _groups(store)))
        resolve_corpus(store, steps=["events"], full=True)
        assert sorted(map(sorted, _groups(store))) == incremental
        assert len(incremental) == 2  # the Rafah strike (3 mentions) and the Kharkiv strike


def _groups(store: Store) -> list[list[str]]:
    rows = store.connection.execute(
        "SELECT l.event_id, d.title FROM event_links l JOIN documents d ON d.id = l.doc_id ORDER BY 1"
    )
    groups: dict[int, list[str]] = {}
    for event_id, title in rows:
        groups.setdefault(event_id, []).append(title)
    return list(groups.values())


def test_stories_commands_list_and_show_the_linked_event(db: Path) -> None:
    _store(db, [recall()])
    with Store.open(db) as store:
        resolve_corpus(store, steps=["events"])
        listed = stories(store)
        assert {s["n_events"] for s in listed} == {1}
        rafah = next(s for s in listed if "Rafah" in s["title"])
        assert (rafah["first_date"], rafah["n_documents"]) == ("2024-02-06", 3)
    runner = CliRunner()
    out = runner.invoke(app, ["stories", "--db", str(db), "--json"])
    assert out.exit_code == 0, out.output
    assert any("Rafah" in s["title"] for s in json.loads(out.stdout))
    out = runner.invoke(app, ["story", str(rafah["id"]), "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "ASSAULT" in out.stdout and "[recalled]" in out.stdout and "crowded market" in out.stdout
    out = runner.invoke(app, ["story", "999", "--db", str(db)])
    assert isinstance(out.exception, QueryError) and "no story with id 999" in str(out.exception)


def test_a_store_never_resolved_says_what_to_run(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    _store(path, [report_a()])
    out = CliRunner().invoke(app, ["stories", "--db", str(path)])
    assert isinstance(out.exception, QueryError) and "dateline resolve" in str(out.exception)


def test_a_reprocessed_document_is_relinked_without_double_counting(db: Path) -> None:
    b = report_b()
    with Store.open(db) as store:
        resolve_corpus(store, steps=["events"])
        before = sorted(map(sorted, _groups(store)))
        with store.transaction():  # as when the dating step hands the document back with a new date
            store.connection.execute("DELETE FROM resolved WHERE step = 'events' AND doc_id = ?", (b.document.id,))
        report = resolve_corpus(store, steps=["events"])
        assert report.steps[0].documents == 1
        assert sorted(map(sorted, _groups(store))) == before
        counts = store.connection.execute(
            "SELECT n_mentions, n_documents FROM corpus_events ORDER BY n_documents DESC").fetchall()
        assert counts == [(2, 2), (1, 1)]
        assert sum(s["n_events"] for s in stories(store)) == 2


def test_an_undated_article_joins_a_dated_event_only_when_it_says_nearly_the_same(db: Path) -> None:
    other_war = _undated_report(
        ["Israeli jets struck targets in Rafah overnight as the fighting entered its second week.",
         "Residents of Rafah described the barrage as the heaviest so far."], "struck")
    copy = _undated_report(
        ["Israeli jets struck a crowded market in Rafah, killing at least 12 people.",
         "Residents said the strike hit the market at dawn."], "struck")
    _store(db, [other_war, copy])
    with Store.open(db) as store:
        resolve_corpus(store, steps=["events"])
        linked = _events(store)
        rafah = linked[report_a().document.title][0][0]
        assert linked[copy.document.title][0][0] == rafah  # the same words: an undated copy of the report
        assert linked[other_war.document.title][0][0] != rafah  # same place and actors, nothing else: apart


def _tehran_report(sentence: str, source: str, source_key: str, date: dt.date) -> AnnotatedDocument:
    b = DocBuilder([sentence], title=sentence[:40], date=date, date_source="given")
    b.mention(source, "NORP" if source.endswith("i") else "GPE", source_key).mention("Tehran", "GPE", "GPE:tehran")
    b.entity(source, "NORP" if source.endswith("i") else "GPE").entity(
        "Tehran", "GPE", n_mentions=1, place_kind="city", country_code="IR")
    b.event("struck", type="ASSAULT", place="Tehran", place_entity="GPE:tehran", source_actor=source,
            source_entity=source_key)
    return b.build()


def test_strikes_launched_from_different_countries_the_same_day_are_two_events(tmp_path: Path) -> None:
    day = dt.date(2026, 3, 2)
    israeli = _tehran_report("Israeli jets struck a fuel depot in Tehran, residents said.", "Israeli",
                             "NORP:israeli", day)
    israeli_again = _tehran_report("Israeli warplanes struck a fuel depot in Tehran overnight.", "Israeli",
                                   "NORP:israeli", day)
    american = _tehran_report("U.S. bombers struck a fuel depot in Tehran, residents said.", "U.S.", "GPE:us", day)
    path = tmp_path / "sides.db"
    _store(path, [israeli, israeli_again, american])
    with Store.open(path) as store:
        resolve_corpus(store, steps=["events"])
        linked = _events(store)
        ids = [linked[d.document.title][0][0] for d in (israeli, israeli_again, american)]
    assert ids[0] == ids[1] and ids[2] != ids[0]


def test_the_side_of_a_source_actor_is_its_country() -> None:
    from dateline.resolve.event_sides import side_of

    assert [side_of(s) for s in ("Israeli forces", "the United States", "U.S. warplanes", "Iran")] == [
        "IL", "US", "US", "IR"]
    # an organisation names no country: it never conflicts with its own country's attacks
    assert side_of("IRGC") is None and side_of("Hamas") is None and side_of("Saudi-led coalition") is None
    assert side_of("the army", entity_country="pk") == "PK"

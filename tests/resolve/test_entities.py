"""Entities across articles: one corpus entity per person or place, merged only with evidence."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.model import AnnotatedDocument, SourceRef
from dateline.resolve import resolve_corpus
from dateline.store import Store
from tests.query.corpus import DocBuilder

_GAZA = {"country_code": "PS", "place_kind": "city"}
_KHAN_YUNIS = {**_GAZA, "geonames_id": 281124, "lat": 31.34018, "lon": 34.30627}
_GAZA_CITY = {**_GAZA, "geonames_id": 281133, "lat": 31.50161, "lon": 34.46672}
_DEIR = {**_GAZA, "geonames_id": 281141, "lat": 31.41834, "lon": 34.34933}
# what a per-article annotator picks for "Rafah" in an article that also names Egypt: the Egyptian town
_RAFAH_EGYPT = {"country_code": "EG", "place_kind": "city", "geonames_id": 350350, "lat": 31.28204, "lon": 34.23869}
_EGYPT = {"country_code": "EG", "place_kind": "country", "geonames_id": 357994, "lat": 30.06263, "lon": 31.24967}


def _doc(day: int, sentence: str, entities: list[tuple[str, str, dict[str, Any]]]) -> AnnotatedDocument:
    b = DocBuilder([sentence], title=sentence[:40], date=dt.date(2024, 2, day), date_source="given")
    for name, label, fields in entities:
        b.entity(name, label, n_mentions=1, **fields)
    return b.build()


def _blinken_corpus() -> list[AnnotatedDocument]:
    return [
        _doc(1, "Secretary of State Antony Blinken arrived in Cairo; Mr Blinken met Egyptian officials.", [
            ("Antony Blinken", "PERSON", {"aliases": ["Mr Blinken"], "titles": ["Secretary of State"]}),
            ("State Department", "ORG", {}), ("Cairo", "GPE", {}),
        ]),
        _doc(2, "Antony Blinken flew to Israel.", [("Antony Blinken", "PERSON", {}), ("Israel", "GPE", {})]),
        _doc(3, "Blinken said the State Department was hopeful.", [
            ("Blinken", "PERSON", {}), ("State Department", "ORG", {}),
        ]),
        _doc(4, "Secretary of State Antony Blinken spoke.", [("Secretary of State Antony Blinken", "PERSON", {})]),
        _doc(5, "Mr Blinken, the Secretary of State, left.", [
            ("Mr Blinken", "PERSON", {"titles": ["Secretary of State"]}),
        ]),
        # one president in four articles at the White House, another Biden in a Delaware court
        *(_doc(6 + i, f"Joe Biden spoke at the White House ({i}).", [
            ("Joe Biden", "PERSON", {}), ("White House", "ORG", {}),
        ]) for i in range(4)),
        _doc(10, "Hunter Biden appeared in court.", [("Hunter Biden", "PERSON", {}), ("Delaware", "GPE", {})]),
        _doc(11, "Biden was questioned in Wilmington, Delaware.", [
            ("Biden", "PERSON", {}), ("Wilmington", "GPE", {}), ("Delaware", "GPE", {}),
        ]),
        _doc(12, "Donald J. Trump called Donald Trump's rivals.", [("Donald J. Trump", "PERSON", {})]),
        _doc(13, "Donald Trump spoke.", [("Donald Trump", "PERSON", {})]),
        _doc(14, "Gaddafi, Gadhafi and Qaddafi.", [
            ("Muammar Gaddafi", "PERSON", {}),
        ]),
        _doc(15, "Muammar Qaddafi ruled.", [("Muammar Qaddafi", "PERSON", {})]),
        _doc(16, "Moammar Gadhafi ruled.", [("Muammar Gadhafi", "PERSON", {})]),
    ]


def _gaza_corpus() -> list[AnnotatedDocument]:
    return [
        _doc(1, "Strikes hit Khan Younis and Gaza City.", [
            ("Khan Younis", "GPE", _KHAN_YUNIS), ("Gaza City", "GPE", _GAZA_CITY),
        ]),
        _doc(2, "Families fled Khan Yunis for Deir al-Balah.", [
            ("Khan Yunis", "GPE", _KHAN_YUNIS), ("Deir al-Balah", "GPE", _DEIR),
        ]),
        _doc(3, "Gaza City and Deir al-Balah were shelled.", [
            ("Gaza City", "GPE", _GAZA_CITY), ("Deir al-Balah", "GPE", _DEIR),
        ]),
        _doc(4, "Khan Yunis was hit again.", [("Khan Yunis", "GPE", _KHAN_YUNIS)]),
        _doc(5, "Aid waited in Egypt for Rafah.", [("Rafah", "GPE", _RAFAH_EGYPT), ("Egypt", "GPE", _EGYPT)]),
    ]


def _store(path: Path, docs: list[AnnotatedDocument]) -> Path:
    with Store.open(path) as store:
        with store.transaction():
            for ad in docs:
                store.add_annotated(ad)
        resolve_corpus(store, steps=["entities"])
    return path


@pytest.fixture(scope="module")
def blinken_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _store(tmp_path_factory.mktemp("entities") / "blinken.db", _blinken_corpus())


@pytest.fixture(scope="module")
def gaza_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _store(tmp_path_factory.mktemp("entities") / "gaza.db", _gaza_corpus())


def _entity_of(db: Path, name: str) -> dict[str, Any]:
    """The corpus entity the per-document entity `name` is linked to."""
    with Store.open(db, readonly=True) as store:
        row = store.connection.execute(
            "SELECT c.id, c.name, c.label, c.n_documents, c.aliases, c.country_code, c.lat, c.precision "
            "FROM entities e JOIN entity_links l ON l.doc_id = e.doc_id AND l.seq = e.seq "
            "JOIN corpus_entities c ON c.id = l.corpus_id WHERE e.name = ?",
            (name,),
        ).fetchone()
    assert row is not None, f"{name} is not linked"
    keys = ["id", "name", "label", "n_documents", "aliases", "country_code", "lat", "precision"]
    return dict(zip(keys, row, strict=True))


def test_blinken_variants_are_one_person(blinken_db: Path) -> None:
    forms = ["Antony Blinken", "Blinken", "Secretary of State Antony Blinken", "Mr Blinken"]
    ids = {_entity_of(blinken_db, f)["id"] for f in forms}
    assert len(ids) == 1
    blinken = _entity_of(blinken_db, "Antony Blinken")
    assert blinken["name"] == "Antony Blinken" and blinken["n_documents"] == 5
    assert "Mr Blinken" in json.loads(blinken["aliases"])


def test_a_namesake_in_another_context_is_not_merged(blinken_db: Path) -> None:
    joe = _entity_of(blinken_db, "Joe Biden")
    assert joe["n_documents"] == 4
    assert _entity_of(blinken_db, "Biden")["id"] != joe["id"]
    assert _entity_of(blinken_db, "Hunter Biden")["id"] not in (joe["id"], _entity_of(blinken_db, "Biden")["id"])


def test_middle_initials_and_transliterations_merge(blinken_db: Path) -> None:
    assert _entity_of(blinken_db, "Donald J. Trump")["id"] == _entity_of(blinken_db, "Donald Trump")["id"]
    gaddafi = {_entity_of(blinken_db, n)["id"] for n in ("Muammar Gaddafi", "Muammar Qaddafi", "Muammar Gadhafi")}
    assert len(gaddafi) == 1


def test_khan_younis_and_khan_yunis_are_one_place(gaza_db: Path) -> None:
    place = _entity_of(gaza_db, "Khan Younis")
    assert place["id"] == _entity_of(gaza_db, "Khan Yunis")["id"]
    assert place["name"] == "Khan Yunis" and place["n_documents"] == 3 and place["precision"] == "city"


def test_rafah_is_located_in_gaza_given_the_corpus(gaza_db: Path) -> None:
    rafah = _entity_of(gaza_db, "Rafah")
    assert rafah["country_code"] == "PS"
    assert rafah["lat"] == pytest.approx(31.297, abs=0.01)


def test_a_new_article_updates_the_existing_entity_in_place(tmp_path: Path) -> None:
    db = _store(tmp_path / "inc.db", _blinken_corpus()[:3])
    before = _entity_of(db, "Antony Blinken")
    with Store.open(db) as store:
        n_entities = store.connection.execute("SELECT COUNT(*) FROM corpus_entities").fetchone()[0]
        with store.transaction():
            store.add_annotated(_doc(20, "Antony Blinken returned to Cairo.", [
                ("Antony Blinken", "PERSON", {}), ("Cairo", "GPE", {}),
            ]))
        report = resolve_corpus(store, steps=["entities"])
        assert report.steps[0].documents == 1
        after_count = store.connection.execute("SELECT COUNT(*) FROM corpus_entities").fetchone()[0]
    after = _entity_of(db, "Antony Blinken")
    assert after["id"] == before["id"] and after["n_documents"] == before["n_documents"] + 1
    assert after_count == n_entities  # Blinken and Cairo were both known: nothing new created


def test_entities_lists_corpus_entities_with_alias_counts(blinken_db: Path) -> None:
    result = CliRunner().invoke(app, ["entities", "--db", str(blinken_db), "--type", "PERSON", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    top = rows[0]
    assert top["name"] == "Antony Blinken" and top["n_documents"] == 5 and top["n_aliases"] >= 2


def test_entity_command_shows_one_entity(blinken_db: Path) -> None:
    result = CliRunner().invoke(app, ["entity", "blinken", "--db", str(blinken_db), "--json"])
    assert result.exit_code == 0, result.output
    detail = json.loads(result.stdout)
    assert detail["entity"]["name"] == "Antony Blinken"
    assert [m["month"] for m in detail["months"]] == ["2024-02"]
    assert len(detail["documents"]) == 5
    table = CliRunner().invoke(app, ["entity", "Antony Blinken", "--db", str(blinken_db)], env={"COLUMNS": "120"})
    assert table.exit_code == 0 and "Antony Blinken" in table.stdout and "documents per month" in table.stdout


def test_entity_command_names_close_matches_for_an_unknown_name(blinken_db: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dateline", "entity", "Blinkn", "--db", str(blinken_db)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode != 0 and result.stdout == ""
    assert "no entity named 'Blinkn'" in result.stderr and "Antony Blinken" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_generic_institution_is_one_per_country(tmp_path: Path) -> None:
    india = {"country_code": "IN", "place_kind": "country", "geonames_id": 1269750, "lat": 28.6, "lon": 77.2}
    phil = {"country_code": "PH", "place_kind": "country", "geonames_id": 1694008, "lat": 14.6, "lon": 121.0}
    db = _store(tmp_path / "courts.db", [
        _doc(1, "The Supreme Court of India ruled.", [("Supreme Court", "ORG", {}), ("India", "GPE", india)]),
        _doc(2, "India's Supreme Court ruled again.", [("Supreme Court", "ORG", {}), ("India", "GPE", india)]),
        _doc(3, "The Philippines' Supreme Court ruled.", [("Supreme Court", "ORG", {}), ("Philippines", "GPE", phil)]),
    ])
    with Store.open(db, readonly=True) as store:
        rows = store.connection.execute(
            "SELECT name, n_documents FROM corpus_entities WHERE fold LIKE 'supreme court%' ORDER BY name"
        ).fetchall()
    assert rows == [("Supreme Court (IN)", 2), ("Supreme Court (PH)", 1)]


def test_redoing_documents_takes_their_old_links_back_first(tmp_path: Path) -> None:
    db = _store(tmp_path / "redo.db", _blinken_corpus())
    query = "SELECT id, name, n_documents, n_mentions, first_date, last_date FROM corpus_entities ORDER BY id"
    with Store.open(db) as store:
        before = store.connection.execute(query).fetchall()
        with store.transaction():  # what the dating step does to documents whose date it inferred
            store.connection.execute("DELETE FROM resolved WHERE step = 'entities' AND doc_id IN "
                                     "(SELECT id FROM documents ORDER BY date LIMIT 3)")
        assert resolve_corpus(store, steps=["entities"]).steps[0].documents == 3
        assert store.connection.execute(query).fetchall() == before


def _linked_doc(item_id: str, day: int, sentence: str, names: list[str]) -> AnnotatedDocument:
    b = DocBuilder([sentence], date=dt.date(2024, 2, day), date_source="given",
                   sources=[SourceRef(path="sample.jsonl", external_id=item_id)])
    for name in names:
        label = "ORG" if name == "State Department" else "PERSON"
        b.mention(name, label, f"{label}:{name.lower()}").entity(name, label, n_mentions=1)
    return b.build()


def test_eval_entities_scores_corpus_entities_beside_the_exact_name_baseline(tmp_path: Path) -> None:
    docs = [
        _linked_doc("a", 1, "Antony Blinken of the State Department met Joe Biden.",
                    ["Antony Blinken", "State Department", "Joe Biden"]),
        _linked_doc("b", 2, "Antony Blinken met Joe Biden again.", ["Antony Blinken", "Joe Biden"]),
        _linked_doc("c", 3, "Joe Biden spoke.", ["Joe Biden"]),
        _linked_doc("d", 4, "Blinken said the State Department would help.", ["Blinken", "State Department"]),
        *(_linked_doc(f"f{i}", 5 + i, f"Joe Biden spoke ({i}).", ["Joe Biden"]) for i in range(4)),
    ]
    db = _store(tmp_path / "eval.db", docs)
    wiki = "https://en.wikipedia.org/wiki/"
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(json.dumps({"id": item, "wiki_links": [
        {"text": text, "url": wiki + page} for text, page in links
    ]}) for item, links in [
        ("a", [("Antony Blinken", "Antony_Blinken"), ("Joe Biden", "Joe_Biden")]),
        ("b", [("Antony Blinken", "Antony_Blinken")]),
        ("c", [("Joe Biden", "Joe_Biden")]),
        ("d", [("Blinken", "Antony_Blinken"), ("offensive", "Offensive_(military)")]),
    ]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "entities", str(sample), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["links"] == 6 and report["aligned_mentions"] == 5  # "offensive" names no entity
    assert report["system"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    # the baseline keeps "Blinken" apart from "Antony Blinken": 3 of the 5 mentions see a split cluster
    assert report["baseline_exact_name"]["precision"] == 1.0
    assert report["baseline_exact_name"]["recall"] < 0.9


def test_a_full_rebuild_gives_the_same_entities_their_ids_back(tmp_path: Path) -> None:
    db = _store(tmp_path / "full.db", _blinken_corpus())
    query = "SELECT id, name, label, n_documents, n_mentions, aliases FROM corpus_entities ORDER BY id"
    with Store.open(db) as store:
        before = store.connection.execute(query).fetchall()
        resolve_corpus(store, full=True, steps=["entities"])
        assert store.connection.execute(query).fetchall() == before


def test_washington_stays_the_capital_when_a_few_articles_chose_a_small_town(tmp_path: Path) -> None:
    capital = {"country_code": "US", "place_kind": "city", "geonames_id": 4140963, "lat": 38.89511, "lon": -77.03637}
    utah = {"country_code": "US", "place_kind": "city", "geonames_id": 5549222, "lat": 37.13054, "lon": -113.50829}
    docs = [_doc(1 + i, f"Talks in Washington ({i}).", [("Washington", "GPE", capital)]) for i in range(3)]
    docs.append(_doc(9, "Talks in Washington again.", [("Washington", "GPE", utah)]))
    db = _store(tmp_path / "washington.db", docs)
    place = _entity_of(db, "Washington")
    assert place["n_documents"] == 4 and place["lat"] == pytest.approx(38.895, abs=0.01)


def test_an_acronym_joins_the_organisation_articles_spelled_it_out_for(tmp_path: Path) -> None:
    db = _store(tmp_path / "rsf.db", [
        _doc(1, "The Rapid Support Forces (RSF) attacked.", [("Rapid Support Forces", "ORG", {"aliases": ["RSF"]})]),
        _doc(2, "The RSF shelled El Fasher.", [("RSF", "ORG", {})]),
        _doc(3, "The ICC issued a warrant.", [("ICC", "ORG", {})]),  # never spelled out: stays as written
    ])
    assert _entity_of(db, "RSF")["id"] == _entity_of(db, "Rapid Support Forces")["id"]
    assert _entity_of(db, "ICC")["name"] == "ICC"


def test_a_rebuild_joins_an_acronym_to_its_spelled_out_organisation_as_an_incremental_run_does(tmp_path: Path) -> None:
    db = _store(tmp_path / "ghf.db", [
        _doc(1, "The GHF opened a site.", [("GHF", "ORG", {})]),
        _doc(2, "The Gaza Humanitarian Foundation (GHF) runs sites.", [
            ("Gaza Humanitarian Foundation", "ORG", {"aliases": ["GHF"]})]),
    ])
    before = _entity_of(db, "GHF")
    with Store.open(db) as store:
        resolve_corpus(store, steps=["entities"], full=True)
    after = _entity_of(db, "GHF")
    assert after["id"] == _entity_of(db, "Gaza Humanitarian Foundation")["id"]
    assert after["n_documents"] == 2 and before["id"] == after["id"]


def test_an_acronym_stored_before_its_full_name_joins_it_later(tmp_path: Path) -> None:
    db = _store(tmp_path / "ghf_later.db", [_doc(1, "The GHF opened a site.", [("GHF", "ORG", {})])])
    assert _entity_of(db, "GHF")["name"] == "GHF"
    with Store.open(db) as store:
        with store.transaction():
            store.add_annotated(_doc(2, "The Gaza Humanitarian Foundation (GHF) runs sites.", [
                ("Gaza Humanitarian Foundation", "ORG", {"aliases": ["GHF"]})]))
        resolve_corpus(store, steps=["entities"])
    org = _entity_of(db, "Gaza Humanitarian Foundation")
    assert _entity_of(db, "GHF")["id"] == org["id"] and org["n_documents"] == 2
    with Store.open(db, readonly=True) as store:  # the emptied acronym-only entity is gone
        assert store.connection.execute("SELECT COUNT(*) FROM corpus_entities WHERE name = 'GHF'").fetchone()[0] == 0


def test_a_surname_stored_before_its_full_name_joins_it_later(tmp_path: Path) -> None:
    fillers = [_doc(10 + i, f"Markets rose ({i}).", [("Wall Street", "ORG", {})]) for i in range(4)]
    db = _store(tmp_path / "later.db", [
        _doc(1, "Netanyahu spoke in the Knesset.", [("Netanyahu", "PERSON", {}), ("Knesset", "ORG", {})]),
        *fillers,
    ])
    alone = _entity_of(db, "Netanyahu")
    assert alone["name"] == "Netanyahu"
    with Store.open(db) as store:
        with store.transaction():
            for day in (2, 3):
                store.add_annotated(_doc(day, f"Benjamin Netanyahu addressed the Knesset ({day}).", [
                    ("Benjamin Netanyahu", "PERSON", {}), ("Knesset", "ORG", {}),
                ]))
        report = resolve_corpus(store, steps=["entities"])
        assert report.steps[0].details["surnames_moved_to_new_bearer"] == 1
    person = _entity_of(db, "Benjamin Netanyahu")
    assert _entity_of(db, "Netanyahu")["id"] == person["id"] and person["n_documents"] == 3
    with Store.open(db, readonly=True) as store:  # the emptied surname-only entity is gone
        assert store.connection.execute("SELECT COUNT(*) FROM corpus_entities WHERE fold = 'netanyahu'",
                                        ).fetchone()[0] == 0
        assert store.connection.execute("SELECT COUNT(*) FROM corpus_entities WHERE id = ?",
                                        (alone["id"],)).fetchone()[0] == 0

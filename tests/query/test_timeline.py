"""Timelines over a hand-made story: rebels take Karsk on 1 March 2024 (three outlets say so, in articles printed
on 2 March), a ceasefire follows on 8 March; an unrelated cup final was also played on 1 March."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.errors import QueryError
from dateline.model import AnnotatedDocument, SourceRef
from dateline.query.timeline import Timeline, build_timeline
from dateline.store import Store
from tests.query.corpus import DocBuilder

MARCH_1, MARCH_2, MARCH_8 = dt.date(2024, 3, 1), dt.date(2024, 3, 2), dt.date(2024, 3, 8)


def _doc(sentences: list[str], date: dt.date, publisher: str, title: str) -> DocBuilder:
    return DocBuilder(sentences, title=title, date=date, date_source="given", sources=[
        SourceRef(path="feed.jsonl", publisher=publisher, url=f"https://{publisher}.test/{title}")
    ])


def _on_march_1(b: DocBuilder, nth: int = 0, tid: str = "t1") -> DocBuilder:
    b.timex("March 1", "2024-03-01", MARCH_1, MARCH_1, tid)
    if nth:  # DocBuilder.timex finds the first occurrence; move the record to the nth one
        b.records["timexes"][-1] = b.records["timexes"][-1].model_copy(update=b.span("March 1", nth=nth))
    return b


def story() -> list[AnnotatedDocument]:
    """The Karsk story (four articles, three outlets) and one football report."""
    a = _doc([
        "Rebels seized the northern town of Karsk on March 1 after a night of shelling.",
        "At least 40 people were killed in the fighting, the health ministry said.",
    ], MARCH_2, "ap", "karsk-falls")
    _on_march_1(a)
    a.event("seized", type="ASSAULT", source_actor="Rebels", target_actor="Karsk", place="Karsk",
            time_tid="t1", time_value="2024-03-01", time_explicit=True, modality="asserted")
    a.figure("At least 40 people", category="killed", value=40, value_text="40", qualifier="at least",
             who="people", reporter="the health ministry", time_value="2024-03-01", time_source="timex")
    a.mention("Karsk", "GPE", "GPE:karsk").entity("Karsk", "GPE", n_mentions=1)

    b = _doc([
        "The town of Karsk fell to rebel fighters on March 1, officials in the capital confirmed.",
        "Rebels seized the northern town of Karsk on March 1 after a night of shelling.",  # wire copy of (a)
    ], MARCH_2, "reuters", "karsk-officials")
    _on_march_1(b)
    _on_march_1(b, nth=1, tid="t2")
    b.event("seized", type="ASSAULT", source_actor="Rebels", target_actor="Karsk", place="Karsk",
            time_tid="t2", time_value="2024-03-01", time_explicit=True, modality="asserted")
    b.mention("Karsk", "GPE", "GPE:karsk").entity("Karsk", "GPE", n_mentions=1)

    c = _doc([
        "Families fled Karsk by bus as rebel fighters patrolled its streets.",
        "Aid agencies asked for safe passage for civilians leaving the town.",
    ], MARCH_2, "bbc", "karsk-families")

    d = _doc([
        "Negotiators met in Doha to discuss the fighting around Karsk.",
        "A ceasefire between the army and the rebels was agreed on March 8.",
        "Rebels had taken Karsk on March 1, a week before the ceasefire.",
    ], dt.date(2024, 3, 9), "guardian", "ceasefire")
    d.timex("March 8", "2024-03-08", MARCH_8, MARCH_8, "t1")
    _on_march_1(d, tid="t2")
    d.event("agreed", type="CONSULT", source_actor="the army", target_actor="the rebels",
            time_tid="t1", time_value="2024-03-08", time_explicit=True, modality="asserted")

    football = _doc([
        "The home side won the cup final on March 1 with a late goal from their captain.",
        "Fans celebrated in the streets until dawn.",
    ], MARCH_2, "sport", "cup-final")
    _on_march_1(football)
    return [x.build() for x in (a, b, c, d, football)]


def write_store(path: Path) -> Path:
    with Store.open(path) as writer, writer.transaction():
        for ad in story():
            writer.add_annotated(ad)
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = write_store(tmp_path_factory.mktemp("timeline") / "story.db")
    with Store.open(path, readonly=True) as reader:
        yield reader


def _texts(tl: Timeline) -> list[str]:
    return [s.text for d in tl.dates for s in d.sentences]


def test_a_day_articles_talk_about_beats_the_day_they_were_printed(store: Store) -> None:
    tl = build_timeline(store, "Karsk", n_dates=1)
    assert [d.date for d in tl.dates] == [MARCH_1]  # 4 articles printed on 2 March, but 3 outlets say 1 March
    day = tl.dates[0]
    assert day.n_articles == 3 and day.n_outlets == 3
    assert all(s.reason == "mentioned" for s in day.sentences)


def test_every_sentence_is_traceable_to_its_article_and_index(store: Store) -> None:
    tl = build_timeline(store, "Karsk OR ceasefire", n_dates=3, n_sentences=2)
    assert tl.dates
    for d in tl.dates:
        refs = {s.ref: s for s in d.sources}
        for s in d.sentences:
            row = store.connection.execute(
                "SELECT text FROM sentences WHERE doc_id = ? AND sentence = ?", (s.doc_id, s.sentence)
            ).fetchone()
            assert row[0] == s.text
            assert refs[s.source].doc_id == s.doc_id


def test_dates_come_in_date_order_and_within_the_range(store: Store) -> None:
    tl = build_timeline(store, "Karsk OR ceasefire", n_dates=5)
    dates = [d.date for d in tl.dates]
    assert dates == sorted(dates) and MARCH_1 in dates and MARCH_8 in dates
    only = build_timeline(store, "Karsk OR ceasefire", date_from=MARCH_8, date_to=MARCH_8)
    assert [d.date for d in only.dates] == [MARCH_8]
    assert "A ceasefire between the army and the rebels was agreed on March 8." in _texts(only)


def test_the_query_keeps_unrelated_articles_out(store: Store) -> None:
    tl = build_timeline(store, "Karsk", n_dates=5, n_sentences=3)
    assert not any("cup final" in t for t in _texts(tl))
    everything = build_timeline(store, None, n_dates=5, n_sentences=5)
    assert any("cup final" in t for t in _texts(everything))  # no query: the whole store


def test_a_sentence_repeated_by_the_wires_is_said_once(store: Store) -> None:
    tl = build_timeline(store, "Karsk", n_dates=1, n_sentences=3)
    texts = _texts(tl)
    assert texts.count("Rebels seized the northern town of Karsk on March 1 after a night of shelling.") == 1
    assert len(texts) == len(set(texts))


def test_events_reported_by_several_articles_are_one_event_with_figures_by_reporter(store: Store) -> None:
    tl = build_timeline(store, "Karsk", n_dates=1)
    day = tl.dates[0]
    assert [(e.type, e.trigger, e.n_reports) for e in day.events] == [("ASSAULT", "seized", 2)]
    assert [(f.category, f.value, f.reporter) for f in day.figures] == [("killed", 40, "the health ministry")]


def test_filters_by_place_and_event_type(store: Store) -> None:
    docs = [ad.document.id for ad in story()]
    by_place = build_timeline(store, place="karsk", n_dates=3)  # the two articles tagging Karsk as a place
    assert {s.doc_id for d in by_place.dates for s in d.sentences} <= {docs[0], docs[1]}
    assert by_place.dates[0].date == MARCH_1
    consult = build_timeline(store, event_type="consult", n_dates=3)
    assert {s.doc_id for d in consult.dates for s in d.sentences} == {docs[3]}


def test_entity_filter_reads_corpus_entity_aliases(tmp_path: Path) -> None:
    path = write_store(tmp_path / "corpus.db")
    with Store.open(path) as writer, writer.transaction():
        conn = writer.connection
        conn.execute("INSERT INTO corpus_entities (id, name, fold, label, aliases) "
                     "VALUES (1, 'Karsk', 'karsk', 'GPE', '[\"Karsk-on-Don\"]')")
        for doc_id, seq in conn.execute("SELECT doc_id, seq FROM entities").fetchall():
            conn.execute("INSERT INTO entity_links (doc_id, seq, corpus_id) VALUES (?, ?, 1)", (doc_id, seq))
    with Store.open(path, readonly=True) as reader:
        tl = build_timeline(reader, entity="Karsk-on-Don", n_dates=2)
    assert [d.date for d in tl.dates][:1] == [MARCH_1]
    assert not any("cup final" in t for t in _texts(tl))


def test_bad_queries_and_counts_say_what_to_do(store: Store) -> None:
    with pytest.raises(QueryError, match="double quotes"):
        build_timeline(store, '"unterminated')
    with pytest.raises(QueryError, match="--sentences"):
        build_timeline(store, "Karsk", n_sentences=0)
    with pytest.raises(QueryError, match="swap"):
        build_timeline(store, "Karsk", date_from=MARCH_8, date_to=MARCH_1)
    assert build_timeline(store, "zeppelin").dates == []


def test_json_keeps_the_documented_keys(store: Store) -> None:
    tl = build_timeline(store, "Karsk", n_dates=2)
    data = json.loads(json.dumps([d.model_dump(mode="json") for d in tl.dates]))
    assert {"date", "sentences", "sources", "events", "figures"} <= set(data[0])
    assert {"text", "doc_id", "sentence", "reason"} <= set(data[0]["sentences"][0])


def test_an_event_merged_by_the_corpus_layer_is_one_event(tmp_path: Path) -> None:
    path = write_store(tmp_path / "events.db")
    with Store.open(path) as writer, writer.transaction():
        conn = writer.connection
        conn.execute("INSERT INTO corpus_events (id, type, date, n_documents) VALUES (7, 'ASSAULT', '2024-03-01', 2)")
        rows = conn.execute("SELECT doc_id, seq FROM events WHERE type = 'ASSAULT'").fetchall()
        for doc_id, seq in rows:
            conn.execute("INSERT INTO event_links (doc_id, seq, event_id) VALUES (?, ?, 7)", (doc_id, seq))
    with Store.open(path, readonly=True) as reader:
        (day,) = build_timeline(reader, "Karsk", n_dates=1).dates
    assert [(e.corpus_event_id, e.n_reports) for e in day.events] == [(7, 2)]


def test_a_date_that_names_a_noun_leaves_the_sentence_on_its_own_day(tmp_path: Path) -> None:
    # "the March 1 ceasefire deal" names the deal; the freeing it reports is the article's day, March 9
    a = _doc(["Rebels freed three hostages in Karsk as part of the March 1 ceasefire deal.",
              "Their families waited at the border crossing for hours."], dt.date(2024, 3, 9), "ap", "freed")
    _on_march_1(a)
    b = _doc(["The guns fell silent in Karsk on March 1 when a truce between army and rebels took effect.",
              "Shops reopened in the town centre the next morning."], MARCH_2, "bbc", "ceasefire-starts")
    _on_march_1(b)
    path = tmp_path / "named.db"
    with Store.open(path) as writer, writer.transaction():
        for x in (a, b):
            writer.add_annotated(x.build())
    with Store.open(path, readonly=True) as reader:
        tl = build_timeline(reader, "Karsk", n_dates=5)
    by_day = {d.date: [s.text for s in d.sentences] for d in tl.dates}
    assert by_day[MARCH_1] == [
        "The guns fell silent in Karsk on March 1 when a truce between army and rebels took effect."]
    assert by_day[dt.date(2024, 3, 9)] == [
        "Rebels freed three hostages in Karsk as part of the March 1 ceasefire deal."]


def test_an_event_type_timeline_is_summarised_by_sentences_reporting_that_type(tmp_path: Path) -> None:
    # the article reports talks (CONSULT); its other sentence names another day for something else
    b = _doc(["Army and rebel envoys met in Doha on March 8 to discuss a truce in Karsk.",
              "Shops in the old market reopened on March 3 after weeks of closure."],
             dt.date(2024, 3, 9), "guardian", "talks")
    b.timex("March 8", "2024-03-08", MARCH_8, MARCH_8, "t1")
    b.timex("March 3", "2024-03-03", dt.date(2024, 3, 3), dt.date(2024, 3, 3), "t2")
    b.event("met", type="CONSULT", source_actor="Army and rebel envoys", place="Doha", time_tid="t1",
            time_value="2024-03-08", time_explicit=True, modality="asserted")
    path = tmp_path / "typed.db"
    with Store.open(path) as writer, writer.transaction():
        writer.add_annotated(b.build())
    with Store.open(path, readonly=True) as reader:
        tl = build_timeline(reader, event_type="CONSULT", n_dates=5)
    assert [d.date for d in tl.dates] == [MARCH_8]


def test_with_a_place_and_a_type_the_type_decides_which_sentences_summarise(tmp_path: Path) -> None:
    b = _doc(["Rebel fighters shelled the Karsk garrison on March 8, killing four soldiers.",
              "Karsk has been under a curfew since a truce took effect on March 3."],
             dt.date(2024, 3, 9), "guardian", "shelled")
    b.timex("March 8", "2024-03-08", MARCH_8, MARCH_8, "t1")
    b.timex("March 3", "2024-03-03", dt.date(2024, 3, 3), dt.date(2024, 3, 3), "t2")
    b.mention("Karsk", "GPE", "GPE:karsk").mention("Karsk", "GPE", "GPE:karsk", nth=1)
    b.entity("Karsk", "GPE", n_mentions=2)
    b.event("shelled", type="ASSAULT", source_actor="Rebel fighters", place="Karsk", time_tid="t1",
            time_value="2024-03-08", time_explicit=True, modality="asserted")
    path = tmp_path / "place-type.db"
    with Store.open(path) as writer, writer.transaction():
        writer.add_annotated(b.build())
    with Store.open(path, readonly=True) as reader:
        tl = build_timeline(reader, place="Karsk", event_type="ASSAULT", n_dates=5)
    assert [d.date for d in tl.dates] == [MARCH_8]

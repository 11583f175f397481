"""The SQLite store against real databases: round trips, idempotent ingest, transactions, opening errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dateline.errors import QueryError, SchemaVersionError, StoreError
from dateline.model import AnnotatedDocument, Document, SourceRef, document_id
from dateline.store import SCHEMA_VERSION, Store
from dateline.store.records import RECORD_TABLES
from tests.store.store_samples import SENTENCES, full_document, plain_document

RECORD_TABLE_NAMES = [spec.table for spec in RECORD_TABLES]


def count(store: Store, table: str) -> int:
    return store.connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_annotated_document_round_trips_exactly(store: Store, annotated: AnnotatedDocument) -> None:
    with store.transaction():
        assert store.add_annotated(annotated) is True
    assert store.get_annotated(annotated.document.id) == annotated


def test_undated_document_without_records_round_trips(store: Store) -> None:
    text = "Talks continued."
    ad = AnnotatedDocument(document=Document(id=document_id(text), text=text), n_words=2)
    with store.transaction():
        store.add_annotated(ad)
    assert store.get_annotated(ad.document.id) == ad


def test_unknown_document_id_gives_none(store: Store) -> None:
    assert store.get_annotated("0123456789abcdef") is None


def test_readding_same_document_is_a_no_op_that_records_the_new_source(
    store: Store, annotated: AnnotatedDocument
) -> None:
    with store.transaction():
        store.add_annotated(annotated)
    again = annotated.model_copy(deep=True)
    new_source = SourceRef(path="feed.jsonl", line=12, publisher="Reuters", format="jsonl")
    again.document.sources = [*annotated.document.sources, new_source]
    with store.transaction():
        assert store.add_annotated(again) is False
    assert count(store, "documents") == 1
    assert count(store, "sentences") == len(annotated.sentences)
    assert store.get_annotated(annotated.document.id) == again
    with store.transaction():
        assert store.add_source(annotated.document.id, new_source) is False
    assert count(store, "sources") == 2


def test_writing_outside_a_transaction_is_refused(store: Store, annotated: AnnotatedDocument) -> None:
    with pytest.raises(StoreError, match="transaction"):
        store.add_annotated(annotated)
    assert count(store, "documents") == 0


def test_rolled_back_transaction_leaves_nothing(store: Store, annotated: AnnotatedDocument) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.add_annotated(annotated)
        raise RuntimeError("ingest failed half way")
    for table in ["documents", "sources", *RECORD_TABLE_NAMES]:
        assert count(store, table) == 0, table
    assert store.connection.execute(
        "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'Blinken'"
    ).fetchone()[0] == 0


def test_document_that_fails_midway_is_absent_even_if_the_caller_carries_on(
    store: Store, annotated: AnnotatedDocument
) -> None:
    broken = plain_document(["First sentence here.", "Second one."])
    broken.sentences.append(broken.sentences[0])  # duplicate sentence index: the insert fails half way
    with store.transaction():
        with pytest.raises(sqlite3.IntegrityError):
            store.add_annotated(broken)
        store.add_annotated(annotated)
    assert store.existing_ids([broken.document.id, annotated.document.id]) == {annotated.document.id}
    assert count(store, "sentences") == len(annotated.sentences)


def test_records_pointing_at_another_document_are_refused(store: Store, annotated: AnnotatedDocument) -> None:
    annotated.mentions[0].doc_id = "someoneelse"
    with pytest.raises(StoreError, match="doc_id"), store.transaction():
        store.add_annotated(annotated)


def test_killed_writer_leaves_no_partial_document(store_path: Path, annotated: AnnotatedDocument) -> None:
    """A process that dies mid-transaction (after writing every row, before COMMIT) leaves nothing."""
    Store.open(store_path).close()
    script = textwrap.dedent(f"""
        import os, sys
        from dateline.model import AnnotatedDocument
        from dateline.store import Store
        ad = AnnotatedDocument.model_validate_json(sys.stdin.read())
        store = Store.open({str(store_path)!r})
        with store.transaction():
            store.add_annotated(ad)
            os._exit(3)
    """)
    proc = subprocess.run([sys.executable, "-c", script], input=annotated.model_dump_json(), text=True,
                          capture_output=True, timeout=60)
    assert proc.returncode == 3, proc.stderr
    with Store.open(store_path) as store:
        assert store.existing_ids([annotated.document.id]) == set()
        assert count(store, "sentences") == 0


def test_second_writer_is_told_another_process_is_writing(store_path: Path) -> None:
    with Store.open(store_path) as first, Store.open(store_path, timeout=0.05) as second:
        with (
            first.transaction(),
            pytest.raises(StoreError, match="another process is writing"),
            second.transaction(),
        ):
            pass
        with second.transaction():  # free again once the first writer commits
            pass


def test_nested_transaction_is_refused(store: Store) -> None:
    with store.transaction(), pytest.raises(StoreError, match="already open"), store.transaction():
        pass


def test_existing_ids_works_for_more_ids_than_one_query_takes(store: Store) -> None:
    ads = [plain_document([f"Sentence number {i}."]) for i in range(3)]
    with store.transaction():
        for ad in ads:
            store.add_annotated(ad)
    asked = [f"{i:016x}" for i in range(1200)] + [ad.document.id for ad in ads]
    assert store.existing_ids(asked) == {ad.document.id for ad in ads}


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("exact", "exact"), ("uni", "unique"), ("  uni ", "unique")],
    ids=["exact id", "unique prefix", "surrounding spaces"],
)
def test_resolve_doc_id_accepts_exact_ids_and_unique_prefixes(
    store: Store, prefix: str, expected: str
) -> None:
    ids = {"exact": "exact", "unique": "unique0001"}
    with store.transaction():
        for key, doc_id in ids.items():
            store.add_annotated(plain_document([f"Text {key}."], id=doc_id))
        store.add_annotated(plain_document(["Text exact two."], id="exact2"))
    assert store.resolve_doc_id(prefix) == ids[expected]


@pytest.mark.parametrize(
    ("prefix", "message"),
    [("ab", "several documents"), ("zz", "no document id starts with"), ("", "empty document id")],
)
def test_resolve_doc_id_rejects_ambiguous_missing_and_empty_prefixes(
    store: Store, prefix: str, message: str
) -> None:
    with store.transaction():
        store.add_annotated(plain_document(["One."], id="abc1"))
        store.add_annotated(plain_document(["Two."], id="abd2"))
    with pytest.raises(QueryError, match=message):
        store.resolve_doc_id(prefix)


def test_deleting_a_document_removes_its_records_and_search_entries(
    store: Store, annotated: AnnotatedDocument
) -> None:
    with store.transaction():
        store.add_annotated(annotated)
    with store.transaction():
        assert store.delete_document(annotated.document.id) is True
    for table in ["documents", "sources", *RECORD_TABLE_NAMES]:
        assert count(store, table) == 0, table
    assert store.connection.execute(
        "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'Blinken'"
    ).fetchone()[0] == 0


def test_new_store_records_its_migrations_and_version(store_path: Path) -> None:
    with Store.open(store_path) as store:
        names = [r[0] for r in store.connection.execute("SELECT name FROM migrations ORDER BY rowid")]
        assert names[0] == "m001_initial"
        assert len(names) == SCHEMA_VERSION == store.schema_version
    with Store.open(store_path) as store:  # reopening applies nothing twice
        assert store.connection.execute("SELECT COUNT(*) FROM migrations").fetchone()[0] == SCHEMA_VERSION


def test_file_store_uses_wal_and_foreign_keys(store_path: Path) -> None:
    with Store.open(store_path) as store:
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_store_written_by_a_newer_dateline_is_refused(store_path: Path) -> None:
    with Store.open(store_path) as store, store.transaction():
        store.connection.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION + 1,)
        )
        store.connection.execute(
            "INSERT INTO migrations VALUES ('dateline', 'm999_from_the_future', '2030-01-01T00:00:00')"
        )
    for readonly in (False, True):
        with pytest.raises(SchemaVersionError, match="newer than this dateline") as info:
            Store.open(store_path, readonly=readonly)
        assert str(store_path) in str(info.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"date 2024-02-06\nThis is an article, not a database.\n" * 20, "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 84, "not a SQLite database"),
    ],
    ids=["text file", "truncated sqlite header"],
)
def test_file_that_is_not_sqlite_is_refused_naming_the_path(
    store_path: Path, content: bytes, message: str
) -> None:
    store_path.write_bytes(content)
    with pytest.raises(StoreError, match=message) as info:
        Store.open(store_path)
    assert str(store_path) in str(info.value)
    assert store_path.read_bytes() == content  # left untouched


def test_sqlite_file_of_another_application_is_refused(store_path: Path) -> None:
    conn = sqlite3.connect(store_path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a dateline store") as info:
        Store.open(store_path)
    assert str(store_path) in str(info.value)


@pytest.mark.parametrize(
    ("relative", "readonly", "message"),
    [("missing.db", True, "does not exist"), ("no/such/folder/x.db", False, "does not exist")],
)
def test_opening_where_there_is_no_store_says_so(
    tmp_path: Path, relative: str, readonly: bool, message: str
) -> None:
    with pytest.raises(StoreError, match=message):
        Store.open(tmp_path / relative, readonly=readonly)


def test_readonly_store_reads_but_refuses_to_write(store_path: Path, annotated: AnnotatedDocument) -> None:
    with Store.open(store_path) as store, store.transaction():
        store.add_annotated(annotated)
    with Store.open(store_path, readonly=True) as ro:
        assert ro.get_annotated(annotated.document.id) == annotated
        with pytest.raises(StoreError, match="read-only"), ro.transaction():
            pass
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            ro.connection.execute("DELETE FROM documents")


@pytest.mark.parametrize("spec", RECORD_TABLES, ids=lambda s: s.table)
def test_every_model_field_has_a_column(spec, store: Store) -> None:  # type: ignore[no-untyped-def]
    """A field added to the model needs a migration adding its column (else it would be lost)."""
    columns = {r[1] for r in store.connection.execute(f"PRAGMA table_info({spec.table})")}
    assert set(spec.columns) <= columns
    for required in ("doc_id", "sentence", "start", "end", "text"):
        if spec.table != "entities":  # entities are document-level, not spans
            assert required in columns


def test_pipeline_output_round_trips_and_is_searchable(
    seed_annotated: list[AnnotatedDocument], store: Store
) -> None:
    ads = seed_annotated
    with store.transaction():
        for ad in ads:
            store.add_annotated(ad)
    for ad in ads:
        assert store.get_annotated(ad.document.id) == ad
        assert ad.mentions, "the real pipeline finds named entities in the seed articles"
    hits = store.connection.execute(
        "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'Blinken'"
    ).fetchone()[0]
    assert hits > 0


def test_sentences_of_the_example_document_are_stored_in_order(store: Store) -> None:
    ad = full_document()
    with store.transaction():
        store.add_annotated(ad)
    rows = store.connection.execute(
        "SELECT sentence, text FROM sentences WHERE doc_id = ? ORDER BY sentence", (ad.document.id,)
    ).fetchall()
    assert [t for _, t in rows] == SENTENCES


def test_two_processes_creating_the_same_store_do_not_collide(store_path: Path) -> None:
    script = f"from dateline.store import Store; Store.open({str(store_path)!r}).close()"
    procs = [subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE, text=True) for _ in range(3)]
    errors = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    with Store.open(store_path) as store:
        assert store.connection.execute("SELECT COUNT(*) FROM migrations").fetchone()[0] == SCHEMA_VERSION

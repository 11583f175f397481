"""The SQLite store: one open, documented file holding documents and every record annotated in them.

Store methods never commit: the caller owns the one transaction (`with store.transaction(): ...`),
so an ingest run decides what is atomic. Write methods refuse to run outside a transaction rather
than let SQLite autocommit half a document.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dateline.errors import QueryError, SchemaVersionError, StoreError
from dateline.model import AnnotatedDocument, Document, SourceRef, Timex
from dateline.store import records
from dateline.store.schema import APPLICATION, SCHEMA_VERSION, migrations

BUSY_TIMEOUT_S = 10.0
_CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit
_SOURCE_FIELDS = list(SourceRef.model_fields)
_DOCUMENT_COLUMNS = (
    "id, title, date, date_source, date_confidence, date_evidence, language, n_words, text, "
    "gold_timexes, schema_version"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _connect_readonly(path: Path, timeout: float) -> sqlite3.Connection:
    """A connection that cannot write. Read-write + query_only where the file allows it, so that closing
    the last connection checkpoints and removes the WAL files (a mode=ro connection leaves them behind);
    mode=ro for files we may not write."""
    uri = path.resolve().as_uri()
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        conn = sqlite3.connect(uri + "?mode=rw", uri=True, isolation_level=None, timeout=timeout)
        conn.execute("PRAGMA query_only = ON")
        return conn
    return sqlite3.connect(uri + "?mode=ro", uri=True, isolation_level=None, timeout=timeout)


class Store:
    """A dateline store in one SQLite file (or `:memory:`). Open with `Store.open(path)`."""

    def __init__(self, connection: sqlite3.Connection, path: str, *, readonly: bool) -> None:
        self.connection = connection
        self.path = path
        self.readonly = readonly

    # -- opening ------------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, timeout: float = BUSY_TIMEOUT_S) -> Store:
        """Open a store, creating and migrating it as needed (never migrates when `readonly`).

        `timeout`: seconds to wait for another process's write to finish before giving up.
        """
        name = str(path)
        memory = name == ":memory:"
        if not memory:
            p = Path(name)
            if readonly and not p.exists():
                raise StoreError("no dateline store here: the file does not exist", where=name)
            if not readonly and not p.parent.exists():
                raise StoreError(f"cannot create a store: folder {p.parent} does not exist", where=name)
            if p.exists() and p.is_dir():
                raise StoreError("is a folder, not a dateline store file", where=name)
        try:
            if readonly and not memory:
                conn = _connect_readonly(Path(name), timeout)
            else:
                conn = sqlite3.connect(name, isolation_level=None, timeout=timeout)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open: {exc}", where=name) from exc
        store = cls(conn, name, readonly=readonly)
        try:
            store._prepare(memory=memory)
        except BaseException:
            conn.close()
            raise
        return store

    def _prepare(self, *, memory: bool) -> None:
        conn = self.connection
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"not a dateline store: the file is not a SQLite database ({exc})", where=self.path
            ) from exc
        if tables:
            self._check_is_dateline(conn, tables)
            self._check_version(conn)
        elif self.readonly:
            raise StoreError("not a dateline store: the database is empty", where=self.path)
        conn.execute("PRAGMA foreign_keys = ON")
        if self.readonly:
            pending = migrations.pending(conn)
            if pending:
                raise StoreError(
                    f"the store's schema is older than this dateline (needs {', '.join(pending)}): "
                    "open it once read-write to upgrade it",
                    where=self.path,
                )
            return
        if not memory:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreError(f"could not switch the store to WAL mode (got {mode})", where=self.path)
        try:
            migrations.apply(conn, on_applied=_record_version)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot upgrade the store's schema: {exc}", where=self.path) from exc

    def _check_is_dateline(self, conn: sqlite3.Connection, tables: set[str]) -> None:
        app = None
        if "meta" in tables:
            row = conn.execute("SELECT value FROM meta WHERE key = 'application'").fetchone()
            app = row[0] if row else None
        if app != APPLICATION:
            raise StoreError(
                "not a dateline store: a SQLite database without dateline's `meta` table; "
                "choose a new file name for the store",
                where=self.path,
            )

    def _check_version(self, conn: sqlite3.Connection) -> None:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row else 0
        unknown = migrations.unknown(conn)
        if version > SCHEMA_VERSION or unknown:
            extra = f" (unknown migrations: {', '.join(unknown)})" if unknown else ""
            raise SchemaVersionError(
                f"the store has schema version {version}, newer than this dateline supports "
                f"({SCHEMA_VERSION}){extra}: upgrade dateline to open it",
                where=self.path,
            )

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        row = self.connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    # -- transactions -------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """The caller's one write transaction: BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any exception."""
        if self.readonly:
            raise StoreError("the store was opened read-only", where=self.path)
        if self.connection.in_transaction:
            raise StoreError("a transaction is already open on this store (one at a time)", where=self.path)
        try:
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(
                f"cannot start writing ({exc}): another process is writing to this store; "
                "try again when it has finished",
                where=self.path,
            ) from exc
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def _require_transaction(self) -> None:
        if not self.connection.in_transaction:
            raise StoreError("write outside a transaction: wrap it in `with store.transaction():`")

    # -- writing ------------------------------------------------------------------------------------

    def add_annotated(self, ad: AnnotatedDocument) -> bool:
        """Write a document with all its records; if the id exists, record only new sources (False)."""
        self._require_transaction()
        doc = ad.document
        _check_doc_ids(ad)
        if self.existing_ids([doc.id]):
            for source in doc.sources:
                self.add_source(doc.id, source)
            return False
        conn = self.connection
        # A savepoint keeps the document all-or-nothing even when the caller catches the error and
        # goes on with the rest of its transaction.
        conn.execute("SAVEPOINT add_annotated")
        try:
            conn.execute(
                f"INSERT INTO documents ({_DOCUMENT_COLUMNS}, added_at) VALUES ({', '.join('?' * 12)})",
                (
                    doc.id, doc.title, records.to_sql(doc.date), records.to_sql(doc.date_source),
                    doc.date_confidence, doc.date_evidence, doc.language, ad.n_words, doc.text,
                    json.dumps([t.model_dump(mode="json") for t in doc.gold_timexes], ensure_ascii=False),
                    ad.schema_version, _now(),
                ),
            )
            for source in doc.sources:
                self.add_source(doc.id, source)
            for spec in records.RECORD_TABLES:
                rows = getattr(ad, spec.attribute)
                if rows:
                    conn.executemany(
                        records.insert_sql(spec),
                        (records.record_params(spec, doc.id, i, r) for i, r in enumerate(rows)),
                    )
        except BaseException:
            conn.execute("ROLLBACK TO add_annotated")
            conn.execute("RELEASE add_annotated")
            raise
        conn.execute("RELEASE add_annotated")
        return True

    def add_source(self, doc_id: str, source: SourceRef) -> bool:
        """Record one more place a document was read from; False if exactly that source is recorded."""
        self._require_transaction()
        values = [getattr(source, f) for f in _SOURCE_FIELDS]
        same = " AND ".join(f"{f} IS ?" for f in _SOURCE_FIELDS)
        conn = self.connection
        if conn.execute(f"SELECT 1 FROM sources WHERE doc_id = ? AND {same}", [doc_id, *values]).fetchone():
            return False
        if not self.existing_ids([doc_id]):
            raise StoreError(f"cannot add a source to document {doc_id}: it is not in the store")
        seq = conn.execute("SELECT COALESCE(MAX(seq) + 1, 0) FROM sources WHERE doc_id = ?", (doc_id,))
        conn.execute(
            f"INSERT INTO sources (doc_id, seq, {', '.join(_SOURCE_FIELDS)}, added_at) "
            f"VALUES (?, ?, {', '.join('?' * len(_SOURCE_FIELDS))}, ?)",
            [doc_id, seq.fetchone()[0], *values, _now()],
        )
        return True

    def delete_document(self, doc_id: str) -> bool:
        """Remove a document and (by cascade) every record and index entry of it; False if absent."""
        self._require_transaction()
        return self.connection.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount > 0

    # -- reading ------------------------------------------------------------------------------------

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these document ids are already stored (to skip re-annotating them)."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            found.update(r[0] for r in self.connection.execute(
                f"SELECT id FROM documents WHERE id IN ({marks})", chunk
            ))
        return found

    def get_annotated(self, doc_id: str) -> AnnotatedDocument | None:
        """The stored AnnotatedDocument, equal to what was added (sources include later ones)."""
        conn = self.connection
        row = conn.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        (id_, title, date, date_source, confidence, evidence, language, n_words, text, gold, version) = row
        sources = [
            SourceRef.model_validate(dict(zip(_SOURCE_FIELDS, r, strict=True)))
            for r in conn.execute(
                f"SELECT {', '.join(_SOURCE_FIELDS)} FROM sources WHERE doc_id = ? ORDER BY seq", (doc_id,)
            )
        ]
        document = Document(
            id=id_, text=text, title=title, date=date, date_source=date_source,
            date_confidence=confidence, date_evidence=evidence, language=language, sources=sources,
            gold_timexes=[Timex.model_validate(t) for t in json.loads(gold)],
        )
        parts: dict[str, Any] = {
            spec.attribute: [
                records.from_row(spec, r) for r in conn.execute(records.select_sql(spec), (doc_id,))
            ]
            for spec in records.RECORD_TABLES
        }
        return AnnotatedDocument(schema_version=version, document=document, n_words=n_words, **parts)

    def resolve_doc_id(self, prefix: str) -> str:
        """The one document id starting with `prefix` (ids are long hashes; users type a few characters)."""
        prefix = prefix.strip().lower()  # ids are lowercase hex; users may copy them in capitals
        if not prefix:
            raise QueryError("empty document id: give the id or its first characters")
        conn = self.connection
        if conn.execute("SELECT 1 FROM documents WHERE id = ?", (prefix,)).fetchone():
            return prefix
        # A range scan on the primary key: every string starting with `prefix` sorts in [prefix, prefix+max).
        rows = [r[0] for r in conn.execute(
            "SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 6",
            (prefix, prefix + "\U0010ffff"),
        )]
        if not rows:
            raise QueryError(f"no document id starts with {prefix!r}: list ids with `dateline docs`")
        if len(rows) > 1:
            shown = ", ".join(rows[:5]) + (", ..." if len(rows) > 5 else "")
            raise QueryError(f"{prefix!r} matches several documents ({shown}): type more characters")
        return rows[0]


def _record_version(conn: sqlite3.Connection) -> None:
    """Inside each migration's transaction: keep meta.schema_version equal to the migrations applied."""
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', "
        "(SELECT COUNT(*) FROM migrations WHERE migration_set = ?))",
        (APPLICATION,),
    )


def _check_doc_ids(ad: AnnotatedDocument) -> None:
    """Refuse records that point at another document: their offsets would be meaningless here."""
    doc_id = ad.document.id
    for spec in records.RECORD_TABLES:
        for record in getattr(ad, spec.attribute):
            other = getattr(record, "doc_id", doc_id)
            if other != doc_id:
                raise StoreError(
                    f"a record in {spec.attribute} has doc_id {other!r}, not the document's {doc_id!r}"
                )

"""docs/schema.md documents every table and column of a live store, and its example queries run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline.store import Store
from tests.store.store_samples import full_document, plain_document

SCHEMA_MD = Path(__file__).resolve().parents[2] / "docs" / "schema.md"
_HEADING = re.compile(r"^### `(\w+)`\s*$")
_ROW = re.compile(r"^\| `(\w+)` \| (\w*) \|")
_SQL_BLOCK = re.compile(r"```sql\n(.*?)```", re.DOTALL)


def documented_tables() -> dict[str, dict[str, str]]:
    """{table: {column: declared type}} from the headings and table rows of docs/schema.md."""
    tables: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in SCHEMA_MD.read_text(encoding="utf-8").splitlines():
        if m := _HEADING.match(line):
            current = tables.setdefault(m.group(1), {})
        elif line.startswith("## "):
            current = None
        elif current is not None and (m := _ROW.match(line)):
            current[m.group(1)] = m.group(2)
    return tables


def live_tables(store: Store) -> dict[str, dict[str, str]]:
    """{table: {column: declared type}} of the store, without SQLite's and FTS5's internal tables."""
    conn = store.connection
    names = [
        r[1] for r in conn.execute("PRAGMA table_list")
        if r[0] == "main" and r[2] in ("table", "virtual") and not r[1].startswith("sqlite_")
    ]
    return {n: {r[1]: r[2] for r in conn.execute(f"PRAGMA table_info({n})")} for n in names}


@pytest.fixture
def memory_store():  # type: ignore[no-untyped-def]
    with Store.open(":memory:") as store:
        yield store


def test_every_table_and_column_is_documented_with_its_type(memory_store: Store) -> None:
    documented = documented_tables()
    live = live_tables(memory_store)
    assert set(live) == set(documented), "tables in the store and in docs/schema.md differ"
    for table, columns in live.items():
        assert set(columns) == set(documented[table]), f"columns of {table} differ from docs/schema.md"
        for column, declared in columns.items():
            if declared:  # FTS5 columns have no declared type
                assert documented[table][column] == declared, f"{table}.{column}"


def test_example_queries_in_the_schema_docs_run(memory_store: Store) -> None:
    with memory_store.transaction():
        memory_store.add_annotated(full_document())
        memory_store.add_annotated(plain_document(["Talks on a ceasefire to free the hostages went on."]))
    examples = _SQL_BLOCK.findall(SCHEMA_MD.read_text(encoding="utf-8"))
    assert len(examples) >= 8
    returned = 0
    for sql in examples:
        rows = memory_store.connection.execute(sql).fetchall()
        returned += bool(rows)
    assert returned >= len(examples) - 3, "most examples find something in a small store"

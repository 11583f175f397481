"""The store's full-text index is declared the way Datasette and sqlite-utils detect it, so `?_search=` works."""

from __future__ import annotations

from pathlib import Path

from dateline.store import Store
from tests.store.store_samples import plain_document

# Datasette's own detection query (datasette/utils/__init__.py detect_fts_sql), for the sentences table.
DETECT_FTS = """
select name from sqlite_master
    where rootpage = 0
    and (
        sql like '%VIRTUAL TABLE%USING FTS%content="sentences"%'
        or sql like '%VIRTUAL TABLE%USING FTS%content=[sentences]%'
        or (tbl_name = "sentences" and sql like '%VIRTUAL TABLE%USING FTS%')
    )
"""
# What Datasette runs for /db/sentences?_search=...
SEARCH = "select id, text from sentences where rowid in (select rowid from sentences_fts where sentences_fts match ?)"


def test_datasette_finds_the_sentences_index_and_searches_through_it(tmp_path: Path) -> None:
    kept = plain_document(["Hostages were released in Gaza.", "Talks resumed in Cairo."])
    dropped = plain_document(["More hostages are expected to be freed."])
    with Store.open(tmp_path / "d.db") as store:
        with store.transaction():
            store.add_annotated(kept)
            store.add_annotated(dropped)
        conn = store.connection
        assert conn.execute(DETECT_FTS).fetchall() == [("sentences_fts",)]
        assert len(conn.execute(SEARCH, ("hostage",)).fetchall()) == 2  # porter stemming: hostage ~ hostages
        with store.transaction():
            store.delete_document(dropped.document.id)
        assert [t for _, t in conn.execute(SEARCH, ("hostages",))] == ["Hostages were released in Gaza."]

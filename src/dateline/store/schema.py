"""The SQLite schema of a dateline store, as named migrations (documented table by table in docs/schema.md).

Conventions a reader of the file can rely on: dates are ISO `YYYY-MM-DD` text (they sort and compare
as text), lists are JSON text, booleans are 0/1, every record table has `doc_id` (deleting a document
deletes its records), `sentence` (index into that document's sentences), `start`/`end` (character
offsets into `documents.text`) and the covered `text`, and `seq` keeps the annotator's order.
Record tables are WITHOUT ROWID tables clustered on (doc_id, seq): a document's records sit together,
and no second copy of the key is kept in a separate index. Besides those keys, only doc_id, dates and
time values are indexed: labels and types have a dozen values each, so an index on them would cost
more space (~12% of the file) than it saves time.
Add a column or table only through a new migration appended at the end of this file.
"""

from __future__ import annotations

import sqlite3

from dateline.store.migrations import Migrations

APPLICATION = "dateline"
# PRAGMA application_id, so `file` and other tools can tell a dateline store apart ("DTLN").
APPLICATION_ID = 0x44544C4E

migrations = Migrations(APPLICATION)

_SPAN = """
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,"""

_INITIAL = [
    """CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)""",
    """CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    title TEXT,
    date TEXT,
    date_source TEXT NOT NULL,
    date_confidence REAL,
    date_evidence TEXT,
    language TEXT NOT NULL,
    n_words INTEGER NOT NULL,
    text TEXT NOT NULL,
    gold_timexes TEXT NOT NULL DEFAULT '[]',
    schema_version INTEGER NOT NULL,
    added_at TEXT NOT NULL
)""",
    "CREATE INDEX documents_date ON documents(date)",
    """CREATE TABLE sources (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    path TEXT,
    line INTEGER,
    url TEXT,
    publisher TEXT,
    external_id TEXT,
    format TEXT,
    added_at TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID""",
    "CREATE INDEX sources_url ON sources(url)",
    """CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    n_tokens INTEGER NOT NULL,
    UNIQUE (doc_id, sentence)
)""",
    f"""CREATE TABLE mentions ({_SPAN}
    label TEXT NOT NULL,
    entity TEXT,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID""",
    """CREATE TABLE entities (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    titles TEXT NOT NULL DEFAULT '[]',
    affiliation TEXT,
    place_kind TEXT,
    lat REAL,
    lon REAL,
    geonames_id INTEGER,
    country_code TEXT,
    n_mentions INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID""",
    f"""CREATE TABLE timexes ({_SPAN}
    tid TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    mod TEXT,
    quant TEXT,
    freq TEXT,
    anchor_tid TEXT,
    temporal_function INTEGER NOT NULL DEFAULT 0,
    interval_start TEXT,
    interval_end TEXT,
    anchor TEXT,
    offset INTEGER,
    unit TEXT,
    rule TEXT,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID""",
    "CREATE INDEX timexes_doc_sentence ON timexes(doc_id, sentence)",
    "CREATE INDEX timexes_interval_start ON timexes(interval_start)",
    "CREATE INDEX timexes_interval_end ON timexes(interval_end)",
    f"""CREATE TABLE quotes ({_SPAN}
    kind TEXT NOT NULL,
    speaker TEXT,
    speaker_entity TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID""",
    f"""CREATE TABLE figures ({_SPAN}
    id TEXT NOT NULL,
    category TEXT NOT NULL,
    value REAL,
    value_max REAL,
    value_text TEXT NOT NULL,
    unit TEXT,
    qualifier TEXT,
    who TEXT,
    reporter TEXT,
    reporter_entity TEXT,
    time_tid TEXT,
    time_value TEXT,
    time_source TEXT,
    place TEXT,
    parent TEXT,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID""",
    "CREATE INDEX figures_time_value ON figures(time_value)",
    f"""CREATE TABLE events ({_SPAN}
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    trigger TEXT NOT NULL,
    mode TEXT,
    modality TEXT NOT NULL,
    source_actor TEXT,
    source_entity TEXT,
    target_actor TEXT,
    target_entity TEXT,
    place TEXT,
    place_entity TEXT,
    place_precision TEXT,
    time_tid TEXT,
    time_value TEXT,
    time_precision TEXT,
    time_explicit INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID""",
    "CREATE INDEX events_time_value ON events(time_value)",
    # External-content full-text index over sentences.text: the text is stored once (in `sentences`),
    # the index maps FTS rowids to sentences.id, and triggers keep it in step with inserts and deletes
    # (including the cascade when a document is deleted).
    """CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
)""",
    """CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END""",
    """CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END""",
    """CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END""",
]


@migrations()
def m001_initial(conn: sqlite3.Connection) -> None:
    """Documents, their sources, sentences with a full-text index, and one table per record type."""
    for statement in _INITIAL:
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("INSERT INTO meta (key, value) VALUES ('application', ?)", (APPLICATION,))


# The corpus layer (dateline.resolve): what the corpus step concludes across documents. Per-document tables above
# are never rewritten by it, except that a document dated by inference gets its date and its relative timexes
# re-resolved against that date (the annotated value is kept in timexes.base_value).
_CORPUS = [
    # Which corpus steps have seen which document: a step only works on documents it has not seen.
    """CREATE TABLE resolved (
    step TEXT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    resolved_at TEXT NOT NULL,
    PRIMARY KEY (step, doc_id)
) WITHOUT ROWID""",
    "CREATE INDEX resolved_doc ON resolved(doc_id)",
    # One row per document the dating step looked at (undated ones): the inferred day or interval and why.
    """CREATE TABLE date_inferences (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    date TEXT,
    earliest TEXT,
    latest TEXT,
    confidence REAL,
    reason TEXT NOT NULL,
    evidence TEXT NOT NULL DEFAULT '[]',
    resolved_at TEXT NOT NULL
)""",
    "ALTER TABLE timexes ADD COLUMN base_value TEXT",
    "ALTER TABLE timexes ADD COLUMN on_inferred_date INTEGER NOT NULL DEFAULT 0",
    # Entities merged across documents: one row per real-world entity, linked from each document's entities.
    """CREATE TABLE corpus_entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    fold TEXT NOT NULL,
    label TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    n_documents INTEGER NOT NULL DEFAULT 0,
    n_mentions INTEGER NOT NULL DEFAULT 0,
    first_date TEXT,
    last_date TEXT,
    place_kind TEXT,
    precision TEXT,
    lat REAL,
    lon REAL,
    geonames_id INTEGER,
    country_code TEXT,
    extra TEXT NOT NULL DEFAULT '{}'
)""",
    "CREATE INDEX corpus_entities_rank ON corpus_entities(n_documents DESC, n_mentions DESC)",
    "CREATE INDEX corpus_entities_label_rank ON corpus_entities(label, n_documents DESC, n_mentions DESC)",
    "CREATE INDEX corpus_entities_fold ON corpus_entities(fold)",
    """CREATE TABLE entity_links (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    corpus_id INTEGER NOT NULL REFERENCES corpus_entities(id) ON DELETE CASCADE,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID""",
    "CREATE INDEX entity_links_corpus ON entity_links(corpus_id, doc_id)",
    # Events merged across documents, and stories grouping events.
    """CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    first_date TEXT,
    last_date TEXT,
    n_events INTEGER NOT NULL DEFAULT 0,
    n_documents INTEGER NOT NULL DEFAULT 0,
    keywords TEXT NOT NULL DEFAULT '[]',
    extra TEXT NOT NULL DEFAULT '{}'
)""",
    """CREATE TABLE corpus_events (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    date TEXT,
    date_end TEXT,
    place TEXT,
    place_id INTEGER REFERENCES corpus_entities(id) ON DELETE SET NULL,
    actors TEXT NOT NULL DEFAULT '[]',
    summary TEXT,
    n_mentions INTEGER NOT NULL DEFAULT 0,
    n_documents INTEGER NOT NULL DEFAULT 0,
    first_reported TEXT,
    story_id INTEGER REFERENCES stories(id) ON DELETE SET NULL,
    extra TEXT NOT NULL DEFAULT '{}'
)""",
    "CREATE INDEX corpus_events_date ON corpus_events(date)",
    "CREATE INDEX corpus_events_story ON corpus_events(story_id)",
    """CREATE TABLE event_links (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    event_id INTEGER NOT NULL REFERENCES corpus_events(id) ON DELETE CASCADE,
    recalled INTEGER NOT NULL DEFAULT 0,
    score REAL,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID""",
    "CREATE INDEX event_links_event ON event_links(event_id)",
]


@migrations()
def m002_corpus(conn: sqlite3.Connection) -> None:
    """The corpus layer: resolution state, inferred dates, corpus entities, corpus events and stories."""
    for statement in _CORPUS:
        conn.execute(statement)


@migrations()
def m003_fts_for_datasette(conn: sqlite3.Connection) -> None:
    """Declare the full-text index as `content="sentences"`: Datasette and sqlite-utils find a table's FTS index by
    that spelling (double quotes or brackets, not single quotes), so `?_search=` works on the sentences table.

    The index is dropped, declared again and rebuilt from `sentences`; the triggers that keep it in step name it,
    not its declaration, and stay as they are.
    """
    conn.execute("DROP TABLE sentences_fts")
    conn.execute(
        'CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content="sentences", content_rowid="id", '
        "tokenize='porter unicode61 remove_diacritics 2')"
    )
    conn.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild')")


SCHEMA_VERSION = migrations.version

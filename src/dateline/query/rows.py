"""Typed rows returned by the query functions; the CLI, the HTTP API and the web page all render these."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(Row):
    """Where a record was read: the document, its date and title, and the sentence it sits in."""

    doc_id: str
    doc_date: dt.date | None = None
    doc_title: str | None = None
    sentence: int
    sentence_text: str
    start: int  # character span of the record in the document's text
    end: int
    text: str


class DocumentRow(Row):
    id: str
    title: str | None = None
    date: dt.date | None = None
    date_source: str
    date_confidence: float | None = None
    date_evidence: str | None = None  # why: the input field, or the inference's summary for inferred dates
    language: str
    n_words: int
    n_sentences: int
    n_sources: int
    publisher: str | None = None  # of the first source the document was read from
    url: str | None = None
    added_at: str


class TextRange(Row):
    """A highlighted match: character offsets into the text it belongs to."""

    start: int
    end: int


class MentionedDate(Row):
    """A time expression in a hit's sentence, anchored to calendar days (what the date filter compares)."""

    text: str
    value: str
    interval_start: dt.date
    interval_end: dt.date | None = None


class SearchHit(Row):
    """One sentence matching a full-text search, best first (lower bm25 is better, so score = -bm25)."""

    doc_id: str
    doc_date: dt.date | None = None
    doc_title: str | None = None
    sentence: int
    sentence_start: int  # span of the sentence in the document's text
    sentence_end: int
    sentence_text: str
    snippet: str  # a window of the sentence around the matches ("…" where cut), plain text
    matches: list[TextRange] = Field(default_factory=list)  # offsets into `snippet`
    mentioned_dates: list[MentionedDate] = Field(default_factory=list)  # why an old article can be in range
    score: float

    def marked(self, open: str = "[", close: str = "]") -> str:
        """The snippet with each match wrapped in markers (escape the pieces first if rendering HTML)."""
        out, last = [], 0
        for m in self.matches:
            out += [self.snippet[last : m.start], open, self.snippet[m.start : m.end], close]
            last = m.end
        out.append(self.snippet[last:])
        return "".join(out)


class EntityRow(Row):
    """One entity across the corpus: a corpus entity once `dateline resolve` has run (`id` set, spellings and
    surnames merged), else the per-document entities aggregated by (name, label), case-insensitively."""

    name: str
    label: str
    n_documents: int
    n_mentions: int
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    aliases: list[str] = Field(default_factory=list)
    n_aliases: int = 0
    id: int | None = None  # the corpus entity (`dateline entity --id`); None before resolution
    precision: str | None = None  # places: country, region or city
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None


class Stats(Row):
    documents: int
    dated_documents: int
    undated_documents: int
    documents_by_date_source: dict[str, int]
    sources: int
    sentences: int
    words: int
    mentions: int
    mentions_by_label: dict[str, int]
    entities: int  # one per name and type per document (what `dateline docs`/`show` list for an article)
    entities_by_label: dict[str, int]
    # across the corpus, spellings and surnames merged (what `dateline entities` lists); 0 before `resolve` runs
    corpus_entities: int = 0
    corpus_entities_by_label: dict[str, int] = {}
    timexes: int
    timexes_by_type: dict[str, int]
    quotes: int
    figures: int
    events: int
    date_min: dt.date | None = None
    date_max: dt.date | None = None
    size_bytes: int  # database pages x page size: the file's size once its write-ahead log is checkpointed


class QuoteRow(Evidence):
    kind: str
    speaker: str | None = None
    speaker_entity: str | None = None
    speaker_name: str | None = None  # the resolved entity's canonical name, when the speaker was resolved
    cue: str | None = None


class FigureRow(Evidence):
    id: str
    category: str
    value: float | None = None
    value_max: float | None = None
    value_text: str
    unit: str | None = None
    qualifier: str | None = None
    who: str | None = None
    reporter: str | None = None
    place: str | None = None
    parent: str | None = None
    time_value: str | None = None
    time_source: str | None = None
    # The days the figure refers to: its time expression's interval, else the document's date.
    date_start: dt.date | None = None
    date_end: dt.date | None = None


class EventRow(Evidence):
    id: str
    type: str
    trigger: str
    mode: str | None = None
    modality: str
    source_actor: str | None = None
    target_actor: str | None = None
    place: str | None = None
    place_precision: str | None = None
    time_value: str | None = None
    time_precision: str | None = None
    time_explicit: bool = False
    date_start: dt.date | None = None
    date_end: dt.date | None = None

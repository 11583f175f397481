"""Typed records shared by every part of dateline.

Every extracted record keeps its evidence: the document id, the sentence index and a character span
(`start`, `end`) that always points into `Document.text`, plus the covered `text` itself, so that
`document.text[r.start:r.end] == r.text` holds for every record. This is the JSON schema that
`dateline annotate --format json` prints and other tools script against: change it only by adding
optional fields.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1


class Record(BaseModel):
    """Base for all records: strict field names, cheap to pickle, JSON round-trips."""

    model_config = ConfigDict(extra="forbid", frozen=False, use_enum_values=True)


# ---------------------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------------------


class DateSource(StrEnum):
    """Where a document's creation time (DCT) came from."""

    GIVEN = "given"  # stated by the input: a `date` header, a JSONL field, a TimeML DCT
    PARSED = "parsed"  # read from the text or the HTML page (htmldate)
    INFERRED = "inferred"  # estimated by the corpus step from what the text shares with dated articles
    UNKNOWN = "unknown"  # nobody knows: never "today", never the file's mtime


class SourceRef(Record):
    """One place an article was read from. The same text from two URLs is one document, two sources."""

    path: str | None = None  # file the record came from (or "-" for stdin)
    line: int | None = None  # 1-based line in that file for line-based formats (JSONL)
    url: str | None = None
    publisher: str | None = None  # JSONL `source`, e.g. "AP"
    external_id: str | None = None  # JSONL `id`, TimeML DOCID
    format: str | None = None  # "text", "jsonl", "html", "timeml"


class Document(Record):
    """An article as read: its text, its date (if any) and where it came from."""

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    date_source: DateSource = DateSource.UNKNOWN
    date_confidence: float | None = None  # 1.0 for given dates; the corpus step's estimate for inferred ones
    date_evidence: str | None = None  # why we believe the date (header line, html meta, inference summary)
    language: str = "en"
    sources: list[SourceRef] = Field(default_factory=list)
    # Gold TIMEX3 annotations carried by TimeML input, kept for evaluation (never used for annotation).
    gold_timexes: list[Timex] = Field(default_factory=list)


_SPACE_RE = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Canonical form used for identity: NFC, unified whitespace, stripped."""
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def document_id(text: str) -> str:
    """Stable id of an article: a hash of its normalized text, so re-ingesting is a no-op."""
    return hashlib.blake2b(normalize_text(text).encode("utf-8"), digest_size=8).hexdigest()


# ---------------------------------------------------------------------------------------------------
# Per-document annotations
# ---------------------------------------------------------------------------------------------------


class Span(Record):
    """Evidence shared by every extracted record."""

    doc_id: str
    sentence: int  # index into AnnotatedDocument.sentences
    start: int  # character offset into Document.text
    end: int
    text: str


class Sentence(Record):
    index: int
    start: int
    end: int
    text: str
    n_tokens: int


class Mention(Span):
    """A named-entity mention as found in the text."""

    label: str  # PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, DATE, ...
    entity: str | None = None  # key of the document-level Entity this mention belongs to


class Entity(Record):
    """One real-world thing as seen in one document (corpus resolution merges them across documents)."""

    key: str  # unique within the document, e.g. "PERSON:antony blinken"
    doc_id: str
    name: str  # canonical name: the longest full form used in the document
    label: str
    aliases: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)  # roles kept apart from the name: "US Secretary of State"
    affiliation: str | None = None  # nationality / affiliation where the text gives it
    place_kind: str | None = None  # country, city, region (places only)
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    country_code: str | None = None
    n_mentions: int = 0


class TimexType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Timex(Span):
    """A TIMEX3 time expression, normalized.

    `value` follows the TIMEX3 grammar (`2024-02-06`, `2024-W06`, `P4M`, `PAST_REF`, `XXXX-XX-XX`...).
    For DATE/TIME values that are fully anchored, `interval_start`/`interval_end` give the calendar days
    covered (inclusive), so queries can filter by date. An expression that could not be anchored keeps an
    underspecified value plus `anchor` / `offset` / `unit` so the corpus step can resolve it later.
    """

    tid: str
    type: TimexType
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchor_tid: str | None = None  # anchorTimeID ("t0" is the DCT)
    temporal_function: bool = False
    interval_start: dt.date | None = None
    interval_end: dt.date | None = None
    # Underspecified relative expressions (undated documents): resolvable later from a reference date.
    anchor: str | None = None  # "dct" or the tid of the expression it is relative to
    offset: int | None = None  # signed offset in `unit`s
    unit: str | None = None  # day, week, month, year, weekday:MO.., ...
    rule: str | None = None  # id of the rule that produced it (for error analysis)


class Quote(Span):
    """Who said what. The span covers the quoted content."""

    kind: str  # "direct" or "indirect"
    speaker: str | None = None  # speaker as written ("he", "Mr Blinken")
    speaker_entity: str | None = None  # Entity key when resolved, else None (no identifiable speaker)
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None  # "said", "according to", "told", "warned"
    cue_start: int | None = None
    cue_end: int | None = None


class Figure(Span):
    """A reported quantity: "at least 99 people ... were killed, according to the Health Ministry"."""

    id: str  # unique within the document, so parents can be referenced
    category: str  # killed, injured, missing, displaced, detained, hostages, released, evacuated, ...
    value: float | None = None  # point value (the lower bound for ranges)
    value_max: float | None = None  # upper bound for ranges ("two or three")
    value_text: str  # as written: "nearly 1,300", "hundreds of"
    unit: str | None = None  # for non-people figures: trucks, kilometres, buildings
    qualifier: str | None = None  # at least, more than, nearly, about, up to, exactly
    who: str | None = None  # children, women, soldiers, Palestinians
    reporter: str | None = None  # "the Gaza Health Ministry"
    reporter_entity: str | None = None
    time_tid: str | None = None  # the sentence's timex; None means the document date
    time_value: str | None = None
    time_source: str | None = None  # "timex" or "document"
    place: str | None = None
    parent: str | None = None  # id of the total this figure is part of


class Event(Span):
    """An event mention typed with PLOVER's root types. The span covers the trigger."""

    id: str
    type: str  # AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT,
    #            THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
    trigger: str
    mode: str | None = None  # PLOVER mode: aerial, firearms, visit, phone...
    modality: str = "asserted"  # asserted, negated, hypothetical, planned, historical
    source_actor: str | None = None
    source_entity: str | None = None
    target_actor: str | None = None
    target_entity: str | None = None
    place: str | None = None
    place_entity: str | None = None
    place_precision: str | None = None  # exact, region, country
    time_tid: str | None = None
    time_value: str | None = None
    time_precision: str | None = None  # day, week, month, year
    time_explicit: bool = False


class AnnotatedDocument(Record):
    """The output of per-document annotation: a pure function of the Document."""

    schema_version: int = SCHEMA_VERSION
    document: Document
    sentences: list[Sentence] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    n_words: int = 0

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing a character offset (the last one before it if between)."""
        best = 0
        for s in self.sentences:
            if s.start <= offset:
                best = s.index
            else:
                break
        return best


Document.model_rebuild()

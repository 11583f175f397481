"""Response shapes of the HTTP API that the query rows do not already give: pages, errors, facets, ingest.

Rows themselves (DocumentRow, SearchHit, EventRow...) are the library's own pydantic models, so the API, the CLI's
--json and the OpenAPI document describe the same fields.
"""

from __future__ import annotations

import datetime as dt
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from dateline.model import AnnotatedDocument
from dateline.query.documents import DateInference

T = TypeVar("T")

MAX_PAGE = 500  # hard page-size limit of every list endpoint
MAX_WINDOW = 10_000  # offset + limit, for every paged list (most query functions rank from the top every time)


class ApiModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Page(ApiModel, Generic[T]):
    """One page of a list. Ask for the next with `offset=next_offset`; it is null on the last page."""

    items: list[T]
    limit: int
    offset: int
    next_offset: int | None = None


class ErrorDetail(ApiModel):
    code: str = Field(description="A stable code: E1xx input, E3xx store, E4xx query, E7xx HTTP API.")
    message: str = Field(description="What went wrong and what to do about it.")
    where: str | None = Field(
        description="What the error is about: the query parameter, path field, header (`Authorization`, "
        "`Content-Type`, `Host`), `body` or input line (`-:2`); null when no part of the request is at fault "
        "(a server failure, a missing or busy store).",
    )


class ErrorBody(ApiModel):
    error: ErrorDetail


# What every read endpoint may answer besides 200, for the OpenAPI document (instead of FastAPI's own 422 shape).
ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    404: {"model": ErrorBody, "description": "Nothing by that name (E400) or no such endpoint (E700)."},
    422: {"model": ErrorBody, "description": "A parameter that cannot be used; `where` names it."},
    503: {"model": ErrorBody, "description": "The store is missing or busy: the message says what to do."},
}


class Dating(ApiModel):
    """How a document got its date: given, parsed from the page, or inferred from other articles, and why."""

    date: dt.date | None = None
    source: str
    confidence: float | None = None
    evidence: str | None = None


class DocumentView(ApiModel):
    """One document with every annotation (offsets index `annotated.document.text`) and its date's evidence."""

    annotated: AnnotatedDocument
    dating: Dating
    inference: DateInference | None = Field(
        default=None, description="The dating step's conclusion and evidence, for a document that had no date."
    )


class Count(ApiModel):
    value: str
    n: int


class Facets(ApiModel):
    """What the page offers in its filters: the store's date range and the values present, most frequent first."""

    date_min: dt.date | None = None
    date_max: dt.date | None = None
    outlets: list[Count]
    event_types: list[Count]
    figure_categories: list[Count]
    entity_labels: list[Count]


class Place(ApiModel):
    """A place named in the corpus with coordinates (from the place resolver), for the map."""

    name: str
    label: str
    lat: float
    lon: float
    country_code: str | None = None
    n_documents: int
    n_mentions: int


class IngestError(ApiModel):
    code: str
    message: str
    where: str | None = None


class IngestResult(ApiModel):
    """What a POST did: the same counts as `dateline ingest --json`."""

    read: int
    added: int
    already_stored: int
    duplicates: int
    new_sources: int
    failed: int
    words: int
    seconds: float
    document_ids: list[str]
    errors: list[IngestError]
    resolved: bool = Field(description="Whether the corpus step ran on the new documents afterwards.")
    resolve_error: str | None = Field(default=None, description="Why the corpus step did not finish, if it did not.")


class _StoryModel(BaseModel):
    """The stories module returns plain dicts: these give them a documented shape (unknown keys are dropped, so a
    field added there cannot break a response here)."""

    model_config = ConfigDict(extra="ignore")


class StoryRow(_StoryModel):
    id: int
    title: str
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    n_events: int = 0
    n_documents: int = 0
    keywords: list[str] = Field(default_factory=list)


class EventReport(_StoryModel):
    """One article's report of a corpus event; `recalled` when it only mentions it as background."""

    doc_id: str
    doc_date: dt.date | None = None
    title: str | None = None
    trigger: str | None = None
    recalled: bool = False
    sentence: str = ""
    publisher: str | None = None


class StoryEvent(_StoryModel):
    """An event merged across the articles reporting it."""

    id: int
    type: str
    date: dt.date | None = None
    date_end: dt.date | None = None
    place: str | None = None
    actors: list[str] = Field(default_factory=list)
    n_documents: int = 0
    n_mentions: int = 0
    first_reported: dt.date | None = None
    summary: str | None = None
    n_recalls: int = 0
    story_id: int | None = None
    sources: list[EventReport] = Field(default_factory=list)


class StoryDetail(StoryRow):
    events: list[StoryEvent] = Field(default_factory=list)

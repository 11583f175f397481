"""What every route needs: the server's settings, a read-only store per request, and paging helpers."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import Query, Request, Response
from pydantic import BaseModel, TypeAdapter

from dateline.errors import StoreError
from dateline.serve.errors import BAD_PARAMETER, ApiError
from dateline.serve.models import MAX_PAGE, MAX_WINDOW, Page
from dateline.store import Store

T = TypeVar("T")

DEFAULT_MAX_UPLOAD = 2_000_000  # bytes per POST


@dataclass
class Settings:
    """How the server was started: which store, and whether (and with which token) it accepts articles."""

    db: Path
    allow_ingest: bool = False
    token: str | None = None
    max_upload: int = DEFAULT_MAX_UPLOAD
    resolve_after_ingest: bool = True
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)
    pipeline: Any = None  # the NLP pipeline, loaded on the first POST only (spaCy is slow to import)


def settings(request: Request) -> Settings:
    return request.app.state.settings


@contextmanager
def reader(request: Request) -> Iterator[Store]:
    """A read-only connection for this request, opened and closed in the thread that runs the route (SQLite
    connections stay in their thread); opening one costs well under a millisecond."""
    db = settings(request).db
    if not db.exists():
        raise StoreError(f"no store at {db}: run `dateline demo --db {db}` or `dateline ingest PATH --db {db}`")
    store = Store.open(db, readonly=True)
    try:
        yield store
    finally:
        store.close()


LimitQ = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Rows per page (at most {MAX_PAGE}).")]
OffsetQ = Annotated[int, Query(ge=0, le=MAX_WINDOW, description="Rows to skip: the previous page's next_offset.")]
FromQ = Annotated[dt.date | None, Query(alias="from", description="Only from this day (YYYY-MM-DD).")]
ToQ = Annotated[dt.date | None, Query(alias="to", description="Only up to this day, inclusive (YYYY-MM-DD).")]


def as_json(value: BaseModel | list[Any]) -> Response:
    """The rows as JSON, serialised once by pydantic (the route's response_model documents the same shape; letting
    FastAPI validate the rows again would double the cost of a request)."""
    if isinstance(value, BaseModel):
        return Response(content=value.model_dump_json(), media_type="application/json")
    item = type(value[0]) if value else dict
    return Response(content=_list_adapter(item).dump_json(value), media_type="application/json")


@lru_cache(maxsize=16)
def _list_adapter(item: type) -> TypeAdapter[list[Any]]:
    return TypeAdapter(list[item])  # type: ignore[valid-type]


def page_of(rows: list[T], limit: int, offset: int) -> Page[T]:
    """A page from `rows` fetched with one row beyond the page (which says whether there is a next one)."""
    more = len(rows) > limit
    return Page[T](items=rows[:limit], limit=limit, offset=offset, next_offset=offset + limit if more else None)


def window(fetch: Callable[[int], list[T]], limit: int, offset: int) -> Page[T]:
    """Page through a query function that has a limit but no offset: fetch offset+limit+1 rows and cut."""
    if offset + limit > MAX_WINDOW:
        raise ApiError(
            422, BAD_PARAMETER, f"offset + limit may not pass {MAX_WINDOW}: narrow the query with filters instead",
            where="offset",
        )
    rows = fetch(offset + limit + 1)
    return page_of(rows[offset:], limit, offset)

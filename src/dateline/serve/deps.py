"""What every route needs: the server's settings, a read-only store per request, and paging helpers."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import Query, Request, Response
from pydantic import BaseModel, BeforeValidator, TypeAdapter, WithJsonSchema

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
    threads: int = 4  # for the read routes (see dateline.serve.app.DEFAULT_THREADS)
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


_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DAY_SCHEMA = {"type": "string", "pattern": _DAY.pattern, "examples": ["2025-03-01", "2025-03", "2025"]}


def _day(value: object, *, end: bool) -> object:
    """YYYY-MM-DD, YYYY-MM or YYYY, as on the command line: a month or year is its first day for `from` and its
    last for `to`. Anything else (a bare number is not a timestamp here) is refused."""
    if value is None or isinstance(value, dt.date):
        return value
    found = _DAY.match(str(value))
    if not found:
        raise ValueError("not a date: use YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = found.groups()
    try:
        if day:
            return dt.date(int(year), int(month), int(day))
        if month:
            first = dt.date(int(year), int(month), 1)
            nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1) if end else first
        return dt.date(int(year), 12, 31) if end else dt.date(int(year), 1, 1)
    except ValueError as exc:
        raise ValueError(f"not a date ({exc}): use YYYY-MM-DD, YYYY-MM or YYYY") from None


def day_param(name: str, description: str, *, end: bool) -> Any:
    """An optional day query parameter named `name`, read like the CLI's --from/--to."""
    return Annotated[
        dt.date | None, BeforeValidator(partial(_day, end=end)), WithJsonSchema(DAY_SCHEMA),
        Query(alias=name, description=description),
    ]


LimitQ = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Rows per page (at most {MAX_PAGE}).")]
OffsetQ = Annotated[int, Query(
    ge=0, le=MAX_WINDOW,
    description=f"Rows to skip: the previous page's next_offset (offset + limit at most {MAX_WINDOW:,}).",
)]
FromQ = day_param("from", "Only from this day (YYYY-MM-DD; YYYY-MM or YYYY: its first day).", end=False)
ToQ = day_param("to", "Only up to this day, inclusive (YYYY-MM-DD; YYYY-MM or YYYY: its last day).", end=True)


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


def check_window(limit: int, offset: int) -> None:
    """Every paged list stops at row MAX_WINDOW (docs/api.md, "Paging"): a page reaching past it is a 422 naming
    `offset`, before any query runs, whatever the endpoint (a silent empty or partial page would look like the end)."""
    if offset + limit > MAX_WINDOW:
        raise ApiError(
            422, BAD_PARAMETER,
            f"offset + limit may not pass {MAX_WINDOW:,} (got offset {offset} + limit {limit} = {offset + limit:,}): "
            "narrow the query with filters (from, to, type...) instead of paging further",
            where="offset",
        )


def window(fetch: Callable[[int], list[T]], limit: int, offset: int) -> Page[T]:
    """Page through a query function that has a limit but no offset: fetch offset+limit+1 rows and cut."""
    check_window(limit, offset)
    rows = fetch(offset + limit + 1)
    return page_of(rows[offset:], limit, offset)

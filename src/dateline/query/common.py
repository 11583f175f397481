"""Small helpers shared by the query functions: argument checks, dates and case folding."""

from __future__ import annotations

import datetime as dt
import sqlite3

from dateline.errors import QueryError

MAX_LIMIT = 1_000_000


def check_limit(limit: int, offset: int = 0) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, got {limit}", field="limit")
    if offset < 0:
        raise QueryError(f"offset must be 0 or more, got {offset}", field="offset")


def date_range(date_from: dt.date | None, date_to: dt.date | None) -> tuple[str | None, str | None]:
    """ISO text bounds (the store keeps dates as ISO text), refusing a range that ends before it starts."""
    if date_from is not None and date_to is not None and date_from > date_to:
        raise QueryError(f"--from {date_from} is after --to {date_to}: swap them", field="from")
    return (
        date_from.isoformat() if date_from is not None else None,
        date_to.isoformat() if date_to is not None else None,
    )


def _fold(text: str | None) -> str | None:
    return None if text is None else text.casefold()


def with_fold(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Register `dateline_fold(text)`: Unicode case folding (SQLite's lower() only folds ASCII)."""
    conn.create_function("dateline_fold", 1, _fold, deterministic=True)
    return conn


def like_escape(text: str) -> str:
    """A user's text as a literal LIKE pattern body (with ESCAPE '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

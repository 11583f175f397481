"""Options shared by several commands."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Annotated

import typer

DEFAULT_DB = "dateline.db"

DbOpt = Annotated[
    Path,
    typer.Option(
        "--db",
        envvar="DATELINE_DB",
        help="The SQLite store to use (created if missing). Env: DATELINE_DB.",
        show_default=True,
    ),
]


def default_db() -> Path:
    return Path(os.environ.get("DATELINE_DB", DEFAULT_DB))


def parse_date(value: str | None, option: str) -> dt.date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; a partial date means its first day (--from) - callers pass the end."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD", param_hint=option) from None


FromOpt = Annotated[str | None, typer.Option("--from", help="Only from this date (YYYY-MM-DD).")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Only up to this date, inclusive (YYYY-MM-DD).")]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", help="At most this many rows.", min=1)]

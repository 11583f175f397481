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
        help="The SQLite store (ingest creates it). Env: DATELINE_DB.",
        show_default=True,
    ),
]


def default_db() -> Path:
    return Path(os.environ.get("DATELINE_DB", DEFAULT_DB))


def parse_date(value: str | None, option: str, *, end: bool = False) -> dt.date | None:
    """YYYY-MM-DD, YYYY-MM or YYYY. A month or year means its first day for --from and its last for --to."""
    if value is None:
        return None
    try:
        if len(value) == 4 and value.isdigit():
            return dt.date(int(value), 12, 31) if end else dt.date(int(value), 1, 1)
        if len(value) == 7 and value[4] == "-":
            first = dt.date(int(value[:4]), int(value[5:]), 1)
            if not end:
                return first
            nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY", param_hint=option
        ) from None


FromOpt = Annotated[str | None, typer.Option("--from", help="Only from this date (YYYY-MM-DD, YYYY-MM or YYYY).")]
ToOpt = Annotated[
    str | None, typer.Option("--to", help="Only up to this date, inclusive (YYYY-MM-DD, YYYY-MM or YYYY).")
]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", help="At most this many rows (1 to 1,000,000).", min=1)]

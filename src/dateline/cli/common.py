"""Options shared by several commands."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Annotated

import typer

from dateline.errors import StoreError
from dateline.store import Store

DEFAULT_DB = "dateline.db"


def default_db() -> Path:
    """The store when no --db is given: env DATELINE_DB, else ./dateline.db."""
    return Path(os.environ.get("DATELINE_DB", DEFAULT_DB))


def resolve_db(ctx: typer.Context, value: Path | None) -> Path:
    """The store a command uses: its own --db, else the global `dateline --db` (which reads DATELINE_DB)."""
    if value is not None:
        return value
    root = ctx.find_root().params.get("db")
    return Path(root) if root is not None else default_db()


# A command's --db has no default of its own, so that `dateline --db x.db docs` and `dateline docs --db x.db`
# both work and the command's value wins; the callback always hands the command a Path.
DbOpt = Annotated[
    Path,
    typer.Option(
        "--db",
        callback=resolve_db,
        help=f"The SQLite store (ingest creates it). Default: the global --db, else env DATELINE_DB, else "
        f"./{DEFAULT_DB}.",
        show_default=False,
    ),
]

# The same option before the command name (`dateline --db x.db COMMAND`), for every command that opens a store.
GlobalDbOpt = Annotated[
    Path,
    typer.Option(
        "--db",
        envvar="DATELINE_DB",
        help="The SQLite store for every command (a command's own --db wins). Env: DATELINE_DB.",
        show_default=True,
    ),
]


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


def open_store(db: Path, *, readonly: bool = True) -> Store:
    """The store a command works on; a missing file is an error that says how to make one (never a new empty
    store created by a read command)."""
    if not db.exists():
        raise StoreError(f"no store at {db}: run `dateline ingest PATH --db {db}` first", where=str(db))
    return Store.open(db, readonly=readonly)

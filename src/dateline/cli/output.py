"""Output options shared by every read command: a table in a terminal, or --json / --nl / --csv.

stdout carries only data; diagnostics go to stderr (sqlite-utils' habit).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any

import typer
from pydantic import BaseModel
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

stdout = Console(soft_wrap=False)
stderr = Console(stderr=True, soft_wrap=True)


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    NL = "nl"
    CSV = "csv"


JsonOpt = Annotated[bool, typer.Option("--json", help="Output a JSON array.")]
NlOpt = Annotated[bool, typer.Option("--nl", help="Output newline-delimited JSON, one object per line.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Output CSV with a header row.")]


def choose_format(as_json: bool, nl: bool, as_csv: bool) -> Format:
    chosen = [f for f, on in ((Format.JSON, as_json), (Format.NL, nl), (Format.CSV, as_csv)) if on]
    if len(chosen) > 1:
        raise typer.BadParameter("Use just one of --json, --nl or --csv.")
    return chosen[0] if chosen else Format.TABLE


def _plain(row: BaseModel | dict[str, Any]) -> dict[str, Any]:
    return row.model_dump(mode="json") if isinstance(row, BaseModel) else row


def emit(
    rows: Sequence[BaseModel | dict[str, Any]],
    fmt: Format,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> None:
    """Write rows to stdout in the chosen format. `columns` limits the table view, not the JSON."""
    data = [_plain(r) for r in rows]
    if fmt is Format.JSON:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif fmt is Format.NL:
        for d in data:
            sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
    elif fmt is Format.CSV:
        keys = list(columns or (data[0].keys() if data else []))
        writer = csv.DictWriter(sys.stdout, fieldnames=keys, extrasaction="ignore")
        writer.writeheader()
        for d in data:
            writer.writerow({k: _cell(d.get(k)) for k in keys})
    else:
        keys = list(columns or (data[0].keys() if data else []))
        cells = {k: [_cell(d.get(k)) for d in data] for k in keys}
        layout = fit_columns(keys, cells, stdout.width)
        table = Table(title=title, show_lines=False, header_style="bold")
        for col in layout.columns:
            table.add_column(col.key, width=col.width, no_wrap=col.no_wrap, overflow="fold")
        for i in range(len(data)):
            table.add_row(*(Text(cells[col.key][i]) for col in layout.columns))  # Text: never markup
        stdout.print(table)
        if layout.hidden:
            stderr.print(
                f"({', '.join(layout.hidden)} not shown at {stdout.width} columns: widen the terminal, or use "
                "--json or --csv for every field)", markup=False, highlight=False,
            )
        if not data:
            stderr.print("[dim]no rows[/dim]")


# A table at 80 columns must stay readable: a header is never split ("report/er"), nor a word up to WORD_MAX
# characters ("unattr/ibuted", "cumulat/ive"); a longer one (a URL) folds. When even that does not fit, columns are
# left out (named on stderr), from the right, keeping the first one, the ids (to reach the source) and the main text
# column (the longest cells).
WORD_MAX = 14
BORDER = 3  # per column: a rule and a space either side (plus one rule at the table's edge)


@dataclass
class _Column:
    key: str
    width: int  # chosen width (content only)
    least: int  # narrowest it may be: its header, and its words up to WORD_MAX
    natural: int  # its widest cell or header: wider is never needed
    no_wrap: bool  # one short value per cell (a date, an id, a kind): shown whole


@dataclass
class _Layout:
    columns: list[_Column]
    hidden: list[str]


def _is_short(key: str) -> bool:
    """Dates, ids and counts never wrap ("2025-01-0" / "2" reads as two values)."""
    return "date" in key or key.endswith("_id") or key.startswith("n_") or key in ("id", "value", "sentence")


def fit_columns(keys: Sequence[str], cells: dict[str, list[str]], width: int) -> _Layout:
    """Column widths for a table `width` characters wide (see WORD_MAX)."""
    columns = []
    for k in keys:
        values = cells[k]
        natural = max([cell_len(k), *(cell_len(v) for v in values)])
        word = max([0, *(cell_len(w) for v in values for w in v.split())])
        no_wrap = _is_short(k) or (natural <= 20 and all(" " not in v for v in values))
        least = natural if no_wrap else max(cell_len(k), min(word, WORD_MAX))
        columns.append(_Column(k, least, least, natural, no_wrap))
    main = max((c for c in columns if not c.no_wrap), key=lambda c: c.natural, default=None)
    keep = {columns[0].key} if columns else set()
    keep |= {c.key for c in columns if c.key == "id" or c.key.endswith("_id") or c is main}
    hidden: list[str] = []

    def room() -> int:
        return width - BORDER * len(columns) - 1

    while sum(c.least for c in columns) > room():
        droppable = [c for c in columns if c.key not in keep]
        if not droppable:
            break
        # a column with one value in every row (`--kind cumulative`) tells least; else the rightmost goes first
        same = [c for c in droppable if len(set(cells[c.key])) <= 1]
        drop = (same or droppable)[-1]
        hidden.append(drop.key)
        columns.remove(drop)
    # the room left goes to the wrapping columns, in proportion to what they lack, up to their widest cell
    spare = room() - sum(c.width for c in columns)
    wanting = [c for c in columns if c.natural > c.width]
    while spare > 0 and wanting:
        lack = sum(c.natural - c.width for c in wanting)
        given = 0
        for c in wanting:
            share = min(c.natural - c.width, max(1, (spare * (c.natural - c.width)) // lack))
            share = min(share, spare - given)
            c.width += share
            given += share
        spare -= given
        wanting = [c for c in wanting if c.natural > c.width]
        if given == 0:
            break
    return _Layout(columns, [k for k in keys if k in hidden])


def emit_one(obj: BaseModel | dict[str, Any], fmt: Format) -> None:
    """A single object: JSON for --json/--nl, else key/value lines."""
    d = _plain(obj)
    if fmt in (Format.JSON, Format.NL):
        sys.stdout.write(json.dumps(d, ensure_ascii=False, indent=2 if fmt is Format.JSON else None) + "\n")
        return
    table = Table(show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column()
    for k, v in d.items():
        table.add_row(k, Text(_cell(v)))
    stdout.print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    return " ".join(text.split()) if "\n" in text else text  # a sentence's line breaks would break the row

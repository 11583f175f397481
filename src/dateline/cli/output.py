"""Output options shared by every read command: a table in a terminal, or --json / --nl / --csv.

stdout carries only data; diagnostics go to stderr (sqlite-utils' habit).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, Any

import typer
from pydantic import BaseModel
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
        table = Table(title=title, show_lines=False, header_style="bold")
        for k in keys:
            # dates, ids and counts never wrap ("2025-01-0" / "2" reads as two values)
            short = "date" in k or k.endswith("_id") or k.startswith("n_") or k in ("id", "value", "sentence")
            table.add_column(k, overflow="fold", no_wrap=short, min_width=len(k) if short else None)
        for d in data:
            table.add_row(*(Text(_cell(d.get(k))) for k in keys))  # Text: never markup
        stdout.print(table)
        if not data:
            stderr.print("[dim]no rows[/dim]")


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

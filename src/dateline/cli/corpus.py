"""`dateline resolve` and `dateline toll`: run the corpus layer, and read reported tolls over time."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from dateline.cli.common import DbOpt, FromOpt, LimitOpt, ToOpt, open_store, parse_date
from dateline.cli.output import CsvOpt, Format, JsonOpt, NlOpt, choose_format, emit, stderr


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("resolve")(resolve_command)
    app.command("toll")(toll_command)


def resolve_command(
    db: DbOpt = None,
    full: Annotated[bool, typer.Option("--full", help="Redo every step over the whole store.")] = False,
    step: Annotated[
        list[str] | None, typer.Option("--step", help="Only this step (dating, entities, events); repeatable.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run report as JSON on stdout.")] = False,
) -> None:
    """Resolve the corpus: date undated articles, merge entities and events across articles.

    `dateline ingest` already does this for what it adds (unless --no-resolve); run it after an ingest with
    --no-resolve, or with --full to rebuild the corpus layer from the annotations.

    Example: dateline resolve --full
    """
    from dateline.resolve import resolve_corpus

    with open_store(db, readonly=False) as store:
        report = resolve_corpus(store, full=full, steps=step or None)
    for s in report.steps:
        details = ", ".join(f"{k} {v}" for k, v in s.details.items() if not isinstance(v, dict | list))
        stderr.print(
            f"{s.step}: {s.documents} documents in {s.seconds:.2f} s" + (f" ({details})" if details else ""),
            markup=False, highlight=False,
        )
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2, default=str) + "\n")


def toll_command(
    category: Annotated[str, typer.Argument(help="Figure category: killed, injured, hostages, displaced, ...")],
    db: DbOpt = None,
    place: Annotated[
        str | None, typer.Option("--place", help="Only figures about this place (and its aliases).")
    ] = None,
    reporter: Annotated[
        str | None, typer.Option("--reporter", help="Only figures reported by this source (substring).")
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="cumulative (running totals), incident, or part.")
    ] = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    limit: LimitOpt = 1000,
    as_json: JsonOpt = False,
    nl: NlOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """A toll over time: every reported value of a category, by date and by reporter, each with its sentence.

    Conflicting reports are listed side by side, never averaged. `kind` tells running totals ("the death toll
    rose to 45,000") from one incident's count and from parts of another figure ("including 13 children").
    A point's date is the day its own time expression names, else its article's date (date_basis).

    Example: dateline toll killed --place Gaza --kind cumulative --from 2025-01-01
    """
    from dateline.cli.read import _figure_categories
    from dateline.query.tolls import TollPoint, tolls

    fmt = choose_format(as_json, nl, as_csv)
    if category.strip().lower() not in _figure_categories():
        raise typer.BadParameter(
            f"{category!r} is not a figure category: use one of {', '.join(_figure_categories())}",
            param_hint="CATEGORY",
        )
    with open_store(db) as store:
        points = tolls(
            store, category, place=place, reporter=reporter, kind=kind,
            date_from=parse_date(date_from, "--from"), date_to=parse_date(date_to, "--to", end=True), limit=limit,
        )
    columns = ["date", "reporter", "value_text", "kind", "who", "place", "doc_id"]
    shown: list[str] | None = None
    if fmt is Format.TABLE:
        shown = columns
    elif fmt is Format.CSV and not points:
        shown = list(TollPoint.model_fields)  # an empty series is still a CSV file with its header
    emit(points, fmt, columns=shown)
    if not points:
        stderr.print(f"no {category} figures{_toll_filters(place, reporter, kind, date_from, date_to)}", markup=False)
    elif len(points) == limit:
        stderr.print(f"(stopped at --limit {limit}: raise it for more rows)", markup=False)


def _toll_filters(place: str | None, reporter: str | None, kind: str | None, date_from: str | None,
                  date_to: str | None) -> str:
    """The filters an empty toll was asked with, so the message says which one to loosen."""
    parts = []
    if place:
        parts.append(f"at {place}")
    if reporter:
        parts.append(f"reported by {reporter!r}")
    if kind:
        parts.append(f"of kind {kind}")
    if date_from or date_to:
        parts.append(f"from {date_from or 'the start'} to {date_to or 'the end'}")
    return (" " + ", ".join(parts) if parts else " in the store") + " (see `dateline figures` for what is stored)"

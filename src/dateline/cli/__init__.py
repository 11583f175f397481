"""The `dateline` command line: each command opens the store, makes one library call, writes the output."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from dateline.cli import annotate, corpus, dating, entity, evaluate, ingest, read, serve, stories, timeline
from dateline.cli.common import DEFAULT_DB, GlobalDbOpt
from dateline.cli.output import stderr
from dateline.errors import DatelineError

app = typer.Typer(
    name="dateline",
    help="Turn a pile of news articles into a dated, sourced record of what happened.\n\n"
    "Example: dateline demo   (ingests the bundled sample corpus into ./dateline.db)",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from dateline import __version__

        print(f"dateline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
    db: GlobalDbOpt = Path(DEFAULT_DB),
) -> None:
    """Turn a pile of news articles into a dated, sourced record of what happened."""
    # `db` is read by each command's own --db callback (dateline.cli.common.resolve_db), not here.


ingest.register(app)
annotate.register(app)
read.register(app)
for module in (corpus, dating, entity, stories, timeline, serve):
    module.register(app, evaluate.app)
app.add_typer(evaluate.app, name="eval")


def main() -> None:
    """Entry point: library errors become one line on stderr and a non-zero exit, never a traceback."""
    try:
        app()
    except DatelineError as exc:
        stderr.print(f"Error: {exc}", markup=False, highlight=False)
        sys.exit(2)
    except KeyboardInterrupt:
        stderr.print(
            "Interrupted. Documents already written are complete and kept: run the same command again to finish.",
            markup=False,
        )
        sys.exit(130)

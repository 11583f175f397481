"""`dateline annotate`: run the pipeline on files without a store and print (or write) the result."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.output import stderr
from dateline.cli.render import render_document
from dateline.errors import InputError
from dateline.ingest import InputNotice, read_inputs
from dateline.model import Document


class AnnotateFormat(StrEnum):
    JSON = "json"
    TEXT = "text"
    TIMEML = "timeml"


def register(app: typer.Typer) -> None:
    app.command("annotate")(annotate_command)


def annotate_command(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to annotate, or - for stdin.")],
    fmt: Annotated[AnnotateFormat, typer.Option("--format", "-f", help="json, text or timeml.")] = AnnotateFormat.JSON,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output folder (required for timeml).")] = None,
) -> None:
    """Annotate articles without a store.

    json prints one annotated document per line (the schema of dateline.model.AnnotatedDocument: every record
    with doc id, sentence index, character span and covered text). text highlights the annotations in the
    terminal. timeml writes one .tml per input file into --out, keeping the input's DOCID/DCT/TITLE.

    Example: dateline annotate article.txt --format json | jq '.timexes[] | {text, value}'
    """
    if fmt is AnnotateFormat.TIMEML and out is None:
        raise typer.BadParameter("--format timeml writes files: give an output folder with --out")
    from dateline.nlp.pipeline import Pipeline  # here, not at the top: read commands must not load spaCy

    pipeline = Pipeline()
    failed = 0
    documents: list[Document] = []
    for item in read_inputs(paths):
        if isinstance(item, InputNotice):
            stderr.print(f"note: {item.where}: {item.message}", markup=False, highlight=False)
        elif isinstance(item, InputError):
            stderr.print(f"error: {item}", markup=False, highlight=False)
            failed += 1
        else:
            documents.append(item)
    if fmt is AnnotateFormat.TIMEML:
        assert out is not None
        from dateline.cli.timeml_out import write_timeml_outputs

        written = write_timeml_outputs(documents, pipeline, out)
        stderr.print(f"{written} TimeML files written to {out}", markup=False, highlight=False)
    else:
        for annotated in pipeline.annotate_many(documents):
            if fmt is AnnotateFormat.JSON:
                sys.stdout.write(annotated.model_dump_json() + "\n")
            else:
                render_document(annotated)
    if failed:
        raise typer.Exit(1)

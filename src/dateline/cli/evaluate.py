"""`dateline eval`: score dateline against gold annotations (TempEval-3 timexes, quotes, figures, events)."""

from __future__ import annotations

import json
import sys
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.output import stderr

app = typer.Typer(help="Score dateline against gold annotations.", no_args_is_help=True)


@app.command("timex")
def eval_timex_command(
    gold_dirs: Annotated[
        list[Path], typer.Argument(help="Folders of gold TimeML .tml files (searched recursively); scores add up.")
    ],
    system: Annotated[
        Path | None,
        typer.Option(
            "--system",
            help="Folder of system .tml files (with several gold folders: one sub-folder per gold folder name); "
            "default: annotate the gold texts now.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    errors: Annotated[int, typer.Option("--errors", help="List this many errors of each kind.")] = 10,
) -> None:
    """TempEval-3 timex metrics: strict/relaxed span P/R/F1, type and value F1, per document and micro totals.

    Without --system, dateline annotates the gold texts (with their DCTs) with its temporal tagger and writes
    TimeML into a temporary folder first, as `dateline annotate GOLD_DIR --format timeml --out DIR` would
    (only the timex component runs: the other annotators do not change time expressions). Several gold
    folders are scored together (micro totals over all their documents).

    Example: dateline eval timex ../shared/data/timeml/TBAQ-cleaned/TimeBank ../shared/data/timeml/TBAQ-cleaned/AQUAINT
    """
    from dateline.eval.timex import score_dirs

    for gold_dir in gold_dirs:
        if not gold_dir.is_dir():
            raise typer.BadParameter(f"{gold_dir} is not a folder", param_hint="GOLD_DIRS")
    several = len(gold_dirs) > 1
    reports = []
    if system is None:
        from dateline.cli.timeml_out import annotate_timeml_dir
        from dateline.nlp.pipeline import Pipeline

        pipeline = Pipeline(components=["dateline_timex"])
        with tempfile.TemporaryDirectory(prefix="dateline-eval-") as tmp:
            for gold_dir in gold_dirs:
                out = Path(tmp) / gold_dir.name
                annotate_timeml_dir(gold_dir, out, pipeline)
                reports.append(score_dirs(gold_dir, out))
    else:
        for gold_dir in gold_dirs:
            reports.append(score_dirs(gold_dir, system / gold_dir.name if several else system))
    report = reports[0]
    for more in reports[1:]:
        report = report.model_copy(
            update={
                "documents": report.documents + more.documents,
                "total": report.total + more.total,
                "errors": report.errors + more.errors,
                "missing_system": report.missing_system + more.missing_system,
                "unpaired_system": report.unpaired_system + more.unpaired_system,
            }
        )
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2, default=str) + "\n")
    else:
        sys.stdout.write(report.render_text(max_errors=errors) + "\n")


class ExtractTask(StrEnum):
    QUOTES = "quotes"
    FIGURES = "figures"
    EVENTS = "events"


@app.command("extract")
def eval_extract_command(
    task: Annotated[ExtractTask, typer.Option("--task", help="quotes (PolNeAR dev), figures or events (gold JSONL).")],
    gold: Annotated[
        Path | None, typer.Option("--gold", help="Gold JSONL (figures/events) or PolNeAR folder (quotes).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
) -> None:
    """Precision/recall/F1 of one annotator against a development gold set.

    Example: dateline eval extract --task figures --gold tests/data/gold/figures.jsonl
    """
    if task is ExtractTask.QUOTES:
        from dateline.eval.quotes import evaluate_polnear

        report = evaluate_polnear(split="dev", **({"data_dir": gold} if gold else {}))
    else:
        if gold is None:
            raise typer.BadParameter(
                f"give the gold JSONL file, e.g. tests/data/gold/{task.value}.jsonl", param_hint="--gold"
            )
        if task is ExtractTask.FIGURES:
            from dateline.eval.figures import evaluate
        else:
            from dateline.eval.events import evaluate
        report = evaluate(gold)
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2, default=str) + "\n")
    else:
        sys.stdout.write(report.render_text() + "\n")
    stderr.print(f"scored task {task.value}", markup=False)

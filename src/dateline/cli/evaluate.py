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
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold TimeML .tml files (searched recursively).")],
    system: Annotated[
        Path | None, typer.Option("--system", help="Folder of system .tml files; default: annotate the gold texts now.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    errors: Annotated[int, typer.Option("--errors", help="List this many errors of each kind.")] = 10,
) -> None:
    """TempEval-3 timex metrics: strict/relaxed span P/R/F1, type and value F1, per document and micro totals.

    Without --system, dateline annotates the gold texts (with their DCTs) with its temporal tagger and writes
    TimeML into a temporary folder first, as `dateline annotate GOLD_DIR --format timeml --out DIR` would
    (only the timex component runs: the other annotators do not change time expressions).

    Example: dateline eval timex ../shared/data/timeml/TBAQ-cleaned/TimeBank
    """
    from dateline.eval.timex import score_dirs

    if not gold_dir.is_dir():
        raise typer.BadParameter(f"{gold_dir} is not a folder", param_hint="GOLD_DIR")
    if system is None:
        from dateline.cli.timeml_out import annotate_timeml_dir
        from dateline.nlp.pipeline import Pipeline

        with tempfile.TemporaryDirectory(prefix="dateline-eval-") as tmp:
            annotate_timeml_dir(gold_dir, Path(tmp), Pipeline(components=["dateline_timex"]))
            report = score_dirs(gold_dir, Path(tmp))
    else:
        report = score_dirs(gold_dir, system)
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

"""CLI commands of the corpus layer (owner: helper A); registered by dateline.cli."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.output import stderr


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add this module's commands to the main app and its eval sub-app."""
    eval_app.command("dating")(eval_dating_command)


def eval_dating_command(
    corpus: Annotated[list[Path], typer.Argument(help="Dated articles: JSONL files (.gz too) or folders of them.")],
    hide: Annotated[float, typer.Option("--hide", help="Share of the dated articles whose date is hidden.")] = 0.1,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the random choice of hidden articles.")] = 0,
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Keep the store here (default: a temporary store). Reusing it skips the ingest."),
    ] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Annotation processes.", min=1)] = 1,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", help="Read only the first N articles (a quicker run).", min=2)
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Date articles whose date was hidden and compare with the real dates, beside two baselines.

    A seeded random share (--hide) of the dated articles loses its date (and record id); everything is ingested
    (the hidden ones are annotated without a date), the dating step runs, and each hidden article's inferred day
    is compared with its real one: exact day, within ±1 day, within ±7 days (all over every hidden article: one
    left undated counts as wrong) and coverage (share that got a day). Baselines on the same store: (a) the latest
    full date written in the article, (b) the date of the most similar dated article (TF-IDF cosine).

    Example: dateline eval dating ../shared/data/tls-dev/t17-h1n1/converted --hide 0.1 --seed 0
    """
    from dateline.eval.dating import evaluate_dating

    for path in corpus:
        if not path.exists():
            raise typer.BadParameter(f"{path} does not exist", param_hint="CORPUS")
    if not 0 < hide < 1:
        raise typer.BadParameter(f"{hide} is not a share: give a number between 0 and 1, e.g. 0.1", param_hint="--hide")
    paths = [_articles(p) for p in corpus]
    stderr.print(f"hiding {hide:.0%} of the dates (seed {seed}), ingesting, dating...", markup=False)
    report = evaluate_dating(
        [p for group in paths for p in group], hide=hide, seed=seed, db=db, workers=workers, limit=limit
    )
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2) + "\n")
    else:
        sys.stdout.write(report.render_text() + "\n")


def _articles(path: Path) -> list[Path]:
    """A folder's article files: *.jsonl(.gz) but not TLS gold timelines (*.timelines.jsonl), which hold no text."""
    if not path.is_dir():
        return [path]
    found = sorted(p for p in path.rglob("*") if p.name.endswith((".jsonl", ".jsonl.gz")))
    return [p for p in found if ".timelines." not in p.name] or [path]

"""`dateline ingest` and `dateline demo`: articles in, annotated documents in the store."""

from __future__ import annotations

import json
import sys
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dateline import query
from dateline.cli.common import DbOpt
from dateline.cli.output import stderr, stdout
from dateline.errors import DatelineError
from dateline.ingest import InputNotice
from dateline.ingest.read import DEFAULT_MAX_ARTICLE_BYTES
from dateline.store import Store

if TYPE_CHECKING:  # the ingest job loads spaCy: imported only when a command ingests
    from dateline.ingest_job import IngestReport


def sample_corpus_path() -> Path:
    """The sample corpus shipped inside the package (works without ../shared)."""
    return Path(str(files("dateline") / "data" / "sample" / "articles"))


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("demo")(demo_command)


def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive), .gz files, or - for stdin.")],
    db: DbOpt = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Annotation processes (default: cores).")] = 0,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Documents per transaction.", min=1)] = 64,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first bad record.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run report as JSON on stdout.")] = False,
    no_resolve: NoResolveOpt = False,
    max_article_bytes: Annotated[
        int,
        typer.Option(
            "--max-article-bytes",
            min=1,
            help="Refuse articles larger than this (bytes; for JSON Lines, per line). Long articles cost time "
            "and memory to annotate.",
        ),
    ] = DEFAULT_MAX_ARTICLE_BYTES,
) -> None:
    """Read articles, annotate them and store them. Re-ingesting the same article is a no-op.

    Formats are sniffed per file: plain-text articles (optional `date YYYY-MM-DD` header), JSONL (one article per
    line: text, date, title, url, source, id), HTML pages, TimeML .tml. Bad records are reported with file:line
    and skipped; the exit code is 1 when any record failed.

    Example: dateline ingest articles/ more.jsonl.gz --db gaza.db
    """
    _check_paths(paths)
    report = _run(
        paths, db, workers or _default_workers(), batch_size, strict, quiet, resolve=not no_resolve,
        max_article_bytes=max_article_bytes,
    )
    _summarise(report, db)
    if as_json:
        sys.stdout.write(json.dumps(_report_dict(report), indent=2) + "\n")
    if report.errors:
        raise typer.Exit(1)


def _check_paths(paths: list[str]) -> None:
    """A path that is not there is a usage error (exit 2, before any store is created), not a failed record: the
    command line was mistyped, and nothing would be ingested from it."""
    for path in paths:
        if path == "-" or Path(path).exists():
            continue
        why = "is a broken symbolic link" if Path(path).is_symlink() else "does not exist"
        raise typer.BadParameter(
            f"{path} {why}: give files, folders, .gz files or - for stdin", param_hint="PATHS..."
        )


def demo_command(
    db: DbOpt = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Annotation processes (default: cores).")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    no_resolve: NoResolveOpt = False,
) -> None:
    """Ingest the bundled sample corpus (Gaza war news items + two seed articles) and print an overview.

    Example: dateline demo --db sample.db
    """
    report = _run(
        [str(sample_corpus_path())], db, workers or _default_workers(), 64, False, quiet, resolve=not no_resolve
    )
    _summarise(report, db)
    with Store.open(db, readonly=True) as store:
        stats = query.stats(store)
    print_overview(stats)
    if report.errors:
        raise typer.Exit(1)


NoResolveOpt = Annotated[
    bool,
    typer.Option("--no-resolve", help="Skip the corpus step (dating, entities, events across articles) after ingest."),
]


def _run(
    paths: list[str],
    db: Path,
    workers: int,
    batch_size: int,
    strict: bool,
    quiet: bool,
    *,
    resolve: bool = True,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
) -> IngestReport:
    def on_problem(item: DatelineError | InputNotice) -> None:
        if isinstance(item, InputNotice):
            stderr.print(f"note: {item.where}: {item.message}", markup=False, highlight=False)
        else:
            stderr.print(f"error: {item}", markup=False, highlight=False, style="red")

    show = not quiet and stderr.is_terminal
    progress = Progress(
        SpinnerColumn(),
        TextColumn("annotating"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        disable=not show,
        transient=False,
    )
    with Store.open(db) as store, progress:
        task = progress.add_task("ingest", total=None)

        def on_progress(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)

        from dateline.ingest_job import ingest as run_ingest

        report = run_ingest(
            paths,
            store,
            workers=workers,
            batch_size=batch_size,
            strict=strict,
            on_progress=on_progress,
            on_problem=on_problem,
            max_article_bytes=max_article_bytes,
        )
    if resolve:
        _resolve_new(db)
    return report


def _resolve_new(db: Path) -> None:
    """The corpus step on what the ingest added (and on anything an interrupted run left unresolved)."""
    from dateline.resolve import resolve_corpus

    with Store.open(db) as store:
        result = resolve_corpus(store)
    done = ", ".join(f"{s.step} {s.documents}" for s in result.steps)
    stderr.print(f"resolved ({done} new documents) in {result.seconds:.1f} s", markup=False, highlight=False)


def _default_workers() -> int:
    from dateline.ingest_job import default_workers

    return default_workers()


def _summarise(report: IngestReport, db: Path) -> None:
    rate = report.words / report.seconds if report.seconds else 0.0
    stderr.print(
        f"{report.added} added, {report.already_stored} already stored, {report.duplicates} duplicates, "
        f"{report.new_sources} new sources, "
        f"{report.failed} failed - {report.words:,} words in {report.seconds:.1f} s ({rate:,.0f} words/s) -> {db}",
        markup=False,
        highlight=False,
    )
    if report.stopped_early:
        stderr.print("stopped at the first bad record (--strict)", markup=False)


def _report_dict(report: IngestReport) -> dict:
    return {
        "read": report.read,
        "added": report.added,
        "already_stored": report.already_stored,
        "duplicates": report.duplicates,
        "new_sources": report.new_sources,
        "failed": report.failed,
        "words": report.words,
        "seconds": round(report.seconds, 3),
        "errors": [{"where": e.where, "code": e.code, "message": e.message} for e in report.errors],
        "notices": [{"where": n.where, "message": n.message} for n in report.notices],
        "stopped_early": report.stopped_early,
    }


def print_overview(stats: query.Stats) -> None:
    """A short human overview of the store (stdout): what `dateline demo` ends with."""
    from rich.table import Table

    d = stats.model_dump()
    table = Table(title="dateline store overview", show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column()
    for key in ("documents", "dated_documents", "undated_documents", "sentences", "words"):
        if key in d:
            table.add_row(key.replace("_", " "), f"{d[key]:,}")
    if d.get("date_min"):
        table.add_row("date range", f"{d['date_min']} .. {d['date_max']}")
    labels = {
        "corpus_entities_by_label": "entities (across articles)",
        "entities_by_label": "entities (per article)",
        "mentions_by_label": "mentions by label",
        "timexes_by_type": "timexes by type",
    }
    for key, label in labels.items():
        if d.get(key):
            parts = ", ".join(f"{k} {v:,}" for k, v in sorted(d[key].items(), key=lambda kv: -kv[1]))
            table.add_row(label, parts)
    for key in ("quotes", "figures", "events"):
        if key in d:
            table.add_row(key, f"{d[key]:,}")
    stdout.print(table)

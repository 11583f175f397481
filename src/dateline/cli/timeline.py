"""`dateline timeline` (the key dates of a story, summarised and sourced) and `dateline eval tls` (its score on
the Timeline17 benchmark protocol). Both call dateline.query.timeline.build_timeline; this module only renders."""

from __future__ import annotations

import json
import sys
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dateline.cli.common import DbOpt, FromOpt, ToOpt, open_store, parse_date
from dateline.cli.output import stderr, stdout
from dateline.errors import StoreError

if TYPE_CHECKING:
    from dateline.eval.tls import TlsReport
    from dateline.eval.tls_data import Topic
    from dateline.query.timeline import Timeline, TimelineDate


class TimelineFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    MD = "md"
    TIMELINEJS = "timelinejs"
    CSV = "csv"


class RougeImpl(StrEnum):
    REIMPL = "reimpl"
    ORIGINAL = "original"


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add this module's commands to the main app and its eval sub-app."""
    app.command("timeline")(timeline_command)
    eval_app.command("tls")(eval_tls_command)


def _plover_types() -> list[str]:
    from dateline.cli.read import _plover_types as types

    return types()


def timeline_command(
    query: Annotated[
        str | None,
        typer.Argument(help='Words to find (all of them) or an FTS5 query: "a phrase", OR, NOT. Optional.'),
    ] = None,
    db: DbOpt = None,
    entity: Annotated[str | None, typer.Option("--entity", "-e", help="Only articles naming this person, "
                                               "organisation or place (name or alias, substring).")] = None,
    place: Annotated[str | None, typer.Option("--place", "-p", help="Only articles naming this place.")] = None,
    event_type: Annotated[str | None, typer.Option(
        "--type", "-t", help="Only articles reporting events of this PLOVER type (ASSAULT, PROTEST, CONSULT, ...).")
    ] = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    published_from: Annotated[str | None, typer.Option(
        "--published-from", help="Read only articles published from this date (benchmark protocol).")] = None,
    published_to: Annotated[str | None, typer.Option(
        "--published-to", help="Read only articles published up to this date (benchmark protocol).")] = None,
    n_dates: Annotated[int | None, typer.Option(
        "--dates", "-T", min=1, help="At most this many dates (default: about one a week of the span, 5 to 20).")
    ] = None,
    n_sentences: Annotated[int, typer.Option("--sentences", "-L", min=1, help="Sentences per date.")] = 2,
    fmt: Annotated[TimelineFormat, typer.Option(
        "--format", "-f", help="table (terminal), json, md (Markdown, footnoted), timelinejs (TimelineJS3), csv.")
    ] = TimelineFormat.TABLE,
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """The key dates of a story, each with a short extractive summary and the sources of every sentence.

    Dates are the days the articles talk about (mentioned by many articles and outlets), before the days they
    were printed on. --from/--to bound the timeline's dates; an article published later can still tell of them.
    --json gives a list of {"date", "sentences", "sources", "events", "figures"} in date order.

    Example: dateline timeline "hostages" --from 2025-01-01 --to 2025-03-31 --format md
    """
    from dateline.query.timeline import build_timeline

    if as_json:
        fmt = TimelineFormat.JSON
    if event_type and event_type.strip().upper() not in _plover_types():
        raise typer.BadParameter(
            f"{event_type!r} is not a PLOVER event type: use one of {', '.join(_plover_types())}",
            param_hint="--type",
        )
    with open_store(db) as store:
        tl = build_timeline(
            store, query, entity=entity, place=place, event_type=event_type,
            date_from=parse_date(date_from, "--from"), date_to=parse_date(date_to, "--to", end=True),
            published_from=parse_date(published_from, "--published-from"),
            published_to=parse_date(published_to, "--published-to", end=True),
            n_dates=n_dates, n_sentences=n_sentences,
        )
    if not tl.dates:
        stderr.print("no dates: no article matches, or none mentions a day in the range "
                      "(try fewer words, OR between them, or a wider --from/--to)", markup=False)
    if fmt is TimelineFormat.TABLE and out is None:
        _render(tl)
        return
    text = _serialise(tl, fmt)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        stderr.print(f"wrote {len(tl.dates)} dates to {out}", markup=False)


def _serialise(tl: Timeline, fmt: TimelineFormat) -> str:
    if fmt is TimelineFormat.MD:
        from dateline.export.timeline_md import to_markdown

        return to_markdown(tl)
    if fmt is TimelineFormat.TIMELINEJS:
        from dateline.export.timelinejs import to_timelinejs

        return json.dumps(to_timelinejs(tl), ensure_ascii=False, indent=2) + "\n"
    if fmt is TimelineFormat.CSV:
        import io

        from dateline.export.timeline_csv import write_csv

        buf = io.StringIO()
        write_csv(tl, buf)
        return buf.getvalue()
    if fmt is TimelineFormat.TABLE:  # a file has no terminal: the readable text form is Markdown
        from dateline.export.timeline_md import to_markdown

        return to_markdown(tl)
    return json.dumps([d.model_dump(mode="json") for d in tl.dates], ensure_ascii=False, indent=2) + "\n"


def _render(tl: Timeline) -> None:
    """A tree in the terminal: date, then its sentences with [source] numbers, events and figures; sources last."""
    from rich.text import Text
    from rich.tree import Tree

    from dateline.export.timeline_md import event_line, figure_line, long_date

    tree = Tree(Text(f"{tl.title} - {tl.summary().rstrip('.')}", style="bold"))
    for d in tl.dates:
        label = Text(f"{d.date}  ", style="bold cyan")
        label.append(f"{long_date(d)} · {_said_by(d)}", style="dim")
        branch = tree.add(label)
        for s in d.sentences:
            line = Text(" ".join(s.text.split()))
            line.append(f" [{s.source}]", style="green")
            if s.reason == "published":
                line.append(" (published that day)", style="dim")
            branch.add(line)
        for e in d.events:
            branch.add(Text("event: " + event_line(e), style="yellow"))
        for f in d.figures:
            branch.add(Text("figure: " + figure_line(f), style="magenta"))
    stdout.print(tree)
    sources = tl.sources()
    if sources:
        stdout.print(Text("Sources", style="bold"))
        for src in sources:
            what = " · ".join(x for x in (src.publisher, str(src.date) if src.date else None, src.title) if x)
            line = Text(f"[{src.ref}] ", style="green")
            line.append(f"{what}  {src.doc_id}" + (f"  {src.url}" if src.url else ""))
            stdout.print(line)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _said_by(d: TimelineDate) -> str:
    parts = []
    if d.n_articles:
        parts.append(f"mentioned by {_plural(d.n_articles, 'article')} from {_plural(d.n_outlets, 'outlet')}")
    if d.n_published:
        parts.append(f"{_plural(d.n_published, 'article')} published that day")
    return ", ".join(parts)


def eval_tls_command(
    dataset: Annotated[Path, typer.Argument(help="A folder in the news-tls layout: <topic>/timelines.jsonl, "
                                            "keywords.json, articles.preprocessed.jsonl.gz (searched recursively).")],
    db: Annotated[Path | None, typer.Option(
        "--db", help="A store with the topic's articles already ingested (one topic); default: ingest them into "
        "a temporary store.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report (every timeline) as JSON.")] = False,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Processes for ingesting articles.")] = 1,
    rouge_impl: Annotated[RougeImpl, typer.Option(
        "--rouge", help="reimpl: tilse's Python ROUGE (fast); original: the Perl ROUGE-1.5.5 news-tls reports "
        "(needs Perl's XML::Parser).")] = RougeImpl.REIMPL,
) -> None:
    """Timeline17 protocol (news-tls, tilse): per gold timeline, T dates with L sentences from the topic's articles
    published in the gold span, queried with the topic keywords; ROUGE-1/2 F (concat, agreement, align+ m:1) and
    Date F1, averaged as news-tls does, for dateline and two baselines (random dates, most-published dates).

    Example: dateline eval tls ../shared/data/tls-dev/t17-h1n1 --db h1n1.db
    """
    from dateline.eval.tls import evaluate_topic, report
    from dateline.eval.tls_data import find_topics
    from dateline.store import Store

    topics = find_topics(dataset)
    results = []
    for topic in topics:
        if db is not None:
            if not db.exists():
                raise StoreError(
                    f"no store at {db}: ingest the topic's articles first, or leave out --db", where=str(db)
                )
            with Store.open(db, readonly=True) as store:
                results += evaluate_topic(store, topic, rouge_impl=rouge_impl.value)
            continue
        with tempfile.TemporaryDirectory(prefix="dateline-tls-") as tmp:
            path = _ingest_topic(topic, Path(tmp), workers)
            with Store.open(path, readonly=True) as store:
                results += evaluate_topic(store, topic, rouge_impl=rouge_impl.value)
    rep = report([t.name for t in topics], results)
    if as_json:
        sys.stdout.write(rep.model_dump_json(indent=2) + "\n")
        return
    _print_report(rep, rouge_impl)


def _ingest_topic(topic: Topic, tmp: Path, workers: int) -> Path:
    from dateline.eval.tls_data import write_articles_jsonl
    from dateline.ingest_job import ingest
    from dateline.store import Store

    articles = tmp / f"{topic.name}.jsonl"
    n = write_articles_jsonl(topic, articles)
    stderr.print(f"ingesting {n} articles of {topic.name} (once per run; pass --db to reuse a store)", markup=False)
    path = tmp / "tls.db"
    with Store.open(path) as store:
        ingest([articles], store, workers=workers)
    return path


def _print_report(rep: TlsReport, rouge_impl: RougeImpl) -> None:
    from rich.table import Table

    table = Table(title=f"Timeline17 protocol: {', '.join(rep.topics)} ({rep.n_timelines} timelines)",
                  header_style="bold")
    for col in ("system", "concat R1", "concat R2", "agree R1", "agree R2", "align+ m:1 R1", "align+ m:1 R2",
                "Date F1"):
        table.add_column(col, justify="left" if col == "system" else "right", no_wrap=col == "system")
    for system, sc in rep.average.items():
        cells = [f"{sc.rouge[m][r].f_score:.3f}" for m in ("concat", "agreement", "align_m1")
                 for r in ("rouge_1", "rouge_2")]
        table.add_row(system, *cells, f"{sc.dates.f_score:.3f}")
    stdout.print(table)
    which = "the Perl ROUGE-1.5.5" if rouge_impl is RougeImpl.ORIGINAL else "tilse's Python re-implementation"
    stderr.print(f"F of mean P and mean R over timelines (news-tls); ROUGE: {which}.", markup=False)

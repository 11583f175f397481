"""CLI commands of the corpus layer (owner: helper C): `dateline stories`, `dateline story ID` and
`dateline eval coref`; registered by dateline.cli."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.common import DbOpt, FromOpt, LimitOpt, ToOpt, open_store, parse_date
from dateline.cli.output import CsvOpt, Format, JsonOpt, NlOpt, choose_format, emit, emit_one, stderr, stdout

ECBPLUS = Path("../shared/data/events/ecbplus")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add this module's commands to the main app and its eval sub-app."""
    app.command("stories")(stories_command)
    app.command("story")(story_command)
    eval_app.command("coref")(eval_coref_command)


def _open(db: Path):

    return open_store(db)


def stories_command(
    db: DbOpt = None,
    text: Annotated[str | None, typer.Option("--about", help="Only stories whose title or keywords contain this.")]
    = None,
    min_events: Annotated[int, typer.Option("--min-events", help="Only stories with at least this many events.",
                                            min=1)] = 1,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    limit: LimitOpt = 50,
    as_json: JsonOpt = False,
    nl: NlOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """Stories: events linked across articles, grouped by shared actors, places and words; biggest first.

    `dateline resolve` builds them (and keeps them up to date after each ingest). See one with `dateline story ID`.

    Example: dateline stories --min-events 3 --from 2024-02 --to 2024-03
    """
    from dateline.query.stories import stories

    fmt = choose_format(as_json, nl, as_csv)
    with _open(db) as store:
        rows = stories(store, date_from=parse_date(date_from, "--from"),
                       date_to=parse_date(date_to, "--to", end=True), text=text, min_events=min_events, limit=limit)
    columns = ["id", "first_date", "last_date", "n_events", "n_documents", "title"]
    emit(rows, fmt, columns=columns if fmt is Format.TABLE else None)
    if len(rows) == limit:
        stderr.print(f"(stopped at --limit {limit}: raise it for more rows)", markup=False)


def story_command(
    story_id: Annotated[int, typer.Argument(help="The story id (first column of `dateline stories`).")],
    db: DbOpt = None,
    sources: Annotated[int, typer.Option("--sources", "-s", help="Report sentences shown per event (0: none).",
                                         min=0)] = 3,
    as_json: JsonOpt = False,
) -> None:
    """One story: its events in date order with type, place, actors, number of reports, and the sentences that
    report them (`recalled` marks a later article that only recalls the event).

    Example: dateline story 12 --sources 5
    """
    from dateline.query.stories import story

    with _open(db) as store:
        detail = story(store, story_id)
    if as_json:
        sys.stdout.write(json.dumps(detail, ensure_ascii=False, indent=2) + "\n")
        return
    emit_one({k: detail[k] for k in ("id", "title", "first_date", "last_date", "n_events", "n_documents")}
             | {"keywords": ", ".join(detail["keywords"])}, Format.TABLE)
    for e in detail["events"]:
        recalls = f", recalled in {e['n_recalls']}" if e["n_recalls"] else ""
        actors = f"; actors: {', '.join(e['actors'][:4])}" if e["actors"] else ""
        stdout.print(f"\nevent {e['id']}  {e['date'] or 'undated'}  {e['type']}  {e['place'] or 'no place'}  "
                     f"({e['n_documents']} report(s){recalls}{actors})", markup=False)
        if e["summary"]:
            stdout.print(f"  {' '.join(e['summary'].split())}", markup=False)
        for s in e["sources"][:sources]:
            tag = " [recalled]" if s["recalled"] else ""
            stdout.print(f"    {s['doc_date'] or '????-??-??'} {s['doc_id'][:12]}{tag}: {s['sentence']}", markup=False)


def eval_coref_command(
    ecbplus: Annotated[Path, typer.Argument(help="The ECB+ folder (with ECB+/<topic>/*.xml and "
                                            "ECBplus_coreference_sentences.csv).")] = ECBPLUS,
    topics: Annotated[str, typer.Option("--topics", help="Topics to score: the standard test split is 36-45 "
                                        "(tune only on 1-35).")] = "36-45",
    as_json: JsonOpt = False,
) -> None:
    """Cross-document event coreference on ECB+ with gold mentions: dateline's event linker (the corpus step's
    features on documents annotated by dateline's pipeline) and the same-lemma baseline, MUC / B³ / CEAF-e /
    CoNLL F1. Annotating the ~200 test documents takes about half a minute.

    Example: dateline eval coref ../shared/data/events/ecbplus --topics 36-45
    """
    from dateline.eval.coref_ecb import evaluate
    from dateline.eval.ecbplus import parse_topics

    chosen = parse_topics(topics)
    report = evaluate(ecbplus, chosen, on_progress=lambda msg: stderr.print(msg, markup=False))
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2) + "\n")
    else:
        sys.stdout.write(report.render_text() + "\n")

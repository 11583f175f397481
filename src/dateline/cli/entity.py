"""CLI commands of the corpus layer (owner: helper B): `dateline entity NAME` and `dateline eval entities`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.common import DbOpt, open_store
from dateline.cli.output import Format, JsonOpt, emit, emit_one, stderr, stdout
from dateline.cli.read import check_entity_label
from dateline.cli.render import plural

NEWS_SAMPLE = Path("../shared/data/news-sample/wikipedia_current_events.converted.jsonl.gz")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add this module's commands to the main app and its eval sub-app."""
    app.command("entity")(entity_command)
    eval_app.command("entities")(eval_entities_command)


def entity_command(
    name: Annotated[str | None, typer.Argument(help="A name or alias, any case (accents ignored).")] = None,
    db: DbOpt = None,
    label: Annotated[str | None, typer.Option("--type", "-t", help="Only entities of this type (PERSON, GPE...).")]
    = None,
    entity_id: Annotated[int | None, typer.Option("--id", help="The corpus entity id (from --json lists).")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Rows per list (documents, quotes, events, figures).")]
    = 10,
    as_json: JsonOpt = False,
) -> None:
    """One entity across the corpus: names, type, place, documents per month, quotes, events and figures.

    A name several entities bear exactly (an alias of one, the name of another) shows the one in most documents
    and lists the others on stderr (pick one with --type or --id); a name that only partly matches several
    entities lists them and stops; a name matching nothing names the close spellings.

    Example: dateline entity "Antony Blinken" -n 5
    """
    from dateline.query.entity_detail import entity_detail

    with open_store(db) as store:
        detail = entity_detail(store, name, label=check_entity_label(label), entity_id=entity_id, limit=limit)
    if detail.others:
        listed = "; ".join(
            f"{o.name} ({o.label}, {plural(o.n_documents, 'document')}, --id {o.id})" for o in detail.others
        )
        shown = f"{detail.entity.name} ({plural(detail.entity.n_documents, 'document')})"
        stderr.print(f"showing {shown}; also named so: {listed}", markup=False)
    if as_json:
        sys.stdout.write(json.dumps(detail.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
        return
    e = detail.entity
    head = {
        "name": e.name, "type": e.label, "id": e.id, "documents": e.n_documents, "mentions": e.n_mentions,
        "first": e.first_date, "last": e.last_date, "aliases": ", ".join(e.aliases) or None,
        "titles": ", ".join(detail.titles[:5]) or None,
    }
    if e.lat is not None:
        head["place"] = f"{e.lat:.4f}, {e.lon:.4f} ({e.precision}, {e.country_code}, geonames {detail.geonames_id})"
    emit_one({k: v for k, v in head.items() if v is not None}, Format.TABLE)
    emit(detail.months, Format.TABLE, title="documents per month")
    emit(detail.documents, Format.TABLE, columns=["date", "doc_id", "title", "names"], title="latest documents")
    for title, rows, columns in (
        ("quotes by it", detail.quotes, ["doc_date", "kind", "text", "doc_id"]),
        ("events it takes part in", detail.events, ["date_start", "type", "source_actor", "trigger", "target_actor"]),
        ("figures it reported", detail.figures, ["date_start", "category", "value_text", "who", "doc_id"]),
    ):
        if rows:
            emit(rows, Format.TABLE, columns=columns, title=title)
        else:
            stdout.print(f"{title}: none")


def eval_entities_command(
    sample: Annotated[Path, typer.Argument(help="The news sample: JSONL (.gz) items with `wiki_links`.")] = NEWS_SAMPLE,
    db: Annotated[
        Path | None,
        typer.Option("--db", help="A store already holding the sample (resolved here if needed); default: ingest "
                     "into a temporary store. The store is written to (corpus entities): use a copy."),
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="Only the first N items.", min=1)] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Annotation processes.", min=1)] = 1,
    full: Annotated[bool, typer.Option("--full", help="Rebuild the corpus entities from scratch first.")] = False,
    all_labels: Annotated[
        bool, typer.Option("--all-labels", help="Score NORP, EVENT, LAW... mentions too (default: PERSON, ORG, "
                           "GPE, LOC, FAC).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score entities across articles with the news sample's Wikipedia links as silver labels (B³).

    Mentions linked to the same Wikipedia page form one gold entity; each link is aligned to the stored entity
    mention spanning the same words. B³ precision/recall/F1 over those mentions, for the corpus entities and
    for an exact-name baseline (same casefolded name and type = same entity), then how the issue's named
    examples came out (Netanyahu, Trump, Khan Yunis, Zelenskyy, Washington).

    Example: dateline eval entities --db /tmp/news-copy.db
    """
    from dateline.eval.entity_coref import SCORED_LABELS, render_text, run_entity_eval

    if db is None:
        stderr.print("ingesting the sample into a temporary store (use --db to reuse one)...", markup=False)
    report = run_entity_eval(
        sample, db=db, limit=limit, workers=workers, full=full, labels=None if all_labels else SCORED_LABELS
    )
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_text(report) + "\n")

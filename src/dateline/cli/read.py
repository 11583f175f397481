"""Read commands over the store: docs, show, search, entities, stats, quotes, figures, events.

Each one opens the store read-only, makes one call into `dateline.query`, and writes rows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from dateline import query
from dateline.cli.common import DbOpt, FromOpt, LimitOpt, ToOpt, open_store, parse_date
from dateline.cli.output import CsvOpt, Format, JsonOpt, NlOpt, choose_format, emit, emit_one, stderr
from dateline.cli.render import render_document, render_hits
from dateline.store import Store


def register(app: typer.Typer) -> None:
    for name, fn in (
        ("docs", docs_command),
        ("show", show_command),
        ("search", search_command),
        ("entities", entities_command),
        ("stats", stats_command),
        ("quotes", quotes_command),
        ("figures", figures_command),
        ("events", events_command),
    ):
        app.command(name)(fn)


def _open(db: Path) -> Store:
    return open_store(db)


def docs_command(
    db: DbOpt = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    undated: Annotated[bool, typer.Option("--undated", help="Only documents with no known date.")] = False,
    limit: LimitOpt = 100,
    as_json: JsonOpt = False,
    nl: NlOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """List documents with their date, where the date came from (given, parsed, inferred), its confidence, and title.

    An inferred date comes from the dating step (`dateline show ID` tells why); --json also carries the evidence.

    Example: dateline docs --from 2025-03-01 --to 2025-03-31 --json
    """
    fmt = choose_format(as_json, nl, as_csv)
    with _open(db) as store:
        rows = query.list_documents(
            store,
            date_from=parse_date(date_from, "--from"),
            date_to=parse_date(date_to, "--to", end=True),
            undated=True if undated else None,
            limit=limit,
        )
    _emit_rows(rows, fmt, limit, ["id", "date", "date_source", "date_confidence", "title", "n_words"])


def show_command(
    doc_id: Annotated[str, typer.Argument(help="A document id, or a unique prefix of one.")],
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show a document's text with its annotations highlighted (or the annotated document as JSON).

    For a document dated by inference (or left undated by it), the inferred date, its confidence, the reason and
    the evidence (facts shared with dated articles, with their document ids and sentences) come first; --json
    adds them as `date_inference`.

    Example: dateline show 5c32b5
    """
    from dateline.query.documents import date_inference

    with _open(db) as store:
        annotated = query.show_document(store, doc_id)
        inference = date_inference(store, annotated.document.id)
    if as_json:
        if inference is None:
            emit_one(annotated, Format.JSON)
        else:
            emit_one({**annotated.model_dump(mode="json"), "date_inference": inference.model_dump(mode="json")},
                     Format.JSON)
    else:
        render_document(annotated, inference=inference)


def search_command(
    text: Annotated[str, typer.Argument(help='Words to find (all of them) or an FTS5 query: "a phrase", OR, NOT.')],
    db: DbOpt = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    limit: LimitOpt = 20,
    as_json: JsonOpt = False,
    nl: NlOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """Full-text search over sentences, ranked, with snippets.

    --from/--to keep a sentence when its article is dated in the range or when it mentions a date in the range.

    Example: dateline search "hostages released" --from 2025-01-15 --to 2025-02-28
    """
    fmt = choose_format(as_json, nl, as_csv)
    with _open(db) as store:
        hits = query.search(
            store,
            text,
            date_from=parse_date(date_from, "--from"),
            date_to=parse_date(date_to, "--to", end=True),
            limit=limit,
        )
    if fmt is Format.TABLE:
        render_hits(hits)
    else:
        emit(hits, fmt, columns=["doc_id", "doc_date", "sentence", "snippet"])
    if len(hits) == limit:
        stderr.print(f"(stopped at --limit {limit}: raise it for more hits)", markup=False)


_PLACE_LABELS = ["GPE", "LOC", "FAC"]
# The name labels the entities component keeps (spaCy's OntoNotes names; dates and numbers are no entities).
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "PLACE")


def check_entity_label(label: str | None) -> str | None:
    """The label in upper case, or a usage error that lists the labels there are (a typo is no empty answer)."""
    if label is None:
        return None
    if label.upper() not in ENTITY_LABELS:
        raise typer.BadParameter(
            f"{label!r} is not an entity type: use one of {', '.join(ENTITY_LABELS)}", param_hint="--type"
        )
    return label.upper()


def _figure_categories() -> list[str]:
    """The categories the figures annotator can give (its trigger table and the extensions), sorted."""
    from dateline.nlp.figures.lexicon import load_lexicon

    lex = load_lexicon()
    return sorted({t.category for triggers in lex.triggers.values() for t in triggers} | set(lex.extensions))


def entities_command(
    db: DbOpt = None,
    label: Annotated[
        str | None, typer.Option("--type", "-t", help="PERSON, ORG, GPE, LOC, FAC, NORP, ...; PLACE = GPE+LOC+FAC")
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="Only entities whose name contains this.")] = None,
    limit: LimitOpt = 100,
    as_json: JsonOpt = False,
    nl: NlOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """People, organisations and places across the corpus, in most documents first.

    Once `dateline resolve` has run, one row per corpus entity (spellings, titles and surnames merged; `dateline
    entity NAME` shows one); before, the per-document entities grouped by name and type.

    Example: dateline entities --type PERSON -n 20
    """
    fmt = choose_format(as_json, nl, as_csv)
    label = check_entity_label(label)
    labels = _PLACE_LABELS if label == "PLACE" else [label]
    with _open(db) as store:
        rows = [r for lab in labels for r in query.entities(store, label=lab, name=name, limit=limit)]
    if len(labels) > 1:  # --type PLACE: the place labels together, in most documents first
        rows = sorted(rows, key=lambda r: (-r.n_documents, -r.n_mentions))[:limit]
    _emit_rows(rows, fmt, limit, [
        "name", "label", "n_documents", "n_mentions", "n_aliases", "first_date", "last_date",
    ])


def stats_command(
    db: DbOpt = None, as_json: JsonOpt = False, nl: NlOpt = False, as_csv: CsvOpt = False
) -> None:
    """Counts: documents, sentences, words, entities by type, time expressions, date range covered.

    --csv gives one `key,value` row per figure (nested counts as `mentions_by_label.PERSON`).

    Example: dateline stats --json
    """
    fmt = choose_format(as_json, nl, as_csv)
    with _open(db) as store:
        stats = query.stats(store)
    if fmt is Format.CSV:
        flat = [{"key": k, "value": v} for k, v in _flatten(stats.model_dump(mode="json"))]
        emit(flat, fmt, columns=["key", "value"])
    elif fmt is not Format.TABLE:
        emit_one(stats, fmt)
    else:
        from dateline.cli.ingest import print_overview

        print_overview(stats)


def _flatten(d: dict, prefix: str = "") -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for k, v in d.items():
        if isinstance(v, dict):
            out += _flatten(v, f"{prefix}{k}.")
        else:
            out.append((f"{prefix}{k}", v))
    return out


def _emit_rows(rows: list, fmt: Format, limit: int, columns: list[str] | None = None) -> None:
    """Rows out (the table shows `columns`; --json/--nl/--csv carry every field, evidence included); a note on
    stderr when the limit cut the list (stdout stays pure data)."""
    emit(rows, fmt, columns=columns if fmt is Format.TABLE else None)  # CSV and JSON carry every field
    if len(rows) == limit:
        stderr.print(f"(stopped at --limit {limit}: raise it for more rows)", markup=False)


def _plover_types() -> list[str]:
    from importlib.resources import files

    data = json.loads((files("dateline.nlp.events") / "data" / "plover.json").read_text(encoding="utf-8"))
    return list(data["types"])


def quotes_command(
    db: DbOpt = None,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Only quotes by this speaker (substring).")] = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    limit: LimitOpt = 100,
    as_json: JsonOpt = False,
    nl: NlOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """Who said what: direct and indirect quotes with their speaker and evidence.

    Example: dateline quotes --speaker Blinken --json
    """
    fmt = choose_format(as_json, nl, as_csv)
    with _open(db) as store:
        rows = query.quotes(
            store,
            speaker=speaker,
            date_from=parse_date(date_from, "--from"),
            date_to=parse_date(date_to, "--to", end=True),
            limit=limit,
        )
    _emit_rows(rows, fmt, limit, ["doc_date", "speaker", "cue", "kind", "text", "doc_id"])


def figures_command(
    db: DbOpt = None,
    category: Annotated[str | None, typer.Option("--category", "-c", help="killed, injured, hostages, ...")] = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    limit: LimitOpt = 100,
    as_json: JsonOpt = False,
    nl: NlOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """How many: reported figures with qualifier, who, reporter, date and evidence.

    A figure's date is its sentence's time expression, else its article's date; --from/--to keep figures whose
    whole date lies in the range (a figure dated only "2025" is not listed for --from 2025-03 --to 2025-03).

    Example: dateline figures --category killed --from 2025-03-01
    """
    fmt = choose_format(as_json, nl, as_csv)
    if category and category.lower() not in _figure_categories():
        raise typer.BadParameter(
            f"{category!r} is not a figure category: use one of {', '.join(_figure_categories())}",
            param_hint="--category",
        )
    with _open(db) as store:
        rows = query.figures(
            store,
            category=category.lower() if category else None,
            date_from=parse_date(date_from, "--from"),
            date_to=parse_date(date_to, "--to", end=True),
            limit=limit,
        )
    # The sort key (the figure's own date, else its article's) comes first, so the table reads in order.
    columns = ["date_start", "category", "value_text", "qualifier", "who", "reporter", "doc_date", "doc_id"]
    _emit_rows(rows, fmt, limit, columns)


def events_command(
    db: DbOpt = None,
    event_type: Annotated[str | None, typer.Option("--type", "-t", help="PLOVER type: ASSAULT, CONSULT, ...")] = None,
    place: Annotated[str | None, typer.Option("--place", help="Only events at this place (substring).")] = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    limit: LimitOpt = 100,
    as_json: JsonOpt = False,
    nl: NlOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """What happened: events typed with PLOVER, with date, actors, place and evidence.

    Example: dateline events --type ASSAULT --place Rafah
    """
    fmt = choose_format(as_json, nl, as_csv)
    if event_type and event_type.upper() not in _plover_types():
        raise typer.BadParameter(
            f"{event_type!r} is not a PLOVER type: use one of {', '.join(_plover_types())}", param_hint="--type"
        )
    with _open(db) as store:
        rows = query.events(
            store,
            type=event_type.upper() if event_type else None,
            place=place,
            date_from=parse_date(date_from, "--from"),
            date_to=parse_date(date_to, "--to", end=True),
            limit=limit,
        )
    columns = ["date_start", "type", "trigger", "modality", "source_actor", "target_actor", "place"]
    _emit_rows(rows, fmt, limit, columns)

"""Terminal rendering of an annotated document: the text with its annotations highlighted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from dateline.cli.output import stdout
from dateline.model import AnnotatedDocument
from dateline.query import SearchHit

if TYPE_CHECKING:
    from dateline.query.documents import DateInference

LABEL_STYLES = {
    "PERSON": "bold cyan",
    "ORG": "bold magenta",
    "GPE": "bold blue",
    "LOC": "bold blue",
    "NORP": "yellow",
    "FAC": "blue",
}
TIMEX_STYLE = "bold green underline"
FIGURE_STYLE = "bold red"
QUOTE_STYLE = "italic"


def render_date_inference(inf: DateInference, console: Console) -> None:
    """The dating step's conclusion: day (or interval), confidence, reason, and the facts it rests on."""
    if inf.date is not None:
        span = f" (between {inf.earliest} and {inf.latest})" if inf.earliest != inf.latest else ""
        head = f"inferred date: {inf.date}{span}, confidence {inf.confidence:.2f}"
    else:
        head = "inferred date: none"
    console.print(Text(head, style="bold"))
    console.print(Text(f"reason: {inf.reason}"))
    facts = [f for f in inf.evidence if f.date is not None][:12]
    if facts:
        table = Table(title="date evidence", header_style="bold")
        for col in ("kind", "date", "document", "weight", "sentence"):
            table.add_column(col)
        for f in facts:
            where = f.sentence_text if f.sentence_text and f.sentence >= 0 else (f.text or "")
            if len(where) > 160:
                where = where[:159] + "…"
            weight = f"{f.weight:.2f}" if f.weight is not None else ""
            table.add_row(*(Text(x) for x in (f.kind, str(f.date), f.doc_id, weight, where)))
        console.print(table)


def render_document(
    ad: AnnotatedDocument, console: Console | None = None, *, inference: DateInference | None = None
) -> None:
    """Print header, highlighted text, then one table per kind of annotation.

    `inference` (a dateline.query.documents.DateInference) adds the inferred date and its evidence.
    """
    console = console or stdout
    doc = ad.document
    date = f"{doc.date} ({doc.date_source})" if doc.date else f"undated ({doc.date_source})"
    if doc.date and doc.date_confidence is not None and doc.date_source == "inferred":
        date += f" confidence {doc.date_confidence:.2f}"
    console.print(Text(doc.title or "(no title)", style="bold"))
    counts = f"{plural(ad.n_words, 'word')}  {plural(len(ad.sentences), 'sentence')}"
    console.print(Text(f"{doc.id}  {date}  {counts}", style="dim"))
    for src in doc.sources:
        # the file position belongs to the file, never to the URL ("https://...:12" reads as part of the URL)
        position = f"{src.path}:{src.line}" if src.path and src.line else src.path or (
            f"line {src.line}" if src.line else "")
        shown = f"{src.url} ({position})" if src.url and position else src.url or position
        console.print(Text(f"source: {shown}", style="dim"))
    if inference is not None:
        render_date_inference(inference, console)
    console.print(Rule())
    text = Text(doc.text)  # plain Text: article content is never interpreted as markup
    for q in ad.quotes:
        text.stylize(QUOTE_STYLE, q.start, q.end)
    for m in ad.mentions:
        style = LABEL_STYLES.get(m.label)
        if style:
            text.stylize(style, m.start, m.end)
    for f in ad.figures:
        text.stylize(FIGURE_STYLE, f.start, f.end)
    for t in ad.timexes:
        text.stylize(TIMEX_STYLE, t.start, t.end)
    console.print(text)
    console.print(Rule())
    legend = Text("legend: ")
    for label, style in (
        ("PERSON", "bold cyan"),
        ("ORG", "bold magenta"),
        ("PLACE", "bold blue"),
        ("NORP", "yellow"),
        ("time", TIMEX_STYLE),
        ("figure", FIGURE_STYLE),
        ("quote", QUOTE_STYLE),
    ):
        legend.append(label, style=style)
        legend.append("  ")
    console.print(legend)
    if ad.timexes:
        table = Table(title="time expressions", header_style="bold")
        for col in ("tid", "text", "type", "value", "mod", "interval"):
            table.add_column(col)
        for t in ad.timexes:
            span = f"{t.interval_start} .. {t.interval_end}" if t.interval_start else ""
            table.add_row(*(Text(x) for x in (t.tid, t.text, str(t.type), t.value, t.mod or "", span)))
        console.print(table)
    if ad.entities:
        table = Table(title="entities", header_style="bold")
        for col in ("name", "type", "titles", "mentions", "place"):
            table.add_column(col)
        for e in ad.entities:
            where = f"{e.place_kind or ''} {e.lat:.3f},{e.lon:.3f}" if e.lat is not None else (e.place_kind or "")
            table.add_row(*(Text(x) for x in (e.name, e.label, "; ".join(e.titles), str(e.n_mentions), where)))
        console.print(table)
    if ad.quotes:
        table = Table(title="quotes", header_style="bold")
        for col in ("speaker", "cue", "kind", "quote"):
            table.add_column(col)
        for q in ad.quotes:
            table.add_row(*(Text(x) for x in (q.speaker or "(unknown)", q.cue or "", q.kind, q.text)))
        console.print(table)
    if ad.figures:
        table = Table(title="figures", header_style="bold")
        for col in ("category", "value", "qualifier", "who", "reporter", "time"):
            table.add_column(col)
        for f in ad.figures:
            value = f.value_text
            table.add_row(*(Text(x or "") for x in (f.category, value, f.qualifier, f.who, f.reporter, f.time_value)))
        console.print(table)
    if ad.events:
        table = Table(title="events", header_style="bold")
        for col in ("type", "trigger", "modality", "source", "target", "place", "time"):
            table.add_column(col)
        for e in ad.events:
            table.add_row(
                *(
                    Text(x or "")
                    for x in (e.type, e.trigger, e.modality, e.source_actor, e.target_actor, e.place, e.time_value)
                )
            )
        console.print(table)


def render_hits(hits: list[SearchHit], console: Console | None = None) -> None:
    """Search hits as a table, the matched words highlighted (never as markup: article text is untrusted)."""
    console = console or stdout
    table = Table(header_style="bold")
    for col in ("doc", "date", "title", "snippet"):
        table.add_column(col, overflow="fold")
    for h in hits:
        snippet = Text(h.snippet)
        for m in h.matches:
            snippet.stylize("bold yellow", m.start, m.end)
        table.add_row(Text(h.doc_id[:10]), Text(str(h.doc_date or "undated")), Text(h.doc_title or ""), snippet)
    console.print(table)


def plural(n: int, noun: str) -> str:
    """'1 sentence', '20 sentences'."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"

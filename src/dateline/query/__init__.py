"""Read-only queries over a store; the CLI, the HTTP API and the web page all call these."""

from dateline.query.documents import list_documents, show_document
from dateline.query.entities import entities
from dateline.query.evidence import events, figures, quotes
from dateline.query.rows import (
    DocumentRow,
    EntityRow,
    EventRow,
    FigureRow,
    MentionedDate,
    QuoteRow,
    SearchHit,
    Stats,
    TextRange,
)
from dateline.query.search import search
from dateline.query.stats import stats

__all__ = [
    "DocumentRow",
    "EntityRow",
    "EventRow",
    "FigureRow",
    "MentionedDate",
    "QuoteRow",
    "SearchHit",
    "Stats",
    "TextRange",
    "entities",
    "events",
    "figures",
    "list_documents",
    "quotes",
    "search",
    "show_document",
    "stats",
]

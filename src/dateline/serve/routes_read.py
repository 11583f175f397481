"""GET endpoints over the store: each makes the same `dateline.query` call as the matching CLI command."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response

from dateline import query
from dateline.query.documents import date_inference
from dateline.query.rows import DocumentRow, EntityRow, EventRow, FigureRow, QuoteRow, SearchHit, Stats
from dateline.query.tolls import TollPoint, tolls
from dateline.serve import facets as facet_queries
from dateline.serve.deps import FromQ, LimitQ, OffsetQ, ToQ, as_json, check_window, page_of, reader, window
from dateline.serve.errors import BAD_PARAMETER, ApiError
from dateline.serve.models import ERROR_RESPONSES, MAX_WINDOW, Dating, DocumentView, Facets, Page, Place

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

PLACE_LABELS = ("GPE", "LOC", "FAC")
FACETED_SCAN = 2000  # search hits read before facets narrow them


@lru_cache(maxsize=1)
def plover_types() -> tuple[str, ...]:
    data = json.loads((files("dateline.nlp.events") / "data" / "plover.json").read_text(encoding="utf-8"))
    return tuple(data["types"])


@lru_cache(maxsize=1)
def figure_categories() -> tuple[str, ...]:
    from dateline.nlp.figures.lexicon import load_lexicon  # a data file reader; no spaCy

    lex = load_lexicon()
    return tuple(sorted({t.category for triggers in lex.triggers.values() for t in triggers} | set(lex.extensions)))


def _check_type(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    if value.strip().upper() not in plover_types():
        raise ApiError(
            422, BAD_PARAMETER, f"{value!r} is not a PLOVER event type: use one of {', '.join(plover_types())}",
            where="type",
        )
    return value.strip().upper()


def _check_category(value: str | None, *, required: bool = False) -> str | None:
    if value is None or not value.strip():
        if required:
            raise ApiError(
                422, BAD_PARAMETER, f"give a category: one of {', '.join(figure_categories())}", where="category"
            )
        return None
    if value.strip().lower() not in figure_categories():
        raise ApiError(
            422, BAD_PARAMETER, f"{value!r} is not a figure category: use one of {', '.join(figure_categories())}",
            where="category",
        )
    return value.strip().lower()


@router.get("/stats", response_model=Stats, summary="Counts: documents, sentences, entities, dates covered")
def get_stats(request: Request) -> Response:
    with reader(request) as store:
        return as_json(query.stats(store))


@router.get("/facets", response_model=Facets, summary="The values the filters can take, most frequent first")
def get_facets(request: Request) -> Response:
    with reader(request) as store:
        return as_json(facet_queries.facets(store))


@router.get("/documents", response_model=Page[DocumentRow], summary="Documents in date order (undated last)")
def get_documents(
    request: Request,
    date_from: FromQ = None,
    date_to: ToQ = None,
    undated: Annotated[bool | None, Query(description="true: only undated documents; false: only dated.")] = None,
    limit: LimitQ = 50,
    offset: OffsetQ = 0,
) -> Response:
    check_window(limit, offset)
    with reader(request) as store:
        rows = query.list_documents(
            store, date_from=date_from, date_to=date_to, undated=undated, limit=limit + 1, offset=offset
        )
        return as_json(page_of(rows, limit, offset))


@router.get(
    "/documents/{doc_id}", response_model=DocumentView,
    summary="One document with its annotations and how its date was established",
)
def get_document(
    request: Request,
    doc_id: Annotated[str, Path(min_length=1, max_length=64, description="A document id or a unique prefix.")],
) -> Response:
    with reader(request) as store:
        ad = query.show_document(store, doc_id)
        doc = ad.document
        dating = Dating(
            date=doc.date, source=str(doc.date_source), confidence=doc.date_confidence, evidence=doc.date_evidence
        )
        return as_json(DocumentView(annotated=ad, dating=dating, inference=date_inference(store, doc.id)))


@router.get("/search", response_model=Page[SearchHit], summary="Full-text search over sentences, best first")
def get_search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500, description='Words (all must match), "a phrase", OR, NOT.')],
    date_from: FromQ = None,
    date_to: ToQ = None,
    entity: Annotated[str | None, Query(max_length=200, description="Only documents naming this entity.")] = None,
    place: Annotated[str | None, Query(max_length=200, description="Only documents naming this place.")] = None,
    event_type: Annotated[
        str | None, Query(alias="type", max_length=40, description="Only documents with an event of this type.")
    ] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="Only documents from this publisher.")] = None,
    limit: LimitQ = 20,
    offset: OffsetQ = 0,
) -> Response:
    check_window(limit, offset)
    with reader(request) as store:
        kind = _check_type(event_type)

        def fetch(n: int) -> list[SearchHit]:
            return query.search(store, q, date_from=date_from, date_to=date_to, limit=n)

        allowed = facet_queries.matching_documents(store, entity=entity, place=place, event_type=kind, outlet=outlet)
        if allowed is None:
            return as_json(window(fetch, limit, offset))
        hits = [h for h in fetch(FACETED_SCAN) if h.doc_id in allowed]
        return as_json(page_of(hits[offset:], limit, offset))


@router.get("/entities", response_model=Page[EntityRow], summary="Entities across the corpus, most documents first")
def get_entities(
    request: Request,
    label: Annotated[
        str | None, Query(alias="type", max_length=40, description="PERSON, ORG, GPE, LOC, ...; PLACE = GPE+LOC+FAC")
    ] = None,
    name: Annotated[str | None, Query(max_length=200, description="Part of a name or alias, any case.")] = None,
    limit: LimitQ = 50,
    offset: OffsetQ = 0,
) -> Response:
    with reader(request) as store:
        labels: tuple[str | None, ...] = (
            PLACE_LABELS if label and label.strip().upper() == "PLACE" else (label.strip().upper() if label else None,)
        )

        def fetch(n: int) -> list[EntityRow]:
            rows = [r for lab in labels for r in query.entities(store, label=lab, name=name, limit=n)]
            if len(labels) > 1:  # PLACE: the place labels together, most mentioned first (as the CLI does)
                rows.sort(key=lambda r: -r.n_mentions)
            return rows

        return as_json(window(fetch, limit, offset))


@router.get("/events", response_model=Page[EventRow], summary="PLOVER events, oldest first by their own date")
def get_events(
    request: Request,
    event_type: Annotated[str | None, Query(alias="type", max_length=40, description="ASSAULT, CONSULT, ...")] = None,
    place: Annotated[str | None, Query(max_length=200, description="Part of the event's place, any case.")] = None,
    date_from: FromQ = None,
    date_to: ToQ = None,
    limit: LimitQ = 50,
    offset: OffsetQ = 0,
) -> Response:
    with reader(request) as store:
        kind = _check_type(event_type)
        return as_json(window(
            lambda n: query.events(store, type=kind, place=place, date_from=date_from, date_to=date_to, limit=n),
            limit, offset,
        ))


@router.get("/quotes", response_model=Page[QuoteRow], summary="Who said what, in date order")
def get_quotes(
    request: Request,
    speaker: Annotated[str | None, Query(max_length=200, description="Part of the speaker's name, any case.")] = None,
    date_from: FromQ = None,
    date_to: ToQ = None,
    limit: LimitQ = 50,
    offset: OffsetQ = 0,
) -> Response:
    with reader(request) as store:
        return as_json(window(
            lambda n: query.quotes(store, speaker=speaker, date_from=date_from, date_to=date_to, limit=n), limit, offset
        ))


@router.get("/figures", response_model=Page[FigureRow], summary="Reported figures, oldest first")
def get_figures(
    request: Request,
    category: Annotated[str | None, Query(max_length=40, description="killed, injured, hostages, ...")] = None,
    date_from: FromQ = None,
    date_to: ToQ = None,
    limit: LimitQ = 50,
    offset: OffsetQ = 0,
) -> Response:
    with reader(request) as store:
        cat = _check_category(category)
        return as_json(window(
            lambda n: query.figures(store, category=cat, date_from=date_from, date_to=date_to, limit=n), limit, offset
        ))


@router.get("/tolls", response_model=Page[TollPoint], summary="Every report of a toll over time, by reporter")
def get_tolls(
    request: Request,
    category: Annotated[str, Query(max_length=40, description="killed, injured, hostages, ...")] = "killed",
    place: Annotated[str | None, Query(max_length=200, description="A place the figures are about.")] = None,
    reporter: Annotated[str | None, Query(max_length=200, description="Part of the reporter's name.")] = None,
    kind: Annotated[Literal["cumulative", "incident", "part"] | None, Query(description="Kind of figure.")] = None,
    date_from: FromQ = None,
    date_to: ToQ = None,
    limit: Annotated[int, Query(ge=1, le=MAX_WINDOW, description="Points per page (the chart asks for many).")] = 1000,
    offset: OffsetQ = 0,
) -> Response:
    with reader(request) as store:
        cat = _check_category(category, required=True)
        assert cat is not None
        return as_json(window(
            lambda n: tolls(
                store, cat, place=place, reporter=reporter, kind=kind, date_from=date_from, date_to=date_to, limit=n
            ),
            limit, offset,
        ))


@router.get("/places", response_model=list[Place], summary="Places with coordinates, most mentioned first (map)")
def get_places(
    request: Request,
    date_from: FromQ = None,
    date_to: ToQ = None,
    limit: Annotated[int, Query(ge=1, le=2000, description="At most this many places.")] = 300,
) -> Response:
    with reader(request) as store:
        return as_json(facet_queries.places(store, date_from=date_from, date_to=date_to, limit=limit))

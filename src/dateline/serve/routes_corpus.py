"""GET endpoints over the corpus layer: timelines, one entity across the corpus, stories and their events."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from dateline.query import stories as story_queries
from dateline.query.entity_detail import EntityDetail, entity_detail
from dateline.query.timeline import MAX_DATES, MAX_SENTENCES, Timeline, build_timeline
from dateline.serve.deps import FromQ, LimitQ, OffsetQ, ToQ, as_json, day_param, reader, window
from dateline.serve.models import ERROR_RESPONSES, Page, StoryDetail, StoryEvent, StoryRow
from dateline.serve.routes_read import _check_type

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
PublishedFromQ = day_param("published_from", "Only articles published from this day.", end=False)
PublishedToQ = day_param("published_to", "Only articles published up to this day, inclusive.", end=True)


@router.get("/timeline", response_model=Timeline, summary="The key dates of a story, summarised, with sources")
def get_timeline(
    request: Request,
    q: Annotated[str | None, Query(max_length=500, description="Words the story's sentences contain.")] = None,
    entity: Annotated[str | None, Query(max_length=200, description="Only articles naming this entity.")] = None,
    place: Annotated[str | None, Query(max_length=200, description="Only articles naming this place.")] = None,
    event_type: Annotated[
        str | None, Query(alias="type", max_length=40, description="Only articles with an event of this type.")
    ] = None,
    date_from: FromQ = None,
    date_to: ToQ = None,
    published_from: PublishedFromQ = None,
    published_to: PublishedToQ = None,
    dates: Annotated[
        int | None, Query(ge=1, le=MAX_DATES, description="How many dates (default: about one a week, 5 to 20).")
    ] = None,
    sentences: Annotated[int, Query(ge=1, le=MAX_SENTENCES, description="Summary sentences per date.")] = 2,
) -> Response:
    with reader(request) as store:
        return as_json(build_timeline(
            store, q, entity=entity, place=place, event_type=_check_type(event_type), date_from=date_from,
            date_to=date_to, published_from=published_from, published_to=published_to, n_dates=dates,
            n_sentences=sentences,
        ))


@router.get(
    "/entity", response_model=EntityDetail,
    summary="One entity across the corpus: names, place, documents per month, quotes, events, figures",
)
def get_entity(
    request: Request,
    name: Annotated[str | None, Query(max_length=200, description="A name or alias, any case.")] = None,
    label: Annotated[str | None, Query(alias="type", max_length=40, description="PERSON, ORG, GPE, ...")] = None,
    entity_id: Annotated[int | None, Query(alias="id", ge=0, le=2**62, description="A corpus entity id.")] = None,
    limit: Annotated[int, Query(ge=1, le=500, description="Rows per list (documents, quotes, events...).")] = 20,
) -> Response:
    with reader(request) as store:
        return as_json(entity_detail(store, name, label=label, entity_id=entity_id, limit=limit))


@router.get("/stories", response_model=Page[StoryRow], summary="Stories (groups of events), most reported first")
def get_stories(
    request: Request,
    about: Annotated[str | None, Query(max_length=200, description="Part of the title or a keyword.")] = None,
    date_from: FromQ = None,
    date_to: ToQ = None,
    min_events: Annotated[int, Query(ge=1, le=100_000, description="Only stories with this many events.")] = 1,
    limit: LimitQ = 50,
    offset: OffsetQ = 0,
) -> Response:
    with reader(request) as store:
        return as_json(window(
            lambda n: [StoryRow.model_validate(r) for r in story_queries.stories(
                store, date_from=date_from, date_to=date_to, text=about, min_events=min_events, limit=n
            )],
            limit, offset,
        ))


@router.get("/stories/{story_id}", response_model=StoryDetail, summary="One story: its events, each with reports")
def get_story(
    request: Request, story_id: Annotated[int, Path(ge=0, le=2**62, description="A story id from /api/stories.")]
) -> Response:
    with reader(request) as store:
        return as_json(StoryDetail.model_validate(story_queries.story(store, story_id)))


@router.get("/events/{event_id}", response_model=StoryEvent, summary="One corpus event with every report of it")
def get_corpus_event(
    request: Request, event_id: Annotated[int, Path(ge=0, le=2**62, description="A corpus event id.")]
) -> Response:
    with reader(request) as store:
        return as_json(StoryEvent.model_validate(story_queries.corpus_event(store, event_id)))

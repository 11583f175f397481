"""Timelines: the key dates of a story, each with a short extractive summary and a link to every source sentence.

`build_timeline` is the one code path behind `dateline timeline`, its exports, `dateline eval tls` and the HTTP
API: select the articles (query, entity, place, event type, date range), weigh the days they point at
(timeline_dates), summarise each chosen day (timeline_select), attach its events and figures (timeline_attach).
"""

from __future__ import annotations

import datetime as dt

from dateline.errors import QueryError
from dateline.query.common import date_range
from dateline.query.timeline_attach import events_by_day, figures_by_day
from dateline.query.timeline_dates import DayStat, default_count, ranked_days, score_days
from dateline.query.timeline_load import Selection, load
from dateline.query.timeline_rows import (
    Timeline,
    TimelineDate,
    TimelineEvent,
    TimelineFigure,
    TimelineSentence,
    TimelineSource,
)
from dateline.query.timeline_select import Pick, SentencePicker
from dateline.store import Store

__all__ = [
    "Timeline",
    "TimelineDate",
    "TimelineEvent",
    "TimelineFigure",
    "TimelineSentence",
    "TimelineSource",
    "build_timeline",
]

MAX_DATES = 500
MAX_SENTENCES = 20


def build_timeline(
    store: Store,
    query: str | None = None,
    *,
    entity: str | None = None,
    place: str | None = None,
    event_type: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    published_from: dt.date | None = None,
    published_to: dt.date | None = None,
    n_dates: int | None = None,
    n_sentences: int = 2,
) -> Timeline:
    """The timeline of what the store's articles say happened, matching every filter given.

    `date_from`/`date_to` bound the timeline's dates (an article published later can still tell of them);
    `published_from`/`published_to` bound which articles are read at all (the benchmark protocol).
    `n_dates` defaults to about one a week of the span covered (5 to 20).
    """
    date_range(date_from, date_to)
    date_range(published_from, published_to)
    if n_dates is not None and not 1 <= n_dates <= MAX_DATES:
        raise QueryError(f"--dates must be between 1 and {MAX_DATES}, got {n_dates}", field="dates")
    if not 1 <= n_sentences <= MAX_SENTENCES:
        raise QueryError(f"--sentences must be between 1 and {MAX_SENTENCES}, got {n_sentences}", field="sentences")
    query = query.strip() if query else None
    sel = load(
        store.connection, query=query, entity=entity, place=place, event_type=event_type, date_from=date_from,
        date_to=date_to, published_from=published_from, published_to=published_to,
    )
    stats = score_days(sel)
    want = n_dates if n_dates is not None else default_count(stats)
    chosen = _fill(sel, stats, want, n_sentences, matching_only=event_type is not None)
    days = sorted(chosen)
    events = events_by_day(store.connection, sel, days, event_type)
    figures = figures_by_day(store.connection, sel, days)
    refs: dict[str, int] = {}
    dates = []
    for day in days:
        dates.append(_date(sel, stats[day], chosen[day], refs, events.get(day, []), figures.get(day, [])))
    return Timeline(
        title=_title(query, entity, place, event_type), query=query, date_from=date_from, date_to=date_to,
        n_documents=len({s.doc_id for s in sel.sents if s.match}), dates=dates,
    )


def _fill(
    sel: Selection, stats: dict[str, DayStat], want: int, n_sentences: int, *, matching_only: bool = False
) -> dict[str, list[Pick]]:
    """Walk the days by salience, summarising each, until `want` days have something to say."""
    picker = SentencePicker(sel, matching_only=matching_only)
    chosen: dict[str, list[Pick]] = {}
    for day in ranked_days(stats):
        if len(chosen) >= want:
            break
        if not picker.has_candidates(day):
            continue
        picks = picker.pick(day, n_sentences)
        if picks:
            chosen[day] = picks
    return chosen


def _date(
    sel: Selection, stat: DayStat, picks: list[Pick], refs: dict[str, int],
    events: list[TimelineEvent], figures: list[TimelineFigure],
) -> TimelineDate:
    sentences, sources = [], []
    cited: set[str] = set()
    for p in picks:
        doc = sel.docs[p.sent.doc_id]
        ref = refs.setdefault(doc.id, len(refs) + 1)
        sentences.append(TimelineSentence(
            text=p.sent.text, doc_id=doc.id, sentence=p.sent.index, reason=p.reason, source=ref,
            doc_date=doc.date, publisher=doc.publisher, score=p.score,
        ))
        if doc.id not in cited:
            cited.add(doc.id)
            sources.append(TimelineSource(
                ref=ref, doc_id=doc.id, title=doc.title, date=doc.date, publisher=doc.publisher, url=doc.url,
            ))
    return TimelineDate(
        date=dt.date.fromisoformat(stat.day), score=round(stat.score, 3), n_articles=len(stat.mention_docs),
        n_outlets=len(stat.outlets), n_published=stat.n_published, sentences=sentences, sources=sources,
        events=events, figures=figures,
    )


def _title(query: str | None, entity: str | None, place: str | None, event_type: str | None) -> str:
    parts = [p for p in (query, entity, place, event_type and event_type.upper()) if p]
    return "Timeline: " + " / ".join(parts) if parts else "Timeline"

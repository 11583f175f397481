"""`dateline eval tls`: the Timeline17 protocol of news-tls and tilse (Martschat & Markert 2018).

Per gold timeline: the system reads the topic's articles published between the first and the last gold date,
is given the topic keywords (as a query matching any of them), and must produce T dates (T = the gold
timeline's number of dates) with L sentences each (L = the rounded mean sentences per gold date). The system is
`dateline.query.timeline.build_timeline`, the same call as `dateline timeline`; two baselines run alongside.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pydantic import BaseModel

from dateline.eval.tls_baselines import publication_count, random_dates
from dateline.eval.tls_data import GoldTimeline, Topic
from dateline.eval.tls_metrics import Scores, average, score
from dateline.query.timeline import build_timeline
from dateline.query.timeline_load import load
from dateline.store import Store

SYSTEMS = ("dateline", "random", "pubcount")


class TimelineResult(BaseModel):
    timeline: str
    system: str
    n_dates: int  # T
    n_sentences: int  # L
    scores: Scores
    predicted: dict[str, list[str]]


class TlsReport(BaseModel):
    topics: list[str]
    n_timelines: int
    average: dict[str, Scores]  # system -> news-tls average
    results: list[TimelineResult]


def system_timeline(store: Store, topic: Topic, gold: GoldTimeline) -> dict[dt.date, list[str]]:
    """What `dateline timeline QUERY --from FIRST --to LAST --dates T --sentences L` gives, as date -> sentences."""
    first, last = gold.dates[0], gold.dates[-1]
    tl = build_timeline(
        store, topic.query(), date_from=first, date_to=last, published_from=first, published_to=last,
        n_dates=len(gold.dates), n_sentences=gold.sentences_per_date,
    )
    return {d.date: [s.text for s in d.sentences] for d in tl.dates}


def _baseline(fn: Callable) -> Callable[[Store, Topic, GoldTimeline], dict[dt.date, list[str]]]:
    def run(store: Store, topic: Topic, gold: GoldTimeline) -> dict[dt.date, list[str]]:
        first, last = gold.dates[0], gold.dates[-1]
        sel = load(store.connection, query=topic.query(), entity=None, place=None, event_type=None,
                   date_from=first, date_to=last, published_from=first, published_to=last)
        return fn(sel, len(gold.dates), gold.sentences_per_date)

    return run


RUNNERS = {
    "dateline": system_timeline,
    "random": _baseline(random_dates),
    "pubcount": _baseline(publication_count),
}


def evaluate_topic(
    store: Store, topic: Topic, systems: tuple[str, ...] = SYSTEMS, *, rouge_impl: str = "reimpl"
) -> list[TimelineResult]:
    results = []
    for gold in topic.timelines:
        for name in systems:
            predicted = RUNNERS[name](store, topic, gold)
            results.append(TimelineResult(
                timeline=gold.name, system=name, n_dates=len(gold.dates), n_sentences=gold.sentences_per_date,
                scores=score(predicted, gold.entries, rouge_impl=rouge_impl),
                predicted={d.isoformat(): s for d, s in sorted(predicted.items())},
            ))
    return results


def report(topics: list[str], results: list[TimelineResult]) -> TlsReport:
    systems = list(dict.fromkeys(r.system for r in results))
    return TlsReport(
        topics=topics,
        n_timelines=len({r.timeline for r in results}),
        average={s: average([r.scores for r in results if r.system == s]) for s in systems},
        results=results,
    )

"""Which days matter: a day is salient when many articles, from many outlets, say something happened on it.

Unsupervised version of the date features of Tran et al. (2013) and news-tls's DATEWISE (mention counts,
publication counts): each article mentioning a day counts once (more when the mentioning sentence matches the
query), every further outlet adds weight, and articles published that day count for less — a day a sentence
talks about beats the day it was printed. Weeks and months mentioned lend a little support to their days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dateline.query.timeline_load import Selection

MATCH_WEIGHT = 1.0  # an article whose matching sentence mentions the day
CONTEXT_WEIGHT = 0.5  # an article mentioning the day only in a sentence that does not match
OUTLET_WEIGHT = 0.5  # each outlet beyond the first
SENTENCE_WEIGHT = 0.1  # each further sentence mentioning the day
PUBLISHED_WEIGHT = 0.25  # each on-topic article published that day
FUTURE_WEIGHT = 0.5  # a day mentioned before it came (a plan, a forecast) counts for less than a report of it
SPAN_WEIGHT = 0.05  # a week or month mentioned, spread over its days


@dataclass
class DayStat:
    day: str
    mention_docs: dict[str, float] = field(default_factory=dict)  # doc id -> weight of its best mention
    outlets: set[str] = field(default_factory=set)
    n_sentences: int = 0
    published: float = 0.0
    n_published: int = 0
    support: float = 0.0
    score: float = 0.0


def score_days(sel: Selection) -> dict[str, DayStat]:
    """Every day in range that some article mentions or was published on, with its salience score."""
    stats: dict[str, DayStat] = {}

    def stat(day: str) -> DayStat:
        s = stats.get(day)
        if s is None:
            s = stats[day] = DayStat(day)
        return s

    on_topic: set[str] = set()
    for sent in sel.sents:
        if sent.match:
            on_topic.add(sent.doc_id)
        doc = sel.docs[sent.doc_id]
        w = doc.weight * (MATCH_WEIGHT if sent.match else CONTEXT_WEIGHT)
        for day in sent.days:
            if not sel.in_range(day):
                continue
            s = stat(day)
            s.n_sentences += 1
            wd = w * FUTURE_WEIGHT if doc.date and doc.date < day else w
            if wd > s.mention_docs.get(doc.id, 0.0):
                s.mention_docs[doc.id] = wd
            s.outlets.add(doc.publisher or doc.id)
        for first, last in sent.spans:
            days = _days(first, last)
            for day in days:
                if sel.in_range(day):
                    stat(day).support += SPAN_WEIGHT * w / len(days)
    for doc_id in on_topic:
        doc = sel.docs[doc_id]
        if doc.date and sel.in_range(doc.date):
            s = stat(doc.date)
            s.published += doc.weight
            s.n_published += 1
    for s in stats.values():
        s.score = (
            sum(s.mention_docs.values())
            + OUTLET_WEIGHT * max(0, len(s.outlets) - 1)
            + SENTENCE_WEIGHT * max(0, s.n_sentences - len(s.mention_docs))
            + PUBLISHED_WEIGHT * s.published
            + s.support
        )
    return stats


def ranked_days(stats: dict[str, DayStat]) -> list[str]:
    """Every candidate day, most salient first (ties go to the day more articles mention, then the earlier)."""
    ranked = sorted(stats.values(), key=lambda s: (-s.score, -len(s.mention_docs), s.day))
    return [s.day for s in ranked if s.score > 0]


def default_count(stats: dict[str, DayStat]) -> int:
    """How many dates when the caller does not say: about one a week of the span covered, 5 to 20."""
    days = list(stats)
    if not days:
        return 5
    span = (dt.date.fromisoformat(max(days)) - dt.date.fromisoformat(min(days))).days + 1
    return max(5, min(20, span // 7))


def _days(first: str, last: str) -> list[str]:
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return [(start + dt.timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]

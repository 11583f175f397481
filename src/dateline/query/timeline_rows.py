"""Typed records of a timeline; the CLI, the exports, the eval and the HTTP API all read these."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from dateline.query.rows import Row


class TimelineSentence(Row):
    """One summary sentence, traceable to its article and sentence index."""

    text: str
    doc_id: str
    sentence: int  # index of the sentence in its document
    reason: Literal["mentioned", "published"]  # says the day, or was printed on it
    source: int  # number of its article in the timeline's sources (footnote number)
    doc_date: dt.date | None = None
    publisher: str | None = None
    score: float


class TimelineSource(Row):
    """An article cited on the timeline; `ref` is its footnote number, the same on every date."""

    ref: int
    doc_id: str
    title: str | None = None
    date: dt.date | None = None
    publisher: str | None = None
    url: str | None = None


class TimelineEvent(Row):
    """An event that falls on the date, merged across the articles reporting it."""

    type: str
    trigger: str
    source_actor: str | None = None
    target_actor: str | None = None
    place: str | None = None
    modality: str
    text: str  # the trigger's sentence in the first report
    doc_id: str
    sentence: int
    n_reports: int  # articles reporting it
    corpus_event_id: int | None = None  # the corpus layer's merged event, where it ran


class TimelineFigure(Row):
    """A figure (toll, count, amount) reported for the date, one per reporter and value."""

    category: str
    value: float | None = None
    value_max: float | None = None
    value_text: str
    unit: str | None = None
    qualifier: str | None = None
    who: str | None = None
    reporter: str | None = None
    place: str | None = None
    text: str
    doc_id: str
    sentence: int
    n_reports: int


class TimelineDate(Row):
    date: dt.date
    score: float  # salience: how strongly the articles point at the day
    n_articles: int  # articles mentioning the day
    n_outlets: int  # outlets among them
    n_published: int  # on-topic articles published that day
    sentences: list[TimelineSentence]
    sources: list[TimelineSource]
    events: list[TimelineEvent]
    figures: list[TimelineFigure]


class Timeline(Row):
    title: str
    query: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    n_documents: int  # articles the timeline was built from
    dates: list[TimelineDate]

    def summary(self) -> str:
        """ "3 dates from 1 article (2 matched), 2023-10-07 to 2024-02-06": the articles cited, and how many the
        query matched when some of them (undated, or on no date kept) are not cited."""
        n, cited, matched = len(self.dates), len(self.sources()), self.n_documents
        text = f"{n} date{'' if n == 1 else 's'} from {cited} article{'' if cited == 1 else 's'}"
        if matched > cited:
            text += f" ({matched} matched)"
        if self.dates:
            text += f", {self.dates[0].date} to {self.dates[-1].date}"
        return text + "."

    def sources(self) -> list[TimelineSource]:
        """Every cited article once, by footnote number."""
        seen: dict[int, TimelineSource] = {}
        for d in self.dates:
            for s in d.sources:
                seen.setdefault(s.ref, s)
        return [seen[k] for k in sorted(seen)]

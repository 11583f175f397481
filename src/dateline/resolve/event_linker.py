"""Greedy incremental linking of event mentions into events: each mention joins the best-scoring candidate event
(same type family, compatible date) or starts a new one.

An event is kept as a profile (bags of trigger stems, actors, places, context entities and sentence words, plus
its date evidence), so a new mention is compared with a handful of candidate profiles from an index, never with
every mention seen before. Profiles serialise to JSON (corpus_events.extra) so the next run resumes from them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dateline.errors import RuleFileError
from dateline.resolve.event_features import (
    MentionFeatures,
    Place,
    cosine,
    dates_compatible,
    overlap,
    place_relation,
)
from dateline.resolve.event_lemma import DATA, reporting_stems, synonyms

VIOLENCE = "violence"  # the type family whose sides are told apart (data/event_families.tsv)
PLANNED_DAYS = 30  # an undated mention's event lies between the day before its article and this many days after
MAX_WORDS = 60  # words kept per profile: enough for a cosine, small enough to store


@dataclass(frozen=True)
class LinkParams:
    """Weights of the linking score and its thresholds (data/event_linking.json, tuned on ECB+ topics 1-35)."""

    # a logistic score: weight x feature summed with the bias; the mention links when the score reaches `threshold`
    lemma: float = 3.9
    family: float = 0.4
    topic: float = 2.8
    words: float = 1.1
    context: float = 2.6
    actors: float = 0.2
    place: float = 0.3
    place_conflict: float = 2.0
    # two attacks launched from different countries ("Iran fires at Bahrain" / "Israeli jets strike Tehran") are two
    # events: subtracted when the mention's side is none of the sides the event's mentions gave
    side_conflict: float = 0.0
    same_day: float = 0.5
    bias: float = -6.25
    threshold: float = 0.0
    recall_threshold: float = 0.0
    # a mention whose trigger stem the event has not seen joins it only when its sentence says nearly the same
    # ("arrested" / "detained" in near-identical wire copy): below this sentence cosine it is not a candidate
    other_lemma_words: float = 0.5
    family_words: float = 0.5  # the same gate for two triggers of one type family ("strike" / "bombing")
    family_lemma: float = 0.0  # ... which then count as this much of a shared trigger
    synonym_lemma: float = 0.0  # triggers of one group of data/event_synonyms.txt count as this much of the same word
    synonym_words: float = 0.5  # ... and need this sentence cosine
    reporting_words: float = 0.0  # a verb of saying joins a report from another article only above this sentence cosine
    # a mention with no date at all (its text dates nothing, its article is undated) joins an event that dated
    # articles report only when its sentence says nearly the same: no date rules it out, so the words must
    undated_words: float = 0.6
    # a trigger outside dateline's event lexicon (no type family: "said", "fell") names a specific event only
    # with its sentence: score += unknown_words x (sentence cosine - unknown_words_mid)
    unknown_words: float = 0.0
    unknown_words_mid: float = 0.3
    slack_days: int = 1
    window_days: int = 3
    recall_window_days: int = 400


@lru_cache(maxsize=1)
def default_params() -> LinkParams:
    path = DATA / "event_linking.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LinkParams(**{k: v for k, v in data.items() if not k.startswith("_")})
    except (OSError, json.JSONDecodeError, TypeError) as exc:
        raise RuleFileError(f"{path}: {exc}") from exc


@dataclass
class EventProfile:
    """What is known of one real-world event from the mentions linked to it."""

    event_id: int | None = None
    family: str | None = None
    types: Counter[str] = field(default_factory=Counter)
    lemmas: Counter[str] = field(default_factory=Counter)
    explicit_days: Counter[str] = field(default_factory=Counter)
    implicit_days: Counter[str] = field(default_factory=Counter)
    first: dt.date | None = None
    last: dt.date | None = None
    places: dict[str, Place] = field(default_factory=dict)
    place_counts: Counter[str] = field(default_factory=Counter)
    actors: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)  # "identity<TAB>display name" of actors
    context: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)
    topic: Counter[str] = field(default_factory=Counter)
    sides: Counter[str] = field(default_factory=Counter)  # countries whose actors launched it, per mention
    n: int = 0
    dated_reports: int = 0  # mentions from articles with a publication date
    summary: str | None = None
    summary_key: list[Any] | None = None
    members: list[tuple[str, int, bool, float]] = field(default_factory=list)  # linked in this run
    documents: set[str] = field(default_factory=set)  # documents of the members linked in this run
    changed: bool = False

    def add(self, m: MentionFeatures, score: float, recalled: bool) -> None:
        self.n += 1
        self.dated_reports += m.doc_date is not None
        self.changed = True
        self.members.append((m.key[0], m.key[1], recalled, score))
        self.documents.add(m.key[0])
        if self.family is None:
            self.family = m.family
        if m.type:
            self.types[m.type] += 1
        self.lemmas[m.lemma] += 1
        if m.first and m.last:
            if m.explicit and m.precision == "day":
                self.explicit_days[m.first.isoformat()] += 1
            elif not m.explicit and m.last:
                self.implicit_days[m.last.isoformat()] += 1
            self.first = m.first if self.first is None else min(self.first, m.first)
            self.last = m.last if self.last is None else max(self.last, m.last)
            self._narrow()
        for p in m.places:
            if p.own or p.ident not in self.places:
                self.places[p.ident] = p
            self.place_counts[p.ident] += 1
        self.actors.update(m.actors)
        self.names.update(m.actor_names)
        if m.side:
            self.sides[m.side] += 1
        self.context.update(m.context)
        self.words.update(m.words)
        if len(self.words) > MAX_WORDS * 2:
            self.words = Counter(dict(self.words.most_common(MAX_WORDS)))
        self.topic.update(m.topic)
        if len(self.topic) > MAX_WORDS * 2:
            self.topic = Counter(dict(self.topic.most_common(MAX_WORDS)))

    def _narrow(self) -> None:
        """The linking interval is the core of the date evidence, so that a chain of next-day reports cannot stretch
        an event over weeks: the days the text gives, else the day before and the day of the earliest of the most
        reported publication days (reports of the same night come that day or the next)."""
        if self.explicit_days:
            top = max(self.explicit_days.values())
            core = sorted(dt.date.fromisoformat(d) for d, c in self.explicit_days.items() if c * 2 >= top)
            self.first, self.last = core[0], core[-1]
        elif self.implicit_days:
            top = max(self.implicit_days.values())
            anchor = dt.date.fromisoformat(min(d for d, c in self.implicit_days.items() if c == top))
            self.first, self.last = anchor - dt.timedelta(days=1), anchor

    def main_places(self) -> list[Place]:
        """The places most of the mentions name (a stray place in one report does not widen the event)."""
        if not self.place_counts:
            return []
        top = max(self.place_counts.values())
        return [self.places[k] for k, c in self.place_counts.items() if c * 2 >= top and k in self.places]

    def date(self) -> tuple[str | None, str | None]:
        """(date, date_end): the earliest well-supported day, and the last one when the evidence spans days."""
        days = self.explicit_days or self.implicit_days
        if not days:
            return None, None
        top = max(days.values())
        supported = sorted(d for d, c in days.items() if c * 2 >= top)
        return supported[0], (supported[-1] if supported[-1] != supported[0] else None)

    def to_json(self) -> dict[str, Any]:
        return {
            "family": self.family,
            "types": dict(self.types),
            "lemmas": dict(self.lemmas),
            "explicit_days": dict(self.explicit_days),
            "implicit_days": dict(self.implicit_days),
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "places": {k: [p.country, p.is_country, p.name, p.own] for k, p in self.places.items()},
            "place_counts": dict(self.place_counts),
            "actors": dict(self.actors.most_common(30)),
            "names": dict(self.names.most_common(30)),
            "context": dict(self.context.most_common(30)),
            "words": dict(self.words.most_common(MAX_WORDS)),
            "topic": {k: round(v, 3) for k, v in self.topic.most_common(MAX_WORDS)},
            "sides": dict(self.sides),
            "n": self.n,
            "dated_reports": self.dated_reports,
            "summary_key": self.summary_key,
        }

    @classmethod
    def from_json(cls, event_id: int, data: dict[str, Any], summary: str | None) -> EventProfile:
        def day(v: str | None) -> dt.date | None:
            return dt.date.fromisoformat(v) if v else None

        return cls(
            event_id=event_id,
            family=data.get("family"),
            types=Counter(data.get("types", {})),
            lemmas=Counter(data.get("lemmas", {})),
            explicit_days=Counter(data.get("explicit_days", {})),
            implicit_days=Counter(data.get("implicit_days", {})),
            first=day(data.get("first")),
            last=day(data.get("last")),
            places={k: Place(k, v[0], bool(v[1]), v[2], bool(len(v) > 3 and v[3]))
                    for k, v in data.get("places", {}).items()},
            place_counts=Counter(data.get("place_counts", {})),
            actors=Counter(data.get("actors", {})),
            names=Counter(data.get("names", {})),
            context=Counter(data.get("context", {})),
            words=Counter(data.get("words", {})),
            topic=Counter(data.get("topic", {})),
            sides=Counter(data.get("sides", {})),
            n=int(data.get("n", 0)),
            dated_reports=int(data.get("dated_reports", 0)),
            summary=summary,
            summary_key=data.get("summary_key"),
        )


def similarity(m: MentionFeatures, p: EventProfile, params: LinkParams, idf: dict[str, float] | None = None) -> float:
    """Score of mention `m` reporting event `p`: -inf when the type family, date or place rule it out."""
    if not dates_compatible(m, p.first, p.last, params.slack_days):
        return float("-inf")
    if m.first is not None and p.first is None and p.dated_reports:
        return float("-inf")  # an event of dated articles that no text dates: a mention must not decide its date
    if m.first is None and m.doc_date and p.first and p.last:
        # an undated mention still has its article's date: a recalled event happened before it, a planned one
        # (or one the text does not date) no earlier than the day before and within a month after
        if m.recalled and p.first > m.doc_date:
            return float("-inf")
        if not m.recalled and not (p.last >= m.doc_date - dt.timedelta(days=1)
                                   and p.first <= m.doc_date + dt.timedelta(days=PLANNED_DAYS)):
            return float("-inf")
    words = cosine(m.words, p.words, idf)
    undated = m.first is None and m.doc_date is None
    if undated and p.dated_reports and m.key[0] not in p.documents and words < params.undated_words:
        return float("-inf")  # no date rules it out, so only the same words may link it
    same_lemma = m.lemma in p.lemmas
    synonym = not same_lemma and params.synonym_lemma > 0 and any(synonyms(m.lemma, lemma) for lemma in p.lemmas)
    gate = params.other_lemma_words
    if m.family is not None and m.family == p.family:
        gate = params.family_words
    if synonym:
        gate = min(gate, params.synonym_words)
    if not same_lemma and (words < gate or m.key[0] in p.documents):
        return float("-inf")  # another word for the event, in another report saying nearly the same thing
    if same_lemma and words < params.reporting_words and m.lemma in reporting_stems() and m.key[0] not in p.documents:
        return float("-inf")  # "said" in two articles is one act of saying only if they report the same words
    place = place_relation(m.places, p.main_places())
    family = 0.0
    if m.family and p.family:
        family = 1.0 if m.family == p.family else -1.0
    lemma = 1.0 if same_lemma else (params.synonym_lemma if synonym else params.family_lemma if family > 0 else 0.0)
    score = params.bias + params.lemma * lemma + params.family * family
    score += params.topic * cosine(m.topic, p.topic)
    score += params.words * words
    if m.family is None:
        score += params.unknown_words * (words - params.unknown_words_mid)
    score += params.context * cosine(Counter(m.context), p.context)
    score += params.actors * overlap(m.actors, p.actors)
    score += params.place * place if place >= 0 else params.place_conflict * place
    if m.side and p.sides and m.side not in p.sides and m.family == VIOLENCE:
        score -= params.side_conflict
    if m.explicit and m.precision == "day" and m.first and m.first.isoformat() in p.explicit_days:
        score += params.same_day
    return score


def _bucket(day: dt.date) -> int:
    return day.toordinal() // 7


class Linker:
    """Links mentions one by one against an index of event profiles keyed by type family and week."""

    def __init__(self, params: LinkParams | None = None, idf: dict[str, float] | None = None) -> None:
        self.params = params or default_params()
        self.idf = idf
        self.events: list[EventProfile] = []
        self._family: dict[str | None, list[EventProfile]] = {}
        self._weeks: dict[tuple[str | None, int | None], list[EventProfile]] = {}
        self._placed: dict[int, set[tuple[str | None, int | None]]] = {}
        self._filed: set[tuple[int, str | None]] = set()

    def _register(self, p: EventProfile) -> None:
        """(Re-)file a profile under its family and the weeks its date interval covers."""
        placed = self._placed.setdefault(id(p), set())
        if (id(p), p.family) not in self._filed:
            self._family.setdefault(p.family, []).append(p)
            self._filed.add((id(p), p.family))
        weeks: list[int | None] = [None]
        if p.first and p.last:
            weeks = list(range(_bucket(p.first), _bucket(p.last) + 1))[:60]
        for week in weeks:
            if (p.family, week) not in placed:
                self._weeks.setdefault((p.family, week), []).append(p)
                placed.add((p.family, week))

    def seed(self, profile: EventProfile) -> None:
        """Make an event from an earlier run a candidate."""
        self.events.append(profile)
        self._register(profile)

    def _window(self, m: MentionFeatures) -> tuple[dt.date, dt.date] | None:
        if m.first and m.last:
            pad = dt.timedelta(days=self.params.window_days + self.params.slack_days)
            return m.first - pad, m.last + pad
        if m.doc_date and m.recalled:
            return m.doc_date - dt.timedelta(days=self.params.recall_window_days), m.doc_date
        if m.doc_date:  # planned, or not dated by its text: from the day before its article to a month after
            return m.doc_date - dt.timedelta(days=1), m.doc_date + dt.timedelta(days=PLANNED_DAYS)
        return None

    def candidates(self, m: MentionFeatures) -> list[EventProfile]:
        families = [m.family, None] if m.family is not None else list(self._family)
        window = self._window(m)
        seen: dict[int, EventProfile] = {}
        for family in families:
            if window is None:
                pool = self._family.get(family, [])
            else:
                pool = list(self._weeks.get((family, None), []))  # undated events: see similarity()
                for week in range(_bucket(window[0]), _bucket(window[1]) + 1):
                    pool.extend(self._weeks.get((family, week), []))
            for p in pool:
                if p.family == family or (m.family is None) or p.family is None:
                    seen.setdefault(id(p), p)
        return list(seen.values())

    def best(self, m: MentionFeatures) -> tuple[EventProfile | None, float]:
        best, best_score = None, float("-inf")
        for p in self.candidates(m):
            s = similarity(m, p, self.params, self.idf)
            if s > best_score:
                best, best_score = p, s
        return best, best_score

    def link(self, m: MentionFeatures) -> tuple[EventProfile, float]:
        """The event `m` reports (an existing one when its score reaches the threshold, else a new one)."""
        best, score = self.best(m)
        threshold = self.params.recall_threshold if m.recalled else self.params.threshold
        if best is None or score < threshold:
            best = EventProfile(family=m.family)
            best.add(m, 1.0, m.recalled)
            self.seed(best)
            return best, 1.0
        best.add(m, score, m.recalled)
        self._register(best)
        return best, score

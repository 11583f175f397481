"""What one event mention brings to cross-document linking, and how two such descriptions are compared.

A mention is reduced to comparable parts: trigger stem and type family, a date interval, places (with the country
they lie in, so "Rafah" nests in "Gaza"/"Palestine"), actors, the document's main entities (its context) and the
content words of its sentence. The corpus step builds them from the store (event_mentions.py); the ECB+ evaluation
builds them from gold mentions in documents annotated by dateline's pipeline; both link with the same functions.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

_SPACES = re.compile(r"[^a-z0-9]+")
_PERSON_TITLES = frozenset({"mr", "mrs", "ms", "dr", "president", "prime", "minister", "sir", "general", "gen"})


@dataclass(frozen=True)
class Place:
    """A place an event happened in: its identity, the country code it lies in, and whether it is that country."""

    ident: str  # "c:<corpus id>" or "n:<folded name>"
    country: str | None = None
    is_country: bool = False
    name: str = ""
    own: bool = False  # the event's own place (its annotated location), not just a place named in its sentence


@dataclass
class MentionFeatures:
    key: tuple[str, int]  # (doc_id, seq) of the mention
    lemma: str
    family: str | None = None
    type: str | None = None
    first: dt.date | None = None  # interval the event's date lies in (None: unknown)
    last: dt.date | None = None
    precision: str | None = None  # day, week, month, year (of `first`..`last`)
    explicit: bool = False  # the text gives the date (not the publication date)
    doc_date: dt.date | None = None
    recalled: bool = False  # a past event recalled in a later report
    places: tuple[Place, ...] = ()
    actors: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()
    words: Counter[str] = field(default_factory=Counter)
    topic: Counter[str] = field(default_factory=Counter)  # the document's salient words: what the story is about
    sentence: str = ""
    place_name: str | None = None
    actor_names: tuple[str, ...] = ()
    side: str | None = None  # ISO code of the country whose actor launched the event ("Israeli jets"), if any


def fold_name(name: str, label: str | None = None) -> str:
    """Folded name for matching when no corpus entity id is known: a person by surname, others whole."""
    words = [w for w in _SPACES.split(name.lower()) if w]
    if label == "PERSON":
        words = [w for w in words if w not in _PERSON_TITLES] or words
        return words[-1] if words else ""
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def date_interval(value: str | None) -> tuple[dt.date, dt.date, str] | None:
    """Calendar interval of a TIMEX value: 2024-02-06 (day, also with a time: 2024-02-06TNI), 2024-W06 (week, also
    its weekend 2024-W06-WE), 2024-02 (month), 2024 (year); None for underspecified or vague values."""
    if not value:
        return None
    try:
        if re.match(r"\d{4}-\d{2}-\d{2}(T|$)", value):  # a day, or a time of day ("2025-09-09TNI": that night)
            day = dt.date.fromisoformat(value[:10])
            return day, day, "day"
        m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
        if m:
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6), "week"
        m = re.fullmatch(r"(\d{4})-(\d{2})", value)
        if m:
            first = dt.date(int(m[1]), int(m[2]), 1)
            nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1), "month"
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31), "year"
    except ValueError:
        return None
    return None


def dates_compatible(a: MentionFeatures, first: dt.date | None, last: dt.date | None, slack_days: int) -> bool:
    """Unknown dates are compatible with anything; known ones must overlap within the slack."""
    if a.first is None or a.last is None or first is None or last is None:
        return True
    slack = dt.timedelta(days=slack_days)
    return a.first <= last + slack and first <= a.last + slack


def place_relation(mine: Iterable[Place], theirs: Iterable[Place]) -> float:
    """1 same place, 0.5 one lies in the other (city in its country, "southern Israel" in "Israel"),
    -1 when both events' own places are known and apart, 0 otherwise (a place merely named nearby proves nothing)."""
    mine, theirs = list(mine), list(theirs)
    if not mine or not theirs:
        return 0.0
    own = any(p.own for p in mine) and any(q.own for q in theirs)
    best = -1.0 if own else 0.0
    for p in mine:
        for q in theirs:
            if p.ident == q.ident:
                return 1.0
            if p.country and p.country == q.country and (p.is_country or q.is_country):
                best = max(best, 0.5)
            pn, qn = p.ident.removeprefix("n:"), q.ident.removeprefix("n:")
            if p.ident.startswith("n:") and q.ident.startswith("n:") and (
                f" {pn} " in f" {qn} " or f" {qn} " in f" {pn} "
            ):
                best = max(best, 0.5)
    return best


def overlap(a: Iterable[str], b: Mapping[str, float] | Iterable[str]) -> float:
    """Share of the smaller set found in the other (0 when either is empty)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def cosine(a: Mapping[str, float], b: Mapping[str, float], idf: Mapping[str, float] | None = None) -> float:
    """Cosine of two bags of words, each word weighted by its IDF when given."""
    if not a or not b:
        return 0.0

    def w(word: str) -> float:
        return idf.get(word, 1.0) if idf is not None else 1.0

    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b[k] * w(k) ** 2 for k, v in a.items() if k in b)
    if not dot:
        return 0.0
    na = math.sqrt(sum((v * w(k)) ** 2 for k, v in a.items()))
    nb = math.sqrt(sum((v * w(k)) ** 2 for k, v in b.items()))
    return dot / (na * nb) if na and nb else 0.0


def salient_words(words: Iterable[str], idf: Mapping[str, float], size: int = 40) -> Counter[str]:
    """The document's `size` words of highest TF-IDF, with their TF-IDF as weight (its topic, in words)."""
    tf = Counter(words)
    scored = {w: c * idf.get(w, 1.0) for w, c in tf.items()}
    return Counter(dict(sorted(scored.items(), key=lambda kv: -kv[1])[:size]))

"""What a story is compared on: its recent profile, and how distinctive each key is in the corpus placed so far.

A story keeps decayed weights of the actors, places and topic words of its events (half-life `half_life_days`), so
a new event is compared with what the story was about lately, not with everything it ever held: a long-running war
cannot pull in every later event through words and actors it once collected. Keys are weighted by how many of the
corpus events placed so far carry them (`KeyStats`, kept in `meta` under `stories.keys` and updated as events are
placed, so an incremental run sees exactly the counts a full rebuild sees at the same event): "Gaza", "Israel",
"killed", carried by most events of a Gaza corpus, weigh nothing; "Rafah", "Witkoff", "flotilla" weigh fully.
Weights and thresholds: data/stories.json.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from functools import lru_cache

from dateline.errors import RuleFileError
from dateline.resolve.event_features import cosine
from dateline.resolve.event_lemma import DATA

META_KEY = "stories.keys"


@dataclass(frozen=True)
class StoryParams:
    threshold: float = 0.4
    actors: float = 0.35
    places: float = 0.25
    words: float = 0.6
    common_share: float = 0.5
    rare_share: float = 0.004
    prior_events: int = 100
    distinctive: float = 0.3
    min_words: float = 0.15
    index_words: int = 8
    half_life_days: float = 10.0
    held: float = 0.2
    gap_days: int = 30
    max_span_days: int = 90  # 0: no limit
    max_keys: int = 40
    title_name_weight: float = 0.1


@lru_cache(maxsize=1)
def default_params() -> StoryParams:
    path = DATA / "stories.json"
    try:  # a broken rule file fails loudly with its path, as event_linking.json does
        data = json.loads(path.read_text(encoding="utf-8"))
        names = {f.name for f in fields(StoryParams)}
        return StoryParams(**{k: v for k, v in data.items() if k in names})
    except (OSError, json.JSONDecodeError, TypeError) as exc:
        raise RuleFileError(f"{path}: {exc}") from exc


def event_keys(profile: Mapping) -> set[str]:
    """The keys an event is counted under: its actors and places (corpus ids or folded names) and topic words."""
    return set(profile.get("actors", {})) | set(profile.get("place_counts", {})) | {
        f"w:{w}" for w in profile.get("topic", {})
    }


def top_words(profile: Mapping, n: int) -> list[str]:
    return [w for w, _ in sorted(profile.get("topic", {}).items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


class KeyStats:
    """How many placed events carry each key, and so how distinctive a key is (0: everywhere, 1: rare)."""

    def __init__(self, params: StoryParams, n: int = 0, df: Mapping[str, int] | None = None) -> None:
        self.params = params
        self.n = n
        self.df: Counter[str] = Counter(df or {})
        self._lo = math.log(1 / params.common_share)
        self._span = math.log(params.common_share / params.rare_share)

    @classmethod
    def load(cls, conn: sqlite3.Connection, params: StoryParams) -> KeyStats:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
        data = json.loads(row[0]) if row else {}
        return cls(params, int(data.get("n", 0)), data.get("df", {}))

    def save(self, conn: sqlite3.Connection) -> None:
        value = json.dumps({"n": self.n, "df": dict(sorted(self.df.items()))}, separators=(",", ":"))
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (META_KEY, value))

    def add(self, profile: Mapping) -> None:
        self.n += 1
        self.df.update(event_keys(profile))

    def weight(self, key: str) -> float:
        share = (self.df.get(key, 0) + 1) / (self.n + self.params.prior_events)
        return min(1.0, max(0.0, (math.log(1 / share) - self._lo) / self._span))

    def word_weight(self, word: str) -> float:
        return self.weight(f"w:{word}")


def _days(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def _top(weights: dict[str, float], n: int) -> dict[str, float]:
    kept = sorted(((k, v) for k, v in weights.items() if v >= 0.01), key=lambda kv: (-kv[1], kv[0]))[:n]
    return dict(kept)


@dataclass
class Story:
    """A story's state: dates, decayed key weights as of `clock`, all-time entity counts (for its title), names."""

    story_id: int | None
    first: str | None = None
    last: str | None = None
    clock: str | None = None
    entities: dict[str, float] = field(default_factory=dict)  # actors and places, decayed
    words: dict[str, float] = field(default_factory=dict)  # topic words (unit vector per event), decayed
    total: Counter[str] = field(default_factory=Counter)  # events per entity, all time
    names: dict[str, str] = field(default_factory=dict)
    n_events: int = 0
    continues: Story | int | None = None  # the story this one is the next chapter of
    continued: bool = False  # a later chapter exists
    touched: bool = False  # gained events in this run
    dirty: bool = False  # state to write back (a chapter was added after it)
    rank: int = 0  # creation order: the id once stored

    def __post_init__(self) -> None:
        if self.story_id is not None:
            self.rank = self.story_id

    def _factor(self, date: str, params: StoryParams) -> float:
        """Decay from the story's clock to `date` (1 for a date at or before the clock)."""
        if not self.clock or date <= self.clock:
            return 1.0
        return 0.5 ** (_days(self.clock, date) / params.half_life_days)

    def add(self, date: str, profile: Mapping, params: StoryParams) -> None:
        self.touched = True
        self.n_events += 1
        self.first = min(self.first or date, date)
        self.last = max(self.last or date, date)
        weight = 1.0
        if self.clock is None or date > self.clock:
            f = self._factor(date, params)
            self.entities = {k: v * f for k, v in self.entities.items()}
            self.words = {k: v * f for k, v in self.words.items()}
            self.clock = date
        else:  # an event dated before the story's latest one counts as that much older
            weight = 0.5 ** (_days(date, self.clock) / params.half_life_days)
        for key in set(profile.get("actors", {})) | set(profile.get("place_counts", {})):
            self.entities[key] = self.entities.get(key, 0.0) + weight
            self.total[key] += 1
        topic = profile.get("topic", {})
        norm = math.sqrt(sum(v * v for v in topic.values())) or 1.0
        for word, v in topic.items():
            self.words[word] = self.words.get(word, 0.0) + weight * v / norm
        self.entities = _top(self.entities, params.max_keys)
        self.words = _top(self.words, params.max_keys)
        self.total = Counter(dict(sorted(self.total.items(), key=lambda kv: (-kv[1], kv[0]))[: params.max_keys]))
        for key in profile.get("names", {}):
            ident, _, name = key.partition("\t")
            self.names.setdefault(ident, name)
        for ident, place in profile.get("places", {}).items():
            self.names.setdefault(ident, place[2])
        self.names = {k: v for k, v in self.names.items() if k in self.total or k in self.entities}

    def is_open(self, date: str, params: StoryParams) -> bool:
        if not self.last or not self.first:
            return False
        if _days(self.last, date) > params.gap_days or _days(date, self.first) > params.gap_days:
            return False
        return not params.max_span_days or _days(self.first, date) <= params.max_span_days

    def index_keys(self) -> Iterable[str]:
        return list(self.entities) + [f"w:{w}" for w in self.words]

    def score(self, profile: Mapping, date: str, stats: KeyStats, params: StoryParams) -> float:
        """0 unless the event shares a distinctive key the story holds lately; else the weighted evidence."""
        f = self._factor(date, params)
        held = {k for k, v in self.entities.items() if v * f >= params.held}
        actors = [stats.weight(k) for k in profile.get("actors", {}) if k in held]
        places = [stats.weight(k) for k in profile.get("place_counts", {}) if k in held]
        index = [stats.word_weight(w) for w in top_words(profile, params.index_words)
                 if self.words.get(w, 0.0) * f >= params.held / 4]
        if max(actors + places + index, default=0.0) < params.distinctive:
            return 0.0
        words = cosine(profile.get("topic", {}), self.words, _Weights(stats))
        if words < params.min_words:
            return 0.0
        return params.actors * min(1.0, sum(actors)) + params.places * min(1.0, sum(places)) + params.words * words

    def to_json(self) -> str:
        cont = self.continues.story_id if isinstance(self.continues, Story) else self.continues
        return json.dumps({
            "first": self.first, "last": self.last, "clock": self.clock, "n_events": self.n_events,
            "entities": self.entities, "words": self.words, "total": dict(self.total), "names": self.names,
            "continues": cont, "continued": self.continued,
        })

    @classmethod
    def from_json(cls, story_id: int, extra: str | None) -> Story | None:
        data = json.loads(extra or "{}")
        if "clock" not in data:
            return None  # a story placed by an older version: not extended (`dateline resolve --full` rebuilds)
        return cls(story_id, data["first"], data["last"], data["clock"], dict(data["entities"]), dict(data["words"]),
                   Counter(data["total"]), dict(data["names"]), int(data["n_events"]), data.get("continues"),
                   bool(data.get("continued")))


class _Weights(Mapping[str, float]):
    """Word distinctiveness as the IDF mapping `cosine` expects."""

    def __init__(self, stats: KeyStats) -> None:
        self.stats = stats

    def __getitem__(self, word: str) -> float:
        return self.stats.word_weight(word)

    def get(self, word: str, default: object = None) -> float:  # type: ignore[override]
        return self.stats.word_weight(word)

    def __iter__(self):  # pragma: no cover - cosine only looks words up
        return iter(())

    def __len__(self) -> int:  # pragma: no cover
        return 0

"""Stories: events grouped by the actors, places and topic words they share over time.

An event without a story joins the best story active within STORY_GAP_DAYS of its date (score: shared actors,
shared places, cosine of topic words), else starts one. Only new events are placed, so adding articles never
reshuffles old stories; `dateline resolve --full` rebuilds them. A story's title is its most frequent entities
followed by the commonest words of its events' sentences.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from dateline.resolve.event_features import cosine, overlap
from dateline.resolve.event_lemma import stopwords
from dateline.resolve.event_mentions import placeholders

STORY_GAP_DAYS = 30
STORY_THRESHOLD = 0.45
W_ACTORS, W_PLACES, W_WORDS = 0.35, 0.25, 0.6
MAX_KEYS = 40
INDEX_WORDS = 8  # topic words per event used to find candidate stories
MAX_BUCKET = 200  # stories looked at per shared key (the most recent ones)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


@dataclass
class Story:
    story_id: int | None
    first: str | None = None
    last: str | None = None
    actors: Counter[str] = field(default_factory=Counter)
    places: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)
    names: dict[str, str] = field(default_factory=dict)
    touched: bool = False

    def add(self, date: str | None, profile: dict) -> None:
        self.touched = True
        if date:
            self.first = min(self.first or date, date)
            self.last = max(self.last or date, date)
        self.actors.update(profile.get("actors", {}))
        self.places.update(profile.get("place_counts", {}))
        self.words.update(profile.get("topic", {}))
        self.words = Counter(dict(self.words.most_common(MAX_KEYS)))
        for key in profile.get("names", {}):
            ident, _, name = key.partition("\t")
            self.names.setdefault(ident, name)
        for ident, place in profile.get("places", {}).items():
            self.names.setdefault(ident, place[2])

    def score(self, profile: dict) -> float:
        return (
            W_ACTORS * overlap(profile.get("actors", {}), self.actors)
            + W_PLACES * overlap(profile.get("place_counts", {}), self.places)
            + W_WORDS * cosine(profile.get("topic", {}), self.words)
        )

    def to_json(self) -> str:
        return json.dumps({"actors": dict(self.actors.most_common(MAX_KEYS)),
                           "places": dict(self.places.most_common(MAX_KEYS)),
                           "words": {k: round(v, 3) for k, v in self.words.most_common(MAX_KEYS)},
                           "names": {k: v for k, v in self.names.items() if k in self.actors or k in self.places}})


def _load_stories(conn: sqlite3.Connection, lo: str, hi: str) -> list[Story]:
    out = []
    for sid, first, last, extra in conn.execute(
        "SELECT id, first_date, last_date, extra FROM stories WHERE last_date >= ? AND first_date <= ?", (lo, hi)
    ):
        data = json.loads(extra or "{}")
        out.append(Story(sid, first, last, Counter(data.get("actors", {})), Counter(data.get("places", {})),
                         Counter(data.get("words", {})), dict(data.get("names", {}))))
    return out


def _keys(profile: dict) -> set[str]:
    """What an event can share with a story: its actors, its places and its top topic words."""
    words = sorted(profile.get("topic", {}).items(), key=lambda kv: -kv[1])[:INDEX_WORDS]
    return set(profile.get("actors", {})) | set(profile.get("place_counts", {})) | {f"w:{w}" for w, _ in words}


class _StoryIndex:
    """Stories by the actors, places and words they hold, so an event is scored against the few that share one."""

    def __init__(self, stories: list[Story]) -> None:
        self.by_key: dict[str, list[Story]] = {}
        for story in stories:
            keys = set(story.actors) | set(story.places) | {f"w:{w}" for w, _ in story.words.most_common(INDEX_WORDS)}
            for key in keys:
                self.by_key.setdefault(key, []).append(story)

    def add(self, story: Story, profile: dict) -> None:
        for key in _keys(profile):
            bucket = self.by_key.setdefault(key, [])
            if not bucket or bucket[-1] is not story:
                bucket.append(story)

    def candidates(self, profile: dict, date: str | None) -> list[Story]:
        seen: dict[int, Story] = {}
        lo = hi = None
        if date:
            day = dt.date.fromisoformat(date)
            lo = (day - dt.timedelta(days=STORY_GAP_DAYS)).isoformat()
            hi = (day + dt.timedelta(days=STORY_GAP_DAYS)).isoformat()
        for key in _keys(profile):
            bucket = self.by_key.get(key, [])
            for story in reversed(bucket[-MAX_BUCKET:]):  # the most recent stories holding that key
                if id(story) in seen:
                    continue
                if lo and story.last and story.first and not (story.last >= lo and story.first <= (hi or "")):
                    continue
                seen[id(story)] = story
        return list(seen.values())


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def assign_stories(conn: sqlite3.Connection, event_ids: Sequence[int], *, full: bool = False) -> int:
    """Place the events that have no story yet; returns the number of stories created or extended."""
    events = []
    for i in range(0, len(event_ids), 500):
        chunk = list(event_ids[i : i + 500])
        events += conn.execute(
            f"SELECT id, date, extra FROM corpus_events WHERE story_id IS NULL AND id IN ({placeholders(len(chunk))})",
            chunk,
        ).fetchall()
    if not events:
        return 0
    events.sort(key=lambda r: (r[1] or "9999", r[0]))
    dated = [r[1] for r in events if r[1]]
    stories: list[Story] = []
    if dated and not full:
        stories = _load_stories(conn, _shift(min(dated), -STORY_GAP_DAYS), _shift(max(dated), STORY_GAP_DAYS))
    index = _StoryIndex(stories)
    placement: list[tuple[int, Story]] = []
    for event_id, date, extra in events:
        profile = json.loads(extra or "{}").get("profile", {})
        best, best_score = None, STORY_THRESHOLD
        for story in index.candidates(profile, date):
            s = story.score(profile)
            if s >= best_score:
                best, best_score = story, s
        if best is None:
            best = Story(None)
            stories.append(best)
        best.add(date, profile)
        index.add(best, profile)
        placement.append((event_id, best))
    touched = [s for s in stories if s.touched]
    for story in touched:
        if story.story_id is None:
            cur = conn.execute("INSERT INTO stories (title) VALUES ('')")
            story.story_id = int(cur.lastrowid or 0)
        conn.execute("UPDATE stories SET extra = ? WHERE id = ?", (story.to_json(), story.story_id))
    conn.executemany("UPDATE corpus_events SET story_id = ? WHERE id = ?", [(s.story_id, e) for e, s in placement])
    refresh([s.story_id for s in touched if s.story_id is not None], conn, {s.story_id: s for s in touched})
    return len(touched)


def _title(story: Story, summaries: list[str]) -> tuple[str, list[str]]:
    weights = story.actors + story.places
    names = []
    for ident, _ in weights.most_common():
        name = story.names.get(ident)
        if name and name not in names:
            names.append(name)
        if len(names) == 3:
            break
    stop = stopwords()
    taken = {w.lower() for n in names for w in n.split()}
    words = Counter(
        w.lower() for s in summaries for w in _WORD.findall(s)
        if w.lower() not in stop and w.lower() not in taken and len(w) > 3
    )
    keywords = [w for w, _ in words.most_common(10)]
    title = ", ".join(names)
    if keywords:
        title = f"{title}: {' '.join(keywords[:3])}" if title else " ".join(keywords[:3])
    return title or "untitled story", keywords


def refresh(story_ids: Sequence[int], conn: sqlite3.Connection, loaded: dict[int | None, Story]) -> None:
    """Recount a story's events, documents and dates, and retitle it."""
    for sid in story_ids:
        first, last, n_events = conn.execute(
            "SELECT min(date), max(coalesce(date_end, date)), count(*) FROM corpus_events WHERE story_id = ?", (sid,)
        ).fetchone()
        n_docs = conn.execute(
            """SELECT count(DISTINCT l.doc_id) FROM event_links l JOIN corpus_events e ON e.id = l.event_id
               WHERE e.story_id = ?""",
            (sid,),
        ).fetchone()[0]
        summaries = [r[0] for r in conn.execute(
            "SELECT summary FROM corpus_events WHERE story_id = ? AND summary IS NOT NULL "
            "ORDER BY n_documents DESC LIMIT 50", (sid,))]
        title, keywords = _title(loaded[sid], summaries)
        conn.execute(
            """UPDATE stories SET title = ?, first_date = ?, last_date = ?, n_events = ?, n_documents = ?,
               keywords = ? WHERE id = ?""",
            (title, first, last, n_events, n_docs, json.dumps(keywords), sid),
        )


def recount(conn: sqlite3.Connection, story_ids: Sequence[int]) -> None:
    """After events were removed (their documents are re-processed): fix the stories' counts, drop empty ones."""
    for sid in story_ids:
        first, last, n_events = conn.execute(
            "SELECT min(date), max(coalesce(date_end, date)), count(*) FROM corpus_events WHERE story_id = ?", (sid,)
        ).fetchone()
        if not n_events:
            conn.execute("DELETE FROM stories WHERE id = ?", (sid,))
            continue
        n_docs = conn.execute(
            """SELECT count(DISTINCT l.doc_id) FROM event_links l JOIN corpus_events e ON e.id = l.event_id
               WHERE e.story_id = ?""",
            (sid,),
        ).fetchone()[0]
        conn.execute("UPDATE stories SET first_date = ?, last_date = ?, n_events = ?, n_documents = ? WHERE id = ?",
                     (first, last, n_events, n_docs, sid))

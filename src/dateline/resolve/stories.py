"""Stories: events grouped by the distinctive actors, places and topic words they share over time.

Events are placed in date order (an event without a date of its own by the day it was first reported). An event
joins the best open story it shares a distinctive key with and that scores >= the threshold against the story's
recent profile (story_profile.py: decayed weights, keys weighted by how few placed events carry them), else starts
a story. A story is open for `gap_days` after its last event and, when `max_span_days` is set, up to that many days
after its first: an event matching only a story closed by its span starts that story's next chapter (`continues`).
Only new events are placed, so adding articles never reshuffles old stories; `dateline resolve --full` rebuilds
them, and placing the same events in the same order in several runs gives the same stories as one run.
A story's title: its most distinctive entities, then the most distinctive words of its events' sentences.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from dateline.resolve.event_lemma import stem, stopwords
from dateline.resolve.event_mentions import placeholders
from dateline.resolve.story_profile import KeyStats, Story, StoryParams, default_params, top_words

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _load_stories(conn: sqlite3.Connection, lo: str, hi: str) -> list[Story]:
    """Stories that may be open (or just closed) for an event dated lo..hi; older-format stories are left alone."""
    out = []
    for sid, extra in conn.execute(
        "SELECT id, extra FROM stories WHERE (last_date IS NULL OR last_date >= ?) AND (first_date IS NULL OR "
        "first_date <= ?) ORDER BY id", (lo, hi),
    ):
        story = Story.from_json(sid, extra)
        if story is not None and story.last and story.first and story.last >= lo and story.first <= hi:
            out.append(story)
    return out


class _StoryIndex:
    """Stories by the actors, places and words they hold, so an event is scored only against stories sharing a
    distinctive key with it (without one it cannot join: see Story.score)."""

    def __init__(self, stories: list[Story], params: StoryParams) -> None:
        self.params = params
        self.by_key: dict[str, list[Story]] = defaultdict(list)
        for story in stories:
            for key in story.index_keys():
                self.by_key[key].append(story)

    def add(self, story: Story, profile: Mapping) -> None:
        keys = set(profile.get("actors", {})) | set(profile.get("place_counts", {}))
        keys |= {f"w:{w}" for w in top_words(profile, self.params.index_words)}
        for key in keys:
            bucket = self.by_key[key]
            if story not in bucket:
                bucket.append(story)

    def candidates(self, profile: Mapping, date: str, stats: KeyStats) -> list[Story]:
        keys = set(profile.get("actors", {})) | set(profile.get("place_counts", {}))
        keys |= {f"w:{w}" for w in top_words(profile, self.params.index_words)}
        stale = _shift(date, -self.params.gap_days)
        seen: dict[int, Story] = {}
        for key in sorted(keys):
            if key not in self.by_key or stats.weight(key) < self.params.distinctive:
                continue
            bucket = [s for s in self.by_key[key] if s.last and s.last >= stale]  # events come in date order
            self.by_key[key] = bucket
            for story in bucket:
                seen.setdefault(id(story), story)
        return list(seen.values())


def _best(candidates: list[Story], profile: Mapping, date: str, stats: KeyStats,
          params: StoryParams) -> tuple[Story | None, Story | None]:
    """The best open story, and (when none) the best story closed by its span that has no next chapter yet."""
    best, best_score = None, params.threshold
    closed, closed_score = None, params.threshold
    for story in sorted(candidates, key=lambda s: (s.first or "", s.rank)):
        if story.is_open(date, params):
            score = story.score(profile, date, stats, params)
            if score > best_score or (score == best_score and best is None):
                best, best_score = story, score
        elif params.max_span_days and not story.continued and _recent(story, date, params):
            score = story.score(profile, date, stats, params)
            if score > closed_score or (score == closed_score and closed is None):
                closed, closed_score = story, score
    return best, closed


def _recent(story: Story, date: str, params: StoryParams) -> bool:
    return bool(story.last) and story.last >= _shift(date, -params.gap_days)


def assign_stories(conn: sqlite3.Connection, event_ids: Sequence[int], *, full: bool = False) -> int:
    """Place the events that have no story yet; returns the number of stories created or extended."""
    params = default_params()
    rows = []
    for i in range(0, len(event_ids), 500):
        chunk = list(event_ids[i : i + 500])
        rows += conn.execute(
            f"SELECT id, coalesce(date, first_reported), extra FROM corpus_events WHERE story_id IS NULL "
            f"AND id IN ({placeholders(len(chunk))})",
            chunk,
        ).fetchall()
    if not rows:
        return 0
    rows.sort(key=lambda r: (r[1] or "9999", r[0]))
    days = [r[1] for r in rows if r[1]]
    stats = KeyStats(params) if full else KeyStats.load(conn, params)
    stories: list[Story] = []
    if days and not full:
        stories = _load_stories(conn, _shift(min(days), -params.gap_days), _shift(max(days), params.gap_days))
    index = _StoryIndex(stories, params)
    next_rank = 1 << 40  # new stories after the stored ones, in creation order (as their ids will be)
    placement: list[tuple[int, Story]] = []
    for event_id, day, extra in rows:
        profile = json.loads(extra or "{}").get("profile", {})
        if not day:  # nothing dates it, not even a report: a story of its own
            story = Story(None, n_events=1, touched=True, rank=next_rank)
            next_rank += 1
            stories.append(story)
            placement.append((event_id, story))
            continue
        best, closed = _best(index.candidates(profile, day, stats), profile, day, stats, params)
        if best is None:
            best = Story(None, continues=closed, rank=next_rank)
            next_rank += 1
            if closed is not None:
                closed.continued = closed.dirty = True
            stories.append(best)
        best.add(day, profile, params)
        index.add(best, profile)
        stats.add(profile)
        placement.append((event_id, best))
    touched = [s for s in stories if s.touched or s.dirty]
    for story in touched:  # in creation order, so a chapter's predecessor has its id first
        if story.story_id is None:
            story.story_id = int(conn.execute("INSERT INTO stories (title) VALUES ('')").lastrowid or 0)
        conn.execute("UPDATE stories SET extra = ? WHERE id = ?", (story.to_json(), story.story_id))
    conn.executemany("UPDATE corpus_events SET story_id = ? WHERE id = ?", [(s.story_id, e) for e, s in placement])
    stats.save(conn)
    grown = [s for s in touched if s.touched]
    refresh([s.story_id for s in grown if s.story_id is not None], conn, {s.story_id: s for s in grown}, stats)
    return len(grown)


def _distinctive(counts: Counter[str], weight, n: int) -> list[str]:
    """Keys by frequency x distinctiveness; in a story of 3+ items, keys of one item only come last."""
    floor = 2 if n >= 3 else 1
    ranked = sorted(counts.items(), key=lambda kv: (kv[1] < floor, -kv[1] * (weight(kv[0]) + 0.05), kv[0]))
    return [k for k, _ in ranked]


def _title(story: Story, summaries: list[str], stats: KeyStats) -> tuple[str, list[str]]:
    """Names and words that set the story apart: frequent in its events, rare in the corpus."""
    names: list[str] = []
    for ident in _distinctive(story.total, stats.weight, story.n_events):
        name = story.names.get(ident)
        if name and name not in names and (stats.weight(ident) >= stats.params.title_name_weight or not names):
            names.append(name)
        if len(names) == 3:
            break
    stop = stopwords()
    taken = {w.lower() for n in names for w in n.split()}
    per_stem: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    summaries = list(dict.fromkeys(" ".join(s.split()) for s in summaries))  # one event per summary sentence
    for summary in summaries:
        seen = set()
        for word in _WORD.findall(summary):
            low = word.lower()
            if low in stop or low in taken or len(low) <= 3:
                continue
            key = stem(low)
            forms[key][low] += 1
            if key not in seen:
                seen.add(key)
                per_stem[key] += 1
    best = _distinctive(per_stem, stats.word_weight, len(summaries))[:10]
    keywords = [min(forms[k].items(), key=lambda kv: (-kv[1], kv[0]))[0] for k in best]
    title = ", ".join(names)
    if keywords:
        title = f"{title}: {' '.join(keywords[:3])}" if title else " ".join(keywords[:3])
    return title or "untitled story", keywords


def _counts(conn: sqlite3.Connection, sid: int) -> tuple[str | None, str | None, int, int]:
    first, last, n_events = conn.execute(
        "SELECT min(coalesce(date, first_reported)), max(coalesce(date_end, date, first_reported)), count(*) "
        "FROM corpus_events WHERE story_id = ?", (sid,)
    ).fetchone()
    n_docs = conn.execute(
        """SELECT count(DISTINCT l.doc_id) FROM event_links l JOIN corpus_events e ON e.id = l.event_id
           WHERE e.story_id = ?""",
        (sid,),
    ).fetchone()[0]
    return first, last, n_events, n_docs


def refresh(story_ids: Sequence[int], conn: sqlite3.Connection, loaded: dict[int | None, Story],
            stats: KeyStats | None = None) -> None:
    """Recount a story's events, documents and dates, and retitle it."""
    stats = stats or KeyStats.load(conn, default_params())
    for sid in story_ids:
        first, last, n_events, n_docs = _counts(conn, sid)
        summaries = [r[0] for r in conn.execute(
            "SELECT summary FROM corpus_events WHERE story_id = ? AND summary IS NOT NULL "
            "ORDER BY n_documents DESC, id LIMIT 50", (sid,))]
        title, keywords = _title(loaded[sid], summaries, stats)
        conn.execute(
            """UPDATE stories SET title = ?, first_date = ?, last_date = ?, n_events = ?, n_documents = ?,
               keywords = ? WHERE id = ?""",
            (title, first, last, n_events, n_docs, json.dumps(keywords), sid),
        )


def recount(conn: sqlite3.Connection, story_ids: Sequence[int]) -> None:
    """After events were removed (their documents are re-processed): fix the stories' counts, drop empty ones."""
    for sid in story_ids:
        first, last, n_events, n_docs = _counts(conn, sid)
        if not n_events:
            conn.execute("DELETE FROM stories WHERE id = ?", (sid,))
            continue
        conn.execute("UPDATE stories SET first_date = ?, last_date = ?, n_events = ?, n_documents = ? WHERE id = ?",
                     (first, last, n_events, n_docs, sid))

"""Stories over corpus events: a long war does not chain into one story, events sharing a distinctive key group,
long stories continue as chapters, titles name what sets a story apart, and date-ordered incremental runs give the
stories a full rebuild gives."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.query.stories import stories, story
from dateline.resolve.stories import assign_stories
from dateline.resolve.story_profile import KeyStats, default_params
from dateline.store import Store

COMMON = {"c:gaza": "Gaza Strip", "c:israel": "Israel"}
DAY0 = dt.date(2025, 1, 1)


def _profile(actors: dict[str, str], words: dict[str, float]) -> dict:
    return {
        "actors": {k: 1 for k in actors},
        "names": {f"{k}\t{v}": 1 for k, v in actors.items()},
        "place_counts": {"c:gaza": 1},
        "places": {"c:gaza": ["PS", False, "Gaza Strip", True]},
        "topic": words,
    }


class Corpus:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def event(self, day: int, actors: dict[str, str], words: dict[str, float], summary: str = "") -> int:
        date = (DAY0 + dt.timedelta(days=day)).isoformat()
        cur = self.conn.execute(
            "INSERT INTO corpus_events (type, date, summary, extra) VALUES ('ASSAULT', ?, ?, ?)",
            (date, summary or f"event of day {day}", json.dumps({"profile": _profile(actors, words)})),
        )
        return int(cur.lastrowid or 0)

    def war(self, days: range) -> list[int]:
        """A daily casualty report: the same actors, place and words every day, plus one word of its own."""
        return [self.event(d, COMMON, {"killed": 2.0, "gaza": 1.0, "attacks": 1.0, f"town{d}": 3.0},
                           f"Israeli attacks kill people in town {d}") for d in days]

    def talks(self, days: range) -> list[int]:
        """Ceasefire talks in Doha: the common actors plus a mediator and the talks' own words."""
        actors = COMMON | {"c:witkoff": "Steve Witkoff", "c:doha": "Doha"}
        return [self.event(d, actors, {"ceasefire": 2.0, "talks": 2.0, "delegation": 1.5, "gaza": 1.0},
                           "Steve Witkoff meets the delegation in Doha for ceasefire talks") for d in days]

    def groups(self) -> set[frozenset[int]]:
        out: dict[int, set[int]] = {}
        for eid, sid in self.conn.execute("SELECT id, story_id FROM corpus_events"):
            out.setdefault(sid, set()).add(eid)
        return {frozenset(g) for g in out.values()}


@pytest.fixture
def corpus(tmp_path: Path) -> Iterator[Corpus]:
    with Store.open(tmp_path / "stories.db") as store:
        yield Corpus(store.connection)


def _all(corpus: Corpus) -> list[int]:
    return [r[0] for r in corpus.conn.execute("SELECT id FROM corpus_events ORDER BY date, id")]


def test_keys_everything_carries_weigh_nothing_and_rare_ones_fully() -> None:
    stats = KeyStats(default_params())
    for i in range(400):
        stats.add({"actors": {"c:gaza": 1, f"c:person{i}": 1}, "topic": {"killed": 1.0}})
    assert stats.weight("c:gaza") == 0.0 and stats.word_weight("killed") == 0.0
    assert stats.weight("c:person7") == pytest.approx(1.0) and stats.weight("c:never-seen") == 1.0


def test_a_long_war_of_daily_reports_does_not_chain_into_one_story(corpus: Corpus) -> None:
    corpus.war(range(0, 120))
    corpus.talks(range(30, 44, 2))
    assign_stories(corpus.conn, _all(corpus), full=True)
    n_events = 120 + 7
    biggest = max(len(g) for g in corpus.groups())
    assert biggest <= 15, biggest  # was all 127 events in one story (the first few chain: "Gaza" is still rare)
    talks = corpus.conn.execute(
        "SELECT count(DISTINCT story_id) FROM corpus_events WHERE summary LIKE 'Steve Witkoff%'").fetchone()[0]
    assert talks == 1  # what is distinctive (Witkoff, Doha, "delegation") holds the talks together
    assert len(corpus.groups()) < n_events


def test_a_story_longer_than_its_span_continues_as_a_chapter(corpus: Corpus, tmp_path: Path) -> None:
    corpus.war(range(0, 200))  # the background that makes "Gaza" common and "Witkoff" distinctive
    corpus.talks(range(0, 200, 10))  # (a story that is most of the corpus would make its own keys common)
    assign_stories(corpus.conn, _all(corpus), full=True)
    rows = corpus.conn.execute(
        "SELECT DISTINCT s.id, s.first_date, s.last_date, s.extra FROM stories s JOIN corpus_events e "
        "ON e.story_id = s.id WHERE e.summary LIKE 'Steve Witkoff%' ORDER BY s.id").fetchall()
    assert len(rows) >= 2
    span = default_params().max_span_days
    for _, first, last, _ in rows:
        assert (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days <= span
    assert [json.loads(r[3])["continues"] for r in rows] == [None] + [r[0] for r in rows[:-1]]
    corpus.conn.commit()
    with Store.open(tmp_path / "stories.db", readonly=True) as store:
        assert story(store, rows[1][0])["continues"] == rows[0][0]
        assert story(store, rows[0][0])["continued_by"] == rows[1][0]
        listed = {s["id"]: s["continues"] for s in stories(store, limit=1000)}
        assert [listed[r[0]] for r in rows] == [None] + [r[0] for r in rows[:-1]]


def test_titles_name_what_sets_the_story_apart(corpus: Corpus) -> None:
    corpus.war(range(0, 60))
    corpus.talks(range(20, 30, 2))
    assign_stories(corpus.conn, _all(corpus), full=True)
    title = corpus.conn.execute(
        "SELECT s.title FROM stories s JOIN corpus_events e ON e.story_id = s.id "
        "WHERE e.summary LIKE 'Steve Witkoff%' LIMIT 1").fetchone()[0]
    assert title.startswith(("Steve Witkoff, Doha", "Doha, Steve Witkoff")), title
    assert "Gaza" not in title and "ceasefire" in title


def test_date_ordered_incremental_runs_give_the_stories_of_a_full_rebuild(corpus: Corpus, tmp_path: Path) -> None:
    corpus.war(range(0, 90))
    corpus.talks(range(10, 80, 3))
    ids = _all(corpus)
    for start in range(0, len(ids), 25):  # four runs, each placing the next articles' events
        assign_stories(corpus.conn, ids[start : start + 25], full=start == 0)
    incremental = corpus.groups()
    stored = corpus.conn.execute("SELECT id, title FROM stories ORDER BY id").fetchall()
    corpus.conn.execute("UPDATE corpus_events SET story_id = NULL")
    corpus.conn.execute("DELETE FROM stories")
    assign_stories(corpus.conn, ids, full=True)
    assert corpus.groups() == incremental
    assert len(stored) == len(corpus.groups())

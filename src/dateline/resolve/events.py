"""The events step: link event mentions that report one real-world event into corpus_events, then group events
into stories.

Each linkable mention (asserted, planned or recalled; never negated or hypothetical) of a new document is compared
with candidate events only: those of its type family whose date lies within a few days of its own (a recalled
event: within a year before the article), loaded from the store, plus those made earlier in the same run. It joins
the best candidate when the linking score (event_linker.py) reaches the threshold, else starts a new event. A
recalled mention ("the Oct 7 attack") links with recalled = 1 and is not counted as a new report.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from dateline.resolve.event_linker import Linker, default_params
from dateline.resolve.event_mentions import idf_sample, load_mentions, placeholders
from dateline.resolve.event_store import candidate_profiles, save
from dateline.resolve.run import StepResult
from dateline.resolve.stories import assign_stories, recount


def _unlink(
    conn: sqlite3.Connection, doc_ids: Sequence[str]
) -> tuple[set[tuple[str, int]], list[str], set[int]]:
    """Remove the events these (re-processed) documents took part in; return the other members to re-link, their
    documents, and the stories that lost events."""
    affected: set[int] = set()
    for i in range(0, len(doc_ids), 500):
        chunk = list(doc_ids[i : i + 500])
        affected.update(
            r[0] for r in conn.execute(
                f"SELECT DISTINCT event_id FROM event_links WHERE doc_id IN ({placeholders(len(chunk))})", chunk
            )
        )
    if not affected:
        return set(), [], set()
    ids = sorted(affected)
    others: set[tuple[str, int]] = set()
    stories: set[int] = set()
    new = set(doc_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for doc_id, seq in conn.execute(
            f"SELECT doc_id, seq FROM event_links WHERE event_id IN ({placeholders(len(chunk))})", chunk
        ):
            if doc_id not in new:
                others.add((doc_id, seq))
        stories.update(r[0] for r in conn.execute(
            "SELECT DISTINCT story_id FROM corpus_events WHERE story_id IS NOT NULL "
            f"AND id IN ({placeholders(len(chunk))})",
            chunk,
        ))
        conn.execute(f"DELETE FROM corpus_events WHERE id IN ({placeholders(len(chunk))})", chunk)
    return others, sorted({d for d, _ in others}), stories


def run(conn: sqlite3.Connection, new_ids: Sequence[str], *, full: bool) -> StepResult:
    if full:
        conn.execute("DELETE FROM event_links")
        conn.execute("DELETE FROM corpus_events")
        conn.execute("DELETE FROM stories")
        relink: set[tuple[str, int]] = set()
        relink_docs: list[str] = []
        emptied: set[int] = set()
    else:
        relink, relink_docs, emptied = _unlink(conn, new_ids)
    params = default_params()
    idf = idf_sample(conn)
    mentions = load_mentions(conn, list(new_ids), idf)
    if relink_docs:
        mentions += load_mentions(conn, relink_docs, idf, only=relink)
        mentions.sort(key=lambda m: (m.doc_date or m.first or dt.date.max, m.key))
    linker = Linker(params, idf)
    for profile in candidate_profiles(conn, mentions, params) if not full else []:
        linker.seed(profile)
    n_candidates = len(linker.events)
    recalled = 0
    for m in mentions:
        linker.link(m)
        recalled += m.recalled
    by_key = {m.key: m for m in mentions}
    written = save(conn, linker.events, by_key)
    n_stories = assign_stories(conn, written, full=full)
    # stories whose old events gained reports: their counts and dates change, not their titles
    grown: set[int] = set(emptied)
    for i in range(0, len(written), 500):
        chunk = written[i : i + 500]
        grown.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT story_id FROM corpus_events WHERE story_id IS NOT NULL "
            f"AND id IN ({placeholders(len(chunk))})",
            chunk,
        ))
    recount(conn, sorted(grown))
    return StepResult(
        details={
            "mentions": len(mentions),
            "recalled": recalled,
            "events_written": len(written),
            "candidates_loaded": n_candidates,
            "stories_touched": n_stories,
        }
    )


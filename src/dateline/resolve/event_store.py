"""Reading candidate events from, and writing linked events to, corpus_events and event_links."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence

from dateline.resolve.event_features import MentionFeatures, cosine
from dateline.resolve.event_lemma import content_words, families
from dateline.resolve.event_linker import PLANNED_DAYS, EventProfile, LinkParams
from dateline.resolve.event_mentions import placeholders

MAX_UNDATED_CANDIDATES = 2000
MAX_RECALL_CANDIDATES = 200  # per recalled mention without a date: the most reported events with its trigger


def family_types(family: str | None) -> list[str]:
    return [t for t, f in families().items() if f == family]


def candidate_profiles(
    conn: sqlite3.Connection, mentions: Sequence[MentionFeatures], params: LinkParams
) -> list[EventProfile]:
    """Stored events a batch of mentions may report: same type family, date within the mentions' windows."""
    windows: dict[str | None, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    undated: set[str | None] = set()
    ids: set[int] = set()
    for m in mentions:
        if m.first and m.last:
            pad = dt.timedelta(days=params.window_days + params.slack_days)
            windows[m.family].append((m.first - pad, m.last + pad))
        elif m.recalled and m.doc_date:
            ids.update(_recall_candidates(conn, m, params))
        elif m.doc_date:
            windows[m.family].append((m.doc_date - dt.timedelta(days=1), m.doc_date + dt.timedelta(days=PLANNED_DAYS)))
        else:
            undated.add(m.family)
    for family, spans in windows.items():
        types = family_types(family)
        if not types:
            continue
        merged: list[list[dt.date]] = []
        for lo, hi in sorted(spans):
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        for lo, hi in merged:
            rows = conn.execute(
                f"""SELECT id FROM corpus_events WHERE date BETWEEN ? AND ? AND type IN ({placeholders(len(types))})""",
                [lo.isoformat(), hi.isoformat(), *types],
            )
            ids.update(r[0] for r in rows)
    for family in undated:
        types = family_types(family)
        if types:
            rows = conn.execute(
                f"""SELECT id FROM corpus_events WHERE date IS NULL AND type IN ({placeholders(len(types))})
                    ORDER BY n_documents DESC LIMIT ?""",
                [*types, MAX_UNDATED_CANDIDATES],
            )
            ids.update(r[0] for r in rows)
    return load_profiles(conn, sorted(ids))


def _recall_candidates(conn: sqlite3.Connection, m: MentionFeatures, params: LinkParams) -> list[int]:
    """Events a recalled, undated mention may recall: same family and trigger stem, within a year before."""
    types = family_types(m.family)
    if not types or m.doc_date is None:
        return []
    lo = m.doc_date - dt.timedelta(days=params.recall_window_days)
    rows = conn.execute(
        f"""SELECT id FROM corpus_events WHERE date BETWEEN ? AND ? AND type IN ({placeholders(len(types))})
            AND instr(extra, ?) > 0 ORDER BY n_documents DESC LIMIT ?""",
        [lo.isoformat(), m.doc_date.isoformat(), *types, f'"{m.lemma}":', MAX_RECALL_CANDIDATES],
    )
    return [r[0] for r in rows]


def load_profiles(conn: sqlite3.Connection, ids: Sequence[int]) -> list[EventProfile]:
    out = []
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        for event_id, summary, extra in conn.execute(
            f"SELECT id, summary, extra FROM corpus_events WHERE id IN ({placeholders(len(chunk))})", chunk
        ):
            data = json.loads(extra or "{}").get("profile")
            if data:
                out.append(EventProfile.from_json(event_id, data, summary))
    return out


def _top(counter: dict[str, float], n: int) -> list[str]:
    return [k for k, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def _choose_summary(p: EventProfile, mentions: dict[tuple[str, int], MentionFeatures]) -> None:
    """The sentence of the most central mention: closest to the event's bag of words."""
    best_score = cosine(content_count(p.summary or ""), p.words) if p.summary else -1.0
    for doc_id, seq, recalled, _ in p.members:
        m = mentions.get((doc_id, seq))
        if m is None or not m.sentence or recalled:
            continue
        s = cosine(m.words, p.words)
        if s > best_score:
            best_score, p.summary, p.summary_key = s, m.sentence, [doc_id, seq]
    if p.summary is None:  # only recalled mentions: still say what they recall
        for doc_id, seq, _, _ in p.members:
            m = mentions.get((doc_id, seq))
            if m and m.sentence:
                p.summary, p.summary_key = m.sentence, [doc_id, seq]
                break


def content_count(text: str) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for w in content_words(text):
        counts[w] += 1
    return counts


def save(
    conn: sqlite3.Connection, profiles: Iterable[EventProfile], mentions: dict[tuple[str, int], MentionFeatures]
) -> list[int]:
    """Insert or update changed events and their new links; returns the ids of the events written."""
    written = []
    for p in profiles:
        if not p.changed:
            continue
        _choose_summary(p, mentions)
        date, date_end = p.date()
        names: dict[str, float] = defaultdict(float)
        for key, count in p.names.items():
            ident, _, name = key.partition("\t")
            if p.actors.get(ident):
                names[name] += count
        place_ident = _top(dict(p.place_counts), 1)
        place = p.places.get(place_ident[0]) if place_ident else None
        place_id = int(place.ident[2:]) if place and place.ident.startswith("c:") else None
        typ = _top(dict(p.types), 1)[0] if p.types else "UNKNOWN"
        extra = json.dumps({"profile": p.to_json(), "lemmas": _top(dict(p.lemmas), 5)})
        values = (typ, date, date_end, place.name if place else None, place_id, json.dumps(_top(names, 5)),
                  p.summary, extra)
        if p.event_id is None:
            cur = conn.execute(
                """INSERT INTO corpus_events (type, date, date_end, place, place_id, actors, summary, extra)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                values,
            )
            p.event_id = int(cur.lastrowid or 0)
        else:
            conn.execute(
                """UPDATE corpus_events SET type = ?, date = ?, date_end = ?, place = ?, place_id = ?, actors = ?,
                   summary = ?, extra = ? WHERE id = ?""",
                (*values, p.event_id),
            )
        conn.executemany(
            "INSERT OR REPLACE INTO event_links (doc_id, seq, event_id, recalled, score) VALUES (?, ?, ?, ?, ?)",
            [(d, s, p.event_id, int(r), round(score, 4)) for d, s, r, score in p.members],
        )
        p.members.clear()
        p.changed = False
        written.append(p.event_id)
    update_counts(conn, written)
    return written


def update_counts(conn: sqlite3.Connection, event_ids: Sequence[int]) -> None:
    """Reports (not recalls) per event, and the earliest report's date."""
    for i in range(0, len(event_ids), 500):
        chunk = list(event_ids[i : i + 500])
        conn.execute(
            f"""UPDATE corpus_events SET
                n_mentions = (SELECT count(*) FROM event_links l WHERE l.event_id = corpus_events.id
                              AND l.recalled = 0),
                n_documents = (SELECT count(DISTINCT l.doc_id) FROM event_links l
                               WHERE l.event_id = corpus_events.id AND l.recalled = 0),
                first_reported = (SELECT min(d.date) FROM event_links l JOIN documents d ON d.id = l.doc_id
                                  WHERE l.event_id = corpus_events.id)
                WHERE id IN ({placeholders(len(chunk))})""",
            chunk,
        )

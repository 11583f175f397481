"""The dating step: give undated documents a date inferred from their own text and from dated articles.

For each document whose date is unknown (or was inferred before), it gathers dated facts (a date in its URL, its
dateline, the latest date it writes, dated articles sharing a sentence, quote, figure or event with it, where its
running totals fall among dated reports of the same totals, the most similar dated articles) and constraints
(weekdays and month-days it names), scores candidate days (dating_score), and writes one `date_inferences` row with
the evidence. A dated document gets `date_source='inferred'` and its relative time expressions re-resolved against
the new date. A given or parsed date is never touched.

Incremental: new undated documents are compared with every dated one; when new dated documents arrive, the
documents already considered are compared with those new ones only, and their stored evidence is kept. Running
totals are placed anew on every run (the series grows with every dated article).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime

from dateline.resolve.dating_corpus import CorpusFacts
from dateline.resolve.dating_facts import Constraint, Fact
from dateline.resolve.dating_retime import retime
from dateline.resolve.dating_score import Choice, choose
from dateline.resolve.dating_text import text_evidence, url_facts
from dateline.resolve.dating_tolls import toll_facts
from dateline.resolve.dating_topic import similar
from dateline.resolve.run import StepResult

UNDATED = ("unknown", "inferred")
CORPUS_KINDS = frozenset({"sentence", "quote", "figure", "event", "title", "topic"})
TOPIC_NEIGHBOURS = 10
STORED_FACTS = 60  # corpus facts kept per document (the evidence a later run starts from)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _ids_with_source(conn: sqlite3.Connection, ids: Sequence[str], sources: Sequence[str]) -> list[str]:
    out: list[str] = []
    marks_src = ",".join("?" * len(sources))
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        out.extend(
            r[0]
            for r in conn.execute(
                f"SELECT id FROM documents WHERE id IN ({marks}) AND date_source IN ({marks_src})", [*chunk, *sources]
            )
        )
    return out


def dated_documents(conn: sqlite3.Connection) -> dict[str, str]:
    """Documents whose date was given or parsed (never inferred ones: no chains of guesses), id -> ISO date."""
    return dict(
        conn.execute("SELECT id, date FROM documents WHERE date_source IN ('given', 'parsed') AND date IS NOT NULL")
    )


def run(conn: sqlite3.Connection, new_ids: Sequence[str], *, full: bool) -> StepResult:
    """Infer dates for the undated documents that need it; see the module docstring."""
    if full:
        conn.execute("DELETE FROM date_inferences")
        targets = [r[0] for r in conn.execute("SELECT id FROM documents WHERE date_source IN ('unknown', 'inferred')")]
        new_dated: list[str] = []
    else:
        if not new_ids:
            return StepResult(details={"considered": 0})
        new_dated = _ids_with_source(conn, new_ids, ("given", "parsed"))
        if new_dated:
            targets = [
                r[0] for r in conn.execute("SELECT id FROM documents WHERE date_source IN ('unknown', 'inferred')")
            ]
        else:
            targets = _ids_with_source(conn, new_ids, UNDATED)
    if not targets:
        return StepResult(details={"considered": 0})
    dates = dated_documents(conn)
    stored = _stored_evidence(conn, targets, dates)
    fresh = [d for d in targets if d not in stored]  # compared with every dated document
    known = [d for d in targets if d in stored]  # compared with the new dated documents only
    corpus = CorpusFacts(conn, dates)
    facts: dict[str, list[Fact]] = {d: list(stored.get(d, [])) for d in targets}
    for group, pool in ((fresh, None), (known, new_dated)):
        if not group or pool == []:
            continue
        pool_set = set(pool) if pool is not None else None
        keyed = corpus.key_facts(group, pool)
        for doc_id, found in corpus.title_facts(group, pool).items():
            keyed.setdefault(doc_id, []).extend(found)
        neighbours = similar(conn, group, list(pool_set if pool_set is not None else dates), k=TOPIC_NEIGHBOURS)
        shared = corpus.facts_from_new(group, list(pool_set)) if pool_set is not None else {}
        for doc_id in group:
            if pool_set is None:
                found = corpus.sentence_facts(doc_id) + corpus.quote_facts(doc_id)
            else:
                found = shared.get(doc_id, [])
            found += keyed.get(doc_id, [])
            found += [_topic_fact(conn, other, dates[other], cos) for other, cos in neighbours.get(doc_id, [])]
            facts[doc_id] = _merge(facts[doc_id], found)
    result = StepResult()
    counts = {"considered": len(targets), "dated": 0, "undated": 0, "timexes_reresolved": 0}
    running = toll_facts(conn, targets, dates)  # recomputed each run: the series grows with every dated article
    corpus_days = frozenset(dt.date.fromisoformat(d[:10]) for d in dates.values())
    for doc_id in targets:
        own, constraints = text_evidence(conn, doc_id)
        found = own + url_facts(conn, doc_id, dates) + facts[doc_id] + running.get(doc_id, [])
        choice = choose(found, constraints, doc_id, corpus_days)
        changed, n_timexes = _write(conn, doc_id, choice, facts[doc_id], constraints)
        counts["dated" if choice.date else "undated"] += 1
        counts["timexes_reresolved"] += n_timexes
        if changed:
            result.changed.add(doc_id)
    result.details = counts
    return result


def _topic_fact(conn: sqlite3.Connection, doc_id: str, date: str, cosine: float) -> Fact:
    row = conn.execute("SELECT COALESCE(title, substr(text, 1, 120)) FROM documents WHERE id = ?", (doc_id,)).fetchone()
    label = (row[0] or "")[:120] if row else ""
    return Fact("topic", doc_id, 0, 0, len(label), label, date, cosine)


def _merge(old: list[Fact], new: list[Fact]) -> list[Fact]:
    """Old and new corpus facts, one per (kind, neighbour, sentence), topical neighbours limited to the closest."""
    seen: dict[tuple[str, str, int, int], Fact] = {}
    for f in old + new:
        key = (f.kind, f.doc_id, f.sentence, f.own_sentence)
        if key not in seen or f.weight > seen[key].weight:
            seen[key] = f
    topic = sorted((f for f in seen.values() if f.kind == "topic"), key=lambda f: -f.weight)[:TOPIC_NEIGHBOURS]
    rest = [f for f in seen.values() if f.kind != "topic"]
    return rest + topic


def _stored_evidence(conn: sqlite3.Connection, targets: Sequence[str], dates: dict[str, str]) -> dict[str, list[Fact]]:
    """Corpus facts found by earlier runs, still valid (the neighbour exists and keeps the same date)."""
    out: dict[str, list[Fact]] = {}
    for i in range(0, len(targets), 500):
        chunk = list(targets[i : i + 500])
        marks = ",".join("?" * len(chunk))
        for doc_id, evidence in conn.execute(
            f"SELECT doc_id, evidence FROM date_inferences WHERE doc_id IN ({marks})", chunk
        ):
            facts = [Fact.from_dict(f) for f in json.loads(evidence or "[]") if f.get("kind") in CORPUS_KINDS]
            out[doc_id] = [f for f in facts if dates.get(f.doc_id) == f.date]
    return out


def _write(
    conn: sqlite3.Connection, doc_id: str, choice: Choice, corpus_facts: list[Fact], constraints: list[Constraint]
) -> tuple[bool, int]:
    """Store the inference; update the document's date and re-resolve its timexes if the date changed."""
    kept = sorted(corpus_facts, key=lambda f: -f.weight)[:STORED_FACTS]
    shown = {id(f) for f in choice.evidence}
    evidence = [f.to_dict() for f in choice.evidence] + [f.to_dict() for f in kept if id(f) not in shown]
    evidence += [{"kind": c.kind, "doc_id": doc_id, **c.to_dict(), "date": None, "weight": None} for c in constraints]
    day = choice.date.isoformat() if choice.date else None
    conn.execute(
        "INSERT OR REPLACE INTO date_inferences (doc_id, date, earliest, latest, confidence, reason, evidence, "
        "resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            doc_id,
            day,
            choice.earliest.isoformat() if choice.earliest else None,
            choice.latest.isoformat() if choice.latest else None,
            choice.confidence if choice.date or choice.confidence else None,
            choice.reason,
            json.dumps(evidence, ensure_ascii=False),
            _now(),
        ),
    )
    (before,) = conn.execute("SELECT date FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if day is not None:
        conn.execute(
            "UPDATE documents SET date = ?, date_source = 'inferred', date_confidence = ?, date_evidence = ? "
            "WHERE id = ? AND date_source IN ('unknown', 'inferred')",
            (day, choice.confidence, _summary(choice), doc_id),
        )
    else:
        conn.execute(
            "UPDATE documents SET date = NULL, date_source = 'unknown', date_confidence = NULL, date_evidence = NULL "
            "WHERE id = ? AND date_source IN ('unknown', 'inferred')",
            (doc_id,),
        )
    if before == day:
        return False, 0
    return True, retime(conn, doc_id, dt.date.fromisoformat(day) if day else None)


def _summary(choice: Choice) -> str:
    """documents.date_evidence: the reason, short."""
    text = f"inferred ({choice.confidence:.2f}): {choice.reason}"
    return text if len(text) <= 240 else text[:239] + "…"

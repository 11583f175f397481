"""Measure the stories of a resolved store: how big the biggest is, how many there are, what the top ones say, and
(with gold labels) how well they agree with the story headings of Wikipedia's Portal:Current events.

The store is copied to a temporary file first; the original is never written.

    python benchmarks/stories.py demo.db                         # the stories as stored
    python benchmarks/stories.py demo.db --rebuild               # re-place every corpus event with today's code
    python benchmarks/stories.py news.db --rebuild --batches 5   # ... and check 5 date-ordered incremental runs agree
    python benchmarks/stories.py news.db --rebuild \\
        --gold ../shared/data/news-sample/wikipedia_current_events.converted.jsonl.gz

Gold: each news-sample item carries a `story_path` ("Gaza war > Israeli bombing of the Gaza Strip > ..."). A corpus
event's label is the majority label of the items that report it (recalls excluded); events of items without a
story heading are left out. Scores, over corpus events: B³ precision / recall / F1 and purity / inverse purity,
against the innermost heading (`leaf`, the finest story Wikipedia editors filed the item under) and the outermost
one (`root`: "Gaza war", "Russo-Ukrainian war").
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sqlite3
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path


def _place_all(conn: sqlite3.Connection, batches: int) -> float:
    """Drop every story and place all corpus events again, from scratch (batches=1, as `resolve --full` does) or in
    date-ordered incremental runs; returns seconds."""
    from dateline.resolve.stories import assign_stories

    conn.execute("UPDATE corpus_events SET story_id = NULL")
    conn.execute("DELETE FROM stories")
    ids = [r[0] for r in conn.execute(
        "SELECT id FROM corpus_events ORDER BY coalesce(date, first_reported) IS NULL, "
        "coalesce(date, first_reported), id"
    )]
    t0 = time.perf_counter()
    if batches <= 1:
        assign_stories(conn, ids, full=True)
    else:
        size = -(-len(ids) // batches)
        for i in range(0, len(ids), size):
            assign_stories(conn, ids[i : i + size], full=i == 0)
    conn.commit()
    return time.perf_counter() - t0


def _partition(conn: sqlite3.Connection) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = defaultdict(set)
    for eid, sid in conn.execute("SELECT id, story_id FROM corpus_events"):
        groups[sid if sid is not None else -eid].add(eid)
    return {frozenset(g) for g in groups.values()}


def _summary(conn: sqlite3.Connection, top: int, samples: int) -> dict:
    n_events = conn.execute("SELECT count(*) FROM corpus_events").fetchone()[0]
    n_docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    rows = conn.execute(
        "SELECT id, title, first_date, last_date, n_events, n_documents FROM stories "
        "ORDER BY n_documents DESC, n_events DESC, id"
    ).fetchall()
    sizes = sorted((r[4] for r in rows), reverse=True)
    out = {
        "events": n_events, "documents": n_docs, "stories": len(rows),
        "stories_3plus_events": sum(1 for s in sizes if s >= 3),
        "largest_events": max(sizes, default=0),
        "largest_events_share": round(max(sizes, default=0) / max(n_events, 1), 3),
        "largest_documents": rows[0][5] if rows else 0,
        "largest_documents_share": round((rows[0][5] if rows else 0) / max(n_docs, 1), 3),
        "top": [],
    }
    for sid, title, first, last, ne, nd in rows[:top]:
        summ = [r for r in conn.execute(
            "SELECT coalesce(date, first_reported || ' (reported)', 'undated'), summary FROM corpus_events "
            "WHERE story_id = ? AND summary IS NOT NULL ORDER BY coalesce(date, first_reported) IS NULL, "
            "coalesce(date, first_reported), id", (sid,))]
        picks = sorted({round(i * (len(summ) - 1) / max(samples - 1, 1)) for i in range(samples)}) if summ else []
        out["top"].append({
            "id": sid, "title": title, "first_date": first, "last_date": last, "n_events": ne, "n_documents": nd,
            "samples": [f"{summ[i][0]}: {' '.join(summ[i][1].split())[:150]}" for i in picks],
        })
    return out


def _gold_labels(conn: sqlite3.Connection, gold: Path) -> dict[int, dict[str, str]]:
    """Corpus event -> {"leaf": label, "root": label}, from the news-sample item ids stored in `sources`."""
    by_item: dict[str, list[str]] = {}
    with gzip.open(gold, "rt", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if item.get("story_path"):
                by_item[item["id"]] = item["story_path"]
    doc_path: dict[str, list[str]] = {}
    for doc_id, item_id in conn.execute("SELECT doc_id, external_id FROM sources"):
        if item_id in by_item:
            doc_path.setdefault(doc_id, by_item[item_id])
    votes: dict[int, dict[str, Counter[str]]] = defaultdict(lambda: {"leaf": Counter(), "root": Counter()})
    for event_id, doc_id in conn.execute("SELECT event_id, doc_id FROM event_links WHERE recalled = 0"):
        path = doc_path.get(doc_id)
        if path:
            votes[event_id]["leaf"][path[-1]] += 1
            votes[event_id]["root"][path[0]] += 1
    return {e: {k: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for k, c in v.items()} for e, v in votes.items()}


def _scores(system: dict[int, int], gold: dict[int, str]) -> dict[str, float]:
    """B³ precision/recall/F1 and purity/inverse purity of a clustering of events, over the events with a label."""
    items = [e for e in gold if e in system]
    clusters: dict[int, list[int]] = defaultdict(list)
    classes: dict[str, list[int]] = defaultdict(list)
    for e in items:
        clusters[system[e]].append(e)
        classes[gold[e]].append(e)
    n = len(items)
    if not n:
        return {}
    cls_in_cluster = {c: Counter(gold[e] for e in members) for c, members in clusters.items()}
    p = sum(cls_in_cluster[system[e]][gold[e]] / len(clusters[system[e]]) for e in items) / n
    r = sum(cls_in_cluster[system[e]][gold[e]] / len(classes[gold[e]]) for e in items) / n
    purity = sum(c.most_common(1)[0][1] for c in cls_in_cluster.values()) / n
    clu_in_class = {g: Counter(system[e] for e in members) for g, members in classes.items()}
    inverse = sum(c.most_common(1)[0][1] for c in clu_in_class.values()) / n
    return {"events": n, "b3_p": round(p, 3), "b3_r": round(r, 3), "b3_f1": round(2 * p * r / (p + r), 3),
            "purity": round(purity, 3), "inverse_purity": round(inverse, 3)}


def _override(settings: list[str]) -> None:
    import dataclasses

    from dateline.resolve import stories, story_profile

    params = story_profile.default_params()
    changes = {}
    for item in settings:
        name, _, value = item.partition("=")
        changes[name] = type(getattr(params, name))(float(value) if "." in value else int(value))
    tuned = dataclasses.replace(params, **changes)
    stories.default_params = story_profile.default_params = lambda: tuned  # type: ignore[assignment]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("db", type=Path)
    ap.add_argument("--rebuild", action="store_true", help="place all corpus events again with the current code")
    ap.add_argument("--batches", type=int, default=0, help="also place them in N date-ordered incremental runs and "
                    "check the stories are the same as from scratch")
    ap.add_argument("--gold", type=Path, help="news-sample JSONL(.gz) with story_path labels")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--samples", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="try another value of a data/stories.json parameter (repeatable)")
    args = ap.parse_args()
    if args.set:
        _override(args.set)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "stories.db"
        shutil.copy(args.db, copy)
        conn = sqlite3.connect(copy)
        report: dict = {}
        if args.rebuild:
            report["seconds_from_scratch"] = round(_place_all(conn, 1), 2)
        if args.batches > 1:
            full = _partition(conn)
            inc = Path(tmp) / "incremental.db"
            shutil.copy(copy, inc)
            other = sqlite3.connect(inc)
            report[f"seconds_in_{args.batches}_runs"] = round(_place_all(other, args.batches), 2)
            report["incremental_equals_full"] = _partition(other) == full
            other.close()
        report |= _summary(conn, args.top, args.samples)
        if args.gold:
            labels = _gold_labels(conn, args.gold)
            system = {e: s for e, s in conn.execute("SELECT id, story_id FROM corpus_events")}
            report["gold"] = {k: _scores(system, {e: v[k] for e, v in labels.items()}) for k in ("leaf", "root")}
        conn.close()
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return
    for key, value in report.items():
        if key not in ("top", "gold"):
            print(f"{key:28} {value}")
    for level, scores in report.get("gold", {}).items():
        print(f"gold {level:5} " + "  ".join(f"{k} {v}" for k, v in scores.items()))
    for s in report["top"]:
        print(f"\n#{s['id']}  {s['first_date']}..{s['last_date']}  {s['n_events']} events, {s['n_documents']} docs"
              f"  | {s['title']}")
        for line in s["samples"]:
            print(f"    {line}")


if __name__ == "__main__":
    main()

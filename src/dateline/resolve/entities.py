"""The entities step: one corpus entity per real-world entity, linked from each document's entities.

New documents are matched against the stored corpus entities through their keys (see entity_match), counts are
updated in place, and places are located with the whole corpus as context (entity_geo). `full=True` drops every
link and rebuilds the entities from all documents (an entity that comes back keeps its id).
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Sequence

from dateline.resolve.entity_cluster import Cluster
from dateline.resolve.entity_geo import (
    PLACE_LABELS,
    batch_shares,
    city_names,
    country_shares,
    locate,
    needs_locating,
    place_forms,
)
from dateline.resolve.entity_index import load_clusters, load_index, old_links, save
from dateline.resolve.entity_items import Item, load_items
from dateline.resolve.entity_labels import harmonise
from dateline.resolve.entity_match import Matcher
from dateline.resolve.entity_revisit import revisit_acronyms, revisit_surnames
from dateline.resolve.run import StepResult


def run(conn: sqlite3.Connection, new_ids: Sequence[str], *, full: bool) -> StepResult:
    """Link the new documents' entities to corpus entities (creating or updating them)."""
    if full:
        _empty(conn)
    if not new_ids:
        return StepResult(details={"entities_linked": 0})
    items = load_items(conn, new_ids)
    removed = _take_back(conn, new_ids, items)
    index = load_index(conn)
    n_total = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    by_doc: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_doc[item.doc_id].append(item)

    surnames: Counter[str] = Counter()
    for doc_items in by_doc.values():
        surnames.update({i.words[-1] for i in doc_items if i.surname})
    relabelled, not_people = harmonise(conn, items, index, surnames)

    matcher = Matcher(conn, index, n_total, not_people)
    matcher.loaded.update(removed)
    if full:  # every stored entity is a candidate: read them in one pass rather than one lookup each
        matcher.preload(list(index.n_documents))
    matcher.match_full(by_doc)
    matcher.index_batch()
    matcher.match_single(by_doc)
    revisited = 0 if full else revisit_surnames(matcher)
    acronyms_revisited = 0 if full else revisit_acronyms(matcher)

    touched = matcher.touched()
    for cluster in touched:
        cluster.settle_label()
    _locate(conn, touched)
    counts = save(conn, touched)
    conn.executemany(
        "INSERT OR REPLACE INTO entity_links (doc_id, seq, corpus_id) VALUES (?, ?, ?)",
        [(doc_id, seq, c.id) for (doc_id, seq), c in matcher.cluster_of.items()],
    )
    if full:  # entities no document names any more
        counts["deleted"] = counts.get("deleted", 0) + conn.execute(
            "DELETE FROM corpus_entities WHERE n_documents = 0"
        ).rowcount
    details = {
        "entities_linked": len(matcher.cluster_of), "corpus_entities_created": counts.get("created", 0),
        "corpus_entities_updated": counts.get("updated", 0), "corpus_entities_deleted": counts.get("deleted", 0),
        "relabelled": relabelled, "surnames_moved_to_new_bearer": revisited,
        "acronyms_moved_to_full_name": acronyms_revisited, **dict(matcher.stats),
    }
    return StepResult(details=details)


def _empty(conn: sqlite3.Connection) -> None:
    """Start a rebuild: drop every link and zero every corpus entity, keeping its id and key.

    Rows are emptied rather than deleted so an entity that comes back keeps its id (what `--id`, bookmarks and
    corpus_events.place_id refer to); those no document names any more are deleted at the end of the run.
    """
    conn.execute("DELETE FROM entity_links")
    conn.execute(
        "UPDATE corpus_entities SET n_documents = 0, n_mentions = 0, first_date = NULL, last_date = NULL, "
        "aliases = '[]', extra = json_object('key', json_extract(extra, '$.key'), "
        "'surname', json_extract(extra, '$.surname'))"
    )


def _take_back(conn: sqlite3.Connection, doc_ids: Sequence[str], items: list[Item]) -> dict[int, Cluster]:
    """Remove the links of documents being redone, taking their counts off the entities they were linked to."""
    links = old_links(conn, doc_ids)
    if not links:
        return {}
    clusters = load_clusters(conn, {cid for _, _, cid in links})
    by_key = {(i.doc_id, i.seq): i for i in items}
    grouped: dict[tuple[str, int], list[Item]] = defaultdict(list)
    for doc_id, seq, cid in links:
        if (doc_id, seq) in by_key:
            grouped[(doc_id, cid)].append(by_key[(doc_id, seq)])
    for (_, cid), doc_items in grouped.items():
        clusters[cid].add(doc_items, -1)
    return clusters


def _locate(conn: sqlite3.Connection, clusters: list[Cluster]) -> None:
    """Choose each changed place's location, with the corpus's countries (stored and this run's) as context."""
    places = [c for c in clusters if c.dirty and c.label in PLACE_LABELS and needs_locating(c)]
    if not places:
        return
    stored = country_shares(conn)
    batch = batch_shares(places)
    total_batch = sum(batch.values()) or 1
    # the stored shares and this run's votes, weighted by how many documents each covers
    stored_docs = conn.execute("SELECT COUNT(*) FROM entity_links").fetchone()[0] or 0
    weight = stored_docs / (stored_docs + total_batch)
    shares = {cc: weight * stored.get(cc, 0.0) + (1 - weight) * batch[cc] / total_batch
              for cc in set(stored) | set(batch)}
    names = city_names(set().union(*(place_forms(c) for c in places)))
    for cluster in places:
        cluster.place = locate(cluster, shares, names)

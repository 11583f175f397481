"""A surname or an acronym stored before its full name: when a run brings the full name, its documents are judged again.

Articles arrive in batches, so "Netanyahu" alone may be stored before any article names "Benjamin Netanyahu";
it then became its own entity. When a later run adds a person with that surname, the stored surname-only
entity's documents (only those: the entity's own links, through entity_links_corpus) go through the same
evidence test as new ones (dominant bearer, agreeing context) and move to the person when it passes. An acronym
("GHF") stored before any article spelled it out ("Gaza Humanitarian Foundation (GHF)") is judged again the same
way, by the test new acronyms pass (the organisation whose initials it is and whose articles wrote it beside its
name, dominant if several do): the incremental run then gives what a rebuild gives.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from dateline.resolve.entity_cluster import Cluster
from dateline.resolve.entity_items import Item, load_items, name_forms
from dateline.resolve.entity_match import Matcher, initials


def revisit_surnames(matcher: Matcher) -> int:
    """Move stored surname-only links to a person this run made the surname's dominant bearer; returns how many."""
    conn = matcher.conn
    people = [c for c in matcher.touched() if c.dirty and c.label == "PERSON" and c.surname]
    moved = 0
    for surname in {c.surname for c in people if c.surname}:
        cid = matcher.index.by_key.get(("PERSON", surname))
        if cid is None:
            continue
        alone = matcher.existing(cid)
        if alone.surname or alone.n_documents <= 0:
            continue  # a full name keyed like a surname, or already emptied
        links = conn.execute("SELECT doc_id, seq FROM entity_links WHERE corpus_id = ?", (cid,)).fetchall()
        if links:
            moved += _judge_again(matcher, alone, links)
    return moved


def revisit_acronyms(matcher: Matcher) -> int:
    """Move stored acronym-only links to an organisation this run spelled the acronym out for; returns how many."""
    conn = matcher.conn
    orgs = [c for c in matcher.touched() if c.dirty and c.label == "ORG"]
    acronyms = {a for c in orgs for a in c.aliases if c.aliases[a] > 0 and initials(c.display_name()) == a}
    moved = 0
    for acronym in sorted(acronyms):
        cid = matcher.index.by_key.get(("ORG", name_forms(acronym, "ORG")[2]))
        if cid is None:
            continue
        alone = matcher.existing(cid)
        if alone.n_documents <= 0 or alone.display_name() != acronym:
            continue  # emptied already, or not an entity known only by the acronym
        links = conn.execute("SELECT doc_id, seq FROM entity_links WHERE corpus_id = ?", (cid,)).fetchall()
        if links:
            moved += _judge_again(matcher, alone, links, lambda item, _context: matcher.expansion(item),
                                  wanted=lambda item: item.acronym)
    return moved


def _judge_again(
    matcher: Matcher,
    alone: Cluster,
    links: list[tuple[str, int]],
    choose: Callable[[Item, list[Cluster]], Cluster | None] | None = None,
    wanted: Callable[[Item], bool] = lambda item: item.single,
) -> int:
    conn = matcher.conn
    linked = set(links)
    items = [i for i in load_items(conn, sorted({d for d, _ in links})) if (i.doc_id, i.seq) in linked and wanted(i)]
    by_doc: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_doc[item.doc_id].append(item)
    moved = 0
    for doc_id, doc_items in by_doc.items():
        others = conn.execute(
            "SELECT DISTINCT corpus_id FROM entity_links WHERE doc_id = ? AND corpus_id != ?", (doc_id, alone.id)
        ).fetchall()
        ids = [r[0] for r in others]
        matcher.preload(ids)
        context = [matcher.loaded[i] for i in ids if i in matcher.loaded]
        target = (choose or matcher.bearer)(doc_items[0], context)
        if target is None or target is alone:
            continue
        alone.add(doc_items, -1)
        target.add(doc_items, new_document=target.id is None or target.id not in ids)
        for item in doc_items:
            conn.execute("DELETE FROM entity_links WHERE doc_id = ? AND seq = ?", (item.doc_id, item.seq))
            matcher.cluster_of[(item.doc_id, item.seq)] = target
        moved += len(doc_items)
    return moved

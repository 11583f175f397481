"""One label per name across the corpus: a name typed differently by different articles takes the majority type.

"Trump" typed ORG in 31 articles and PERSON in 47 (plus the 323 articles naming "Donald Trump", whose surname it
is) is a person everywhere. A one-word name typed PERSON is never re-typed: "Jordan" in a sports article must not
join the country (longer names are: "Khyber Pakhtunkhwa" typed PERSON in 10 articles and GPE in 37 is a place).
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict

from dateline.resolve.entity_index import Index
from dateline.resolve.entity_items import Item
from dateline.resolve.entity_names import fold, key

RELABELLED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
MAJORITY = 2.0  # the winning label needs this many times the documents of the item's own label
MIN_VOTES = 3


def harmonise(
    conn: sqlite3.Connection, items: list[Item], index: Index, batch_surnames: Counter[str]
) -> tuple[int, set[str]]:
    """Re-type items whose name the corpus mostly types otherwise.

    Returns how many were re-typed, and the folded one-word names typed PERSON here but mostly something else
    in the corpus ("London", "Mexico"): those are never joined to a person by their surname.
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    seen: set[tuple[str, str, str]] = set()
    for item in items:
        name = fold(item.name)
        if item.label in RELABELLED and (item.doc_id, item.label, name) not in seen:
            seen.add((item.doc_id, item.label, name))
            votes[name][item.label] += 1
    names = [n for n in votes if n]
    for i in range(0, len(names), 500):
        chunk = names[i : i + 500]
        rows = conn.execute(
            f"SELECT fold, label, n_documents FROM corpus_entities WHERE fold IN ({', '.join('?' * len(chunk))})",
            chunk,
        )
        for name, label, n_docs in rows:
            if label in RELABELLED:
                votes[name][label] += n_docs
    changed = 0
    not_people: set[str] = set()
    for item in items:
        if item.label == "PERSON" and len(item.words) == 1:
            counts = votes[fold(item.name)]
            if sum(counts.values()) - counts["PERSON"] > counts["PERSON"]:
                not_people.add(fold(item.name))
        if item.label not in RELABELLED or (item.label == "PERSON" and len(item.words) < 2):
            continue
        name = fold(item.name)
        counts = Counter(votes[name])
        if len(item.words) == 1:  # the surname of people the corpus names in full votes PERSON
            counts["PERSON"] += batch_surnames[item.words[0]] + sum(
                index.n_documents.get(cid, 0) for cid in index.by_surname.get(key(item.words, "PERSON"), [])
            )
        winner, n = counts.most_common(1)[0]
        if item.geonames_id is not None and winner not in PLACES:
            continue  # a name the annotator found in the gazetteer stays a place ("Sirik", "Meta" the department)
        if winner != item.label and n >= MIN_VOTES and n >= MAJORITY * counts[item.label]:
            item.relabel(winner)
            changed += 1
    return changed, not_people

"""Deciding which corpus entity each new document's entity is: by key for full names, by evidence for surnames.

Full names (and every non-person name) join the corpus entity with the same label group and transliteration key.
A personal name of one word ("Blinken", "Netanyahu") joins a full name only when (1) the same document names
that person in full and its annotator could not join them (it typed the surname ORG), or (2) that person is the
dominant bearer of the surname in the corpus (at least
DOMINANCE times the documents of the next bearer) and the document agrees with the person's usual context:
a shared title, or co-occurring entities that are much likelier around that person than in the corpus at large.
Otherwise the surname stays its own entity: a missed merge costs recall, a wrong one corrupts timelines.
Institutions every country has ("Supreme Court", "Senate") are keyed by the article's country.
"""

from __future__ import annotations

import math
import sqlite3
from collections import Counter, defaultdict

from dateline.resolve.entity_cluster import Cluster
from dateline.resolve.entity_index import Index, load_clusters, stored_profile
from dateline.resolve.entity_items import Item
from dateline.resolve.entity_names import core_words, demonyms, generic_orgs

DOMINANCE = 3.0  # the bearer must have this many times the documents of the next one with that surname
MIN_BEARER_DOCUMENTS = 2
MIN_CONTEXT_SCORE = 0.4  # sum of log-lifts of the shared co-occurring entities
# With nothing in the article to compare, a surname joins only an overwhelmingly dominant bearer.
LONE_DOMINANCE = 10.0
LONE_MIN_DOCUMENTS = 5
_GENERIC_TITLES = frozenset({"mr", "mrs", "ms", "dr", "former", "the"})


_INITIALS_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "al", "el"})


def initials(name: str) -> str:
    """"Rapid Support Forces" -> "RSF", "Islamic Revolutionary Guard Corps" -> "IRGC" (small words skipped)."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _INITIALS_SKIP]
    return "".join(w[0] for w in words if w[:1].isalpha()).upper()


def _main_country(items: list[Item]) -> str | None:
    """The country an article names most, through its located places and nationality words (first on a tie)."""
    counts = Counter(i.country_code for i in items if i.country_code and i.group == "PLACE")
    nationalities = demonyms()
    counts.update(nationalities[i.fold] for i in items if i.label == "NORP" and i.fold in nationalities)
    return counts.most_common(1)[0][0] if counts else None


def _place_conflict(item: Item, cluster: Cluster) -> bool:
    """A differently spelled place the annotator located elsewhere ("Frankfort" and "Frankfurt" share a key)."""
    if item.group not in ("PLACE", "FAC") or item.geonames_id is None or not cluster.votes:
        return False
    if str(item.geonames_id) in cluster.votes:
        return False
    return item.fold not in {" ".join(core_words(n, item.label)) for n in cluster.names}


class Matcher:
    """Holds the clusters one run touches: existing ones loaded on demand, new ones keyed like the index."""

    def __init__(
        self, conn: sqlite3.Connection, index: Index, n_total_documents: int, not_people: set[str] | None = None
    ) -> None:
        self.conn = conn
        self.not_people = not_people or set()  # one-word names the corpus mostly types as places or groups
        self.index = index
        self.n_total = max(n_total_documents, 1)
        self.loaded: dict[int, Cluster] = {}
        self.new: dict[tuple[str, str], Cluster] = {}
        self.new_by_surname: dict[str, list[Cluster]] = defaultdict(list)
        self.cluster_of: dict[tuple[str, int], Cluster] = {}  # (doc_id, seq) -> cluster
        self.batch_docs: dict[int, list[str]] = defaultdict(list)  # id(cluster) -> batch documents
        self.counted: set[tuple[str, int]] = set()  # (doc_id, id(cluster)) already counted
        self._profiles: dict[int, Counter[object]] = {}
        self._acronym_holders: dict[str, list[Cluster]] = {}
        self.stats: Counter[str] = Counter()

    # -- clusters -------------------------------------------------------------------------------------------
    def existing(self, cid: int) -> Cluster:
        if cid not in self.loaded:
            self.loaded.update(load_clusters(self.conn, [cid]))
        return self.loaded[cid]

    def preload(self, ids: list[int]) -> None:
        self.loaded.update(load_clusters(self.conn, [i for i in ids if i not in self.loaded]))

    def by_key(self, group: str, key: str) -> Cluster | None:
        found = self.new.get((group, key))
        if found is not None:
            return found
        cid = self.index.by_key.get((group, key))
        return self.existing(cid) if cid is not None else None

    def create(self, item: Item, key: str | None = None) -> Cluster:
        cluster = Cluster(id=None, label=item.label, key=key or item.key, surname=item.surname)
        self.new[(item.group, cluster.key)] = cluster
        if item.surname:
            self.new_by_surname[item.surname].append(cluster)
        return cluster

    def touched(self) -> list[Cluster]:
        return [*self.loaded.values(), *self.new.values()]

    @staticmethod
    def handle(cluster: Cluster) -> object:
        return cluster.id if cluster.id is not None else id(cluster)

    # -- linking --------------------------------------------------------------------------------------------
    def link(self, doc_id: str, items: list[Item], cluster: Cluster) -> None:
        first = (doc_id, id(cluster)) not in self.counted
        cluster.add(items, new_document=first)
        self.counted.add((doc_id, id(cluster)))
        if first:
            self.batch_docs[id(cluster)].append(doc_id)
        for item in items:
            self.cluster_of[(item.doc_id, item.seq)] = cluster

    def match_full(self, by_doc: dict[str, list[Item]]) -> None:
        """Full names and every non-person name: one key, one entity (a generic institution: one per country)."""
        generic = generic_orgs()
        for doc_id, items in by_doc.items():
            groups: dict[int, tuple[Cluster, list[Item]]] = {}
            country = _main_country(items)
            for item in items:
                if item.deferred:
                    continue
                if item.group == "ORG" and item.key in generic and "@" not in item.key:
                    # "Supreme Court" of India, not of the Philippines; with no country named, this article's own
                    item.key = f"{item.key}@{country or '?' + doc_id}"
                    self.stats["institutions_by_country"] += 1
                cluster = self.by_key(item.group, item.key)
                if cluster is not None and _place_conflict(item, cluster):
                    spelled = f"{item.key}|{item.fold}"  # another place spelled alike: keyed by its own spelling
                    cluster = self.by_key(item.group, spelled) or self.create(item, spelled)
                    self.stats["places_kept_apart"] += 1
                cluster = cluster or self.create(item)
                groups.setdefault(id(cluster), (cluster, []))[1].append(item)
            for cluster, grouped in groups.values():
                self.link(doc_id, grouped, cluster)

    def match_single(self, by_doc: dict[str, list[Item]]) -> None:
        """One-word personal names and acronyms: to a full name with evidence, else to their own entity."""
        for doc_id, items in by_doc.items():
            groups: dict[int, tuple[Cluster, list[Item]]] = {}
            context = [self.cluster_of[(i.doc_id, i.seq)] for i in items if not i.deferred]
            for item in items:
                if not item.deferred:
                    continue
                if item.acronym:
                    cluster = self.expansion(item)
                    if cluster is None:
                        cluster = self.by_key(item.group, item.key) or self.create(item)
                        self.stats["acronyms_alone"] += 1
                    groups.setdefault(id(cluster), (cluster, []))[1].append(item)
                    continue
                cluster = self._same_document(item, items) or self.bearer(item, context)
                if cluster is None:
                    cluster = self.by_key("PERSON", item.key) or self.create(item)
                    self.stats["surnames_alone"] += 1
                groups.setdefault(id(cluster), (cluster, []))[1].append(item)
            for cluster, grouped in groups.values():
                self.link(doc_id, grouped, cluster)

    def expansion(self, item: Item) -> Cluster | None:
        """The organisation an acronym stands for: one whose articles wrote the acronym beside its full name
        ("Rapid Support Forces (RSF)") and whose initials it is, the dominant one if several qualify."""
        if item.name not in self._acronym_holders:
            ids = [r[0] for r in self.conn.execute(
                "SELECT id FROM corpus_entities WHERE label = 'ORG' AND instr(aliases, ?) > 0", (f'"{item.name}"',)
            )]
            self.preload(ids)
            # in memory too: this run's aliases (a rebuild empties the stored ones before it links again)
            holders = {id(c): c for c in self.touched() if item.name in c.aliases}
            holders.update({id(self.loaded[i]): self.loaded[i] for i in ids if i in self.loaded})
            self._acronym_holders[item.name] = [
                c for c in holders.values() if c.n_documents > 0 and initials(c.display_name()) == item.name
            ]
        found = sorted(self._acronym_holders[item.name], key=lambda c: -c.aliases[item.name])
        if not found or (len(found) > 1 and found[0].aliases[item.name] < DOMINANCE * found[1].aliases[item.name]):
            return None
        self.stats["acronyms_expanded"] += 1
        return found[0]

    def _same_document(self, item: Item, items: list[Item]) -> Cluster | None:
        """A name re-typed as a person ("Trump" typed ORG) next to the full name the annotator could not join it to.

        A surname the annotator saw as a person and still kept apart from a full name in the same article was
        kept apart on purpose (another Trump than Donald Trump Jr.), so it is not joined here.
        """
        if item.original_label == item.label:
            return None
        found = {id(c): c for i in items if i.surname == item.key
                 for c in [self.cluster_of[(i.doc_id, i.seq)]]}
        if len(found) == 1:
            self.stats["surnames_same_document"] += 1
            return next(iter(found.values()))
        return None

    def bearers(self, surname: str) -> list[Cluster]:
        ids = self.index.by_surname.get(surname, [])
        self.preload(ids)
        found = {id(c): c for c in [*(self.loaded[i] for i in ids if i in self.loaded),
                                     *self.new_by_surname.get(surname, [])]}
        return sorted(found.values(), key=lambda c: -c.n_documents)

    def bearer(self, item: Item, context: list[Cluster]) -> Cluster | None:
        """The person a surname alone refers to, given the other entities of its article; None without evidence."""
        if item.fold in self.not_people:
            self.stats["surnames_not_people"] += 1
            return None
        bearers = [c for c in self.bearers(item.key) if c.label == "PERSON" and c.n_documents > 0]
        if not bearers:
            return None
        top = bearers[0]
        second = bearers[1].n_documents if len(bearers) > 1 else 0
        if top.n_documents < MIN_BEARER_DOCUMENTS or top.n_documents < DOMINANCE * second:
            self.stats["surnames_ambiguous"] += 1
            return None
        titles = {t.casefold() for t in item.titles} - _GENERIC_TITLES
        if titles & {t.casefold() for t in top.titles}:
            self.stats["surnames_by_title"] += 1
            return top
        others = [c for c in context if c is not top]
        if not others:
            lone = top.n_documents >= LONE_MIN_DOCUMENTS and top.n_documents >= LONE_DOMINANCE * second
            if lone:
                self.stats["surnames_lone_dominant"] += 1
            return top if lone else None
        if self.context_score(top, others) >= MIN_CONTEXT_SCORE:
            self.stats["surnames_by_context"] += 1
            return top
        self.stats["surnames_other_context"] += 1
        return None

    def profile(self, cluster: Cluster) -> Counter[object]:
        """Entities co-occurring with this one: handle -> documents (stored documents and this batch)."""
        if id(cluster) not in self._profiles:
            counts: Counter[object] = Counter()
            if cluster.id is not None:
                counts.update(stored_profile(self.conn, cluster.id))
            for doc_id in self.batch_docs.get(id(cluster), []):
                counts.update({self.handle(c) for _, c in self._doc_links(doc_id) if c is not cluster})
            self._profiles[id(cluster)] = counts
        return self._profiles[id(cluster)]

    def _doc_links(self, doc_id: str) -> list[tuple[tuple[str, int], Cluster]]:
        return [(k, c) for k, c in self._by_doc.get(doc_id, [])]

    def index_batch(self) -> None:
        """Group the batch's links by document (for co-occurrence profiles)."""
        self._by_doc: dict[str, list[tuple[tuple[str, int], Cluster]]] = defaultdict(list)
        for k, c in self.cluster_of.items():
            self._by_doc[k[0]].append((k, c))

    def context_score(self, person: Cluster, others: list[Cluster]) -> float:
        profile = self.profile(person)
        score = 0.0
        for other in {id(c): c for c in others}.values():
            together = profile.get(self.handle(other), 0)
            if not together or other.n_documents <= 0:
                continue
            lift = (together / max(person.n_documents, 1)) / (other.n_documents / self.n_total)
            if lift > 1:
                score += math.log(lift)
        return score

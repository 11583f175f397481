"""Coreference scorers: MUC, B³, CEAF-e and their mean (CoNLL F1), as the CoNLL-2012 reference scorer defines them.

Clusterings are given as mention -> cluster id maps. Key (gold) and response (system) may cover different
mentions: a mention missing from the other side counts as a singleton there (MUC, B³) or as unmatched (CEAF-e),
which is what the reference scorer does. CEAF-e aligns clusters one-to-one with the Kuhn-Munkres algorithm,
run per connected group of overlapping clusters (a group is small even when the corpus is not).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

Clustering = Mapping[Hashable, Hashable]  # mention -> cluster id


@dataclass(frozen=True)
class PRF:
    recall: float
    precision: float

    @property
    def f1(self) -> float:
        r, p = self.recall, self.precision
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"recall": round(self.recall, 4), "precision": round(self.precision, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class CorefScores:
    muc: PRF
    b3: PRF
    ceafe: PRF

    @property
    def conll(self) -> float:
        return (self.muc.f1 + self.b3.f1 + self.ceafe.f1) / 3

    def to_dict(self) -> dict[str, object]:
        return {"muc": self.muc.to_dict(), "b3": self.b3.to_dict(), "ceafe": self.ceafe.to_dict(),
                "conll_f1": round(self.conll, 4)}


def clusters_of(clustering: Clustering) -> list[frozenset[Hashable]]:
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for mention, cluster in clustering.items():
        groups[cluster].add(mention)
    return [frozenset(g) for g in groups.values()]


def _muc_side(key: list[frozenset[Hashable]], response: Clustering) -> float:
    """Recall of `response` against `key` (swap the arguments for precision)."""
    num = den = 0
    for cluster in key:
        parts = {response.get(m, ("missing", m)) for m in cluster}  # an unseen mention is its own part
        num += len(cluster) - len(parts)
        den += len(cluster) - 1
    return num / den if den else 0.0


def muc(key: Clustering, response: Clustering) -> PRF:
    """Links kept (Vilain et al. 1995): singletons carry no links and count for nothing."""
    return PRF(_muc_side(clusters_of(key), response), _muc_side(clusters_of(response), key))


def _b3_side(key: list[frozenset[Hashable]], response: Clustering) -> float:
    by_cluster: dict[Hashable, set[Hashable]] = defaultdict(set)
    for m, c in response.items():
        by_cluster[c].add(m)
    num = 0.0
    total = 0
    for cluster in key:
        total += len(cluster)
        overlap: dict[Hashable, int] = defaultdict(int)
        for m in cluster:
            if m in response:
                overlap[response[m]] += 1
        num += sum(n * n for n in overlap.values()) / len(cluster)
    return num / total if total else 0.0


def b_cubed(key: Clustering, response: Clustering) -> PRF:
    """Per-mention overlap of the mention's key and response clusters (Bagga & Baldwin 1998), singletons included."""
    return PRF(_b3_side(clusters_of(key), response), _b3_side(clusters_of(response), key))


def _phi4(a: frozenset[Hashable], b: frozenset[Hashable]) -> float:
    return 2 * len(a & b) / (len(a) + len(b))


def max_assignment(weights: list[list[float]]) -> float:
    """Best total weight of a one-to-one assignment of rows to columns (Kuhn-Munkres, O(n³), n = max side)."""
    n_rows = len(weights)
    n_cols = len(weights[0]) if weights else 0
    n = max(n_rows, n_cols)
    if n == 0:
        return 0.0
    big = max((w for row in weights for w in row), default=0.0)
    # Minimisation form on a square matrix: cost = big - weight; padding cells cost `big` (weight 0).
    cost = [[big - (weights[i][j] if i < n_rows and j < n_cols else 0.0) for j in range(n)] for i in range(n)]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    match = [0] * (n + 1)  # column j -> row (1-based), 0 = free
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        match[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match[j0], inf, 0
            for j in range(1, n + 1):
                if used[j]:
                    continue
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    total = 0.0
    for j in range(1, n + 1):
        i = match[j]
        if i and i <= n_rows and j <= n_cols:
            total += weights[i - 1][j - 1]
    return total


def ceaf_e(key: Clustering, response: Clustering) -> PRF:
    """Entity-based CEAF (Luo 2005) with φ4 similarity: the best one-to-one alignment of key and response clusters."""
    k_clusters = clusters_of(key)
    r_clusters = clusters_of(response)
    if not k_clusters or not r_clusters:
        return PRF(0.0, 0.0)
    r_index: dict[Hashable, int] = {}
    for j, cluster in enumerate(r_clusters):
        for m in cluster:
            r_index[m] = j
    # connected groups of key clusters linked through shared response clusters (union-find over key clusters)
    parent = list(range(len(k_clusters)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_key_of_response: dict[int, int] = {}
    for i, cluster in enumerate(k_clusters):
        for m in cluster:
            j = r_index.get(m)
            if j is None:
                continue
            if j in first_key_of_response:
                parent[find(i)] = find(first_key_of_response[j])
            else:
                first_key_of_response[j] = i
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(k_clusters)):
        groups[find(i)].append(i)
    total = 0.0
    for rows in groups.values():
        cols = sorted({r_index[m] for i in rows for m in k_clusters[i] if m in r_index})
        if not cols:
            continue
        weights = [[_phi4(k_clusters[i], r_clusters[j]) for j in cols] for i in rows]
        total += max_assignment(weights)
    return PRF(total / len(k_clusters), total / len(r_clusters))


def score(key: Clustering, response: Clustering) -> CorefScores:
    return CorefScores(muc(key, response), b_cubed(key, response), ceaf_e(key, response))

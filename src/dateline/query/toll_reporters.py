"""Who reported a toll, named once per body so a series by reporter does not split.

A reporter is the body that gave the figure, named by its corpus entity when the annotator linked the whole
phrase to one ("The IDF" -> "Israel Defense Forces"), else as written without its article or possessive ("Gaza's
civil defence agency" -> "Gaza civil defence agency"). A place or nationality never stands in for the body it
qualifies ("Gaza health officials" is not "Gaza Strip", "The Israeli military" is not "Israeli").

Names that denote one body are merged: the same words in another case ("Gaza health ministry"), and a name with a
place before it ("Gaza Health Ministry") with the same name without one ("Health Ministry", or "Health Ministry
(PS)" as the corpus step names a generic body in a country) when the figure is at that place, or in its country
and no other place of that country has a body of that name.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dateline.query.toll_places import word_list

UNATTRIBUTED = "unattributed"
# Labels of entities that name a place or a people: they stand for a reporter only when they are the whole phrase.
_QUALIFIER_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_COUNTRY_QUALIFIER = re.compile(r"^(?P<name>.+?)\s+\((?P<cc>[A-Z]{2})\)$")  # "Health Ministry (PS)"
_MAX_PLACE_WORDS = 4


@dataclass(frozen=True)
class KnownPlace:
    id: int
    country: str | None


class PlaceIndex:
    """Corpus places by every folded spelling (name and aliases), with their country."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.by_fold: dict[str, KnownPlace] = {}
        for id_, fold, aliases, country in conn.execute(
            "SELECT id, fold, aliases, country_code FROM corpus_entities WHERE label IN ('GPE', 'LOC', 'FAC') "
            "ORDER BY n_documents DESC, id"
        ):
            place = KnownPlace(int(id_), country)
            for name in (fold, *(a.casefold() for a in json.loads(aliases or "[]"))):
                self.by_fold.setdefault(name, place)

    def get(self, text: str | None) -> KnownPlace | None:
        return self.by_fold.get(text.casefold()) if text else None


@lru_cache(maxsize=1)
def _local_heads() -> frozenset[str]:
    return frozenset(w.casefold() for w in word_list("local_reporter_heads.txt"))


def written_name(text: str) -> str:
    """'The Gaza Health Ministry' -> 'Gaza Health Ministry', "Gaza's civil defence agency" -> 'Gaza civil ...'."""
    name = " ".join(text.split())
    if name[:4].casefold() == "the ":
        name = name[4:]
    return _POSSESSIVE.sub("", name)


def reporter_name(
    written: str | None, linked: str | None, label: str | None, aliases: Sequence[str] = ()
) -> str:
    """The name a figure's reporter goes by in a series (before merging)."""
    if linked and (label not in _QUALIFIER_LABELS or not written):
        return linked
    if not written:
        return UNATTRIBUTED
    name = written_name(written)
    if linked and name.casefold() in {linked.casefold(), *(a.casefold() for a in aliases)}:
        return linked  # "Israel says": the place is the whole phrase
    return name


@dataclass(frozen=True)
class _Parts:
    place_text: str | None  # the place written before the body's name ("Gaza"), if any
    place: KnownPlace | None
    country: str | None  # the country the name is qualified by, or its place's
    rest: str  # the body's name without the place: "health ministry" (folded)
    head: str  # the last word of the body's name (of its first part)


def _parts(name: str, places: PlaceIndex) -> _Parts:
    qualified = _COUNTRY_QUALIFIER.match(name)
    country = qualified.group("cc") if qualified else None
    bare = qualified.group("name") if qualified else name
    words = bare.split()
    first_part = re.split(r"\s+(?:and|&)\s+", bare, maxsplit=1)[0].split()
    head = first_part[-1].casefold() if first_part else ""
    for n in range(min(_MAX_PLACE_WORDS, len(words) - 1), 0, -1):
        place = places.get(" ".join(words[:n]))
        if place is not None:
            return _Parts(" ".join(words[:n]), place, country or place.country, " ".join(words[n:]).casefold(), head)
    return _Parts(None, None, country, bare.casefold(), head)


def reporter_place(name: str, places: PlaceIndex) -> str | None:
    """The place a reporting body answers for, as written in its name: "Gaza" for "Gaza Health Ministry"."""
    parts = _parts(name, places)
    return parts.place_text if parts.place_text and parts.head in _local_heads() else None


def merge_reporters(
    named: Sequence[tuple[str, str | None]], places: PlaceIndex, canonical: set[str]
) -> list[str]:
    """One display name per body for each (reporter name, figure's place) pair, in order.

    `canonical`: names that come from corpus entities, preferred as the display of a merged body."""
    parts = {name: _parts(name, places) for name, _ in named if name != UNATTRIBUTED}
    placed: dict[str, list[str]] = {}  # rest -> names with a place before it
    for name, p in parts.items():
        if p.place is not None and name not in placed.get(p.rest, []):
            placed.setdefault(p.rest, []).append(name)
    keys: list[tuple[object, ...]] = []
    for name, where in named:
        if name == UNATTRIBUTED:
            keys.append((UNATTRIBUTED,))
            continue
        p = parts[name]
        if p.place is not None:
            keys.append(("placed", p.place.id, p.rest))
            continue
        target = _placed_match(p, places.get(where), [parts[n] for n in placed.get(p.rest, [])])
        keys.append(("placed", target.place.id, p.rest) if target and target.place else ("bare", p.rest))
    counts: dict[tuple[object, ...], Counter[str]] = {}
    for key, (name, _) in zip(keys, named, strict=True):
        if parts.get(name) is None or key[0] != "placed" or parts[name].place is not None:
            counts.setdefault(key, Counter())[name] += 1
    display = {
        key: max(c, key=lambda n: (n in canonical, c[n], n[:1].isupper(), -list(c).index(n)))
        for key, c in counts.items()
    }
    return [display.get(key, name) for key, (name, _) in zip(keys, named, strict=True)]


def _placed_match(p: _Parts, where: KnownPlace | None, candidates: list[_Parts]) -> _Parts | None:
    """The placed name a name without a place stands for: the one at the figure's place, else the only one in
    the name's (or the figure's) country."""
    if not candidates:
        return None
    if where is not None:
        for c in candidates:
            if c.place is not None and c.place.id == where.id:
                return c
    country = p.country or (where.country if where is not None else None)
    if country is None:
        return None
    in_country = {c.place.id: c for c in candidates if c.place is not None and c.country == country}
    return next(iter(in_country.values())) if len(in_country) == 1 else None

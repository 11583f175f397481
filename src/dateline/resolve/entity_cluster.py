"""One corpus entity while a run works on it: additive counts, so documents can be added and taken away in place.

Everything but the counts shown in the table (documents, mentions, dates) lives in `corpus_entities.extra`:
the key it is found by, name forms with their document counts (the display name is chosen from them), label
votes, place votes (GeoNames ids with their coordinates) and titles.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from dateline.resolve.entity_items import Item
from dateline.resolve.entity_names import core_words, fold, group_of


def place_id(item: Item) -> str:
    """A place vote's key: the GeoNames id, else the coordinates (shipped regions have no GeoNames id)."""
    if item.geonames_id is not None:
        return str(item.geonames_id)
    return f"ll:{item.lat:.4f},{item.lon:.4f}"


@dataclass
class Cluster:
    id: int | None
    label: str
    key: str
    surname: str | None = None
    n_documents: int = 0
    n_mentions: int = 0
    first_date: str | None = None
    last_date: str | None = None
    names: Counter[str] = field(default_factory=Counter)  # name as written -> documents
    labels: Counter[str] = field(default_factory=Counter)  # label -> documents
    titles: Counter[str] = field(default_factory=Counter)
    aliases: Counter[str] = field(default_factory=Counter)  # other forms the documents used
    votes: dict[str, list[Any]] = field(default_factory=dict)  # geonames id -> [documents, lat, lon, cc, kind]
    place: dict[str, Any] = field(default_factory=dict)  # the chosen location
    dirty: bool = False
    dates_stale: bool = False  # documents were taken away: first/last are recomputed from the stored links
    added_dates: list[str] = field(default_factory=list)  # dates of this run's documents (not linked yet)

    @property
    def group(self) -> str:
        return group_of(self.label)

    def add(self, items: list[Item], sign: int = 1, *, new_document: bool = True) -> None:
        """Add (sign=1) or take away (sign=-1) one document's entities linked to this cluster.

        `new_document=False` adds more entities of a document already counted (a surname joining later).
        """
        self.dirty = True
        if new_document:
            self.n_documents += sign
        self.n_mentions += sign * sum(i.n_mentions for i in items)
        for form in {i.name for i in items}:
            self.names[form] += sign
        for label in {i.label for i in items} if new_document else ():
            self.labels[label] += sign
        for title in {t for i in items for t in i.titles}:
            self.titles[title] += sign
        for alias in {a for i in items for a in i.aliases}:
            self.aliases[alias] += sign
        located = {place_id(i): i for i in items if i.geonames_id is not None or i.lat is not None}
        for pid, first in located.items():
            vote = self.votes.setdefault(pid, [0, first.lat, first.lon, first.country_code, first.place_kind])
            vote[0] += sign
        if sign > 0:
            date = items[0].date
            if date:
                self.first_date = min(self.first_date or date, date)
                self.last_date = max(self.last_date or date, date)
                self.added_dates.append(date)
        else:
            self.dates_stale = True
        if sign < 0:
            for counter in (self.names, self.labels, self.titles, self.aliases):
                for k in [k for k, v in counter.items() if v <= 0]:
                    del counter[k]
            for gid in [g for g, v in self.votes.items() if v[0] <= 0]:
                del self.votes[gid]

    def settle_label(self) -> None:
        """The label most of its documents give it (decided once the run's documents are all added)."""
        if self.labels:
            self.label = max(self.labels, key=lambda k: (self.labels[k], k == self.label))

    def display_name(self) -> str:
        """The most used form: for people a full name (first and last) without titles, then the most documents."""

        person = self.label == "PERSON"

        def score(form: str) -> tuple[int, int, int, int]:
            words = core_words(form, self.label)
            untitled = int(" ".join(words) == fold(form).replace("'s", "").strip())
            full = min(len(words), 2) if person else 0  # "Antony Blinken" over "Blinken", however frequent
            return (full, untitled, self.names[form], len(form))

        name = max(self.names, key=score) if self.names else self.key
        country = self.key.rpartition("@")[2] if "@" in self.key else None
        if country and not country.startswith("?") and country.lower() not in fold(name):
            name = f"{name} ({country})"  # a generic institution ("Supreme Court (IN)"): the country says which
        return name

    def alias_list(self, name: str) -> list[str]:
        forms = Counter(self.names) + self.aliases
        return [f for f, _ in forms.most_common() if f != name]

    def extra(self) -> str:
        return json.dumps({
            "key": self.key, "surname": self.surname, "names": dict(self.names), "labels": dict(self.labels),
            "titles": dict(self.titles), "alias_counts": dict(self.aliases), "votes": self.votes,
            "place": self.place,
        }, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> Cluster:
        cid, label, n_docs, n_mentions, first, last, extra_json = row
        extra = json.loads(extra_json or "{}")
        return cls(
            id=cid, label=label, key=extra.get("key", ""), surname=extra.get("surname"), n_documents=n_docs,
            n_mentions=n_mentions, first_date=first, last_date=last, names=Counter(extra.get("names", {})),
            labels=Counter(extra.get("labels", {})), titles=Counter(extra.get("titles", {})),
            aliases=Counter(extra.get("alias_counts", {})), votes=extra.get("votes", {}),
            place=extra.get("place", {}),
        )

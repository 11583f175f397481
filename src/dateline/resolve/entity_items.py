"""The per-document entities of the documents a run works on, with what merging compares them on."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from dateline.resolve.entity_names import core_words, group_of, key, surname_key

# Labels merged across documents: the named kinds. Dates, numbers, money... are not entities of the corpus.
MERGED_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW")
_BATCH = 500
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


@dataclass
class Item:
    """One document's entity (one `entities` row) and its comparison forms."""

    doc_id: str
    seq: int
    name: str
    label: str
    date: str | None
    n_mentions: int
    aliases: list[str]
    titles: list[str]
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    place_kind: str | None = None
    words: list[str] = field(default_factory=list)
    fold: str = ""
    key: str = ""
    surname: str | None = None  # the surname key of a full personal name
    original_label: str = ""  # the label the document gave it, before the corpus's majority

    def relabel(self, label: str) -> None:
        """Adopt the corpus's label for this name ("Trump" ORG -> PERSON) and recompute the comparison forms."""
        self.label = label
        words, self.fold, self.key, self.surname = name_forms(self.name, label)
        self.words = list(words)

    @property
    def group(self) -> str:
        return group_of(self.label)

    @property
    def single(self) -> bool:
        """A one-word personal name: a surname (or first name) alone, linked only with evidence."""
        return self.label == "PERSON" and len(self.words) == 1

    @property
    def acronym(self) -> bool:
        """An organisation written as its initials ("RSF", "IRGC"): linked to a full name only with evidence."""
        return self.label == "ORG" and _ACRONYM.match(self.name) is not None

    @property
    def deferred(self) -> bool:
        """Matched after every full name of the run is known (it needs to know who bears the name)."""
        return self.single or self.acronym


@lru_cache(maxsize=200_000)
def name_forms(name: str, label: str) -> tuple[tuple[str, ...], str, str, str | None]:
    """(core words, folded core name, key, surname key) of a name: names recur, so computed once each."""
    words = core_words(name, label)
    return tuple(words), " ".join(words), key(words, label), surname_key(words) if label == "PERSON" else None


_SQL = """
SELECT e.doc_id, e.seq, e.name, e.label, d.date, e.aliases, e.titles, e.geonames_id, e.lat, e.lon,
       e.country_code, e.place_kind,
       CASE WHEN e.n_mentions > 0 THEN e.n_mentions
            ELSE (SELECT COUNT(*) FROM mentions m WHERE m.doc_id = e.doc_id AND m.entity = e.key) END
FROM entities e JOIN documents d ON d.id = e.doc_id
WHERE e.doc_id IN ({marks}) AND e.label IN ({labels})
ORDER BY e.doc_id, e.seq
"""


def _list(text: str | None) -> list[str]:
    return json.loads(text) if text and text != "[]" else []


def load_items(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> list[Item]:
    """The named entities of these documents (in batches: SQLite limits the number of parameters)."""
    items: list[Item] = []
    labels = ", ".join(f"'{label}'" for label in MERGED_LABELS)
    for i in range(0, len(doc_ids), _BATCH):
        chunk = list(doc_ids[i : i + _BATCH])
        sql = _SQL.format(marks=", ".join("?" * len(chunk)), labels=labels)
        for row in conn.execute(sql, chunk):
            (doc_id, seq, name, label, date, aliases, titles, gid, lat, lon, cc, kind, n) = row
            item = Item(
                doc_id=doc_id, seq=seq, name=name, label=label, date=date, n_mentions=max(int(n or 0), 1),
                aliases=_list(aliases), titles=_list(titles), geonames_id=gid,
                lat=lat, lon=lon, country_code=cc, place_kind=kind,
            )
            item.original_label = label
            item.relabel(label)
            if item.words:
                items.append(item)
    return items

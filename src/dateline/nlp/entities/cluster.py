"""Mentions -> document entities: "Mr Blinken", "Blinken" and "Antony Blinken" are one PERSON.

Also home of `resolve_speaker`, the helper the quote, figure and event annotators use to map a name as
written ("Mr Blinken", "the Gaza Health Ministry") to one of the document's entities.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from dateline.model import Entity
from dateline.nlp.entities.gazetteer import Place, fold
from dateline.nlp.entities.lexicon import Lexicon, load_lexicon
from dateline.nlp.entities.names import bare_name, is_shouted, title_case, words

_ACRONYM_SKIP = frozenset({"of", "the", "for", "and", "on", "in"})
PLACE_LABELS = frozenset({"GPE", "LOC"})


@dataclass
class Group:
    """Mentions of one real-world thing, with what was learnt about it."""

    label: str
    forms: list[str] = field(default_factory=list)  # every surface name, in order of appearance
    members: list[int] = field(default_factory=list)  # indexes of the mentions
    labels: Counter[str] = field(default_factory=Counter)
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    place: Place | None = None
    canonical: str | None = None  # the shipped canonical name (data/canonical_names.tsv), if a form has one
    # The longest written (not ALL-CAPS) form and the longest form, kept as forms are added: `name` is read
    # for every candidate group of every new form, and recomputing it over all forms was quadratic.
    _best_written: str | None = field(default=None, init=False, repr=False, compare=False)
    _best_any: str | None = field(default=None, init=False, repr=False, compare=False)

    def add(self, index: int, form: str, label: str) -> None:
        self.members.append(index)
        self.forms.append(form)
        self.labels[label] += 1
        # strictly longer only: on a tie the first form seen stays, as max() over the forms would keep it
        if self._best_any is None or _length(form) > _length(self._best_any):
            self._best_any = form
        if not is_shouted(form) and (self._best_written is None or _length(form) > _length(self._best_written)):
            self._best_written = form

    def set_canonical(self, name: str) -> None:
        self.canonical = name

    @property
    def name(self) -> str:
        """The shipped canonical name, else the longest full form; ALL-CAPS only title-cased when nothing else."""
        if self.canonical:
            return self.canonical
        if self._best_any is None:  # forms given to the constructor, not through add()
            written = [f for f in self.forms if not is_shouted(f)]
            self._best_any = max(self.forms, key=_length)
            self._best_written = max(written, key=_length) if written else None
        if self._best_written is not None:
            return self._best_written
        return title_case(self._best_any, load_lexicon())


def _length(form: str) -> tuple[int, int]:
    return len(form.split()), len(form)


def _is_part_of(short: list[str], full: list[str]) -> bool:
    """"Blinken" / "Antony Blinken" are part of "Antony Blinken": same last word, words in order."""
    if not short or len(short) > len(full) or short[-1] != full[-1]:
        return False
    it = iter(full)
    return all(w in it for w in short)


def _acronym(words_: list[str]) -> str:
    return "".join(w[0] for w in words_ if w.lower() not in _ACRONYM_SKIP and w[:1].isupper())


def group_mentions(
    mentions: Sequence[tuple[str, str]], places: dict[str, Place | None],
    canonical: dict[str, tuple[str, str]] | None = None,
) -> tuple[list[Group], list[int | None]]:
    """Group (text, label) mentions; returns the groups and, per mention, the index of its group.

    People: shorter forms join the full name they are part of (the closest full name before them when two
    share a surname). Organisations: a trailing part of a longer name ("Health Ministry" of "Gaza Health
    Ministry") and an acronym ("UN" of "United Nations") join it. Places: one group per gazetteer record.
    Forms listed in `canonical` ("U.S.", "America") group under their canonical name ("United States").
    """
    canonical = canonical if canonical is not None else load_lexicon().canonical_names
    groups: list[Group] = []
    owner: list[int | None] = [None] * len(mentions)
    by_key: dict[tuple[str, str], int] = {}
    by_end = _NameIndex()
    # longest names first, so short forms find the full form whatever the order in the text
    order = sorted(range(len(mentions)), key=lambda i: (-len(words(mentions[i][0])), i))
    for i in order:
        text, label = mentions[i]
        ws = words(text)
        target: int | None = None
        if label in PLACE_LABELS:
            place = places.get(text)
            key = (label if place is None else "PLACE", fold(text) if place is None else _place_key(place))
            target = by_key.get(key)
        else:
            known = canonical.get(text)
            key = (label, fold(known[0] if known else text))
            target = by_key.get(key)
            if target is None and label in {"PERSON", "ORG"}:
                target = _containing_group(groups, by_end.candidates(label, ws), i, ws, label)
        if target is None:
            groups.append(Group(label=label))
            target = len(groups) - 1
            if label in PLACE_LABELS:
                groups[target].place = places.get(text)
        by_key.setdefault(key, target)
        group = groups[target]
        before = group.name if group.forms else None
        group.add(i, text, label)
        if text in canonical and group.canonical is None:
            group.set_canonical(canonical[text][0])
        if group.name != before and group.label in {"PERSON", "ORG"}:
            by_end.move(target, group.label, before, group.name)
        owner[i] = target
    for g in groups:
        g.label = max(g.labels, key=lambda lab: (g.labels[lab], lab == "GPE"))
    return groups, owner


class _NameIndex:
    """Groups by (label, last word of name) and (label, acronym of name): the only ones a shorter form can join.

    Without it every new person or organisation form was compared with every group, whose name was
    recomputed each time: quadratic in the number of distinct names, minutes on a book-length article.
    """

    def __init__(self) -> None:
        self._by_last: dict[tuple[str, str], set[int]] = {}
        self._by_acronym: dict[tuple[str, str], set[int]] = {}

    def move(self, gi: int, label: str, old: str | None, new: str) -> None:
        if old is not None:
            for table, k in self._keys(label, words(old)):
                table.get(k, set()).discard(gi)
        for table, k in self._keys(label, words(new)):
            table.setdefault(k, set()).add(gi)

    def _keys(self, label: str, full: list[str]) -> list[tuple[dict[tuple[str, str], set[int]], tuple[str, str]]]:
        if not full:
            return []
        keys = [(self._by_last, (label, full[-1]))]
        if label != "PERSON":
            keys.append((self._by_acronym, (label, _acronym(full))))
        return keys

    def candidates(self, label: str, ws: list[str]) -> list[int]:
        """Indexes of groups whose name may contain `ws`, in creation order."""
        if not ws:
            return []
        found = set(self._by_last.get((label, ws[-1]), ()))
        if label != "PERSON" and len(ws) == 1:
            found |= self._by_acronym.get((label, ws[0]), set())
        return sorted(found)


def _place_key(place: Place) -> str:
    return f"{place.kind}:{place.geonames_id or place.name}"


def _containing_group(groups: list[Group], candidates: list[int], i: int, ws: list[str], label: str) -> int | None:
    best: int | None = None
    best_distance = None
    for gi in candidates:
        g = groups[gi]
        if g.label != label:
            continue
        full = words(g.name)
        if label == "PERSON":
            fits = _is_part_of(ws, full)
        else:
            fits = (len(ws) >= 2 and full[-len(ws) :] == ws) or (
                len(ws) == 1 and ws[0].isupper() and len(ws[0]) > 1 and ws[0] == _acronym(full)
            )
        if not fits:
            continue
        # two people sharing a surname: the one named closest before this mention
        before = [m for m in g.members if m < i]
        distance = i - max(before) if before else len(groups) + i
        if best_distance is None or distance < best_distance:
            best, best_distance = gi, distance
    return best


def entity_key(label: str, name: str) -> str:
    """The document-unique key of an entity: "PERSON:antony blinken"."""
    return f"{label}:{name.lower()}"


def to_entity(group: Group, doc_id: str) -> Entity:
    """A dateline Entity record from a group (places carry their gazetteer location, never a guess)."""
    name = group.name
    aliases = sorted({f for f in group.forms if f != name}, key=lambda f: (-len(f), f))
    place = group.place
    return Entity(
        key=entity_key(group.label, name),
        doc_id=doc_id,
        name=name,
        label=group.label,
        aliases=aliases,
        titles=list(dict.fromkeys(group.titles)),
        affiliation=group.affiliation,
        place_kind=place.kind if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        geonames_id=place.geonames_id if place else None,
        country_code=place.country_code if place else None,
        n_mentions=len(group.members),
    )


def resolve_speaker(text: str, entities: Sequence[Entity], lexicon: Lexicon | None = None) -> Entity | None:
    """The document entity a name as written refers to ("Mr Blinken's" -> PERSON:antony blinken), or None.

    Determiners, honorifics and possessives are ignored; leading title words are dropped one at a time until
    an exact name or alias matches ("US Secretary of State Antony Blinken"); failing that, a person whose
    name ends with the same words ("Mr Blinken"). None when nothing, or more than one entity, fits.
    """
    lex = lexicon or load_lexicon()
    ws = fold(bare_name(text, lex)).split()
    names = {e.key: {fold(e.name), *(fold(a) for a in e.aliases)} for e in entities}
    for k in range(len(ws)):
        wanted = " ".join(ws[k:])
        exact = [e for e in entities if wanted in names[e.key]]
        if len({e.key for e in exact}) == 1:
            return exact[0]
        people = [e for e in exact if e.label == "PERSON"]
        if exact:
            return people[0] if len(people) == 1 else None
    partial = [e for e in entities if e.label == "PERSON" and ws and _is_part_of(ws[-1:], fold(e.name).split())]
    return partial[0] if len(partial) == 1 else None

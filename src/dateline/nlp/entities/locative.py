"""Places read from their context: "the Nuseirat refugee camp", "the Netzarim corridor", "Ofer prison".

The small model types the small places of a war story as people and organisations. A name the gazetteer
(or the shipped list of local places) knows, next to a place word, is a place; a facility word after a name
("corridor", "crossing", "prison") joins it into one FAC mention.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp.entities.gazetteer import Gazetteer
from dateline.nlp.entities.lexicon import Lexicon
from dateline.nlp.entities.names import Cand

_LOCAL_KINDS_EXCLUDED = frozenset({"country", "region", "city"})
# labels the model gives small places by mistake
_MISTYPED = frozenset({"PERSON", "ORG", "NORP"})


def head_after(doc: Doc, end: int, lex: Lexicon) -> tuple[str, int] | None:
    """The place word right after a name, longest first: (kind, token end of the word), else None."""
    heads = lex.place_heads or {}
    if end >= len(doc) or doc[end].lower_ not in _first_words(heads):
        return None
    for words in heads:  # longest first (the loader sorts them)
        toks = doc[end : end + len(words)]
        if len(toks) == len(words) and tuple(t.lower_ for t in toks) == words:
            return heads[words], end + len(words)
    return None


_FIRSTS: dict[int, frozenset[str]] = {}


def _first_words(heads: dict[tuple[str, ...], str]) -> frozenset[str]:
    """The first words of the place words (cached per table: one set look-up per name, not a scan)."""
    key = id(heads)
    if key not in _FIRSTS:
        _FIRSTS[key] = frozenset(w[0] for w in heads)
    return _FIRSTS[key]


def _local_facility(gazetteer: Gazetteer | None, text: str) -> bool:
    """Whether the shipped list of local places knows the text as a facility (corridor, crossing, prison)."""
    if gazetteer is None:
        return False
    return any(p.label == "FAC" and p.kind not in _LOCAL_KINDS_EXCLUDED for p in gazetteer.candidates(text))


def _known_place(gazetteer: Gazetteer | None, text: str) -> bool:
    """A town or country the gazetteer knows: "Goma prison" is a prison in Goma, and Goma stays the place."""
    return gazetteer is not None and bool(gazetteer.candidates(text))


def join_facilities(doc: Doc, cands: list[Cand], lex: Lexicon, gazetteer: Gazetteer | None) -> list[Cand]:
    """"Netzarim" + "corridor" is FAC "Netzarim corridor": joined when the list knows it or the model mistyped it.

    A name already spelled with its facility word ("Netzarim Corridor") takes the list's FAC label.
    """
    starts = {c.start for c in cands}
    for c in cands:
        if c.label not in {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}:
            continue
        text = doc[c.start : c.end].text
        if c.label != "FAC" and _local_facility(gazetteer, text):
            c.label, c.origin = "FAC", "gazetteer"
            continue
        head = head_after(doc, c.end, lex)
        if head is None or head[0] != "FAC" or any(i in starts for i in range(c.end, head[1])):
            continue
        joined = doc[c.start : head[1]].text
        if c.label == "NORP" and doc[c.start : c.end].text.lower().rstrip("s") in lex.demonyms:
            continue  # "French prison": a prison of a nation, not one named "French"
        if _local_facility(gazetteer, joined) or (c.label in _MISTYPED and not _known_place(gazetteer, text)):
            c.end, c.label, c.origin = head[1], "FAC", "gazetteer"
    return cands


def place_suffix_to_gpe(doc: Doc, cands: list[Cand], lex: Lexicon) -> None:
    """"Rafah Governorate" typed PERSON is an administrative area: a name ending in a division word is GPE."""
    for c in cands:
        if c.label not in {"PERSON", "ORG", "NORP"} or c.end - c.start < 2 or "," in doc[c.start : c.end].text:
            continue  # "Goma, North Kivu Province" is two places the model ran together: left as it is
        if doc[c.end - 1].lower_ in lex.place_suffixes:
            c.label, c.origin = "GPE", "override"


def locative_cue(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Words around a name that make it a place: "in X", "in the X area", "the town of X", "X refugee camp"."""
    # "from the SAF", "to the Solana blockchain": after a determiner only a place word after the name counts
    i = start - 1
    prev = doc[i] if i >= 0 else None
    if prev is not None and prev.lower_ in lex.place_cues:
        return True
    # "the town of Bani Suheila", "the kibbutz of Nirim"
    if prev is not None and prev.lower_ == "of" and i > 0 and (doc[i - 1].lower_,) in (lex.place_heads or {}):
        return True
    return head_after(doc, end, lex) is not None

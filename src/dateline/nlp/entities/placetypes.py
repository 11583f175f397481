"""Place names typed as something else, fixed by what the name is and how the sentence uses it.

On news from other regions the small model types towns as groups ("Aleppo" NORP), facilities ("Sirte" FAC) or
people ("Brega" PERSON), and reads the time zone after a clock time as a name ("10 a.m. ET" -> "ET" PERSON).
Each rule below uses evidence that generalises, never a list of names:
- a time-zone word (data/time_zones.txt) right after a clock time is part of the time: no mention;
- NORP is for nationalities and groups: a NORP that is no demonym and that the gazetteer knows under its own
  name as a country, region or city is that place;
- FAC needs a facility word at its end (data/facility_heads.txt): without one, a name the gazetteer knows as a
  place is that place, and a natural feature ("Gulf of Aden", "Mount Sefton"; data/geo_features.txt) is LOC;
- "X, <place>" (Bodrum, Muğla, Turkey) and lists with a place in them ("retook Brega and Sirte") make X a place,
  unless the document gives X person evidence (a title before it, a fuller name, the subject of "said").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.nlp.entities.gazetteer import Gazetteer, Place, fold
from dateline.nlp.entities.lexicon import Lexicon
from dateline.nlp.entities.locative import head_after, locative_cue
from dateline.nlp.entities.names import NAME_LABELS, Cand

# The end of a clock time, right before a zone word: "10 a.m.", "7:12pm", "0241", "p . m .", "noon", "1100 hrs", "(".
_CLOCK_BEFORE = re.compile(
    r"(?:\d|(?:\d|\b)[ap]\s?\.?\s?m\s?\.?|\bnoon|\bmidnight|o['’]clock|\bhrs?\.?|\bhours)\s*\(?\s*$", re.IGNORECASE
)
_MISTYPED = frozenset({"PERSON", "ORG", "NORP", "FAC"})
_PLACES = frozenset({"GPE", "LOC"})
_LIST_WORDS = frozenset({",", "and", "or"})
_LIST_CUES = frozenset({"between"})  # "between Badulla and Nuwara Eliya": a cue for a list, not for one name
_BIG = frozenset({"country", "region"})
# Endings of nationality adjectives ("Roman", "Maltese", "Danish", "Iraqi", "Baltic").
_NATIONALITY_ENDINGS = ("an", "ese", "ish", "i", "ic")


def _text(doc: Doc, c: Cand) -> str:
    return doc[c.start : c.end].text


def drop_zone_words(doc: Doc, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """A time zone right after a clock time ("10 a.m. ET", "0241 GMT") is no name: dropped, or cut off the front
    of the name the model ran it into ("5:40 p.m. ET Lindsay Lohan")."""
    text = doc.text
    kept = []
    for c in cands:
        if c.label in NAME_LABELS and doc[c.start].text in lex.time_zones:
            at = doc[c.start].idx
            if _CLOCK_BEFORE.search(text[max(0, at - 16) : at]):
                c.start += 1
                while c.start < c.end and (doc[c.start].is_punct or doc[c.start].is_space):
                    c.start += 1
                if c.start >= c.end:
                    continue
        kept.append(c)
    return kept


def own_place(gazetteer: Gazetteer, text: str) -> Place | None:
    """The country, region or city that bears this very name (not a namesake's alternate name, as Hamas for Hamm).

    A multi-word alternate name is specific enough ("Khan Younis" for Khān Yūnis). The small local places of
    local_places.tsv are left to the locative rules: their names are often people's names too.
    """
    found = [p for p in gazetteer.candidates(text) if p.kind in _BIG or p.kind == "city"]
    if not found:
        return None
    big = [p for p in found if p.kind in _BIG]
    if big:
        return big[0]
    own = [p for p in found if fold(p.name) == fold(text)]
    if own:
        return max(own, key=lambda p: p.population)
    return max(found, key=lambda p: p.population) if len(text.split()) > 1 else None


def _demonym(text: str, lex: Lexicon) -> bool:
    low = text.lower()
    return low in lex.demonyms or (low.endswith("s") and low[:-1] in lex.demonyms)


def _facility(doc: Doc, c: Cand, lex: Lexicon) -> bool:
    """Whether a facility word heads the name: "Villa Park", "Route 94", "Statue of Liberty"."""
    last = doc[c.end - 1]
    if last.lower_ in lex.facility_heads or (last.like_num and c.end - c.start > 1):
        return True
    return c.end - c.start > 2 and doc[c.start].lower_ in lex.facility_heads and doc[c.start + 1].lower_ == "of"


def _typed_by_noun_before(doc: Doc, c: Cand) -> bool:
    """"the company Hanwha Ocean", "cargo ship MV Devon Bay": a common noun right before says what the name is."""
    return c.start > 0 and doc[c.start - 1].tag_ in {"NN", "NNS"}


def natural_feature(doc: Doc, c: Cand, lex: Lexicon) -> bool:
    """"Gulf of Aden", "Mount Sefton", "Mueller Glacier": a name opening or ending with a natural-feature word."""
    if c.end - c.start < 2 or _facility(doc, c, lex) or _typed_by_noun_before(doc, c):
        return False
    features = lex.geo_features or {}
    first, last = doc[c.start].lower_.rstrip("."), doc[c.end - 1].lower_
    opens = "first" in features.get(first, ())
    if c.label == "ORG":  # "Sea Shepherd" is a group: organisations only as "Gulf of X"
        opens = opens and doc[c.start + 1].lower_ == "of"
    # "X River" only when every word is part of the name ("Parliament of the Cook Islands" is a parliament)
    closes = "last" in features.get(last, ()) and all(t.is_alpha and t.text[:1].isupper() for t in doc[c.start : c.end])
    return opens or closes


def _adjective(doc: Doc, c: Cand, gazetteer: Gazetteer) -> bool:
    """"Roman propaganda": a one-word NORP with a nationality ending before a noun is an adjective, not a town
    (Roman, Romania). Countries and regions are places however they are used ("Tajikistan embassy")."""
    word = doc[c.start]
    if c.end - c.start != 1 or c.end >= len(doc) or doc[c.end].pos_ not in {"NOUN", "PROPN"}:
        return False
    if not word.lower_.endswith(_NATIONALITY_ENDINGS):
        return False
    return not any(p.kind in _BIG for p in gazetteer.candidates(word.text))


def person_evidence(doc: Doc, c: Cand, cands: list[Cand], lex: Lexicon) -> bool:
    """Whether the document shows the name is a person's: a title before it, a fuller name, a speech verb."""
    prev = doc[c.start - 1] if c.start > 0 else None
    if prev is not None and (lex.is_honorific(prev.text) or lex.is_role(prev.text)):
        return True
    root = doc[c.start : c.end].root
    if root.dep_ == "nsubj" and root.head.lower_ in lex.person_cue_verbs:
        return True
    text = _text(doc, c)
    for other in cands:
        if other.label != "PERSON" or other.end - other.start <= c.end - c.start:
            continue
        full = _text(doc, other)
        if full.endswith(" " + text) or full.startswith(text + " "):
            return True
    return False


def retype_by_name(doc: Doc, cands: list[Cand], lex: Lexicon, gazetteer: Gazetteer) -> None:
    """Places read from the name alone: NORP and FAC the gazetteer knows as places, natural features as LOC."""
    for c in cands:
        if c.origin != "ner" or c.label not in {"NORP", "FAC", "PERSON", "ORG"}:
            continue
        text = _text(doc, c)
        if c.label == "NORP":
            if _demonym(text, lex) or text.isupper() or _adjective(doc, c, gazetteer):
                continue
            place = own_place(gazetteer, text)
            if place is not None and place.label in _PLACES:
                c.label, c.origin = place.label, "gazetteer"
        elif c.label == "FAC" and not _facility(doc, c, lex):
            place = own_place(gazetteer, text)
            if place is not None and place.label in _PLACES:
                c.label, c.origin = place.label, "gazetteer"
            elif natural_feature(doc, c, lex):
                c.label, c.origin = "LOC", "gazetteer"
        elif natural_feature(doc, c, lex) and not person_evidence(doc, c, cands, lex) \
                and own_place(gazetteer, text) is None:
            c.label, c.origin = "LOC", "gazetteer"


def _may_retype(doc: Doc, c: Cand, cands: list[Cand], lex: Lexicon, gazetteer: Gazetteer) -> bool:
    if c.label not in _MISTYPED or c.origin == "override" or _facility(doc, c, lex):
        return False
    text = _text(doc, c)
    if c.label == "NORP" and (_demonym(text, lex) or text.isupper()):
        return False
    # organisations only when the gazetteer knows the name ("Sagaing, Myanmar")
    if c.label == "ORG" and (doc[c.end - 1].lower_ in lex.org_suffixes or not gazetteer.candidates(text)):
        return False
    return not person_evidence(doc, c, cands, lex)


def _known_place(doc: Doc, c: Cand, gazetteer: Gazetteer) -> Place | None:
    """The place a GPE/LOC mention names, when the gazetteer has it under that name."""
    return own_place(gazetteer, _text(doc, c)) if c.label in _PLACES else None


def appositive_places(doc: Doc, cands: list[Cand], lex: Lexicon, gazetteer: Gazetteer) -> None:
    """"Bodrum, Muğla, Turkey", "Pachuca, Hidalgo, Mexico": a name followed by ", <known place>" is a place.

    Read right to left, so each name becomes a place before the one in front of it is judged.
    """
    by_start = {c.start: c for c in cands}
    for c in reversed(cands):
        if c.end + 1 >= len(doc) or doc[c.end].text != ",":
            continue
        nxt = by_start.get(c.end + 1)
        if nxt is None or _known_place(doc, nxt, gazetteer) is None:
            continue
        after = doc[nxt.end] if nxt.end < len(doc) else None
        if after is not None and not (after.is_punct or after.is_space or after.tag_ in {"IN", "CC"}):
            continue  # "Smith, Texas Republican", "Hamad, Qatar's minister"
        if _may_retype(doc, c, cands, lex, gazetteer):
            c.label, c.origin = "GPE", "gazetteer"


def _lists(doc: Doc, cands: list[Cand]) -> list[list[Cand]]:
    """Runs of mentions separated only by commas, "and" and "or" ("Badulla and Nuwara Eliya")."""
    runs: list[list[Cand]] = []
    for c in cands:
        if c.label not in NAME_LABELS:
            continue
        prev = runs[-1][-1] if runs else None
        between = list(doc[prev.end : c.start]) if prev is not None and prev.end <= c.start else []
        if between and all(t.lower_ in _LIST_WORDS for t in between):
            runs[-1].append(c)
        else:
            runs.append([c])
    return [r for r in runs if len(r) > 1]


def coordinated_places(doc: Doc, cands: list[Cand], lex: Lexicon, gazetteer: Gazetteer) -> None:
    """Names listed with a known place are places too, when the list is about places.

    A list is about places when a place word closes it ("the Ashrafiyah, Bani Zeid and Sheikh Maqsood districts"),
    when a place cue opens it ("in", "the towns of", "between") and the gazetteer knows one of its names, or when
    it holds a known town or city. A name the gazetteer does not know is taken only as one word listed with a
    named place (not with a country alone: "Putin and Ukraine" is no list of places), or under a place word.
    """
    for run in _lists(doc, cands):
        closed = head_after(doc, run[-1].end, lex) is not None
        first = run[0]
        opened = locative_cue(doc, first.start, first.end, lex) or (
            first.start > 0 and doc[first.start - 1].lower_ in _LIST_CUES
        )
        named = {id(m): own_place(gazetteer, _text(doc, m)) for m in run}
        places = [named[id(m)] for m in run if m.label in _PLACES]
        towns = any(p is not None and p.kind not in _BIG for p in places)
        any_named = any(p is not None for p in named.values())
        if not (closed or towns or (opened and any_named)):
            continue
        for m in run:
            if m.label == "ORG" or not _may_retype(doc, m, cands, lex, gazetteer):
                continue
            single = m.end - m.start == 1
            if closed or named[id(m)] is not None or (single and (towns or opened)):
                m.label, m.origin = "GPE", "gazetteer"


# Prepositions of place that take no person as their object ("near Brega", "outside Misrata"); "in", "at",
# "from", "around" and "toward" do ("confidence in Trump", "angry at Biden", "those around Putin", "hostility
# toward Biden") and are not here.
_SPATIAL = frozenset({"near", "outside", "inside", "across", "beyond", "throughout"})


def spatial_objects(doc: Doc, cands: list[Cand], lex: Lexicon) -> None:
    """A one-word "person" that is the object of a preposition of place is a place ("fighting near Brega"),
    unless the document gives it person evidence (a title, a fuller name, the subject of "said")."""
    for c in cands:
        if c.label != "PERSON" or c.origin != "ner" or c.end - c.start != 1:
            continue
        tok = doc[c.start]
        if tok.dep_ == "pobj" and tok.head.lower_ in _SPATIAL and not person_evidence(doc, c, cands, lex):
            c.label, c.origin = "GPE", "context"


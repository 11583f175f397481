"""Span rules that run before the document-level type fixes: dates, demonyms, organisation words, datelines.

Each rule corrects a class of small-model errors seen in news copy, from shipped word lists rather than
per-name patches: "Feb 5 to Feb 6" typed LAW is a date, "Gazan" typed PERSON is a nationality word,
"Al-Qassam Brigades" typed PERSON is an organisation, "GAZA STRIP, ..." opening a story is a place, and
"Gaza" tagged without its "City" is Gaza City.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp.entities.gazetteer import Gazetteer
from dateline.nlp.entities.lexicon import Lexicon
from dateline.nlp.entities.names import Cand

# Labels a date-like span must never carry (DATE/TIME are kept as such).
_NAME_LIKE = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
_DATELINE_PUNCT = frozenset({",", ":", "-", "—", "–", "("})
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _text(doc: Doc, c: Cand) -> str:
    return doc[c.start : c.end].text


def _is_number(word: str) -> bool:
    core = word.replace(",", "").replace(".", "")
    for suffix in ("st", "nd", "rd", "th"):
        if core.lower().endswith(suffix) and core[: -len(suffix)].isdigit():
            return True
    return core.isdigit()


def date_like(doc: Doc, c: Cand, lex: Lexicon) -> str | None:
    """"date" for a span that is only a date ("Feb 5 to Feb 6"), "number" for only digits, else None.

    A lone month that is also a first name ("May", "June") stays a name: a date needs a number, a weekday
    or more than one word.
    """
    toks = [t for t in doc[c.start : c.end] if not (t.is_punct or t.is_space)]
    if not toks:
        return None
    words = [t.lower_.rstrip(".") for t in toks]
    if not all(w in lex.date_words or _is_number(w) for w in words):
        return None
    calendar = [lex.date_words[w] for w in words if lex.date_words.get(w, "range") != "range"]
    numbers = [w for w in words if _is_number(w)]
    if not calendar:
        return "number" if numbers else None
    return "date" if numbers or "weekday" in calendar or len(words) > 1 else None


def fix_date_spans(doc: Doc, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """Name-labelled spans made only of dates become DATE mentions; digits-only "names" are dropped."""
    kept = []
    for c in cands:
        if c.label in _NAME_LIKE:
            kind = date_like(doc, c, lex)
            if kind == "number":
                continue
            if kind == "date":
                c.label, c.origin = "DATE", "override"
        kept.append(c)
    return kept


def demonym_code(text: str, lex: Lexicon) -> str | None:
    """The country code of a nationality word, singular or plural ("Gazan", "Israelis"), else None."""
    low = text.lower()
    if low in lex.demonyms:
        return lex.demonyms[low]
    if low.endswith("s") and low[:-1] in lex.demonyms:
        return lex.demonyms[low[:-1]]
    return None


def demonyms_to_norp(doc: Doc, cands: list[Cand], lex: Lexicon) -> None:
    """A mention that is only a nationality word ("Gazan", "Palestinians") is NORP, whatever the model said."""
    for c in cands:
        if c.label in {"PERSON", "ORG", "GPE", "LOC"} and demonym_code(_text(doc, c), lex) is not None:
            c.label, c.origin = "NORP", "override"


def org_words_to_org(doc: Doc, cands: list[Cand], lex: Lexicon, gazetteer: Gazetteer | None) -> None:
    """Names ending in an organisation word ("Al-Qassam Brigades", "Health Ministry") are ORG, not people.

    So are names opening with the Arabic word for an army, movement or brigade ("Jaish al-Islam").
    A place the gazetteer knows keeps its label ("West Bank" ends in "Bank").
    """
    for c in cands:
        if c.label not in {"PERSON", "GPE", "LOC"} or c.origin == "override" or c.end - c.start < 2:
            continue
        if c.label == "PERSON" and doc[c.start].lower_ in lex.org_prefixes:
            c.label, c.origin = "ORG", "override"
            continue
        if doc[c.end - 1].lower_ not in lex.org_suffixes:
            continue
        if c.label != "PERSON" and gazetteer is not None and gazetteer.candidates(_text(doc, c)):
            continue
        c.label, c.origin = "ORG", "override"


def join_city(doc: Doc, cands: list[Cand], gazetteer: Gazetteer | None) -> None:
    """"Gaza" tagged without the "City" after it is Gaza City: the span takes the word and becomes a place."""
    starts = {c.start for c in cands}
    for c in cands:
        if c.end >= len(doc) or doc[c.end].lower_ != "city" or c.end in starts:
            continue
        if c.label not in {"GPE", "LOC", "PERSON", "ORG"}:
            continue
        joined = doc[c.start : c.end + 1].text
        known = gazetteer is not None and any(p.kind == "city" for p in gazetteer.candidates(joined))
        if known or doc[c.end].text == "City":
            c.end += 1
            c.label, c.origin = "GPE", "gazetteer" if known else c.origin


def _opening_caps(doc: Doc) -> tuple[int, int] | None:
    """The token span of an ALL-CAPS run opening the text, if a dateline punctuation mark follows it."""
    i = 0
    while i < len(doc) and doc[i].is_space:
        i += 1
    start = i
    while i < len(doc) and (doc[i].is_upper or (doc[i].text in {"-", "'", "’", "."} and i > start)) \
            and not doc[i].is_space:
        i += 1
    if i == start or i >= len(doc) or doc[i].text not in _DATELINE_PUNCT:
        return None
    if not any(t.is_alpha and len(t) > 1 for t in doc[start:i]):
        return None
    return start, i


def dateline_place(doc: Doc, cands: list[Cand], gazetteer: Gazetteer | None) -> list[Cand]:
    """An ALL-CAPS dateline opening the story ("GAZA STRIP, Palestinian Territories - ...") is a place mention.

    Taken when the gazetteer knows the name, or when a known place follows the comma ("NUSEIRAT, Gaza Strip").
    """
    span = _opening_caps(doc)
    if span is None or gazetteer is None:
        return cands
    start, end = span
    place = gazetteer.candidates(doc[start:end].text)
    if not place:
        after = next((c for c in cands if c.start == end + 1 and c.label in _PLACE_LABELS), None)
        if doc[end].text != "," or after is None or not gazetteer.candidates(_text(doc, after)):
            return cands
    label = place[0].label if place else "GPE"
    kept = [c for c in cands if c.end <= start or c.start >= end]
    return sorted([*kept, Cand(start, end, label, "gazetteer")], key=lambda c: c.start)

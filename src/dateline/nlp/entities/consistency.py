"""One name, one type: fixes the small model's labels with name lists, the gazetteer and the document itself.

Order matters: shipped overrides first, then full personal names claim their short forms ("Blinken" after
"Antony Blinken" is a PERSON wherever the model said GPE), then place names the model took for people or
organisations become places, then every other name takes its majority label, and finally untagged
occurrences of names already known in the document are added.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc

from dateline.nlp.entities.gazetteer import Gazetteer, Place, fold
from dateline.nlp.entities.lexicon import Lexicon
from dateline.nlp.entities.locative import locative_cue
from dateline.nlp.entities.names import Cand, surname_forms

# A city this large is read as the place even without a cue word around it ("Copenhagen: ...").
STRONG_CITY_POPULATION = 100_000
_CONSISTENT_LABELS = ("PERSON", "ORG", "GPE", "LOC")
_DATELINE_PUNCT = frozenset({":", "-", "—", "–", ","})


def _text(doc: Doc, c: Cand) -> str:
    return doc[c.start : c.end].text


def apply_overrides(doc: Doc, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """Shipped corrections for names the model is known to mistype, and the labels of canonical names."""
    kept = []
    for c in cands:
        text = _text(doc, c)
        label = lex.type_overrides.get(text)
        if label is None and text in lex.canonical_names:
            label = lex.canonical_names[text][1]
        if label == "DROP":
            continue
        if label:
            # marked even when the model agreed: later steps (gazetteer, person forms) leave overrides alone
            # ("Hamas" is an alternate name of Hamm, Germany; the shipped list says ORG)
            c.label, c.origin = label, "override"
        kept.append(c)
    return kept


def drop_common_nouns(doc: Doc, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """One-word 'names' the tagger itself calls a common noun ("Shellings"), or shipped common words.

    The shipped list (common_words.txt) holds words the model capitalises and tags as names on their own,
    such as "Humanitarian" in "seeking Humanitarian aid".
    """
    def common(c: Cand) -> bool:
        tok = doc[c.start]
        if c.end - c.start != 1 or c.label not in {*_CONSISTENT_LABELS, "NORP"}:
            return False
        if tok.lower_ in lex.common_words:
            return True
        return c.label != "NORP" and tok.tag_ in {"NN", "NNS"}

    return [c for c in cands if not common(c)]


def _demonym(text: str, lex: Lexicon) -> str | None:
    low = text.lower()
    return lex.demonyms.get(low) or (lex.demonyms.get(low[:-1]) if low.endswith("s") else None)


def drop_title_words(doc: Doc, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """Title parts the model tags as names: "State" in "Secretary of State", "Crown" in "Crown Prince"."""
    kept = []
    for c in cands:
        if c.label != "GPE" and doc[c.start : c.end].text.lower() in lex.title_words:
            after = doc[c.end] if c.end < len(doc) else None
            before = doc[c.start - 2 : c.start] if c.start >= 2 else None
            if after is not None and (lex.is_role(after.text) or after.lower_ in lex.title_honorifics):
                continue
            if before is not None and before[1].lower_ == "of" and lex.is_role(before[0].text):
                continue
        kept.append(c)
    return kept


def person_forms(doc: Doc, cands: list[Cand], gazetteer: Gazetteer | None) -> set[str]:
    """Texts that denote a person here: multi-word PERSON names and their surnames."""
    forms: set[str] = set()
    for c in cands:
        if c.label != "PERSON" or c.end - c.start < 2:
            continue
        text = _text(doc, c)
        if gazetteer is not None and _place_reading(doc, c, gazetteer) is not None:
            continue  # "Khan Younis" tagged PERSON is a city, not a Mr Younis
        forms.add(text)
        forms.update(surname_forms(text))
    return forms


def _place_reading(doc: Doc, c: Cand, gazetteer: Gazetteer) -> Place | None:
    """The gazetteer record a mention may be, if the name and its context allow a place reading."""
    text = _text(doc, c)
    lex = gazetteer.lexicon
    if text.split()[-1].lower() in lex.org_suffixes:
        return None
    candidates = gazetteer.candidates(text)
    if not candidates:
        return None
    best = max(candidates, key=lambda p: p.population)
    if text.isupper() and len(text) > 1 and best.kind not in {"country", "region"}:
        return None  # an acronym ("CNN", "UN") is a town only by an alternate name: an organisation
    # without a cue word, only a big city under its own name ("Copenhagen"), not an alternate name
    # ("Hamas" is a GeoNames alternate name of Hamm, Germany)
    # a multi-word alternate name of a big city is specific enough ("Khan Younis" for Khān Yūnis)
    strong = best.kind in {"country", "region"} or (
        best.population >= STRONG_CITY_POPULATION and (fold(best.name) == fold(text) or c.end - c.start > 1)
    )
    if c.label == "PERSON":
        prev = doc[c.start - 1] if c.start > 0 else None
        if prev is not None and lex.is_honorific(prev.text):
            return None
        root = doc[c.start : c.end].root
        if root.dep_ == "nsubj" and root.head.lower_ in lex.person_cue_verbs:
            return None
    return best if strong or _place_cue(doc, c, lex) else None


def _place_cue(doc: Doc, c: Cand, lex: Lexicon) -> bool:
    if locative_cue(doc, c.start, c.end, lex):
        return True
    # coordinated with a place the model tagged ("on Gaza City and Khan Younis", "Deir al-Balah, and al-Mawasi")
    j = c.start - 1
    while j >= 0 and doc[j].lower_ in {"and", ",", "or"}:
        j -= 1
    if 0 <= j < c.start - 1 and doc[j].ent_type_ in {"GPE", "LOC"}:
        return True
    # a dateline: the name opens a line and is followed by ":" or a dash ("COPENHAGEN: ...")
    opens_line = c.start == 0 or "\n" in doc[c.start - 1].text_with_ws
    return opens_line and c.end < len(doc) and doc[c.end].text in _DATELINE_PUNCT


def claim_persons(doc: Doc, cands: list[Cand], forms: set[str]) -> None:
    """Every mention whose text is a known person form becomes PERSON, whatever the model said."""
    for c in cands:
        if c.label == "PERSON" or c.origin == "override":
            continue
        if _text(doc, c) in forms:
            c.label, c.origin = "PERSON", "consistency"
            continue
        # "Later Baerbock" tagged ORG: a sentence-initial adverb glued to a known surname
        for k in range(c.start + 1, c.end):
            if doc[k : c.end].text in forms and all(t.tag_ not in {"NNP", "NNPS"} for t in doc[c.start : k]):
                c.start, c.label, c.origin = k, "PERSON", "consistency"
                break


def retype_places(doc: Doc, cands: list[Cand], forms: set[str], gazetteer: Gazetteer) -> None:
    """Place names the model typed PERSON/ORG/NORP become GPE (or the region's label) when context allows.

    A LOC that the gazetteer knows as a town ("the Deir al-Balah area") takes the town's label too.
    """
    lex = gazetteer.lexicon
    for c in cands:
        if c.label not in {"PERSON", "ORG", "NORP", "LOC"} or c.origin == "override" or _text(doc, c) in forms:
            continue
        if c.label == "NORP" and not _norp_may_be_place(doc, c, lex):
            continue
        place = _place_reading(doc, c, gazetteer)
        if place is None or (c.label == "LOC" and (place.kind in {"country", "region"} or place.label != "GPE")):
            continue
        c.label, c.origin = place.label, "gazetteer"


def _norp_may_be_place(doc: Doc, c: Cand, lex: Lexicon) -> bool:
    """A NORP is read as a place only next to a place word, and never a nationality or an acronym ("SAF")."""
    text = _text(doc, c)
    if _demonym(text, lex) is not None or text.isupper():
        return False
    return locative_cue(doc, c.start, c.end, lex)


def majority_labels(doc: Doc, cands: list[Cand]) -> None:
    """Within the document, one exact name keeps one label: the best supported one.

    A label set by a shipped list, the gazetteer or a full name counts double: it has evidence beyond the model.
    When only one label has such evidence it wins however often the model said otherwise: "retook Brega and
    Sirte" makes Brega a place in "near Brega" and "held Brega" too, where the model read a person.
    """
    by_text: dict[str, Counter[str]] = defaultdict(Counter)
    evidenced: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        if c.label in _CONSISTENT_LABELS:
            by_text[_text(doc, c)][c.label] += 1 if c.origin == "ner" else 2
            if c.origin != "ner":
                evidenced[_text(doc, c)].add(c.label)
    for c in cands:
        text = _text(doc, c)
        counts = by_text.get(text)
        if counts and len(counts) > 1:
            sure = evidenced.get(text, set())
            best = next(iter(sure)) if len(sure) == 1 else max(counts, key=lambda lab: (counts[lab], lab == "PERSON"))
            if best != c.label:
                c.label, c.origin = best, "consistency"


def add_untagged(doc: Doc, cands: list[Cand], lex: Lexicon, forms: set[str]) -> list[Cand]:
    """Occurrences of the document's names the model did not tag at all ("Blinken" as a plain noun)."""
    names: dict[str, str] = dict.fromkeys(forms, "PERSON")
    for c in cands:
        if c.label in _CONSISTENT_LABELS:
            names.setdefault(_text(doc, c), c.label)
    # shipped names are mentions even where the model tagged nothing ("the Shin Bet said")
    text = doc.text
    for name, label in lex.type_overrides.items():
        if label in _CONSISTENT_LABELS and name in text:
            names.setdefault(name, label)
    names = {n: lab for n, lab in names.items() if n[:1].isupper() and n.lower() not in lex.title_words}
    if not names:
        return cands
    taken = [False] * len(doc)
    for c in cands:
        for i in range(c.start, c.end):
            taken[i] = True
    starts = _word_starts(text)
    added = []
    for name in sorted(names, key=len, reverse=True):  # longest first: "Antony Blinken" before "Blinken"
        # only where a word starts with the name's first word: one dict look-up, not a scan of the whole text
        # per name (that was quadratic on book-length articles)
        first = _ALNUM_RUN.match(name)
        free_from = 0  # occurrences do not overlap
        for at in starts.get(first.group() if first else "", ()):
            end = at + len(name)
            if at < free_from or not text.startswith(name, at):
                continue
            free_from = end
            bounded = end == len(text) or not text[end].isalnum()
            span = doc.char_span(at, end) if bounded else None
            if span is None or any(taken[i] for i in range(span.start, span.end)):
                continue
            if len(span) == 1 and span[0].tag_ not in {"NNP", "NNPS"}:
                continue  # "May" the month is not Mrs May
            added.append(Cand(span.start, span.end, names[name], "consistency"))
            for i in range(span.start, span.end):
                taken[i] = True
    return sorted(cands + added, key=lambda c: c.start)


_ALNUM_RUN = re.compile(r"[^\W_]+")  # a run of str.isalnum() characters


def _word_starts(text: str) -> dict[str, list[int]]:
    """Every run of letters and digits in the text -> where it starts, in text order."""
    starts: dict[str, list[int]] = defaultdict(list)
    for m in _ALNUM_RUN.finditer(text):
        starts[m.group()].append(m.start())
    return starts

"""Titles, roles and affiliations written next to a person's name, kept apart from the name.

Two places are read: the words before the name in the same noun phrase ("US Secretary of State Antony
Blinken", via the dependency parse) and an appositive after it ("Mohammed Thabet, a spokesman for ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dateline.nlp.entities.lexicon import Lexicon

_STOP_DEPS = frozenset({"det", "predet", "punct", "aux", "auxpass", "neg", "mark", "advmod", "nummod"})
_CUT_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "appos"})
_AFFILIATION_LABELS = frozenset({"NORP", "GPE", "ORG"})


@dataclass
class TitleInfo:
    """What the text says about a person next to one mention."""

    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    title_spans: list[tuple[int, int]] = field(default_factory=list)  # token spans, to drop mentions inside


def _glued(doc: Doc, i: int) -> bool:
    return 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _has_role(tokens: Span, lex: Lexicon) -> bool:
    return any(lex.is_role(t.text) or t.lower_.rstrip(".") in lex.title_honorifics for t in tokens)


def _affiliation(tokens: Span, lex: Lexicon) -> str | None:
    """The first nationality / country / organisation word group in a title ("Israeli", "US", "Hamas")."""
    # Walk the tokens' IOB tags rather than `Span.ents`, which scans every entity of the document.
    i, end = tokens.start, tokens.end
    doc = tokens.doc
    while i < end:
        tok = doc[i]
        if tok.ent_type_ in _AFFILIATION_LABELS and tok.ent_iob_ == "B":
            j = i + 1
            while j < len(doc) and doc[j].ent_iob_ == "I":
                j += 1
            text = doc[i:j].text
            if j <= end and text.lower() not in lex.title_words:
                for suffix in ("'s", "’s"):
                    text = text.removesuffix(suffix)
                return text
            i = j
            continue
        i += 1
    for t in tokens:
        if t.lower_ in lex.demonyms:
            return t.text
    return None


def left_title(doc: Doc, start: int, end: int, lex: Lexicon) -> TitleInfo:
    """Title words before the name that the parse attaches to it ("Israeli Defence Minister" Yoav Gallant)."""
    root = doc[start:end].root
    i = start - 1
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    while i >= sent_start:
        tok: Token = doc[i]
        if tok.dep_ in _STOP_DEPS and not (tok.text == "-" and _glued(doc, i)):
            break
        if tok.pos_ in {"VERB", "AUX", "PRON"} or not root.is_ancestor(tok):
            break
        i -= 1
    lo = i + 1
    hi = start
    # a courtesy honorific next to the name is neither name nor title ("Mr Blinken")
    while hi > lo and doc[hi - 1].lower_.rstrip(".") in lex.courtesy:
        hi -= 1
    while lo < hi and doc[lo].lower_ in {"the", "a", "an"}:
        lo += 1
    if lo >= hi:
        return TitleInfo()
    phrase = doc[lo:hi]
    info = TitleInfo(affiliation=_affiliation(phrase, lex))
    if _has_role(phrase, lex):
        info.titles.append(phrase.text)
        info.title_spans.append((lo, hi))
    return info


def _appositive_tokens(head: Token) -> list[int]:
    """The appositive's own words: its subtree without relative clauses, lists or nested appositives."""
    cut = set()
    for child in head.children:
        if child.dep_ in _CUT_DEPS:
            cut.update(t.i for t in child.subtree)
    return [t.i for t in head.subtree if t.i not in cut]


def appositive_title(doc: Doc, start: int, end: int, lex: Lexicon) -> TitleInfo:
    """A role given in apposition after the name: "Mohammed Thabet, a spokesman for the ... company"."""
    root = doc[start:end].root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= end and child.pos_ == "NOUN":
            idx = _appositive_tokens(child)
            lo, hi = min(idx), max(idx) + 1
            while lo < hi and (doc[lo].lower_ in {"a", "an", "the"} or doc[lo].is_punct):
                lo += 1
            return _from_phrase(doc, lo, hi, lex)
    # the parse often misses the appositive ("Hady Amr, a deputy assistant dispatched by ..."): read the text
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in {"a", "an", "the"}:
        lo = hi = end + 2
        while hi < len(doc) and doc[hi].sent == doc[start].sent:
            tok = doc[hi]
            if tok.is_punct or tok.pos_ in {"VERB", "AUX"} or tok.dep_ in {"relcl", "acl"}:
                break
            hi += 1
        return _from_phrase(doc, lo, hi, lex)
    return TitleInfo()


def _from_phrase(doc: Doc, lo: int, hi: int, lex: Lexicon) -> TitleInfo:
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    if lo >= hi:
        return TitleInfo()
    phrase = doc[lo:hi]
    # the head noun (not a word deep inside a prepositional phrase) must be a role word
    if not (lex.is_role(phrase.root.text) or lex.is_role(doc[lo].text)):
        return TitleInfo()
    return TitleInfo(titles=[phrase.text], affiliation=None, title_spans=[(lo, hi)])


def person_titles(doc: Doc, start: int, end: int, lex: Lexicon) -> TitleInfo:
    """Titles and affiliation around one person mention."""
    left = left_title(doc, start, end, lex)
    right = appositive_title(doc, start, end, lex)
    return TitleInfo(
        titles=left.titles + right.titles,
        affiliation=left.affiliation or right.affiliation,
        title_spans=left.title_spans + right.title_spans,
    )

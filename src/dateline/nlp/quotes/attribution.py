"""Dependency-parse helpers: is a token a cue, who is its speaker, what span names the speaker."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.nlp.quotes.lexicon import QuoteLexicon

_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
# Children that belong to a speaker's name phrase on its left ("State Department spokesman Matthew Miller").
_LEFT_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case", "punct"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# A cue in these relations shares its subject with its head ("Blinken ticked off ... and said").
_SHARED_SUBJECT_DEPS = frozenset({"conj", "advcl", "xcomp"})
_QUOTE_CHARS = "\"“”„'`‘’"


@dataclass(frozen=True)
class Attribution:
    """A cue ("said", "according to") and the speaker phrase it introduces (None when unknown)."""

    cue_start: int
    cue_end: int
    cue_text: str
    speaker_start: int | None
    speaker_end: int | None
    speaker_head: int | None  # token index of the speaker phrase's head


def is_according(token: Token) -> bool:
    """True for the 'according' of 'according to'."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ == "according" and nxt is not None and nxt.lower_ == "to"


def is_cue_verb(token: Token, lexicon: QuoteLexicon) -> bool:
    """A verb of saying used as a verb (not "the said document", not a noun "reports")."""
    return token.tag_ in _VERB_TAGS and lexicon.cue_lemma(token.text) is not None


def is_cue(token: Token, lexicon: QuoteLexicon) -> bool:
    return is_according(token) or is_cue_verb(token, lexicon)


def cue_extent(token: Token) -> tuple[int, int]:
    """Character span of a cue: the verb itself, or both words of 'according to'."""
    if is_according(token):
        return token.idx, token.nbor(1).idx + len(token.nbor(1))
    return token.idx, token.idx + len(token)


def speaker_head(cue: Token) -> Token | None:
    """The head token of the cue's speaker from the parse, or None."""
    if is_according(cue):
        to = cue.nbor(1)
        for child in list(to.children) + list(cue.children):
            if child.dep_ == "pobj":
                return child
        return None
    node: Token | None = cue
    for _ in range(3):  # "Blinken ticked off ..., and said" / "..., adding that ..."
        assert node is not None
        for child in node.children:
            if child.dep_ in _SUBJECT_DEPS and child.dep_ != "csubj":
                return child
            if child.dep_ == "agent":  # "was told by X"
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
        if node.dep_ in _SHARED_SUBJECT_DEPS and node.head is not node:
            node = node.head
        else:
            break
    return None


def phrase_extent(head: Token) -> tuple[int, int]:
    """Character span of a speaker phrase: the head plus its left modifiers, no appositions or clauses."""
    left = head.i
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS:
            left = min(left, child.left_edge.i)
    right = head.i
    for child in head.rights:
        if child.dep_ in ("compound", "flat") and child.i == right + 1:
            right = child.i
    doc = head.doc
    while left < right and (doc[left].is_punct or doc[left].text in _QUOTE_CHARS):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right])


def make_attribution(cue: Token, head: Token | None) -> Attribution:
    cue_start, cue_end = cue_extent(cue)
    doc: Doc = cue.doc
    if head is None:
        return Attribution(cue_start, cue_end, doc.text[cue_start:cue_end], None, None, None)
    s, e = phrase_extent(head)
    return Attribution(cue_start, cue_end, doc.text[cue_start:cue_end], s, e, head.i)


def nominal_run(tokens: list[Token]) -> Token | None:
    """Head of a speaker phrase found by position when the parse failed: its last noun or pronoun."""
    best = None
    for tok in tokens:
        if tok.pos_ in ("PROPN", "PRON", "NOUN", "NUM"):
            best = tok
        elif best is not None and (tok.is_punct or tok.pos_ in ("ADP", "VERB", "AUX", "SCONJ")):
            break
    return best

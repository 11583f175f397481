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
_RELATIVES = frozenset({"who", "that", "which"})
# "..., saying that ...": a participle in these relations speaks with its head's subject
_PARTICIPLE_DEPS = frozenset({"ccomp", "npadvmod", "dep", "parataxis"})
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY"})


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
    node: Token = cue
    for _ in range(3):  # "Blinken ticked off ..., and said" / "..., adding that ..."
        for child in node.children:
            if child.dep_ in _SUBJECT_DEPS and child.dep_ != "csubj":
                return None if child.ent_type_ in _NOT_SPEAKERS else child
            if child.dep_ == "agent":  # "was told by X"
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
        if node.tag_ == "VBG" and node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head  # "a statement saying ...", "Trump's campaign, saying ..."
        if node.tag_ == "VBG" and node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head.head  # "explained the headline by saying ...": the subject of "explained"
            continue
        climbs = node.dep_ in _SHARED_SUBJECT_DEPS or (node.tag_ == "VBG" and node.dep_ in _PARTICIPLE_DEPS)
        if climbs and node.head is not node:
            node = node.head
            if node.dep_ == "acomp" and node.head is not node:  # "voters are more likely to say"
                node = node.head
        else:
            break
    return _inverted_subject(cue) or _left_nominal(cue)


def _inverted_subject(cue: Token) -> Token | None:
    """'..., says Donald Trump': a name right after a cue that follows a comma or a closing mark."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text not in (",", "”", '"', "''"):
        return None
    for child in cue.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "appos") and child.pos_ == "PROPN":
            return child if child.ent_type_ not in _NOT_SPEAKERS else None
    return None


def antecedent(subject: Token) -> Token | None:
    """'voters who say ...': the noun a relative pronoun subject stands for (None if not found)."""
    verb = subject.head
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    return None


def _left_nominal(cue: Token) -> Token | None:
    """When the parse gives no subject: the noun right before the cue ("About 4 in 10 say")."""
    i = cue.i - 1
    while i >= cue.sent.start and cue.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if i >= cue.sent.start and cue.doc[i].pos_ in ("PROPN", "PRON", "NOUN", "NUM"):
        tok = cue.doc[i]
        return tok if tok.lower_ not in _RELATIVES and tok.ent_type_ not in _NOT_SPEAKERS else None
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
    cue_text = doc[cue.i : cue.i + 2].text if is_according(cue) else cue.text
    if head is None:
        return Attribution(cue_start, cue_end, cue_text, None, None, None)
    s, e = phrase_extent(head)
    return Attribution(cue_start, cue_end, cue_text, s, e, head.i)


def nominal_run(tokens: list[Token]) -> Token | None:
    """Head of a speaker phrase found by position when the parse failed: its last noun or pronoun."""
    best = None
    for tok in tokens:
        if tok.pos_ in ("PROPN", "PRON", "NOUN") and tok.ent_type_ not in _NOT_SPEAKERS:
            best = tok
        elif best is not None and (tok.is_punct or tok.pos_ in ("ADP", "VERB", "AUX", "SCONJ")):
            break
    return best

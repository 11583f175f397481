"""Indirect (reported) speech from the dependency parse: the complement clause of a verb of saying."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.nlp.quotes.attribution import (
    Attribution,
    is_according,
    is_cue_verb,
    make_attribution,
    speaker_head,
)
from dateline.nlp.quotes.lexicon import QuoteLexicon

_EDGE_STRIP = frozenset({",", ";", ":", ".", "—", "–", "-", "(", ")"})
_LEADING_WORDS = frozenset({"that"})
_TRAILING_CUE_DEPS = frozenset({"advcl", "conj", "xcomp", "acl"})
# Verbs whose direct object is an addressee or trivial, never the reported content.
_NO_OBJECT_CONTENT = frozenset(
    {"say", "tell", "inform", "remind", "assure", "ask", "urge", "write", "post", "continue"}
)


@dataclass
class IndirectQuote:
    start: int
    end: int
    attribution: Attribution


def _span(doc: Doc, left: int, right: int) -> tuple[int, int] | None:
    """Character span of tokens left..right (inclusive) without edge punctuation or a leading 'that'."""
    while left <= right and (doc[left].text in _EDGE_STRIP or doc[left].is_space):
        left += 1
    if left <= right and doc[left].lower_ in _LEADING_WORDS and doc[left].dep_ == "mark":
        left += 1
    while right >= left and (doc[right].text in _EDGE_STRIP or doc[right].is_space):
        right -= 1
    words = [t for t in doc[left : right + 1] if not t.is_punct and not t.is_space] if left <= right else []
    if len(words) < 2:
        return None
    return doc[left].idx, doc[right].idx + len(doc[right])


def _according_content(cue: Token) -> tuple[int, int] | None:
    """'X happened, according to Y' / 'According to Y, X happened': the rest of the sentence."""
    doc = cue.doc
    phrase_left, phrase_right = cue.i, max(cue.right_edge.i, cue.nbor(1).right_edge.i)
    sent = cue.sent
    if phrase_left <= sent.start + 1:
        return _span(doc, phrase_right + 1, sent.end - 1)
    rest = [t for t in doc[phrase_right + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if not rest:
        return _span(doc, sent.start, phrase_left - 1)
    head = cue.head
    if head.i < phrase_left:  # mid-sentence: the clause it modifies, up to the phrase
        return _span(doc, head.left_edge.i, phrase_left - 1)
    return _span(doc, phrase_right + 1, head.right_edge.i)


def _before_next_cue(clause: Token, lex: QuoteLexicon) -> int:
    """Right end of a content clause, cut before a trailing '..., calling them X' / '..., and said'."""
    doc = clause.doc
    for tok in doc[clause.i + 1 : clause.right_edge.i + 1]:
        if is_cue_verb(tok, lex) and tok.dep_ in _TRAILING_CUE_DEPS and doc[tok.i - 1].text in (",", "and"):
            return tok.i - 1
    return clause.right_edge.i


def _verb_content(cue: Token, lex: QuoteLexicon) -> tuple[int, int] | None:
    doc = cue.doc
    for child in cue.children:
        if child.dep_ == "ccomp":
            return _span(doc, child.left_edge.i, _before_next_cue(child, lex))
    lemma = lex.cue_lemma(cue.text)
    if lemma in lex.xcomp_lemmas:
        for child in cue.children:
            if child.dep_ == "xcomp":
                left = child.left_edge.i
                objs = [c for c in cue.children if c.dep_ == "dobj" and c.i < child.i]
                if objs and lemma not in ("tell", "ask"):  # "urged Israel to halt" keeps "Israel"
                    left = objs[0].left_edge.i
                return _span(doc, left, child.right_edge.i)
    nominal = _object_content(cue, lemma)
    if nominal is not None:
        return nominal
    head = cue.head
    inverted = cue.dep_ == "parataxis" or (
        cue.dep_ in ("advcl", "conj", "ccomp")
        and head.i < cue.i
        and speaker_head(cue) is not None
        and any(t.text == "," for t in doc[head.i : cue.left_edge.i])
    )
    if inverted and head is not cue:  # "That will take time, Netanyahu said"
        return _span(doc, head.left_edge.i, cue.left_edge.i - 1)
    return None


def _object_content(cue: Token, lemma: str | None) -> tuple[int, int] | None:
    """'announced his resignation', 'called them rapists', 'accused X of Y', 'called for X'."""
    if lemma in _NO_OBJECT_CONTENT:
        return None
    doc = cue.doc
    parts = [c for c in cue.rights if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp")]
    parts += [c for c in cue.rights if c.dep_ == "prep" and c.lower_ in ("for", "of", "on")]
    objects = [c for c in parts if c.dep_ == "dobj"]
    fors = [c for c in parts if c.dep_ == "prep"]
    if not objects and not (fors and lemma in ("call", "accuse", "warn")):
        return None
    if objects and objects[0].pos_ == "PRON" and len(parts) == 1:
        return None  # "said it": nothing reported
    left = min(c.left_edge.i for c in parts)
    right = max(c.right_edge.i for c in parts)
    return _span(doc, left, right)


def _same_paragraph(text: str, content: tuple[int, int], cue_at: int) -> tuple[int, int] | None:
    """Reported speech never crosses a line break (headlines and datelines run into the parse)."""
    start, end = content
    piece = text[start:end]
    if "\n" not in piece:
        return content
    if cue_at >= end:
        start = start + piece.rindex("\n") + 1
    else:
        end = start + piece.index("\n")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t,;:":
        end -= 1
    return (start, end) if len(text[start:end].split()) >= 2 else None


def find_indirect(doc: Doc, lex: QuoteLexicon, skip: set[int]) -> list[IndirectQuote]:
    """Reported speech introduced by a verb of saying or 'according to' (tokens in `skip` are ignored)."""
    out: list[IndirectQuote] = []
    text = doc.text
    for tok in doc:
        if tok.i in skip:
            continue
        if is_according(tok):
            content = _according_content(tok)
        elif is_cue_verb(tok, lex):
            content = _verb_content(tok, lex)
        else:
            continue
        if content is None:
            continue
        content = _same_paragraph(text, content, tok.idx)
        if content is None:
            continue
        att = make_attribution(tok, speaker_head(tok))
        if att.speaker_start is not None and content[0] <= att.speaker_start < content[1]:
            continue  # a subject inside its own content: a misparse, not an attribution
        out.append(IndirectQuote(content[0], content[1], att))
    return out

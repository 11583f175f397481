"""Indirect (reported) speech from the dependency parse: the complement clause of a verb of saying."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.nlp.quotes.attribution import (
    Attribution,
    is_according,
    is_cue_verb,
    is_text_cue,
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
    for conj in clause.rights:  # "X is Y, and he railed against ...": the narrator's next clause
        if conj.dep_ == "conj" and _narrated(conj, lex):
            cc = conj.left_edge.i
            if cc > clause.i + 1 and doc[cc - 1].text in ("and", "but") and doc[cc - 2].text == ",":
                return cc - 3
    return clause.right_edge.i


def _narrated(verb: Token, lex: QuoteLexicon) -> bool:
    """A conjoined clause whose subject is he/she: the reporter goes on about the speaker."""
    return any(c.dep_ == "nsubj" and lex.pronouns.get(c.lower_) == "person" for c in verb.lefts)


def _verb_content(cue: Token, lex: QuoteLexicon) -> tuple[int, int] | None:
    doc = cue.doc
    clauses = [c for c in cue.children if c.dep_ == "ccomp" or _that_clause(c, cue)]
    if not clauses and lex.cue_lemma(cue.text) in lex.addressee_cues:  # "told a conference that X"
        objects = [c for c in cue.rights if c.dep_ == "dobj"]
        clauses = [c for obj in objects for c in obj.rights if _that_clause(c, obj)]
    if clauses:  # '"...queue."\n\nFarage said the warning was ...': the clause after the cue, not the quote before
        child = next((c for c in clauses if c.i > cue.i), clauses[0])
        return _span(doc, child.left_edge.i, _before_next_cue(child, lex))
    lemma = lex.cue_lemma(cue.text)
    if lemma == "say":  # "He said legalizing it could put ...": a gerund clause misparsed as xcomp
        for child in cue.rights:
            if child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i == cue.i + 1:
                return _span(doc, child.left_edge.i, _before_next_cue(child, lex))
    answer = _answer_content(cue, lemma, lex)
    if answer is not None:
        return answer
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
    as_clause = cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
    if as_clause and head.i > cue.i:  # "As the Times noted, Clinton raised $1.1 million": the main clause
        return _span(doc, cue.right_edge.i + 1, head.right_edge.i)
    inverted = (cue.dep_ == "parataxis" and head.i < cue.i) or (
        cue.dep_ in ("advcl", "conj", "ccomp")
        and head.i < cue.i
        and speaker_head(cue) is not None
        and any(t.text == "," for t in doc[head.i : cue.left_edge.i])
    )
    if inverted and head is not cue:  # "That will take time, Netanyahu said"
        return _span(doc, head.left_edge.i, cue.left_edge.i - 1)
    return None


def _that_clause(child: Token, head: Token) -> bool:
    """'UNICEF reports that 1 in 3 children are malnourished' parsed as acl/advcl: still the reported clause."""
    if child.dep_ not in ("acl", "advcl") or child.i < head.i or child.left_edge.i != head.i + 1:
        return False
    first = child.left_edge
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
    return first.lower_ == "that" and first.dep_ == "mark" and first.head.i == child.i and has_subject


def _answer_content(cue: Token, lemma: str | None, lex: QuoteLexicon) -> tuple[int, int] | None:
    """'75 percent said yes', 'half said so', 'a third said that of Cruz': a one-word answer is the content."""
    if lemma != "say":
        return None
    for child in cue.rights:
        if child.dep_ in ("dobj", "intj", "advmod") and child.lower_ in lex.answer_objects:
            if child.lower_ == "that" and child.dep_ != "dobj":
                continue
            right = child.i
            for grand in child.rights:
                if grand.dep_ == "prep" and grand.lower_ == "of":  # "the same of Sanders"
                    right = grand.right_edge.i
            left = child.left_edge.i if child.dep_ == "dobj" else child.i
            doc = cue.doc
            return doc[left].idx, doc[right].idx + len(doc[right])
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


def find_indirect(doc: Doc, lex: QuoteLexicon, skip: set[int], text: str | None = None) -> list[IndirectQuote]:
    """Reported speech introduced by a verb of saying or 'according to' (tokens in `skip` are ignored)."""
    out: list[IndirectQuote] = []
    text = doc.text if text is None else text
    for tok in doc:
        if tok.i in skip:
            continue
        parts: list[tuple[int, int]] = []
        if is_according(tok):
            content = _according_content(tok)
        elif is_cue_verb(tok, lex):
            if is_text_cue(tok, lex):
                continue
            content = _verb_content(tok, lex)
            if content is None:
                parts = _parenthetical(tok)
        else:
            continue
        if content is not None:
            parts = [content]
        att: Attribution | None = None
        for part in parts:
            piece = _same_paragraph(text, part, tok.idx)
            if piece is None:
                continue
            att = att or make_attribution(tok, speaker_head(tok))
            if att.speaker_start is not None and piece[0] <= att.speaker_start < piece[1]:
                continue  # a subject inside its own content: a misparse, not an attribution
            out.append(IndirectQuote(piece[0], piece[1], att))
    return out


def _parenthetical(cue: Token) -> list[tuple[int, int]]:
    """'Loyalty, he noted, has long been a core tenet': the clause around a cue set off by commas."""
    head = cue.head
    if cue.dep_ not in ("parataxis", "ccomp") or head.i <= cue.i:
        return []
    doc = cue.doc
    lo, hi = cue.left_edge.i, cue.right_edge.i
    while lo < cue.i and doc[lo].is_punct:
        lo += 1
    while hi > cue.i and doc[hi].is_punct:
        hi -= 1
    if lo < 2 or hi + 2 >= len(doc) or doc[lo - 1].text != "," or doc[hi + 1].text != ",":
        return []
    after = _span(doc, hi + 2, head.right_edge.i)
    if after is None:
        return []
    before = [t for t in doc[head.left_edge.i : lo - 1] if not (t.is_punct or t.is_space)]
    if not before:
        return [after]
    return [(before[0].idx, before[-1].idx + len(before[-1])), after]

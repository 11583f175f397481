"""Who reports a figure, when and where: read from the sentence and from the other annotators' results."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline.nlp.figures.lexicon import Lexicon
from dateline.nlp.spans import RecordIndex

# Clauses of a reporting verb that carry what is reported ("said (that) ...", "accuses X of killing ...").
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "prep", "conj"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass
class Reporter:
    text: str
    start: int  # character offsets into the document
    end: int


def noun_phrase(head: Token) -> Span:
    """The head noun with what stands before it ("the Gaza Health Ministry"), not its trailing phrases."""
    return head.doc[head.left_edge.i : head.i + 1]


def sentence_reporter(sent: Span, figure_token: Token, lex: Lexicon) -> Reporter | None:
    """The source the sentence attributes the figure to: "according to X", or X of "X said" over the figure."""
    for tok in sent:
        if tok.lower_ == "according":
            for to in (c for c in tok.children if c.lower_ == "to"):
                for obj in (c for c in to.children if c.dep_ == "pobj"):
                    return _reporter(noun_phrase(obj))
    for verb in sent:
        if verb.lower_ not in lex.reporting or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if not _reports(verb, figure_token):
            continue
        subject = _subject(verb)
        if subject is not None and figure_token in subject.subtree:
            subject = _other_subject(verb, subject)
        if subject is not None and subject.lower_ not in _PRONOUNS:
            return _reporter(noun_phrase(subject))
    return None


def _reports(verb: Token, figure_token: Token) -> bool:
    """True when the figure lies in what the verb reports, not in a time or reason clause beside it."""
    if figure_token in verb.subtree:
        node = figure_token
        while node.head.i != verb.i and node.head.i != node.i:
            node = node.head
        if node.head.i != verb.i:
            return False
        if node.dep_ in {"nsubj", "nsubjpass"}:
            # "strikes killed 404 people, the ministry said": the parser gives "said" two subjects, the report
            # first; the figure is reported when another subject stands between it and the verb.
            return _other_subject(verb, node) is not None
        # advcl is left out: in "X said after six were injured" the figure is the occasion, not the claim.
        if node.dep_ == "prep":  # "accuses soldiers of killing 24": only "of"/"for" carry the claim
            return node.lower_ in {"of", "for"}
        return node.dep_ in _REPORTED_DEPS
    # "..., killing 80 people, French officials said": the reporting verb hangs off the reported clause.
    return verb.dep_ in {"parataxis", "advcl", "conj"} and figure_token in verb.head.subtree


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
    # "the military unleashed strikes, saying it destroyed ...": the subject of the clause it hangs off.
    if verb.dep_ in {"advcl", "xcomp", "conj"} and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _other_subject(verb: Token, report: Token) -> Token | None:
    """A second subject of the verb after the reported clause's one, before the verb ("..., the ministry said")."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and report.i < child.i < verb.i:
            return child
    return None


def _reporter(span: Span) -> Reporter:
    start, end = span.start_char, span.end_char
    return Reporter(text=span.text, start=start, end=end)  # Span.text: Doc.text rebuilds the whole string


def reporter_entity(doc: Doc, reporter: Reporter | None, mentions: RecordIndex | None = None) -> str | None:
    """Entity key of a mention (from dateline_entities) that overlaps the reporter phrase, if any.

    `mentions`: the document's mentions indexed once (callers looping over many figures pass it).
    """
    if reporter is None:
        return None
    candidates = (
        mentions.overlapping(reporter.start, reporter.end) if mentions is not None else doc._.dateline["mentions"]
    )
    for mention in candidates:
        entity = getattr(mention, "entity", None)
        if entity and mention.start < reporter.end and reporter.start < mention.end:
            return entity
    return None


def clause_place(doc: Doc, clause: Token, sent: Span, index: RecordIndex | None = None) -> str | None:
    """The first place named in the figure's clause: entity mentions when present, else spaCy's NER.

    `index`: the document's mentions indexed once (callers looping over many figures pass it).
    """
    lo = clause.left_edge.idx
    hi = clause.right_edge.idx + len(clause.right_edge.text)
    places: list[tuple[int, str]] = []
    mentions: list[Any] = doc._.dateline["mentions"]
    if mentions:
        nearby = index.starting_in(lo, hi) if index is not None else mentions
        places = [(m.start, m.text) for m in nearby if m.label in _PLACE_LABELS]
    else:
        places = [(e.start_char, e.text) for e in sent.ents if e.label_ in _PLACE_LABELS]
    inside = sorted(p for p in places if lo <= p[0] < hi)
    return inside[0][1] if inside else None

"""When a figure holds: the time expression attached to the figure's own clause, else the document date."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline.nlp.figures.lexicon import Lexicon
from dateline.nlp.spans import RecordIndex

_TIME_TYPES = frozenset({"DATE", "TIME"})
# A time that only qualifies a noun ("the 2025 ceasefire", "the October 7 attacks") names a thing, not a moment.
_NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "nummod", "poss"})


@dataclass(frozen=True)
class FigureTime:
    """(tid, value, source) of a figure's date; source is "timex" or "document" (None when there is neither)."""

    tid: str | None
    value: str | None
    source: str | None


def figure_time(
    doc: Doc, sentence: int, sent: Span, clause: Token, lex: Lexicon, timexes: RecordIndex | None = None
) -> FigureTime:
    """The sentence's date or time nearest the figure's clause in the parse, among those that can date it.

    `timexes`: the document's timexes indexed once (callers looping over many figures pass it).
    """
    best: tuple[int, int, int, int] | None = None
    chosen: Any = None
    candidates = (
        timexes.starting_in(sent.start_char, sent.end_char) if timexes is not None else doc._.dateline["timexes"]
    )
    for timex in candidates:
        if str(getattr(timex, "type", "")) not in _TIME_TYPES or not _in_sentence(timex, sentence, sent):
            continue
        head = _timex_head(doc, timex)
        if head is None or not _can_date(head, clause, lex):
            continue
        # Equally close: the more precise value ("April" over "this year"), then the nearer in the text.
        rank = (_tree_distance(head, clause), -len(str(timex.value)), abs(head.i - clause.i), head.i)
        if best is None or rank < best:
            best, chosen = rank, timex
    if chosen is not None:
        return FigureTime(chosen.tid, chosen.value, "timex")
    dct = doc._.dateline_dct
    if dct is not None:
        return FigureTime(None, dct.isoformat(), "document")
    return FigureTime(None, None, None)


def _in_sentence(timex: Any, sentence: int, sent: Span) -> bool:
    start = getattr(timex, "start", -1)
    return getattr(timex, "sentence", None) == sentence or sent.start_char <= start < sent.end_char


def _timex_head(doc: Doc, timex: Any) -> Token | None:
    """The token of the time expression that the rest of the sentence hangs it from."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _ancestors(tok: Token) -> list[Token]:
    """The token and its heads up to the sentence root, in order."""
    chain = [tok]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _tree_distance(a: Token, b: Token) -> int:
    """Number of dependency arcs between two tokens of one sentence."""
    up_a = {t.i: n for n, t in enumerate(_ancestors(a))}
    for n, t in enumerate(_ancestors(b)):
        if t.i in up_a:
            return n + up_a[t.i]
    return len(up_a) + n + 1  # different trees (a sentence split by the parser): far apart


def _can_date(head: Token, clause: Token, lex: Lexicon) -> bool:
    """False for times that begin a counted interval, sit in another event's noun clause, or only name a thing.

    A clause describing a noun ("militants who took part in the October 7 attacks") dates that other event, unless
    the figure itself sits in the clause: the walk stops at the lowest head the time shares with the figure.
    """
    clause_chain = {t.i for t in _ancestors(clause)}
    shared = clause
    for tok in _ancestors(head):
        if tok.i in clause_chain:  # reached the lowest head shared with the figure: the rest is common ground
            shared = tok
            break
        if tok.lower_ in lex.interval_starts:  # "since October 2023"
            return False
        if any(c.dep_ == "mark" and c.lower_ in lex.interval_starts for c in tok.children):
            return False  # "since the ceasefire took effect on January 19"
        if _describes_noun(tok):
            return False
    if head.dep_ in _NOUN_MODIFIER_DEPS and head.head.pos_ in {"NOUN", "PROPN"}:
        # "the October 7 attack killed 1,200", "killed in overnight strikes": the noun is the figure's own event.
        return _event_of(head.head, clause) or _event_of(head.head, shared)
    return True


def _describes_noun(tok: Token) -> bool:
    """A relative clause, or a past participle after a noun ("hostages taken on October 7"), not a that-clause.

    An "-ing" participle is left out: the parser hangs the sentence's own time on it ("rammed into a crowd
    celebrating ... on Thursday night, killing 80").
    """
    if tok.dep_ == "relcl":
        return True
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and not any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in tok.children)
    )


def _event_of(noun: Token, clause: Token) -> bool:
    """True when the noun is the figure's clause, an argument of it, or the object of one of its prepositions."""
    if clause.i in {noun.i, noun.head.i}:
        return True
    return noun.dep_ == "pobj" and noun.head.head.i == clause.i

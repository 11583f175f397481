"""Attach a cue and a speaker to each direct-quote segment: after the quote, before it, or inherited."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.nlp.quotes.attribution import (
    Attribution,
    is_according,
    is_cue,
    is_text_cue,
    make_attribution,
    nominal_run,
    speaker_head,
)
from dateline.nlp.quotes.lexicon import QuoteLexicon
from dateline.nlp.quotes.marks import QuoteSegment

_STOP = frozenset({".", ";", "!", "?"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_POST_WINDOW = 16  # tokens after a closing mark searched for "he said" / "according to X"
_POST_LEAD = 10  # at most this many tokens (the speaker phrase) before the cue
_PRE_GAP = 6  # at most this many tokens between a cue before the quote and its opening mark
_INHERIT_GAP = 14  # a quote right after another's attribution, within this many tokens, shares it


@dataclass
class DirectQuote:
    segment: QuoteSegment
    attribution: Attribution | None
    how: str  # "after", "before", "split", "paragraph", "continued" or "none"


class TokenLocator:
    """Character offset -> token index, built once per document."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        text = doc.text if text is None else text  # Doc.text rebuilds the string on every access
        self._size = len(text)
        self._by_char: list[int] = [0] * (self._size + 1)
        for tok in doc:
            for c in range(tok.idx, tok.idx + len(tok)):
                self._by_char[c] = tok.i
        last = len(doc) - 1 if len(doc) else 0
        cur = last
        self._by_char[self._size] = last
        for c in range(self._size - 1, -1, -1):  # whitespace maps to the next token
            if text[c].isspace():
                self._by_char[c] = cur
            else:
                cur = self._by_char[c]
        self.n = len(doc)

    def at(self, char: int) -> int:
        return self._by_char[min(max(char, 0), self._size)]

    def tokens(self, start: int, end: int) -> list[Token]:
        if start >= end or self.n == 0:
            return []
        return [t for t in self.doc[self.at(start) : self.at(end - 1) + 1] if start <= t.idx < end]


def _post_attribution(seg: QuoteSegment, loc: TokenLocator, limit: int, lex: QuoteLexicon) -> Attribution | None:
    """'..." Palestinian Mohamad Kozaat said' / '...", according to X' / '..." said Mr Blinken'."""
    if seg.close_end is None:
        return None
    window = loc.tokens(seg.close_end, limit)[:_POST_WINDOW]
    lead: list[Token] = []
    for tok in window:
        if tok.text in _STOP:
            return None
        if is_cue(tok, lex):
            if is_text_cue(tok, lex) or any(_reported_clause(c) for c in tok.rights):
                return None  # '..." Clinton said it was closer': that cue introduces its own content
            return _speaker_for(tok, lead, window, seg, loc)
        if tok.tag_ in _FINITE or tok.pos_ == "CCONJ" or len(lead) >= _POST_LEAD:
            return None  # '..." and said it was closer': a new clause, not this quote's attribution
        if not tok.is_space:
            lead.append(tok)
    return None


def _reported_clause(child: Token) -> bool:
    """A complement clause after a cue ("said it was"), not a misparsed "said after ... were injured"."""
    if child.dep_ != "ccomp":
        return False
    first = child.left_edge
    if first.dep_ == "mark" and first.lower_ not in ("that", "if", "whether"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)  # a clause has a subject


def _speaker_for(
    cue: Token, lead: list[Token], window: list[Token], seg: QuoteSegment, loc: TokenLocator
) -> Attribution:
    head = speaker_head(cue)
    if head is not None and seg.outer_start <= head.idx < seg.outer_end:
        head = None  # the parse took a word of the quote itself as the subject
    words = [t for t in lead if not t.is_punct and not t.is_space]
    if words and not is_according(cue) and (head is None or not words[0].i <= head.i <= words[-1].i):
        head = nominal_run(words) or head  # '" Palestinian Mohamad Kozaat said': the words between win
    if head is None and not is_according(cue):
        if words:
            head = nominal_run(words)
        else:  # inversion: '..." said Mr Blinken'
            after = [t for t in window if t.i > cue.i]
            head = nominal_run(after[:6])
    return make_attribution(cue, head)


def _pre_attribution(seg: QuoteSegment, loc: TokenLocator, floor: int, lex: QuoteLexicon) -> Attribution | None:
    """'Mr Gallant said Mr Sinwar was "moving..."' / 'He said: "..."' / 'According to X, "..."'."""
    if seg.open_start is None:
        return None
    first = loc.doc[loc.at(seg.start)]
    sent_start = first.sent.start_char
    window = loc.tokens(max(floor, sent_start, seg.paragraph_start), seg.open_start)
    for k in range(len(window) - 1, -1, -1):
        tok = window[k]
        if tok.text in _STOP:
            return None
        if not is_cue(tok, lex):
            continue
        if is_text_cue(tok, lex):
            return None
        gap = [t for t in window[k + 1 :] if not t.is_punct and not t.is_space]
        governs = tok.i <= first.i <= tok.right_edge.i or any(a.i == tok.i for a in first.ancestors)
        if len(gap) > _PRE_GAP and not governs:
            return None
        if is_according(tok) or speaker_head(tok) is not None or len(gap) <= 2:
            return make_attribution(tok, speaker_head(tok))  # 'calling it "disqualifying"'
        return None
    return None


def attach(doc: Doc, segments: list[QuoteSegment], lex: QuoteLexicon, text: str | None = None) -> list[DirectQuote]:
    """One DirectQuote per segment; segments of one split or multi-paragraph quote share an Attribution."""
    loc = TokenLocator(doc, text)
    out: list[DirectQuote] = []
    for i, seg in enumerate(segments):
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        limit = nxt.outer_start if nxt is not None and nxt.paragraph == seg.paragraph else seg.paragraph_end
        prev = segments[i - 1] if i > 0 and segments[i - 1].paragraph == seg.paragraph else None
        floor = prev.outer_end if prev is not None else seg.paragraph_start
        att = _post_attribution(seg, loc, limit, lex)
        how = "after"
        if att is None:
            att, how = _pre_attribution(seg, loc, floor, lex), "before"
        if att is None and out:
            att, how = _inherit(seg, out[-1], loc), "split"
        out.append(DirectQuote(seg, att, how if att is not None else "none"))
    _propagate_chains(out)
    return out


def _inherit(seg: QuoteSegment, prev: DirectQuote, loc: TokenLocator) -> Attribution | None:
    """A quote right after another quote's attribution ('"A," he said. "B."') continues it."""
    att = prev.attribution
    if att is None or seg.open_start is None or prev.segment.close_end is None:
        return None
    if seg.paragraph == prev.segment.paragraph:
        between = [t for t in loc.tokens(prev.segment.close_end, seg.open_start) if not t.is_space]
        if att.cue_start >= prev.segment.close_end and len(between) <= _INHERIT_GAP:
            return att
        return None
    if seg.paragraph == prev.segment.paragraph + 1 and seg.open_start == seg.paragraph_start:
        # '"A," he said.\n\n"B."': the previous paragraph ended with that attribution
        tail_start = max(prev.segment.close_end, att.cue_end, att.speaker_end or 0)
        tail = [t for t in loc.tokens(tail_start, prev.segment.paragraph_end) if not t.is_space]
        if len(tail) <= 8 and seg.end - seg.start >= 0.8 * (seg.paragraph_end - seg.paragraph_start) - 4:
            return att
    return None


def _propagate_chains(quotes: list[DirectQuote]) -> None:
    """All paragraphs of a multi-paragraph quote take the attribution found on any of them."""
    i = 0
    while i < len(quotes):
        j = i
        while j + 1 < len(quotes) and quotes[j].segment.continues and quotes[j + 1].segment.continued:
            j += 1
        if j > i:
            found = next((q.attribution for q in quotes[i : j + 1] if q.attribution is not None), None)
            if found is not None:
                for q in quotes[i : j + 1]:
                    if q.attribution is None:
                        q.attribution, q.how = found, "continued"
        i = j + 1

"""Did it happen? asserted, negated, hypothetical, planned or historical, from cues in `data/modality.json`.

Cues are looked for on the trigger and on the words that govern it up to its clause boundary
("made no mention of the US urging", "scheduled to meet", "a possible truce to free hostages").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dateline.nlp.events.lexicon import lemma_candidates, modality_cues
from dateline.nlp.events.timing import end_date

STOP_DEPS = frozenset({"ccomp", "advcl", "parataxis", "ROOT", "relcl"})


def governors(trigger: Token) -> list[Token]:
    """The trigger and the words above it inside its clause (at most five steps)."""
    chain = [trigger]
    tok = trigger
    for _ in range(5):
        if tok.dep_ in STOP_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
        chain.append(tok)
    return chain


def _lemmas(tok: Token) -> set[str]:
    return set(lemma_candidates(tok.lower_))


def classify(trigger: Token, *, time_value: str | None, dct: dt.date | None) -> str:
    cues = modality_cues()
    chain = governors(trigger)
    for tok in chain:
        for c in tok.children:
            if c.dep_ in cues["negation_deps"] or (c.dep_ == "det" and c.lower_ in cues["negation_determiners"]):
                return "negated"
            if c.dep_ == "advmod" and any(g.dep_ in cues["negation_deps"] for g in c.children):
                return "negated"  # "not yet signed": the parser hangs "not" on "yet"
        if tok is not trigger and _lemmas(tok) & set(cues["negation_governors"]):
            return "negated"
    for tok in chain:
        for c in tok.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in cues["hypothetical_aux"]:
                return "hypothetical"
            if c.dep_ == "mark" and c.lower_ in cues["hypothetical_marks"]:
                return "hypothetical"
            if c.dep_ == "amod" and c.lower_ in cues["hypothetical_modifiers"]:
                return "hypothetical"
        # only close governors: "the prospect of Israel normalising ties", "hoping to meet"
        if (tok is not trigger and tok.pos_ in ("NOUN", "VERB") and chain.index(tok) <= 2
                and _lemmas(tok) & set(cues["hypothetical_governors"])):
            return "hypothetical"
    for tok in chain:
        for c in tok.children:
            if c.dep_ == "aux" and c.lower_ in cues["planned_aux"]:
                return "planned"
            if c.dep_ == "auxpass" and c.lower_ == "be" and any(
                a.lower_ == "to" and a.dep_ == "aux" for a in tok.children
            ):
                return "planned"  # "issues to be discussed"
        if (tok is not trigger and tok.pos_ in ("VERB", "ADJ") and _lemmas(tok) & set(cues["planned_governors"])
                and (any(t.dep_ == "xcomp" for t in chain[: chain.index(tok)]) or trigger.head.i == tok.i)):
            return "planned"
    if is_historical(trigger, time_value=time_value, dct=dct):
        return "historical"
    return "asserted"


def is_historical(trigger: Token, *, time_value: str | None, dct: dt.date | None) -> bool:
    """A past event recalled as background: dated well before the article, or framed as such."""
    cues = modality_cues()
    if time_value and dct is not None:
        end = end_date(time_value)
        if end is not None and (dct - end).days >= cues["historical_days"]:
            return True
    sent = trigger.sent
    before = sent.doc.text[sent.start_char: trigger.idx].lower()
    window = before[-60:]
    return any(marker in window for marker in cues["historical_markers"]) and trigger.pos_ in ("NOUN", "PROPN")

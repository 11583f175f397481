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


def _distance(chain: list[Token], tok: Token) -> int:
    """Steps from the trigger up to `tok`, prepositions not counted ("prospect of ... normalising");
    a path through another preposition does not count at all ("during the rally, protesters attempt")."""
    path = chain[1: chain.index(tok) + 1]
    if any(t.pos_ == "ADP" and t.lower_ not in modality_cues()["governor_preps"] for t in path):
        return len(chain)
    return sum(1 for t in path if t.pos_ != "ADP")


def purpose_clause(trigger: Token, event_type: str | None = None) -> str | None:
    """ "a possible truce to free hostages", "an offensive to eradicate Hamas": an infinitive saying what
    something is for has not happened. Planned when the noun is a plan or decision ("plans to visit")."""
    cues = modality_cues()
    if trigger.tag_ != "VB" or trigger.dep_ not in cues["purpose_clause_deps"]:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return None
    head = trigger.head
    # "the first player to defeat a top-10 opponent": the infinitive reports what happened
    if any(c.lower_ in cues["actual_infinitive_modifiers"] or c.tag_ == "JJS" for c in head.children):
        return None
    if head.pos_ in ("NOUN", "PROPN") and _lemmas(head) & set(cues["planned_governors"]):
        return "planned"
    if _lemmas(head) & set(cues["proposal_nouns"]) or any(
            c.dep_ == "amod" and c.lower_ in cues["hypothetical_modifiers"] for c in head.children):
        return "hypothetical"
    # "met Sunday to demand a halt": the meeting made the demand; "launched an offensive to eradicate" did not
    if event_type in cues["realized_purpose_types"]:
        return None
    return "hypothetical"


def is_past_tense(trigger: Token) -> bool:
    """The trigger, or the verb a nominal trigger hangs from, is in a past tense ("kidnapped", "had struck")."""
    cues = modality_cues()
    for tok in governors(trigger)[:3]:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if tok.tag_ == "VBD":
            return True
        if any(c.dep_ == "advmod" and c.lower_ in cues["past_adverbs"] for c in tok.children):
            return True  # "after previously being banned"
        return tok.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in cues["past_aux"]
                                         for c in tok.children)
    return False


def classify(trigger: Token, *, time_value: str | None, dct: dt.date | None, event_type: str | None = None) -> str:
    """The event's modality from cues on the trigger and its governors (see docs/events.md)."""
    cues = modality_cues()
    chain = governors(trigger)
    for tok in chain:
        for c in tok.children:
            if c.dep_ in cues["negation_deps"] or (c.dep_ == "det" and c.lower_ in cues["negation_determiners"]):
                return "negated"
            if c.dep_ == "advmod" and any(g.dep_ in cues["negation_deps"] for g in c.children):
                return "negated"  # "not yet signed": the parser hangs "not" on "yet"
        if tok is not trigger and _lemmas(tok) & set(cues["negation_governors"]):
            below = chain[chain.index(tok) - 1]
            if below.dep_ not in ("nsubj", "nsubjpass"):  # "the talks have failed to secure": the talks happened
                return "negated"
    purpose = purpose_clause(trigger, event_type)
    if purpose is not None:
        return purpose
    for c in trigger.children:
        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and _lemmas(c) & set(cues["hypothetical_governors"]):
            return "hypothetical"  # "the prospect of Israel normalising ties" parsed with "prospect" as subject
    for tok in chain:
        for c in tok.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in cues["hypothetical_aux"]:
                return "hypothetical"
            if c.dep_ == "mark" and c.lower_ in cues["hypothetical_marks"]:
                return "hypothetical"
            if c.dep_ == "amod" and c.lower_ in cues["hypothetical_modifiers"]:
                return "hypothetical"
        # only close governors: "the prospect of Israel normalising ties", "hoping to meet"
        if (tok is not trigger and tok.pos_ in ("NOUN", "VERB") and _distance(chain, tok) <= 2
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
        if tok is not trigger and tok.pos_ == "NOUN" and _lemmas(tok) & set(cues["planned_governors"]):
            below = chain[chain.index(tok) - 1]
            if below.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
                return "planned"  # "approved a plan to expand the operation": the expansion is still to come
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
    before = sent.text[: trigger.idx - sent.start_char].lower()  # Span.text: Doc.text rebuilds it all
    window = before[-60:]
    return any(marker in window for marker in cues["historical_markers"]) and trigger.pos_ in ("NOUN", "PROPN")

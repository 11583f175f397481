"""Mentions that name no occurrence: a capacity, a strategy described, something lifted or ended.

"A nuclear triad able to deliver weapons by dropping bombs" says what can be done; "Obama's strategy -- airstrikes
against Islamic State positions --" describes a way of acting; "votes to lift sanctions" ends sanctions already in
place. The annotation guide counts none of them as an event of the day (docs/events.md, "What is an event"). Word
lists are data files: `strategy_nouns.txt`, `terminating_verbs.txt`.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp.events.lexicon import coarse_pos, lemma_candidates, lemma_of, strategy_nouns, terminating_verbs

CAPABILITY = frozenset({"able", "capable", "ability", "capability", "capacity"})


def names_capability(tok: Token) -> bool:
    """The trigger names what something can do, not what it did: under "able to", "capable of", "the ability to"
    (within five steps up, inside the clause). "Police were able to arrest him" reports an arrest: a predicate "able"
    is implicative, only "a triad able to deliver" names a capacity."""
    up = tok
    for _ in range(5):
        if up.head.i == up.i or up.dep_ in ("ROOT", "ccomp", "parataxis"):
            return False
        up = up.head
        if up.lower_ in CAPABILITY and (up.lower_ != "able" or up.dep_ in ("amod", "acl")):
            return True
    return False


def describes_strategy(tok: Token) -> bool:
    """An event noun in apposition to a strategy or policy noun (or conjoined to one that is)."""
    if tok.dep_ == "appos" and lemma_of(tok.head) in strategy_nouns():
        return True
    return tok.dep_ == "conj" and tok.head.dep_ == "appos" and lemma_of(tok.head.head) in strategy_nouns()


def was_in_place(tok: Token) -> bool:
    """A noun that a terminating verb ends: the object of "lift", "end", "drop" ... or the "of" object of "the end
    of", "the lifting of", or the "to" object of an ending ("an end to the invasion", "put a stop to")."""
    if coarse_pos(tok) != "NOUN":
        return False
    words = terminating_verbs()
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif tok.dep_ == "pobj" and head.lower_ == "to" and (head.head.lower_ in words or any(
            c.dep_ == "dobj" and c.lower_ in words for c in head.head.children)):
        return True  # "an end to the invasion", "bring an end to the invasion", "put a stop to the fighting"
    elif tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.i != tok.i and (lemma_of(head) in words or head.lower_ in words
                                or bool(set(lemma_candidates(head.lower_)) & words))

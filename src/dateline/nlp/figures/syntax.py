"""Reads a number's place in the parse: the counted noun, the word that gives the category, the total it is part of."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dateline.nlp.figures.lexicon import Lexicon, Trigger
from dateline.nlp.figures.numbers import ValuePhrase

# Dependency labels through which a governing verb or adjective reaches its participants.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "appos", "npadvmod", "ROOT"})
_MODIFIER_DEPS = frozenset({"acl", "amod", "relcl", "oprd", "acomp"})
_PREDICATE_DEPS = frozenset({"acomp", "oprd", "xcomp", "attr", "advcl"})
# "the death toll rose to 22": verbs whose subject names the category and whose "to" object is the value.
_LEVEL_VERBS = frozenset(
    {
        "rise",
        "rises",
        "rose",
        "risen",
        "rising",
        "climb",
        "climbs",
        "climbed",
        "climbing",
        "reach",
        "reaches",
        "reached",
        "jumped",
        "jumps",
        "increased",
        "increases",
        "stands",
        "stood",
        "hit",
        "hits",
        "is",
        "was",
    }
)
_PART_PREPS = frozenset({"including", "among"})
_RELATIONAL_NOUNS = frozenset({"members", "relatives", "residents", "employees", "staff", "crew"})
_NO_WHO = frozenset({"others", "other", "more", "people's"})
_WHO_DEPS = frozenset({"amod", "compound", "nmod"})


@dataclass
class Reading:
    """What the parse says about one number phrase."""

    anchor: Token  # the token whose role in the clause is examined (counted noun, or the number itself)
    noun: Token | None  # the counted noun, when one is written
    trigger: Token | None
    category: str | None
    part_of: Token | None  # head of an "including ..." phrase: the total this figure belongs to

    @property
    def parent_free(self) -> bool:
        return self.part_of is None


def phrase_root(vp: ValuePhrase, tokens: list[Token]) -> Token:
    """The token of the number phrase whose head lies outside it."""
    inside = range(vp.start, vp.end)
    for tok in tokens:
        if tok.head.i not in inside or tok.head.i == tok.i:
            return tok
    return tokens[-1]


def read_phrase(vp: ValuePhrase, doc_tokens: list[Token], lex: Lexicon) -> Reading:
    """Finds the counted noun and the category trigger of a number phrase."""
    words = [t for t in doc_tokens[vp.start : vp.end] if t.lower_ != "of"] or doc_tokens[vp.start : vp.end]
    root = phrase_root(vp, words)
    noun: Token | None = None
    anchor = root
    if (
        root.dep_ in {"nummod", "quantmod", "amod", "compound"}
        and root.head.pos_ in {"NOUN", "PROPN", "ADJ"}
        and root.head.i >= vp.end
    ):
        anchor = noun = root.head
    else:
        of_objects = [c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"]
        if of_objects:
            pobjs = [c for c in of_objects[0].children if c.dep_ == "pobj"]
            noun = pobjs[0] if pobjs else None
        elif doc_tokens[vp.end - 1].lower_ == "of" and vp.end < len(doc_tokens):
            noun = doc_tokens[vp.end] if doc_tokens[vp.end].pos_ in {"NOUN", "PROPN"} else None
    noun_class = lex.noun_class(noun.lower_) if noun is not None else "people"
    trigger, category, part_of = _category(anchor, noun, noun_class, lex)
    return Reading(anchor=anchor, noun=noun, trigger=trigger, category=category, part_of=part_of)


def _match(tok: Token, noun_class: str, lex: Lexicon, kinds: tuple[str, ...] = ("verb", "adj")) -> Trigger | None:
    for trig in lex.triggers_for(tok.lower_):
        if trig.noun_class == noun_class and trig.kind in kinds:
            return trig
    return None


def _category(
    anchor: Token, noun: Token | None, noun_class: str, lex: Lexicon
) -> tuple[Token | None, str | None, Token | None]:
    """(trigger token, category, part_of) for the anchor, trying the closest syntactic relations first."""
    if noun_class == "length" and noun is not None:
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in prep.children:
                if lex.noun_class(obj.lower_) == "tunnel":
                    return obj, "tunnels_length", None
    # 1. The anchor's own modifiers: "1,300 people wounded", "ten workers abducted", "42 dead".
    for child in anchor.children:
        if child.dep_ in _MODIFIER_DEPS and (trig := _match(child, noun_class, lex)):
            return child, trig.category, None
    head = anchor
    while head.dep_ == "conj" and head.head.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}:
        head = head.head
    # 2. A total's part: "including 59 children", "among them 12 women".
    if head.dep_ == "pobj" and head.head.lower_ in _PART_PREPS:
        return None, None, head.head.head
    # 3. The governing verb or predicate: "were killed", "killing nine people", "are dead", "left 42 dead".
    if head.dep_ in _ARGUMENT_DEPS or head.dep_ == "conj":
        verb = head.head if head.dep_ != "ROOT" else head
        if trig := _match(verb, noun_class, lex):
            return verb, trig.category, None
        found = _predicate_trigger(verb, head, noun_class, lex)
        if found is not None:
            return found
    # 4. "the death toll rose to 22".
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ in _LEVEL_VERBS:
        verb = head.head.head
        for subj in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
            for tok in subj.subtree:
                if trig := _match(tok, "people", lex, kinds=("noun",)):
                    return tok, trig.category, None
    # 5. "with eight people on board" of a helicopter that "goes missing".
    if head.dep_ == "pobj" and head.head.lower_ == "with":
        owner = head.head.head
        if trig := _match(owner, noun_class, lex, kinds=("adj",)):
            return owner, trig.category, None
        for child in owner.children:
            if child.dep_ in {"acomp", "oprd"} and (trig := _match(child, noun_class, lex)):
                return child, trig.category, None
    # 6. The counted noun names the category itself: "240 hostages", "12 detainees".
    target = noun if noun is not None else anchor
    if trig := _match(target, noun_class, lex, kinds=("noun",)):
        return target, trig.category, None
    # 7. When the parse went astray, the plain order "N <noun phrase> were injured" still tells.
    follower = _next_predicate(anchor, noun_class, lex)
    if follower is not None:
        return follower
    return None, None, None


_AUX_FORMS = frozenset({"were", "was", "are", "is", "be", "been", "have", "has", "had", "being", "reportedly", "also"})


def _next_predicate(anchor: Token, noun_class: str, lex: Lexicon) -> tuple[Token, str, None] | None:
    """A participle or adjective right after the anchor's phrase and its auxiliaries ("... were injured")."""
    doc = anchor.doc
    i = anchor.right_edge.i + 1
    while i < len(doc) and (
        (doc[i].is_punct and doc[i].text == ",") or doc[i].lower_ in _AUX_FORMS or doc[i].pos_ == "ADV"
    ):
        i += 1
    if i >= len(doc) or doc[i].tag_ not in {"VBN", "JJ"} or doc[i].sent != anchor.sent:
        return None
    trig = _match(doc[i], noun_class, lex)
    return (doc[i], trig.category, None) if trig else None


def _predicate_trigger(verb: Token, head: Token, noun_class: str, lex: Lexicon) -> tuple[Token, str, None] | None:
    """A trigger among the verb's predicates: "are reported missing", "are reported to be killed"."""
    for child in verb.children:
        if child.i == head.i or child.dep_ not in _PREDICATE_DEPS:
            continue
        if trig := _match(child, noun_class, lex):
            return child, trig.category, None
        for grandchild in child.children:
            if grandchild.dep_ in _PREDICATE_DEPS and (trig := _match(grandchild, noun_class, lex)):
                return grandchild, trig.category, None
    # A misparse seen in news: "confirms nine of the workers ..., are dead" (the copula as a conjunct).
    if head.dep_ == "dobj":
        for conj in (c for c in verb.children if c.dep_ in {"conj", "ccomp"} and c.i > head.i):
            if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
                for child in conj.children:
                    if child.dep_ in {"acomp", "attr"} and (trig := _match(child, noun_class, lex)):
                        return child, trig.category, None
    return None


def who_text(noun: Token | None) -> str | None:
    """The counted noun with its adjective and compound modifiers ("South Sudanese soldiers")."""
    if noun is None or noun.lower_ in _NO_WHO or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    doc = noun.doc
    start = noun.i
    while (
        start - 1 >= 0
        and doc[start - 1].head.i == noun.i
        and doc[start - 1].dep_ in _WHO_DEPS
        and doc[start - 1].pos_ != "NUM"
    ):
        start -= 1
    end_tok = noun
    if noun.lower_ in _RELATIONAL_NOUNS:
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1]
        if preps:
            end_tok = max(preps[0].subtree, key=lambda t: t.i)
    return doc[start : end_tok.i + 1].text

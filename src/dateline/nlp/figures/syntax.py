"""Reads a number's place in the parse: the counted noun, the word that gives the category, the total it is part of."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dateline.nlp.figures.filters import WEEKDAYS
from dateline.nlp.figures.lexicon import Lexicon, Trigger
from dateline.nlp.figures.numbers import ValuePhrase

# Dependency labels through which a governing verb or adjective reaches its participants.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "appos", "npadvmod", "ROOT"})
_MODIFIER_DEPS = frozenset({"acl", "amod", "relcl", "oprd", "acomp"})
_PREDICATE_DEPS = frozenset({"acomp", "oprd", "xcomp", "attr", "advcl"})
# Links from a counted noun up to the word that governs its phrase ("claims of 50 people" -> "dismissed").
_NOUN_CHAIN_DEPS = frozenset({"pobj", "prep", "nsubj", "nsubjpass", "dobj", "nummod", "compound", "appos"})
_PERFECT_AUX = frozenset({"have", "has", "had", "'ve", "having"})
_PARTITIVE_PRONOUNS = frozenset({"them", "whom", "those"})
_CASUALTIES = frozenset({"killed", "injured"})
_TAKE = frozenset({"take", "takes", "taking", "took", "taken"})  # "take" receives people only with its "in"
_OBJECT_PRONOUNS = frozenset({"them", "him", "her"})
_PART_PREPS = frozenset({"including", "among"})
_RELATIONAL_NOUNS = frozenset({"members", "relatives", "residents", "employees", "staff", "crew"})
# "a family of five was killed": the owner is made of the people counted (not "the father of four boys")
_COLLECTIVES = frozenset({"family", "families", "group", "groups", "crowd", "team", "unit", "band", "party",
                          "contingent", "delegation", "convoy", "total", "number", "couple", "household", "busload",
                          "boatload", "carload", "truckload", "planeload", "batch", "wave", "column"})
_NO_WHO = frozenset({"others", "other", "more", "people's"})
_WHO_DEPS = frozenset({"amod", "compound", "nmod"})
_STATE_PREDICATES = frozenset({"prisoner", "hostage", "captive"})  # "took them prisoner", "held them hostage"
# Entity labels of the counted noun that settle whether it names people when the word lists do not know it.
_PERSON_ENTS = frozenset({"PERSON", "NORP"})
_THING_ENTS = frozenset({"GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "MONEY", "QUANTITY"})


@dataclass
class Reading:
    """What the parse says about one number phrase."""

    anchor: Token  # the token whose role in the clause is examined (counted noun, or the number itself)
    noun: Token | None  # the counted noun, when one is written
    trigger: Token | None
    category: str | None
    part_of: Token | None  # head of an "including ..." phrase: the total this figure belongs to
    own_category: str | None = None  # a part's category when its total is no figure: "cases including 60 deaths"

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


def _label_before(tok: Token) -> Token | None:
    """The label of a "Label: N" line ("Total Dead: 192", "Americans: 12"): the word before the colon, on the
    number's own line."""
    doc = tok.doc
    i = tok.i - 1
    if i < 1 or doc[i].text != ":" or "\n" in doc[i].whitespace_ or "\n" in doc[i - 1].whitespace_:
        return None
    return doc[i - 1] if not doc[i - 1].is_space else None


def table_reading(number: Token, lex: Lexicon) -> Reading | None:
    """A casualty table written as lines "Total Dead: 192 / Americans: 12 / Injured: 4,877 / Hospitalized: 542":
    a label that is a category word gives the category; a label naming people ("Americans") counts them under
    the nearest category label above it; a zero is a count of nobody, no figure."""
    label = _label_before(number)
    if label is None:
        return None
    if (trig := _match(label, "people", lex, kinds=("verb", "adj", "noun", "event"))) is not None:
        return Reading(anchor=number, noun=None, trigger=label, category=trig.category, part_of=None)
    if lex.noun_kind(label.text) != "person" and label.ent_type_ not in _PERSON_ENTS:
        return None
    doc = number.doc
    for j in range(label.i - 1, max(-1, label.i - 40), -1):  # the category line above: "Total Dead: 192"
        if doc[j].text == ":" and j > 0 and (trig := _match(doc[j - 1], "people", lex,
                                                            kinds=("verb", "adj", "noun", "event"))):
            return Reading(anchor=number, noun=label, trigger=doc[j - 1], category=trig.category, part_of=None)
        if doc[j].is_space and doc[j].text.count("\n") >= 2:
            break  # a blank line ends the table
    return None


def read_phrase(vp: ValuePhrase, doc_tokens: list[Token], lex: Lexicon) -> Reading:
    """Finds the counted noun and the category trigger of a number phrase."""
    table = table_reading(doc_tokens[vp.start], lex) if vp.start > 1 else None
    if table is not None:
        if vp.value == 0:
            return Reading(anchor=table.anchor, noun=None, trigger=None, category=None, part_of=None)
        return table
    words = [t for t in doc_tokens[vp.start : vp.end] if t.lower_ != "of"] or doc_tokens[vp.start : vp.end]
    root = phrase_root(vp, words)
    noun: Token | None = None
    anchor = root
    if root.head.i < vp.start and root.head.lower_ in WEEKDAYS and vp.end < len(doc_tokens) \
            and doc_tokens[vp.end].tag_ == "NNS":
        anchor = noun = doc_tokens[vp.end]  # "said on Saturday 72 people had died": the parser hung 72 on the day
    elif root.dep_ == "npadvmod" and root.head.lower_ == "more" and root.head.head.pos_ in {"NOUN", "PROPN"} and (
            root.head.dep_ == "amod" and root.head.head.i > root.head.i):
        anchor = noun = root.head.head  # "15 more workers", the number parsed as a modifier of "more"
    elif (
        root.dep_ in {"nummod", "quantmod", "amod", "compound"}
        # "103 dead -", the trigger right after the number mistagged an adverb
        and (root.head.pos_ in {"NOUN", "PROPN", "ADJ"} or (root.head.i == vp.end and _match(root.head, "people", lex)))
        and root.head.i >= vp.end
    ):
        anchor = noun = root.head
        while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in {"NOUN", "PROPN"}:
            anchor = noun = noun.head  # "two co - workers": the number hangs on the first part of the compound
        anchor = noun = _noun_after_name(noun)
        anchor = noun = _before_dash(doc_tokens, vp.end, noun, lex)
    elif root.lower_ in lex.suffixes and vp.end < len(doc_tokens) and doc_tokens[vp.end].pos_ in {"NOUN", "PROPN"} \
            and doc_tokens[vp.end].head.i in {root.i, root.head.i}:
        anchor = noun = doc_tokens[vp.end]  # "killing more than 50m people", parsed as two objects
    else:
        of_objects = [c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"]
        if of_objects:
            pobjs = [c for c in of_objects[0].children if c.dep_ == "pobj" and c.i >= vp.end]
            noun = pobjs[0] if pobjs else None  # not "millions" of "tens of millions": part of the number
        elif doc_tokens[vp.end - 1].lower_ == "of" and vp.end < len(doc_tokens):
            noun = doc_tokens[vp.end] if doc_tokens[vp.end].pos_ in {"NOUN", "PROPN"} else None
        elif vp.end < len(doc_tokens) and lex.noun_class(doc_tokens[vp.end].lower_) != "people" \
                and doc_tokens[vp.end].head.i in {root.i, root.head.i}:
            noun = doc_tokens[vp.end]  # "has fallen 2,000ft to his death": a measure the parser left beside the number
    after = doc_tokens[vp.end] if vp.end < len(doc_tokens) else None
    if noun is None and after is not None and _match(after, "people", lex) and (
            (root.dep_ == "conj" and after.tag_ in {"VBN", "JJ"}) or (after.tag_ == "JJ" and after.head.i == root.i)):
        # "24 dead and over 200 injured as ...": the parser hung "injured" elsewhere; "Five dead and 12 wounded":
        # the adjective right after a bare number is its state, whatever verb the conjoined count has
        noun = after
    if noun is not None and noun.tag_ == "NNS" and _match(noun, "people", lex) is not None and (
            forms := lex.triggers_for(noun.lower_)) and all(t.kind == "verb" for t in forms):
        # "Fifty separate massacres": a form listed only as a verb, used as a plural noun, counts acts ("86 arrests",
        # listed as a noun too, counts people)
        return Reading(anchor=noun, noun=None, trigger=None, category=None, part_of=None)
    if noun is not None and (trig := _match(noun, "people", lex)):
        # The word after the number is the trigger itself: "80 Hurt" in a headline, "three injured".
        category = trig.category if is_factual(noun, noun, lex) else None
        if category is not None and category not in lex.extensions and _illness(noun, noun, lex):
            category = None  # "with 44 deaths and 1,600 hospitalized" in a report on a flu: cases
        return Reading(anchor=noun, noun=None, trigger=noun, category=category, part_of=None)
    noun_class = lex.noun_class(noun.lower_) if noun is not None else "people"
    kind = noun_kind(noun, lex) if noun is not None else "person"
    if noun is not None and noun.lower_ == "others" and (earlier := _counted_before(noun, lex)) is not None:
        kind = noun_kind(earlier, lex)  # "destroyed 224 combat vehicles and seized 36 others": others of the same
    if noun is None and anchor.dep_ == "pobj" and anchor.head.lower_ in _PART_PREPS and (
            anchor.head.head.pos_ == "NOUN" and noun_kind(anchor.head.head, lex) == "unknown"):
        # "three recent polls, including one from Monmouth University released Thursday": a bare number in a part of
        # a noun that names no people (nor a counted thing, "three drones, including the one that ...") counts none
        kind = "thing"
    if kind == "thing" and noun_class == "people":
        noun_class = "other"  # "152 mosques", "two wars": no people category, whatever verb governs them
    trigger, category, part_of, strong = _category(anchor, noun, noun_class, lex)
    people = category is not None and category not in lex.extensions
    if people and not _counts_people(kind, strong, trigger, anchor, lex):
        trigger, category = None, None
        # A wanted or planned event leaves the counted people in the state their noun names: "failed to secure
        # the release of the remaining 58 hostages" still counts 58 hostages.
        named = noun is not None and lex.noun_kind(noun.text) == "person"
        state = _match(noun, noun_class, lex, kinds=("noun",)) if noun is not None and named else None
        if noun is not None and state is not None and is_factual(noun, anchor, lex, state=True):
            trigger, category = noun, state.category
        elif (held := _held_state(anchor, noun_class, lex)) is not None:
            trigger, category = held  # "24 Filipino nationals detained in Russia will be released": detained now
    if part_of is not None and kind == "thing":
        part_of = None  # "including three hospitals" is no part of a toll
    own_category = None
    if part_of is not None and noun is not None and (own := _match(noun, noun_class, lex, kinds=("noun",))):
        own_category = own.category if is_factual(noun, noun, lex) else None
    elif part_of is not None and kind == "person":
        own_category = _uncounted_total(part_of, noun_class, lex)
    if category is not None and category not in lex.extensions and _illness(trigger, anchor, lex):
        trigger, category = None, None  # "admitted to hospital with flu-like symptoms": a case, not injured
    if category == "displaced" and noun is not None and noun.lower_ in lex.perpetrators:
        trigger, category = None, None  # "one of the attackers fled in a police car": an escape
    if category == "displaced" and noun is not None and _received(noun, lex):
        trigger, category = None, None  # "reached its goal of accepting 10,000 refugees": an intake, no displacement
    if category == "detained" and trigger is not None and _captor(trigger, lex):
        category = "hostages"  # "Somali pirates captured 22 Yemeni fishermen": captives, not detainees
    if category is not None and _conditional(trigger if trigger is not None else anchor, lex):
        trigger, category = None, None  # "if ..., then about 100 deaths gives a rate of 0.1 %": a calculation
    return Reading(anchor=anchor, noun=noun, trigger=trigger, category=category, part_of=part_of,
                   own_category=own_category)


def _uncounted_total(total: Token, noun_class: str, lex: Lexicon) -> str | None:
    """The category of a total that has no number ("several others are injured, including at least four
    children"): its part is the only count, of the category the total's clause gives."""
    if total.pos_ in {"VERB", "AUX"}:  # "including" hung on the verb: the total is its subject
        total = next((c for c in total.children if c.dep_ in {"nsubj", "nsubjpass"}), total)
    if total.pos_ not in {"NOUN", "PRON"} or any(c.dep_ == "nummod" or c.like_num for c in total.children) \
            or total.like_num or noun_kind(total, lex) != "person":
        return None
    found = _category_paths(total, total, noun_class, lex)
    if found is None or found[1] is None or found[0] is None:
        return None
    return found[1] if is_factual(found[0], total, lex) else None


def _received(noun: Token, lex: Lexicon) -> bool:
    """The counted people are what a verb of receiving takes in (`receiving_verbs.txt`): its object, the subject of
    its passive ("11,491 refugees were admitted"), or the object of its "in" ("taking in one million migrants")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in" and verb.dep_ in {"prep", "prt"}:
        verb, particle = verb.head, True
    else:
        particle = any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
        if noun.dep_ not in {"dobj", "nsubjpass"}:
            return False
    if verb.lower_ not in lex.receiving_verbs:
        return False
    return particle or verb.lower_ not in _TAKE


def _captor(verb: Token, lex: Lexicon) -> bool:
    """The one who took the people is an armed group or a criminal (`perpetrators.txt`): its active subject or
    the agent of its passive ("seized by gunmen"). A bare participle's subject is the one taken ("26 pirates
    arrested", a headline's passive)."""
    bare_participle = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    doers = [] if bare_participle else [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lower_ in lex.perpetrators or any(
        c.dep_ == "compound" and c.lower_ in lex.perpetrators for c in d.children) for d in doers)


def _before_dash(tokens: list[Token], start: int, noun: Token, lex: Lexicon) -> Token:
    """The counted noun when a spaced dash closes its phrase ("fewer than 10 confirmed deaths - manufacturers
    still ..."): a noun naming a category right before the dash, which the parser compounded with the next noun
    (a spaced hyphen inside a word, "co - workers", has no such noun before it)."""
    for k in range(start + 1, noun.i):
        dash = tokens[k]
        if dash.text in {"-", "--", "–", "—"} and dash.whitespace_ and tokens[k - 1].whitespace_ and any(
                t.kind == "noun" for t in lex.triggers_for(tokens[k - 1].text)):
            return tokens[k - 1]
    return noun


def _conditional(tok: Token, lex: Lexicon) -> bool:
    """True when the figure's clause is a condition ("if a million had died") or the "then" of one ("if ..., then
    N deaths gives ...")."""
    verb = clause_verb(tok)
    if verb.dep_ == "advcl" and any(m.dep_ == "mark" and lex.non_factual.get(m.lower_) == "condition"
                                    for m in verb.children):
        return True  # "If a million people had died, we would worry": the condition itself
    if not any(c.lower_ == "then" and c.dep_ == "advmod" for c in verb.children):
        return False  # "Advice if you're upset ... At least 70 people have been hurt": a run-on, no calculation
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and lex.non_factual.get(m.lower_) == "condition" for m in c.children)
        for c in verb.children
    )


_ILLNESS_PATH = frozenset({"prep", "pobj", "pcomp", "dobj", "compound", "amod", "npadvmod", "nmod", "conj", "agent"})


def _illness(trigger: Token | None, anchor: Token, lex: Lexicon) -> bool:
    """True for an injured trigger whose clause names an illness as the cause ("admitted to hospital with
    flu-like symptoms", "hospitalised after contracting the virus"), through prepositions and objects only."""
    if trigger is None or not lex.illness or not any(t.category == "injured" for t in lex.triggers_for(trigger.lower_)
                                                      + tuple(t for _, t in lex.phrasal_for(trigger.lower_))):
        return False
    if any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in lex.illness for c in anchor.children):
        return True  # "treated 300 flu victims": people the illness befell
    stack = [c for c in trigger.children if c.dep_ in {"prep", "advcl", "agent"} and c.i != anchor.i]
    seen = 0
    while stack and seen < 40:
        tok = stack.pop()
        seen += 1
        if tok.lower_ in lex.illness and tok.pos_ in {"NOUN", "PROPN"}:
            return True
        stack.extend(c for c in tok.children if c.dep_ in _ILLNESS_PATH)
    # "Of fewer than 100 people infected, 10 were admitted to hospital": a hospital stay in a sentence about a
    # disease that names no harm of an event (`illness_context.txt`)
    if "hospital" not in trigger.lower_ and not any("hospital" in c.lower_ for c in trigger.subtree):
        return False
    words = {t.lower_ for t in trigger.sent}
    return bool(words & lex.illness_context) and not words & lex.harm_words


def _counts_people(kind: str, strong: bool, trigger: Token | None, anchor: Token, lex: Lexicon) -> bool:
    """A people figure needs a counted noun that may name people (one no list knows only when the trigger
    governs it directly) and a clause that reports it as having happened."""
    if kind == "thing" or (kind == "unknown" and not strong):
        return False
    trigger = trigger if trigger is not None else anchor
    if not strong and trigger.i < anchor.left_edge.i and anchor.head.i != trigger.i:
        # "Police arrest at least eleven people in an operation aiming to ...", the verb tagged a noun: the parse
        # that hung the people on another verb is wrong, so only the trigger's own clause says whether it happened
        anchor = trigger
    # People named by their state ("58 hostages", "refugees"), not events ("200 deaths" can be prevented).
    state = trigger.i == anchor.i and lex.noun_kind(trigger.text) == "person" and bool(lex.triggers_for(trigger.text))
    return is_factual(trigger, anchor, lex, state=state)


def noun_kind(noun: Token, lex: Lexicon) -> str:
    """Whether a counted noun names people: word lists and endings, then the entity label.

    A noun the lexicon counts as a figure itself ("fatalities", "deaths", "hostages") is never a thing.
    """
    if any(t.kind == "noun" for t in lex.triggers_for(noun.text)):
        return "person"
    kind = lex.noun_kind(noun.text)
    if kind == "unknown":
        if noun.ent_type_ in _PERSON_ENTS:
            return "person"
        if noun.ent_type_ in _THING_ENTS:
            return "thing"
    return kind


def is_factual(trigger: Token, anchor: Token, lex: Lexicon, *, state: bool = False) -> bool:
    """False when the figure is negated, hypothetical or only wanted: "none of the 30 were hurt", "were not
    killed", "could kill 100,000", "demanded the release of 60 prisoners", "plans to free 50".

    `state`: the counted noun names the category itself ("58 hostages"); what someone wants done with them
    ("secure the release of the remaining 58 hostages") does not undo it, only a negation does.
    """
    # A negative quantifier over the counted noun: "None of the 30 passengers", "no 12 people", and one joined to the
    # number by a hyphen ("No-one was hurt", split by the tokenizer into "No", "-", "one").
    # A claim or demand over the counted noun: "The claims of up to 50 people missing are dismissed".
    doc = anchor.doc
    if anchor.i >= 2 and doc[anchor.i - 1].text == "-" and not doc[anchor.i - 1].whitespace_ and not (
            doc[anchor.i - 2].whitespace_) and lex.non_factual.get(doc[anchor.i - 2].lower_) == "negative":
        return False
    node = anchor
    for _ in range(5):
        word = lex.non_factual.get(node.lower_)
        if node.i != anchor.i and (word == "negative" or (word == "governor" and node.i != trigger.i)):
            return False
        if any(c.dep_ == "det" and lex.non_factual.get(c.lower_) == "negative" for c in node.children):
            return False
        if node.head.i == node.i or node.i == trigger.i or node.dep_ not in _NOUN_CHAIN_DEPS:
            break
        node = node.head
    # The trigger's clause: its own negation and modals, then what governs it up to the next finite clause.
    node = trigger
    via_subject = False  # "the two deaths were not related to the weather": the deaths still happened
    if not state and any(c.dep_ in {"amod", "compound"} and lex.non_factual.get(c.lower_) in {"unachieved", "governor"}
                         for c in trigger.children):
        return False  # "the attempted murder of three", "the planned release of 50": not done
    if any(c.dep_ == "advmod" and c.i < trigger.i and lex.non_factual.get(c.lower_) == "unachieved"
           for c in trigger.children):
        return False  # "two nearly killed when they were shot": they survived
    for _ in range(6):
        perfect = any(c.dep_ == "aux" and c.lower_ in {"have", "'ve"} for c in node.children)
        for child in node.children:
            if child.dep_ == "neg" and not via_subject:
                return False
            modal = child.dep_ in {"aux", "auxpass"} and lex.non_factual.get(child.lower_) == "modal"
            if modal and not perfect and not state:
                return False  # "could kill 100,000"; "may have been killed" estimates what happened
        if not state and node.i != trigger.i and lex.non_factual.get(node.lower_) == "governor":
            return False
        if node.tag_ in {"VBD", "VBZ", "VBP"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children) and any(
                c.dep_ == "mark" and lex.non_factual.get(c.lower_) == "fact_mark" for c in node.children):
            break  # "after attacks across the province killed over 200 people": a clause of fact of its own
        if node.i != trigger.i and lex.non_factual.get(node.lower_) == "capacity":
            return False  # "supplies for 15,000 refugees": room for them, not a count of them
        if node.dep_ == "prep" and node.lower_ == "for" and any(
                c.dep_ == "dobj" and lex.non_factual.get(c.lower_) == "capacity" for c in node.head.children):
            return False  # "holds enough supplies for 15,000 refugees", "for" hung on the verb
        existential = node.dep_ == "attr" and any(c.dep_ == "expl" for c in node.head.children)
        if node.dep_ not in {"xcomp", "dobj", "pobj", "prep", "pcomp", "nsubjpass", "acl", "compound"} and not (
                existential):  # "There will not be 20 million deaths": the existential's negation and modal
            break
        if node.head.i == node.i or _restart_between(node.head, node):
            break
        if node.dep_ == "prep" and node.lower_ == "with" and node.i > 0 and doc[node.i - 1].text == ",":
            break  # "has not been as deadly, with 176 deaths in Mexico": an absolute set off by a comma states a fact
        via_subject = via_subject or node.dep_ == "nsubjpass"
        node = node.head
    return True


_RESTART_TAGS = frozenset({"ADP", "DET", "SCONJ", "CCONJ"})


def _restart_between(head: Token, node: Token) -> bool:
    """True when a sentence the splitter missed starts between a word and its head: a capitalised function word
    right after a lower-case word ("... can help reduce transmission Of the 103 deaths in Mexico, ..." in a
    run-on sidebar); the head's modal or negation is then no part of the figure's clause."""
    lo, hi = sorted((head.i, node.i))
    doc = node.doc
    return any(
        doc[k].pos_ in _RESTART_TAGS and doc[k].text[:1].isupper() and doc[k - 1].is_alpha and doc[k - 1].is_lower
        for k in range(lo + 1, hi + 1)
    )


def _match(tok: Token, noun_class: str, lex: Lexicon, kinds: tuple[str, ...] = ("verb", "adj")) -> Trigger | None:
    """The trigger a word gives for nouns of this class; a phrase ("shot ... dead") before the word alone."""
    for dependent, trig in lex.phrasal_for(tok.lower_):
        if trig.noun_class == noun_class and trig.kind in kinds and _has_dependent(tok, dependent):
            return trig
    for trig in lex.triggers_for(tok.lower_):
        if trig.noun_class == noun_class and trig.kind in kinds:
            return trig
    return None


def _mixed_total(verb: Token, trig: Trigger, noun_class: str, lex: Lexicon) -> bool:
    """True for "shot three people, killing one": a participle with its own count splits the total by outcome."""
    if not trig.total:
        return False
    return any(
        child.dep_ in {"advcl", "conj", "xcomp"}
        and child.tag_ == "VBG"
        and _match(child, noun_class, lex) is not None
        and any(c.dep_ == "dobj" for c in child.children)
        for child in verb.children
    )


def _phrasal_with(head: Token, dependent: Token, noun_class: str, lex: Lexicon) -> Trigger | None:
    """The phrasal trigger `head+dependent` ("claimed+lives"), when the lexicon has one; of two rows for one form,
    the one of the head's part of speech ("in exchange for" is an event noun, "exchange ... for" a verb)."""
    found = [trig for word, trig in lex.phrasal_for(head.lower_)
             if word == dependent.lower_ and trig.noun_class == noun_class]
    wanted = "event" if head.pos_ in {"NOUN", "PROPN"} else "verb"
    return next((t for t in found if t.kind == wanted), found[0] if found else None)


def _has_dependent(tok: Token, word: str) -> bool:
    """True when `word` is a dependent of tok or the object of one of its prepositions ("shot ... to death")."""
    for child in tok.children:
        if child.lower_ == word:
            return True
        if child.dep_ in {"prep", "prt", "dative"} and any(g.lower_ == word for g in child.children):
            return True
        if child.dep_ == "dobj" and any(g.dep_ == "conj" and g.lower_ == word and g.i == child.right_edge.i
                                        for g in child.children):
            return True  # "hold 46 officers and staff hostage": the parser joined the word to the object
    return False


def _level(verb: Token, lex: Lexicon) -> tuple[Token, str] | None:
    """A trigger in the phrase of a running-count noun that is the verb's subject or object ("the death toll")."""
    if lex.level_words.get(verb.lower_) != "verb":
        return None
    for arg in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}):
        if lex.level_words.get(arg.lower_) != "noun" and not lex.triggers_for(arg.lower_):
            continue
        if (level := _level_phrase(arg, lex)) is not None:
            return level
    return None


def _level_phrase(noun: Token, lex: Lexicon) -> tuple[Token, str] | None:
    """The first trigger in a running-count noun's phrase: "death toll", "number of people killed"."""
    for tok in noun.subtree:
        if trig := _match(tok, "people", lex, kinds=("noun", "event", "verb", "adj")):
            return tok, trig.category
    return None


_Found = tuple[Token | None, str | None, Token | None, bool]


def _category(anchor: Token, noun: Token | None, noun_class: str, lex: Lexicon) -> _Found:
    """(trigger token, category, part_of, strong) for the anchor, trying the closest syntactic relations first.

    `strong`: the trigger governs the counted noun directly (a noun no list knows is counted only then).
    """
    found = _category_paths(anchor, noun, noun_class, lex)
    owner = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
    if found is None and owner is not None and owner.lower_ in _COLLECTIVES:
        found = _category_paths(owner, noun, noun_class, lex)  # "a group of 20 soldiers was ambushed and killed"
    if found is None:
        return None, None, None, False
    said = _match(found[0], noun_class, lex) if found[0] is not None else None
    if said is not None and said.state and noun is not None and (
            own := _match(noun, noun_class, lex, kinds=("noun",))):
        return noun, own.category, found[2], found[3]  # "14 hostages are being held": still hostages
    return found


# Categories of captivity, which a release ends: what they say of the released tells who they were.
_CAPTIVITY = frozenset({"detained", "hostages"})

_SET_OFF = frozenset({",", "--", "\u2014", "\u2013", "-", ":"})


def _set_off_part(anchor: Token) -> Token | None:
    """The word a breakdown hangs from ("..., four from friendly fire", "... -- 26 in Mexico and one in Texas"): a
    bare number with a phrase of its own right after a comma or a dash, or a number conjoined to one."""
    first = anchor
    while first.dep_ == "conj" and first.head.pos_ == "NUM" and first.head.i < first.i:
        first = first.head
    if first.dep_ not in ("appos", "npadvmod") or first.i == 0 or first.doc[first.i - 1].text not in _SET_OFF:
        return None
    if not any(c.dep_ == "prep" for c in anchor.children):
        return None
    return first.head


_COMPARING = frozenset({"compared", "compare", "comparison", "versus", "vs", "vs."})


def _compared_count(head: Token, noun_class: str, lex: Lexicon) -> _Found | None:
    """A bare number under "compared to/with" takes the category of the verb the comparison hangs from."""
    if head.dep_ != "pobj" or head.head.lower_ not in {"to", "with"} or head.head.head.lower_ not in _COMPARING:
        return None
    gov = head.head.head
    for _ in range(3):
        if gov.head.i == gov.i:
            return None
        gov = gov.head
        if (trig := _match(gov, noun_class, lex)) is not None:
            counted = [c for c in gov.children if c.dep_ in {"dobj", "nsubjpass"}
                       and any(m.dep_ == "nummod" for m in c.children)]
            if counted and all(lex.noun_kind(c.text) != "person" for c in counted):
                return None  # "captured 1,944 delegates, compared to Sanders' 1,192": more of what was counted
            return gov, trig.category, None, True
    return None


def _held_state(anchor: Token, noun_class: str, lex: Lexicon) -> tuple[Token, str] | None:
    """A past participle on the counted subject of a clause still to come names the state they are in now ("24
    nationals detained in Russia will be released"): only detention or captivity, which lasts until the release."""
    if anchor.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for child in anchor.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and (trig := _match(child, noun_class, lex)) is not None \
                and trig.category in {"detained", "hostages"} and not any(c.dep_ == "neg" for c in child.children):
            return child, trig.category
    return None


def _counted_before(noun: Token, lex: Lexicon) -> Token | None:
    """The nearest counted noun before `noun` that an earlier verb of the same list governs ("destroyed two tanks
    and 224 combat vehicles ... and seized 36 others"), not a measure of time or age ("a two-year-old girl")."""
    def verb_of(tok: Token) -> Token:
        while tok.dep_ == "conj" and tok.head.pos_ in {"NOUN", "PROPN"}:
            tok = tok.head
        return tok.head
    verb = verb_of(noun)
    verbs = {verb.i}
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        verbs.add(verb.i)
    for tok in reversed(noun.doc[noun.sent.start : noun.i]):
        if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ != "others" and lex.noun_class(tok.lower_) != "time" and any(
                c.dep_ == "nummod" and c.i + 1 < len(c.doc) and c.nbor(1).text != "-" for c in tok.children):
            return tok if verb_of(tok).i in verbs else None
    return None


def _noun_after_name(noun: Token) -> Token:
    """ "31 Lord's Resistance Army (LRA) fighters": a name the parser hung the number on, before the common noun it
    qualifies, which is what is counted."""
    name = noun
    while name.pos_ == "PROPN" and name.dep_ in {"nmod", "poss", "compound"} and name.head.i > name.i and (
            name.head.pos_ in {"NOUN", "PROPN"}):
        name = name.head
    # only past an acronym in brackets, which is what leads the parser astray
    bracketed = name.i > 1 and name.doc[name.i - 1].text == ")"
    return name if name.pos_ == "NOUN" and bracketed else noun


def _own_subject(clause: Token) -> bool:
    """A relative clause whose subject is a noun of its own, not the relative pronoun standing for its head."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"} for c in clause.children)


def _category_paths(anchor: Token, noun: Token | None, noun_class: str, lex: Lexicon) -> _Found | None:
    if noun_class == "length" and noun is not None:
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in prep.children:
                if lex.noun_class(obj.lower_) == "tunnel":
                    return obj, "tunnels_length", None, True
    # 0. The clause's own verb over a subject outranks the subject's modifiers: "130 students abducted in
    # November have been released" counts the released.
    subj = anchor
    while subj.dep_ == "conj" and (subj.head.pos_ in {"NOUN", "PROPN"} or subj.head.dep_ in {"nsubj", "nsubjpass"}):
        subj = subj.head  # "His mother and 10 other people fleeing Cuba drowned": a conjoined subject
        # ("One Australian and one English climber have fallen": a subject the tagger read as an adjective)
    verb = subj.head
    if verb.dep_ in {"aux", "auxpass"} and verb.head.i > verb.i:
        verb = verb.head  # "40 children remained hospitalized", the subject hung on the auxiliary
    verb = _after_reduced_relative(verb)
    if subj.dep_ in {"nsubj", "nsubjpass"} and (trig := _match(verb, noun_class, lex)):
        if _agentive(verb, subj, trig, lex):
            return None  # "three gunmen killed five soldiers": the gunmen did it
        if noun is not None and (own := _match(noun, noun_class, lex, kinds=("noun",))) is not None and (
                own.category == "killed" and trig.category != "killed"):
            return noun, own.category, None, True  # "with 44 deaths and 1,600 hospitalized": deaths stay deaths
        return _final_outcome(verb, trig.category, noun_class, lex)
    # 0b. "four people are killed, including two policemen, and more than 35 others are injured": the parser hung
    # the second subject on the part before it; the auxiliary right after it says whose verb follows.
    if (found := _stranded_subject(anchor, noun, noun_class, lex)) is not None:
        return found
    # 1. The anchor's own modifiers: "1,300 people wounded", "ten workers abducted", "42 dead", and the
    # predicates of a relative clause ("three individuals who have been reported missing").
    modifiers = list(anchor.children)
    if noun is not None and noun.i != anchor.i and not any(c.dep_ == "nummod" for c in noun.children):
        modifiers += list(noun.children)  # "Thousands of people who have fled"; not "one of the three people"
    if anchor.dep_ == "conj" and anchor.head.i < anchor.i:
        # "eight of them Americans and over 1,000 injured": a conjunct with its own participle after it, which the
        # parser hung on the first conjunct, takes that participle's category, not the first verb's.
        modifiers += [c for c in anchor.head.children if c.i > anchor.i and c.dep_ in {"acl", "amod"}
                      and c.tag_ == "VBN"]
    # "shelling killed 12 people who had fled the fighting": the verb over the counted object tells what befell them;
    # a relative clause on it tells who they were
    governing = _match(anchor.head, noun_class, lex, kinds=("verb",)) if anchor.dep_ == "dobj" else None
    for child in modifiers:
        if child.dep_ == "relcl" and governing is not None:
            continue
        if governing is not None and governing.category == "released" and child.dep_ in {"acl", "amod"} and (
                (was := _match(child, noun_class, lex)) is not None and was.category in _CAPTIVITY):
            continue  # "exchanged 150 detainees arrested during the fighting": their arrest tells who is released
        if child.dep_ == "relcl" and _own_subject(child):
            continue  # "four massacres in which 96 civilians were killed": the clause counts its own subject
        if child.dep_ in _MODIFIER_DEPS and (trig := _match(child, noun_class, lex)):
            if child.dep_ == "amod" and trig.kind == "verb" and _bare_verb_form(child.lower_, lex):
                continue  # "Two free throws": a verb's bare form as an adjective says nothing befell them
            if _agentive(child, anchor, trig, lex):
                continue  # "militants who killed five soldiers", "the nine voting to put Nichols to death"
            if child.dep_ in {"acl", "amod"} and child.i > anchor.i and _own_argument(child, anchor, lex):
                continue  # "killed at least one person, injured dozens": the next verb of a list, parsed as a modifier
            return child, trig.category, None, True
        if child.dep_ == "prep" and child.lower_ == "with":  # "50 people with injuries"
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                if (trig := _match(obj, noun_class, lex, kinds=("noun",))) and trig.category == "injured":
                    return obj, trig.category, None, True
        if child.dep_ in {"relcl", "acl"}:
            for pred in child.children:
                if pred.dep_ in _PREDICATE_DEPS and pred.dep_ != "advcl" and (trig := _match(pred, noun_class, lex)):
                    return pred, trig.category, None, True
    head = anchor
    while head.dep_ == "conj" and head.head.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}:
        head = head.head
    if head.i != anchor.i and noun_class == "people" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children) and (
            trig := _match(head, noun_class, lex, kinds=("event",))):
        # "the deaths of all 33 militants, as well as 29 passengers": the parser hung the later counts on the event
        # noun itself; they are further objects of its "of"
        return head, trig.category, None, True
    # 2. A total's part: "including 59 children", "among them 12 women", "25 people, five of them critically".
    if head.dep_ == "pobj" and head.head.lower_ in _PART_PREPS:
        return None, None, head.head.head, True
    if anchor.dep_ == "appos" and noun is not None and noun.lower_ in _PARTITIVE_PRONOUNS:
        return None, None, anchor.head, True
    if noun is not None and noun.lower_ in _PARTITIVE_PRONOUNS and anchor.head.pos_ not in {"VERB", "AUX"}:
        # "More than 100 people have died, eight of them Americans": a verbless "N of them" is a part of the count
        # before it, whatever the parser hung it on
        return None, None, anchor.head, True
    whole: Token | None = None
    number = anchor
    if noun is None and number.dep_ == "conj" and number.head.pos_ in {"VERB", "AUX"}:
        # "12 are from Somalia and 11 from Yemen": the second number, left without its verb, goes with the first
        number = next((c for c in number.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NUM"
                       and c.i < anchor.i), number)
    if noun is None and number.dep_ in {"nsubj", "nsubjpass"}:
        # "Of the 103 deaths in Mexico, only 20 are confirmed ...": a bare number under a fronted "of" phrase is a
        # part of the count it names, when its own verb gives no category ("Of the 20 passengers, 15 were killed");
        # so is one under "out of" ("Out of 40 detained men, 25 are ...").
        preps = [_of_in_out_of(c) for c in number.head.children if c.dep_ == "prep" and c.i < number.i]
        preps = [c for c in preps if c is not None]
        comma = number.doc[number.left_edge.i - 1] if number.left_edge.i > 0 else number
        if not preps and comma.text == ",":
            # the fronted phrase hung elsewhere by a run-on's parse: an "Of ..." that ends right before the comma
            preps = [t for t in number.doc[max(0, comma.i - 12) : comma.i] if t.text == "Of" and t.dep_ == "prep"
                     and t.right_edge.i == comma.i - 1]
        for prep in preps:
            whole = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is not None and noun.lower_ in {"whom", "them"} and anchor.dep_ in {"nsubj", "nsubjpass"} and not any(
            c.dep_ == "attr" for c in anchor.head.children):
        # "50 people were hurt, 10 of whom remain critical": a part of the count before it when its own verb gives
        # no category ("..., 10 of whom died" is killed by its verb); "one of whom is a general" names who, no part
        whole = anchor.head
    if whole is None and noun is None and (part := _set_off_part(anchor)) is not None:
        # "Five soldiers died on Wednesday, four from friendly fire", "27 deaths have been confirmed -- 26 in Mexico
        # and one in the United States": a verbless number with its own phrase, set off by a comma or a dash (and
        # the numbers conjoined to it), is a part of the count before it (nothing when no figure comes before it)
        whole = part
    if anchor.dep_ == "appos" and noun is None and lex.level_words.get(anchor.head.lower_) == "noun" and (
            trig := _match(anchor.head, noun_class, lex, kinds=("noun",))):
        return anchor.head, trig.category, None, True  # "The death toll, initially 10, has risen to 12"
    if anchor.dep_ == "advcl" and noun is not None and noun.lower_ in _PARTITIVE_PRONOUNS and anchor.i > 0 and (
            anchor.doc[anchor.i - 1].text == ","):
        # "Four soldiers were wounded, two of them seriously, the army said": the parser hung the part on the
        # reporting verb; it belongs to the reported clause right before it
        told = [c for c in anchor.head.children if c.dep_ in {"ccomp", "conj"} and c.pos_ == "VERB" and c.i < anchor.i]
        if told:
            return None, None, told[-1], True
    if anchor.dep_ == "npadvmod" and noun is not None and noun.lower_ in _PARTITIVE_PRONOUNS:
        # "injuring 40, 15 of them on Qeshm": a part of the count before it, and nothing when that count is no
        # figure ("427 fugitives taken into custody or located, 133 of them ...")
        return None, None, anchor.head, True
    # 2a. A count compared with the one before it: "1,500 people were killed in Libya compared to 150,000 in Syria".
    if noun is None and (found := _compared_count(head, noun_class, lex)) is not None:
        return found
    # 2b. An event noun whose "of" object is counted: "the murder of 13 villagers", "a death toll of 300".
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.head.i:
        owner = head.head.head
        if trig := _match(owner, noun_class, lex, kinds=("event",)):
            return owner, trig.category, None, True
        # "claimed the lives of 34 villagers": the owner is the object of a phrasal trigger ("claimed+lives").
        if owner.dep_ == "dobj" and (trig := _phrasal_with(owner.head, owner, noun_class, lex)):
            return owner.head, trig.category, None, True
    # 2b'. An event noun, or a verb, whose object under another preposition is counted, when the lexicon pairs the
    # two ("exchange+for": "freed three hostages in exchange for 183 prisoners" frees the prisoners too;
    # "struck+with": "struck a warship with two missiles" fired them).
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ != "of" and (
            head.head.head.i != head.head.i):
        owner = head.head.head
        trig = _phrasal_with(owner, head.head, noun_class, lex)
        if trig is None and owner.dep_ == "dobj" and head.head.lower_ == "with":
            # "struck the air base with 14 drones": the parser hung the instrument on the object
            owner = owner.head
            trig = _phrasal_with(owner, head.head, noun_class, lex)
        if trig is not None and ((trig.kind == "event" and owner.pos_ in {"NOUN", "PROPN"}) or (
                trig.kind == "verb" and owner.pos_ in {"VERB", "NOUN"})):  # "an attack ... with six missiles"
            return owner, trig.category, None, True
    # 2c. A qualifier the parser took for a preposition: "Police arrest over 1,300 people" (over/pobj), or for the
    # head of the object ("ARRESTED AT LEAST TWO MEN", the men parsed as the object of "LEAST").
    if head.dep_ in {"pobj", "dobj"} and head.head.i < anchor.i and _ends_qualifier(head.head, lex) and (
            head.dep_ == "pobj" or head.head.pos_ not in {"VERB", "AUX"}):
        verb = head.head.head
        while verb.i < head.head.i and verb.head.i != verb.i and _in_qualifier(verb, head.head, lex):
            verb = verb.head  # "killed up to 68 people": "to" hangs on "up", a word of the same qualifier
        if (trig := _match(verb, noun_class, lex, kinds=("verb",))) and not _agentive(verb, head, trig, lex):
            return verb, trig.category, None, True
        if head.dep_ == "pobj" and (found := _predicate_trigger(verb, head.head, noun_class, lex)) is not None:
            return found  # "over 220 are reported missing": the verb's predicate names the category
    # 2d. "Sixty deaths have been confirmed, most in Mexico, with three in the United States and one in Canada": a
    # bare count with a place, after "with", splits the clause's own counted toll by where it fell.
    if (found := _share_by_place(head, noun, noun_class, lex)) is not None:
        return found
    # 3. The governing verb or predicate: "were killed", "killing nine people", "are dead", "left 42 dead".
    # A noun the parser made a conjunct of a verb ("A receptionist died and two men ... underwent surgery") is
    # the subject of a later clause, not an argument of that verb.
    noun_conj_of_verb = head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"}
    if noun_conj_of_verb and noun is None and any(
        c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children) for c in head.head.children
    ):
        noun_conj_of_verb = False  # "killed 247 people in Kenya and 10 in Tanzania": the object left out
    others = head.lower_ == "others" or any(c.dep_ == "amod" and c.lower_ == "other" for c in head.children)
    if head.dep_ == "pobj" and head.head.lower_ == "alongside" and head.head.head.pos_ == "VERB":
        # "A priest is killed alongside two of his associates": the companions share what befell the subject
        verb = head.head.head
        if (trig := _match(verb, noun_class, lex, kinds=("verb",))) and (
            trig.subject_affected or any(c.dep_ == "nsubjpass" for c in verb.children)
        ):
            return verb, trig.category, None, True
    if head.dep_ == "pobj" and head.head.lower_ == "with" and (
            head.head.head.lower_ in {"along", "together"} or (head.head.head.pos_ == "VERB" and others)):
        # "The 11 Americans were killed in Kenya, along with five Kenyan employees", "Elizabeth, who died with nine
        # other adults": the companions share what befell the subject (passive or subject-affected verbs only:
        # not "gunmen, along with ...")
        verb = head.head.head.head if head.head.head.lower_ in {"along", "together"} else head.head.head
        if (trig := _match(verb, noun_class, lex, kinds=("verb",))) and (
            trig.subject_affected or any(c.dep_ == "nsubjpass" for c in verb.children)
        ):
            return verb, trig.category, None, True
    # "wounding 39 more": the parser makes the counted "more" an adverb of the verb
    counted_more = head.lower_ == "more" and head.tag_ == "JJR" and head.dep_ == "advmod" and any(
        c.dep_ == "nummod" for c in head.children)
    # "50 million people died in the first outbreak, about 2 million in the second": a count after a comma that the
    # parser left unlabelled, beside a verb whose subject is counted, is the gapped clause's subject
    gapped = head.dep_ == "dep" and head.pos_ == "NUM" and head.left_edge.i > 0 and (
        head.doc[head.left_edge.i - 1].text == ",") and any(
        c.dep_ in {"nsubj", "nsubjpass"} and any(g.dep_ == "nummod" for g in c.children) for c in head.head.children)
    if head.dep_ in _ARGUMENT_DEPS or counted_more or gapped or (head.dep_ == "conj" and not noun_conj_of_verb):
        verb = head.head if head.dep_ != "ROOT" else head
        trig = _match(verb, noun_class, lex)
        if trig is None and noun is not None and head.dep_ == "dobj" and head.i != noun.i:
            trig = _phrasal_with(verb, noun, noun_class, lex)  # "lost a daughter and two sons": the conjunct's phrase
        if trig:
            if _agentive(verb, head, trig, lex) or _mixed_total(verb, trig, noun_class, lex) or (
                    _figurative_harm(verb, trig, lex)):
                return None
            if trig.kind == "adj" and head.dep_ == "dobj":
                return None  # "after missing four games": an adjective trigger used as a verb with an object
            if head.dep_ in {"nsubj", "nsubjpass"}:
                return _final_outcome(verb, trig.category, noun_class, lex)
            return verb, trig.category, None, True
        found = _predicate_trigger(verb, head, noun_class, lex) or _conjoined_trigger(verb, head, noun_class, lex)
        if found is not None:
            return found
    elif head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "VERB":
        # "fired upon two correctional officers, took them hostage"
        found = _conjoined_trigger(head.head.head, head, noun_class, lex)
        if found is not None:
            return found
    # 3b. "Among the dead were 7 journalists", "six journalists were among those killed", "the dead include
    # five children": a copula or "include" whose other side names the category.
    if head.dep_ in {"attr", "nsubj", "dobj"} and lex.level_words.get(head.head.lower_) in {"verb", "part"}:
        verb = head.head
        sides = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in _PART_PREPS for o in p.children]
        if lex.level_words.get(verb.lower_) == "part":
            sides += [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != head.i]
        for side in sides:
            for tok in (side, *(c for c in side.children if c.dep_ in _MODIFIER_DEPS)):
                if trig := _match(tok, noun_class, lex, kinds=("verb", "adj", "noun")):
                    return tok, trig.category, None, True
    # 4. A running count: "the death toll rose to 22", "raising the toll to about 300", "the toll is 45".
    if noun is None or noun_class == "people":
        level_verb: Token | None = None
        prep = head.head
        if head.dep_ == "pobj" and (prep.lower_,) in lex.qualifiers and prep.i > 0 and (
                lex.level_words.get(prep.doc[prep.i - 1].lower_) == "prep"):
            prep = prep.doc[prep.i - 1]  # "rose to above 400": the qualifier parsed as a second preposition
        # "pushing the death toll above 680": a qualifier that is the preposition of the value itself
        bound = head.dep_ == "pobj" and prep.dep_ == "prep" and (prep.lower_,) in lex.qualifiers
        if head.dep_ == "pobj" and (lex.level_words.get(prep.lower_) == "prep" or bound):
            # "bringing the death toll from the attacks since the past 48 hours to nine": the parser may hang
            # "to N" on a nearer noun; the verb of change is then the first verb above it, past a participle of
            # the count's own phrase ("the toll of soldiers killed in the war to 14").
            level_verb = head.head.head
            for _ in range(6):
                if level_verb.pos_ in {"VERB", "AUX"} and not (
                        level_verb.dep_ in {"acl", "relcl"} and lex.level_words.get(level_verb.lower_) != "verb"):
                    break
                if lex.level_words.get(level_verb.lower_) == "noun":
                    # "The death toll from the landslide increases to 52", the verb tagged a noun: the count's
                    # noun phrase holds the number itself.
                    level = _level_phrase(level_verb, lex)
                    if level is not None:
                        return level[0], level[1], None, True
                if level_verb.head.i == level_verb.i:
                    break
                level_verb = level_verb.head
        elif head.dep_ in {"attr", "dobj", "npadvmod"}:
            level_verb = head.head
        level = _level(level_verb, lex) if level_verb is not None else None
        if level is not None:
            return level[0], level[1], None, True
    # 4b. A count set beside the noun it gives the number of: "reported the highest number of deaths, 45",
    # "the casualties, at least 30". Only a running-count noun or a toll noun owns it ("a woman, 45," is an age).
    if head.dep_ == "appos" and (noun is None or noun_class == "people"):
        owner = head.head
        if lex.level_words.get(owner.lower_) == "noun" and (level := _level_phrase(owner, lex)) is not None:
            return level[0], level[1], None, True
        if owner.i < head.i and (trig := _match(owner, noun_class, lex, kinds=("noun",))):
            return owner, trig.category, None, True
    # 5. "with eight people on board" of a helicopter that "goes missing", "a plane carrying ten people goes
    # missing": the people aboard share what the craft's clause says.
    aboard = (head.dep_ == "pobj" and head.head.lower_ == "with") or (
        head.dep_ == "dobj" and head.head.dep_ == "acl" and lex.level_words.get(head.head.lower_) == "carry"
    )
    carrier = head.head.head if aboard else None
    owners = [carrier] if carrier is not None else []
    if carrier is not None and carrier.dep_ in {"nsubj", "nsubjpass"}:
        owners.append(carrier.head)
    for owner in owners:
        if trig := _match(owner, noun_class, lex, kinds=("adj",)):
            return owner, trig.category, None, False
        for child in owner.children:
            if child.dep_ in {"acomp", "oprd"} and (trig := _match(child, noun_class, lex)):
                return child, trig.category, None, False
    # 6. The counted noun names the category itself: "240 hostages", "12 detainees".
    target = noun if noun is not None else anchor
    if trig := _match(target, noun_class, lex, kinds=("noun",)):
        return target, trig.category, None, True
    # 7. When the parse went astray, the plain order "N <noun phrase> were injured" still tells.
    follower = _next_predicate(anchor, noun_class, lex)
    if follower is not None:
        return follower[0], follower[1], None, False
    # 8. ... or the trigger right before the number, which a headline's capitals hide from the tagger ("Shooting
    # Kills 1, Injures 2").
    first = min(anchor.i, noun.i if noun is not None else anchor.i, *(t.i for t in anchor.subtree))
    if first > 0 and (trig := _match(anchor.doc[first - 1], noun_class, lex, kinds=("verb",))):
        return anchor.doc[first - 1], trig.category, None, False
    return (None, None, whole, True) if whole is not None else None


def _stranded_subject(anchor: Token, noun: Token | None, noun_class: str, lex: Lexicon) -> _Found | None:
    """A conjoined noun followed by an auxiliary of a subjectless trigger verb is that verb's subject."""
    last = noun if noun is not None else anchor
    if last.dep_ != "conj" or last.i + 1 >= len(last.doc):
        return None
    aux = last.doc[last.i + 1]
    verb = aux.head
    if aux.dep_ not in {"aux", "auxpass"} or verb.i <= aux.i or any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    trig = _match(verb, noun_class, lex)
    if trig is None:
        return None
    return _final_outcome(verb, trig.category, noun_class, lex)


def _after_reduced_relative(verb: Token) -> Token:
    """The clause's verb when the parser took a reduced relative for it: in "130 students abducted in November have
    been released" the parse may make "abducted" the verb of "students" and hang "have been released", with no
    subject of its own, beside it. A bare participle followed by such a subjectless verb with auxiliaries is the
    subject's modifier; the later verb is what the clause says of it."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return verb
    around = list(verb.head.children) if verb.head.i != verb.i else []
    for cand in [c for c in around if c.dep_ == verb.dep_] + list(verb.children):
        if cand.i > verb.i and cand.pos_ in {"VERB", "AUX"} and cand.dep_ in {"ccomp", "conj", "parataxis"} \
                and any(c.dep_ in {"aux", "auxpass"} for c in cand.children) \
                and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in cand.children) \
                and not any(c.dep_ == "cc" for c in cand.children) \
                and not any(t.dep_ == "cc" and t.head.i == verb.i for t in verb.doc[verb.i:cand.i]):
            return cand
    return verb


def _ends_qualifier(tok: Token, lex: Lexicon) -> bool:
    """True when the token is the last word of a qualifier phrase ("over", "at least", "more than")."""
    doc = tok.doc
    return any(
        tuple(t.lower_ for t in doc[max(0, tok.i - n + 1) : tok.i + 1]) in lex.qualifiers
        for n in range(1, lex.max_qualifier_len + 1)
    )


def _share_by_place(head: Token, noun: Token | None, noun_class: str, lex: Lexicon) -> _Found | None:
    """A bare count "with N in <place>" whose clause counts a toll noun ("deaths"): that toll's category."""
    base = head
    while base.dep_ == "conj" and base.head.pos_ == "NUM":
        base = base.head  # "with three in the United States and one in Canada"
    if noun is not None or head.pos_ != "NUM" or base.dep_ != "pobj" or base.head.lower_ != "with" or not any(
            c.dep_ == "prep" and c.lower_ == "in" for c in head.children):
        return None
    verb = base.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for toll in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}):
        counted = any(g.dep_ in {"nummod", "amod"} and g.like_num for g in toll.children)
        if counted and (trig := _match(toll, noun_class, lex, kinds=("noun",))) is not None:
            return toll, trig.category, None, True
        if counted and toll.dep_ != "nsubj" and (trig := _match(verb, noun_class, lex, kinds=("verb",))) and (
                not _agentive(verb, toll, trig, lex)):
            return verb, trig.category, None, True  # "The quake killed 40 people, with 30 in the capital"
    return None


def _in_qualifier(tok: Token, last: Token, lex: Lexicon) -> bool:
    """True when the token opens or is inside the qualifier phrase that ends at `last` ("up" of "up to")."""
    words = tuple(t.lower_ for t in tok.doc[tok.i : last.i + 1])
    return 0 < len(words) <= lex.max_qualifier_len and words in lex.qualifiers


def _of_in_out_of(prep: Token) -> Token | None:
    """The "of" of a fronted "of" or "out of" phrase ("Of the 30 passengers", "Out of 23 pirates"), else None."""
    if prep.lower_ == "of":
        return prep
    if prep.lower_ == "out":
        return next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return None


def _agentive(verb: Token, counted: Token, trig: Trigger, lex: Lexicon) -> bool:
    """True when the counted people did what the trigger says rather than suffered it: the active subject of a
    verb with its own object ("three gunmen killed five soldiers", "militants who abducted 20"), unless the
    verb's subject is the one affected ("died", "fled the town")."""
    if trig.subject_affected or trig.kind != "verb":
        return False
    if counted.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if counted.head.i == verb.i and counted.dep_ != "nsubj":
        return False  # the counted noun is the object or another argument
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lower_ in _PERFECT_AUX for c in verb.children):
        return False  # "Eleven people are killed and six injured": a passive participle, whatever the parse says
    return any(c.dep_ == "dobj" and c.i != counted.i and _may_be_victim(c, lex) for c in verb.children)


def _figurative_harm(verb: Token, trig: Trigger, lex: Lexicon) -> bool:
    """ "the housing crisis that hurt millions of Americans": an injury verb whose active subject is an abstract
    cause (`abstract_causes.txt`) hurts figuratively; a relative clause takes the noun it hangs from."""
    if trig.category != "injured" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and subj.lower_ in lex.abstract_causes


def _may_be_victim(tok: Token, lex: Lexicon) -> bool:
    """An argument that can be a victim: a number, a pronoun or a noun that is not a thing ("their homes" is)."""
    return tok.pos_ in {"NUM", "PRON", "PROPN"} or noun_kind(tok, lex) != "thing"


def _final_outcome(verb: Token, category: str, noun_class: str, lex: Lexicon) -> _Found | None:
    """The last trigger coordinated with the subject's verb: "130 students abducted in November have been
    released" (as parsed: "abducted ... and released") are counted as released, their state at the report.

    Killed and injured joined ("are killed or wounded", "killed and wounded") split one count between two
    outcomes: no figure; so does an alternative that is no category ("taken into custody or located").
    """
    found: _Found = (verb, category, None, True)
    first = _match(verb, noun_class, lex)
    total = first is not None and first.total  # "are shot and killed": the outcome after "shot" tells
    node = verb
    while True:
        conj = next((c for c in node.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}), None)
        if conj is None or _own_clause(node, conj):
            return found
        state = next((c for c in conj.children if c.dep_ in {"oprd", "acomp"}), None)  # "and found dead"
        if trig := (_match(conj, noun_class, lex) or (state and _match(state, noun_class, lex, kinds=("adj",)))):
            if {found[1], trig.category} == _CASUALTIES and not (total and found[0] is verb):
                return None
            found = (conj, trig.category, None, True)
        elif _joining_word(node, conj) == "or":
            return None  # "427 fugitives have been taken into custody or located": not all of them were detained
        node = conj


def _joining_word(verb: Token, conj: Token) -> str | None:
    """The coordinating word right before a conjoined verb ("custody or located"), not one inside a phrase
    between them ("arrested on Monday or Tuesday and taken")."""
    for t in reversed(verb.doc[verb.i + 1 : conj.i]):
        if t.dep_ == "cc" or t.lower_ in {"and", "or"}:
            return t.lower_ if t.i == conj.i - 1 or t.head.i in {verb.i, conj.i} else None
    return None


_OTHER_SUBJECTS = frozenset({"another", "others", "other"})


def _own_clause(verb: Token, conj: Token) -> bool:
    """True when a coordinated verb has its own subject or object ("... killed, and nine are missing"), even one
    the parser hung on an auxiliary between the two."""
    if any(g.dep_ in {"nsubj", "nsubjpass", "dobj"} for g in conj.children):
        return True
    if any(g.dep_ == "det" and g.i < conj.i and g.lower_ in _OTHER_SUBJECTS for g in conj.children):
        return True  # "One civilian killed and another injured": "another" parsed as the participle's determiner
    if any(t.dep_ in {"nsubj", "nsubjpass"} for t in verb.doc[verb.i + 1 : conj.i]):
        return True
    return _subject_after_join(verb, conj)


_SUBJECT_WORDS = frozenset({"NUM", "NOUN", "PROPN", "PRON"})


def _subject_after_join(verb: Token, conj: Token) -> bool:
    """True for "Seven suspects remain at large and 3 were taken into custody", the 3 parsed into the first
    clause: words naming someone between the joining word and the conjoined verb (or its auxiliaries) are its
    own subject."""
    joins = [t.i for t in verb.doc[verb.i + 1 : conj.i] if t.lower_ in {"and", "or", "but"}]
    if not joins:
        return False
    words = verb.doc[joins[-1] + 1 : conj.i]
    # "... and over 100 are injured", "... and several wounded": a qualified number or a quantifier is a subject too
    return any(t.pos_ in _SUBJECT_WORDS or t.lower_ in _QUANTIFIERS for t in words) and all(
        t.pos_ in _SUBJECT_WORDS | {"AUX", "ADV", "DET", "ADJ"}
        or (t.pos_ == "ADP" and t.i + 1 < conj.i and t.nbor(1).pos_ == "NUM") for t in words)


_QUANTIFIERS = frozenset({"several", "many", "some", "others", "more", "dozens", "hundreds", "thousands", "scores"})


_AUX_FORMS = frozenset({"were", "was", "are", "is", "be", "been", "have", "has", "had", "being", "reportedly", "also"})


_SINGULAR_AUX = frozenset({"was", "is", "has"})


def _next_predicate(anchor: Token, noun_class: str, lex: Lexicon) -> tuple[Token, str, None] | None:
    """A participle or adjective right after the anchor's phrase and its auxiliaries ("... were injured")."""
    doc = anchor.doc
    counted = anchor.head if anchor.dep_ == "nummod" else anchor
    owner = counted.head.head if counted.dep_ == "pobj" and counted.head.lower_ == "of" else None
    if owner is not None and owner.pos_ in {"NOUN", "PROPN"} and owner.lower_ not in _COLLECTIVES:
        return None  # "Slepian, the father of four boys, was shot to death": the four describe the father
    i = anchor.right_edge.i + 1
    while i < len(doc) and (
        (doc[i].is_punct and doc[i].text == ",") or doc[i].lower_ in _AUX_FORMS or doc[i].pos_ == "ADV"
    ):
        if doc[i].lower_ in _SINGULAR_AUX and counted.tag_ in {"NNS", "NNPS"}:
            return None  # "the leader who has ... dozens of children was arrested": "was" is the leader's
        i += 1
    if i >= len(doc) or doc[i].tag_ not in {"VBN", "JJ"} or doc[i].sent != anchor.sent:
        return None
    trig = _match(doc[i], noun_class, lex)
    if trig is None and i + 1 < len(doc) and doc[i + 1].sent == anchor.sent:
        # "1,200 people were killed and about 250 taken hostage": with the auxiliary left out, the parser hangs the
        # participle on the phrase's own word; the phrase still reads in its order
        trig = _phrasal_with(doc[i], doc[i + 1], noun_class, lex)
    return (doc[i], trig.category, None) if trig else None


def _conjoined_trigger(verb: Token, head: Token, noun_class: str, lex: Lexicon) -> _Found | None:
    """A trigger coordinated with the verb: sharing its subject ("one man was shot and killed"), or taking its
    object again as a pronoun ("lured a dozen civilians ... and then shot them dead")."""
    if head.dep_ == "conj":
        return None
    siblings = list(verb.children)
    if verb.dep_ == "conj":  # "produced a weapon and fired upon two officers, took them hostage"
        siblings += [c for c in verb.head.children if c.i > verb.i]
    for conj in (c for c in siblings if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}):
        subjects = [c for c in conj.children if c.dep_ in {"nsubj", "nsubjpass"}]
        objects = [c for c in conj.children if c.dep_ == "dobj"]
        if head.dep_ in {"nsubj", "nsubjpass"} and not subjects and not objects:
            shares = not _subject_after_join(verb, conj)
        else:
            shares = head.dep_ in {"dobj", "pobj"} and any(o.lower_ in _OBJECT_PRONOUNS for o in objects)
        if shares and (trig := _match(conj, noun_class, lex)):
            return conj, trig.category, None, True
    return None


def _bare_verb_form(word: str, lex: Lexicon) -> bool:
    """True for a trigger verb's base form ("free", whose "frees" is listed too), not a participle ("freed")."""
    return not word.endswith(("ed", "en", "ing")) and any(
        t.kind == "verb" for t in lex.triggers_for(word + "s") + lex.triggers_for(word + "es"))


def _own_argument(tok: Token, head: Token, lex: Lexicon) -> bool:
    """True when a predicate has its own subject or object: it counts that, not the figure ("shot three people,
    killing one"; "the nine voting to put Nichols to death"); a thing is no such object ("forced to evacuate
    their homes")."""
    return any(
        c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.i != head.i and _may_be_victim(c, lex) for c in tok.children
    )


def _completes_other_object(participle: Token, verb: Token) -> bool:
    """True when a participle the parser hung on the verb follows another verb's object: it completes that
    object ("open fire ..., leaving 42 others injured" says nothing of the gunmen who opened fire)."""
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    return before is not None and before.dep_ == "dobj" and before.head.i != verb.i and before.head.pos_ == "VERB"


def _predicate_trigger(verb: Token, head: Token, noun_class: str, lex: Lexicon) -> _Found | None:
    """A trigger among the verb's predicates: "are reported missing", "are reported to be killed".

    A participle clause beside the verb ("hit 15 trucks, killing eight") is a weak reading (strong=False).
    """
    for child in verb.children:
        if child.i == head.i or child.dep_ not in _PREDICATE_DEPS or _own_argument(child, head, lex):
            continue
        if child.dep_ == "advcl" and (_completes_other_object(child, verb) or any(
                a.dep_ == "aux" and a.lower_ == "to" for a in child.children)):
            continue  # ... nor does an infinitive ("convicted as accessories to murder": no one they count died)
        if trig := _match(child, noun_class, lex):
            return child, trig.category, None, child.dep_ != "advcl"
        for grandchild in child.children:
            if _own_argument(grandchild, head, lex):
                continue
            if grandchild.dep_ in _PREDICATE_DEPS and (trig := _match(grandchild, noun_class, lex)):
                return grandchild, trig.category, None, child.dep_ != "advcl" and grandchild.dep_ != "advcl"
    # A misparse seen in news: "confirms nine of the workers ..., are dead" (the copula as a conjunct).
    if head.dep_ == "dobj":
        for conj in (c for c in verb.children if c.dep_ in {"conj", "ccomp"} and c.i > head.i):
            if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
                for child in conj.children:
                    if child.dep_ in {"acomp", "attr"} and (trig := _match(child, noun_class, lex)):
                        return child, trig.category, None, False
    return None


def who_text(noun: Token | None, min_start: int = 0, lex: Lexicon | None = None) -> str | None:
    """The counted noun with its adjective and compound modifiers ("South Sudanese soldiers").

    `min_start`: the first token after the number phrase (a number the parser made a compound is no modifier).
    """
    if noun is None or noun.lower_ in _NO_WHO or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.lower_ in _STATE_PREDICATES and (held := [c for c in noun.children if c.dep_ == "compound"]):
        noun = held[-1]  # "took 500 Russian soldiers prisoner": the parser compounds the soldiers into "prisoner"
    doc = noun.doc
    start = noun.i
    while start - 1 >= max(0, min_start):
        tok = doc[start - 1]
        joins = tok.dep_ in _WHO_DEPS or (tok.dep_ == "punct" and tok.text in {"-", "–"})  # "co - workers"
        if doc[start].text in {"-", "–"} and tok.is_alpha and not tok.whitespace_:
            start -= 1  # "high-ranking leaders": the word before a hyphen belongs to the word after it
            continue
        if not joins or tok.pos_ == "NUM" or tok.lower_ in _NO_WHO or not tok.i < tok.head.i <= noun.i:
            break
        start -= 1
    end_tok = noun
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1]
    if preps and noun.lower_ in _RELATIONAL_NOUNS:
        # "members of the same family" (not "... in Sumy Oblast", nor a relative clause on the name): the "of" object
        # and the words that name it, or nothing when a clause follows "of" ("members of what ... described as")
        obj = next((c for c in preps[0].children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if obj is not None:
            end_tok = obj
            while end_tok.i + 1 < len(doc) and doc[end_tok.i + 1].pos_ == "PROPN" and (
                    doc[end_tok.i + 1].head.i in {obj.i, end_tok.i}):
                end_tok = doc[end_tok.i + 1]  # "Tren de Aragua" as the parser splits it
    elif preps:
        # "Two leaders of polygamous groups with ties to Utah": the "of" phrase says who, up to its own noun
        obj = next((c for c in preps[0].children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if obj is not None and obj.lower_ not in _NO_WHO:
            end_tok = obj
    # "130 students and staff": a bare coordinated noun shares the count ("two men and a woman" does not).
    for conj in (c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > end_tok.i):
        if not any(g.dep_ in {"det", "nummod", "poss"} for g in conj.children) and conj.i - end_tok.i <= 4 and (
                lex is None or lex.noun_kind(conj.text) != "thing") and (  # not "five people and damaging buildings"
                conj.lower_ not in _NO_WHO):  # "nine witnesses and others": "others" names nobody
            end_tok = conj
        break
    if len(end_tok) <= 3 and end_tok.i + 2 < len(doc) and doc[end_tok.i + 1].text in {"-", "–"} and (
            not end_tok.whitespace_ and not doc[end_tok.i + 1].whitespace_ and doc[end_tok.i + 2].is_alpha):
        end_tok = doc[end_tok.i + 2]  # "co-workers", "ex-soldiers": a prefix the parser took for the noun
    if end_tok.lower_ in _STATE_COMPLEMENTS and end_tok.i > start:
        end_tok = doc[end_tok.i - 1]  # "holding 12 tourists hostage": the state they are held in is no part of who
    return doc[start : end_tok.i + 1].text


# Nouns that complete "hold/take X hostage": the parser may join them to the counted noun.
_STATE_COMPLEMENTS = frozenset({"hostage", "captive"})


# Dependencies that open a clause of their own, whatever the tag of their head word ("whereas ... amount to").
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "parataxis", "xcomp"})
# After a rate's time noun these make it a time or a duration: "a year ago", "a day after the blast".
_NOT_RATE_AFTER = frozenset({"ago", "earlier", "later", "after", "before", "since", "old", "-", "long", "or"})
_NOT_RATE_BEFORE = frozenset({"in", "for", "within", "over", "of", "than", "about", "nearly", "almost", "half"})


def rate_words(sent: Span, lex: Lexicon) -> list[Token]:
    """The last word of each frequency phrase of the sentence ("every year", "a day", "annually"): a count in
    the same clause is a rate, not an event ("Every year 36,000 people die"). Empty for most sentences."""
    if not lex.rates:
        return []
    lasts = {phrase[-1] for phrase in lex.rates}
    found: list[Token] = []
    tokens = list(sent)
    for k, tok in enumerate(tokens):
        if tok.lower_ not in lasts:
            continue
        for phrase in lex.rates:
            n = len(phrase)
            if phrase[-1] != tok.lower_ or k + 1 < n or not all(
                    w in ("*", t.lower_) for w, t in zip(phrase, tokens[k + 1 - n : k + 1], strict=True)):
                continue  # "*" stands for any one word: "in a normal flu season"
            before = tokens[k - n].lower_ if k - n >= 0 else ""
            after = tokens[k + 1].lower_ if k + 1 < len(tokens) else ""
            if after in _NOT_RATE_AFTER or before in _NOT_RATE_BEFORE:
                continue
            if n == 1 and tok.dep_ in {"amod", "compound"}:
                continue  # "the daily death toll": one day's count, not a rate
            found.append(tok)
            break
    return found


def clause_verb(tok: Token) -> Token:
    """The nearest verb or clause head at or above a token (the sentence root when there is none)."""
    node = tok
    for _ in range(12):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i or node.dep_ in _CLAUSE_DEPS:
            return node
        node = node.head
    return node


def is_rate(reading: Reading, rates: list[Token]) -> bool:
    """True when a frequency phrase stands in the figure's clause: "flu kills up to 500,000 people a year"."""
    if not rates:
        return False
    clause = clause_verb(reading.trigger if reading.trigger is not None else reading.anchor)
    own = clause_verb(reading.anchor)
    # "Seasonal flu kills 250,000 people and infects millions each year": conjoined verbs share the frequency
    clauses = {c.i for v in (clause, own) for c in _verb_conjuncts(v)}
    return any(clause_verb(r).i in clauses for r in rates)


def _verb_conjuncts(verb: Token) -> list[Token]:
    """The verb and the verbs conjoined with it that share its subject ("kills ... and infects ..."); a conjunct
    with a subject of its own is another clause ("killed 12 on Monday and floods displace thousands every year")."""
    def shared(v: Token) -> bool:
        return v.dep_ == "conj" and v.pos_ in {"VERB", "AUX"} and not any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in v.children)

    top = verb
    while shared(top) and top.head.pos_ in {"VERB", "AUX"}:
        top = top.head
    out, todo = [], [top]
    while todo:
        v = todo.pop()
        out.append(v)
        todo += [c for c in v.children if shared(c)]
    return out


def elliptic_count(reading: Reading, lex: Lexicon) -> bool:
    """True for a bare number that goes on counting the people of the sentence before, its own sentence naming no
    category: "The other two were in Scotland", "About 20 were in grave condition" (a subject of a copula that opens
    the sentence), "It includes 25 in Mexico and one in Texas" (the object of "include" under an anaphor)."""
    if reading.noun is not None or reading.category is not None or reading.part_of is not None:
        return False
    number = reading.anchor
    while number.dep_ == "conj" and number.head.pos_ == "NUM":
        number = number.head  # "25 in Mexico and one in Texas"
    verb = number.head
    if number.dep_ == "nsubj" and lex.ellipsis.get(verb.lower_) == "copula":
        return number.left_edge.i - number.sent.start <= 1 and not any(
            c.dep_ in {"attr", "acomp"} for c in verb.children)  # "Two were children" names who, not a state
    if number.dep_ in {"dobj", "attr"} and lex.level_words.get(verb.lower_) == "part":
        subjects = list(verb.children) + (list(verb.head.children) if verb.dep_ == "xcomp" else [])
        return any(c.dep_ == "nsubj" and lex.ellipsis.get(c.lower_) == "anaphor" for c in subjects)
    return False


def anaphoric_subject(reading: Reading, lex: Lexicon) -> bool:
    """True when the figure's clause has a subject pointing back at the sentence before ("These result in 30,000
    deaths"): a rate stated there is this figure's rate too."""
    verb = clause_verb(reading.trigger if reading.trigger is not None else reading.anchor)
    # a determiner hung on the verb is its subject misparsed ("These result in", "These" as det of "result")
    return any(c.dep_ in {"nsubj", "det"} and c.i < verb.i and lex.ellipsis.get(c.lower_) == "anaphor"
               for c in verb.children)

"""Tense of the verb that governs a time expression, read off spaCy's parse (better than the nearest cue word).

`tag()` has no parse and uses the cue-word heuristic in `text.py`. Inside a spaCy pipeline the component
knows the dependency tree: "took effect Aug. 9 pending ratification" attaches the date to "took" (past) although
"pending" is nearer; "announced an agreement to acquire the bank in January" attaches it to the planned
"acquire". Where the parse gives no verb (headlines, fragments) the cue-word answer stands.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.nlp.timex.loader import RuleSet
from dateline.nlp.timex.text import FUTURE, LAST_QUERY, PAST, PRESENT, TenseFinder

_MAX_CLIMB = 8  # tokens up the tree before giving up on finding the governing verb


_IRREGULAR = {"set": ("sets", "setting"), "be": ("is", "are", "am", "was", "were", "been", "being", "'s")}
_HAVE = frozenset({"have", "has", "had", "having", "'ve", "'d"})


def _forms(lemma: str) -> set[str]:
    """A word's regular inflections (the pipeline runs without spaCy's lemmatizer, for speed)."""
    if lemma in _IRREGULAR:
        return {lemma, *_IRREGULAR[lemma]}
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    ed = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    doubled = lemma + lemma[-1] if len(lemma) <= 4 and lemma[-1] in "bdglmnprt" and lemma[-2] in "aeiou" else lemma
    return {lemma, lemma + "s", ed, stem + "ing", doubled + "ed", doubled + "ing"}


def lexicon(rules: RuleSet) -> dict[str, frozenset[str]]:
    """Word groups from `tense_parse.tsv` (with inflected forms): future auxiliaries, planned heads, scheduling."""
    found = rules.derived.get("tense_parse")
    if found is None:
        groups: dict[str, set[str]] = {"aux": set(), "head": set(), "schedule": set(), "condition": set()}
        for word, row in rules.tables["tense_parse"].items():
            groups[row[0]] |= {word} if row[0] in ("aux", "condition") else _forms(word)
        found = rules.derived["tense_parse"] = {k: frozenset(v) for k, v in groups.items()}
    return found


def _verb_above(tok: Token) -> Token | None:
    """The nearest verb at or above `tok` in the tree (the event the expression is attached to)."""
    for _ in range(_MAX_CLIMB):
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ != "MD" and tok.dep_ not in ("amod", "compound"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _up(verb: Token, lex: dict[str, frozenset[str]], depth: int) -> str | None:
    """The tense of the verb governing `verb`'s clause (participles and infinitives take their head's)."""
    if verb.head is verb:
        return None
    head = _verb_above(verb.head)
    return verb_tense(head, lex, depth + 1) if head is not None and head is not verb else None


def verb_tense(verb: Token, lex: dict[str, frozenset[str]], depth: int = 0) -> str | None:
    """PAST, PRESENT, FUTURE or None for the verb group headed by `verb` (its auxiliaries and form).

    Scheduling verbs ("scheduled a news conference Thursday", "was planned for early March") say nothing
    about the side of the date: PRESENT, so the nearest occurrence wins. `lex`: `lexicon(rules)`.
    """
    if depth > 3:
        return None
    if verb.lower_ in lex["schedule"]:
        return PRESENT
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & lex["aux"] or any(a.lower_ in ("'ll", "’ll") for a in auxes):
        return FUTURE
    if "to" in words or (verb.tag_ == "VB" and not auxes):
        # an infinitive: planned when its head is a verb/noun of intention, else it shares its head's tense
        head = verb.head
        planned = lex["head"] | lex["schedule"]
        if head is not verb and head.lower_ in planned:
            above = _verb_above(head)
            if above is not None and any(a.lower_ == "had" for a in above.children):
                return PAST  # past perfect: "had been due to expire Friday" is over
            if above is not None and _while_past(above, lex, depth):
                return PAST  # "As Trump prepared to speak on Tuesday, a girl was pepper-sprayed": it happened
            return FUTURE
        return _up(verb, lex, depth)
    if verb.tag_ in ("VBN", "VBG") and words & _HAVE:
        return PAST  # perfect: a past event ("has agreed on Monday", "have been searching since Oct. 23")
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN" and not auxes:
        return PAST  # a reduced relative: "the decision, announced Wednesday", "shares issued July 1"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        if _conditional(verb, lex) and _up(verb, lex, depth) == FUTURE:
            return FUTURE  # "if Hamas does not release them by Saturday, the ceasefire will end": still to come
        return PRESENT
    if verb.tag_ == "VBG":
        return _up(verb, lex, depth)
    return None


SIMULTANEOUS = frozenset({"as", "while", "when"})


def _while_past(verb: Token, lex: dict[str, frozenset[str]], depth: int) -> bool:
    """A past planning verb in a clause of time ("as/while/when X prepared to ...") whose main clause is past: the
    plan was carried out around that past moment, so its date is behind the document's."""
    return (verb.tag_ == "VBD" and verb.dep_ == "advcl"
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in SIMULTANEOUS and c.i < verb.i for c in verb.children)
            and _up(verb, lex, depth) == PAST)


def _conditional(verb: Token, lex: dict[str, frozenset[str]]) -> bool:
    """True for the verb of an adverbial clause of condition or time ("if ...", "unless ...", "once ..."), whose
    present tense speaks of the future when its main clause does."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex["condition"] for c in verb.children)


class ParseTenseFinder(TenseFinder):
    """The governing verb's tense from the parse; the cue-word heuristic where the parse says nothing."""

    def __init__(self, doc: Doc, starts: list[int], rules: RuleSet) -> None:
        super().__init__(doc.text, starts, rules)
        self.doc = doc
        self.lex = lexicon(rules)

    def tense_at(self, start: int, end: int) -> str | None:
        fallback = super().tense_at(start, end)
        before = [c for c in self._cues(self.sentence_of(start)) if c[0] < start]
        if before and len(self.text[before[-1][0] : start].split()) <= 2:
            return fallback  # a cue right before the date decides (TenseFinder): "payable Dec. 7", "until Tuesday"
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return fallback
        root = span.root
        verb = _verb_above(root.head if root.head is not root else root)  # the word governing the span
        tense = verb_tense(verb, self.lex) if verb is not None else None
        LAST_QUERY.set((self.text, start, end))
        return tense if tense is not None else fallback


def has_parse(doc: Doc) -> bool:
    """True when the Doc carries the tags and dependencies this finder needs."""
    return doc.has_annotation("DEP") and doc.has_annotation("TAG")


__all__ = ["FUTURE", "PAST", "PRESENT", "ParseTenseFinder", "has_parse", "verb_tense"]

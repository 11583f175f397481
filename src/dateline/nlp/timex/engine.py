"""The fast candidate finder: the same candidates as `reference.find_candidates`, found with less work.

Two exact shortcuts, both decided once per rule set: (1) a sentence's anchor classes come from the set of
its distinct words (C-level `findall` and set operations instead of a Python loop over every word);
(2) a rule runs on a sentence only if the sentence's case-folded text holds a string of each of the
rule's required-literal clauses (`prefilter.required_literals`), which every match must contain;
(3) it runs behind a lookahead on its possible first characters (`firstchar.with_first_char`).
Candidates come out in the reference order (sentence, anchor class name, rule order), so overlap
resolution, which breaks ties by that order, picks the same winners.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dateline.nlp.timex import reference
from dateline.nlp.timex.candidates import WORD, Candidate, classify
from dateline.nlp.timex.firstchar import with_first_char
from dateline.nlp.timex.loader import ANCHORS, Rule, RuleSet
from dateline.nlp.timex.prefilter import fold, required_literals, trie_regex

_LETTER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LETTER_DOT = _LETTER | {"."}
_CACHE_LIMIT = 200_000  # distinct words remembered per rule set (news vocabulary repeats)

Check = Callable[[str, int, int], bool]


def _clause_check(clause: frozenset[str]) -> Check:
    """Whether a folded text range holds one of the clause's strings."""
    if len(clause) == 1:
        (lit,) = clause

        def has_literal(folded: str, s: int, e: int) -> bool:
            return folded.find(lit, s, e) >= 0

        return has_literal
    if len(clause) <= 3:  # str.find is faster than any regex for a few strings
        a, b, *rest = sorted(clause)
        c = rest[0] if rest else a

        def has_one(folded: str, s: int, e: int) -> bool:
            find = folded.find
            return find(a, s, e) >= 0 or find(b, s, e) >= 0 or find(c, s, e) >= 0

        return has_one
    search = re.compile(trie_regex(clause)).search

    def has_any(folded: str, s: int, e: int) -> bool:
        return search(folded, s, e) is not None

    return has_any


class Engine:
    """Everything precomputed from one RuleSet to find candidates quickly."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self._class: dict[str, str | None] = {}  # every word seen -> its anchor class
        self._anchor_words: set[str] = set()  # the words seen that have a class
        self._anchors = tuple(sorted(ANCHORS))  # the reference visits anchor classes in name order
        checks: dict[frozenset[str], int] = {}
        self._checks: list[Check] = []
        self.plan: dict[str, tuple[tuple[Rule, re.Pattern[str], tuple[int, ...]], ...]] = {}
        for anchor in self._anchors:
            steps = []
            for rule in rules.by_anchor.get(anchor, ()):
                ids = []
                for clause in required_literals(rule.pattern):
                    if clause not in checks:
                        checks[clause] = len(self._checks)
                        self._checks.append(_clause_check(clause))
                    ids.append(checks[clause])
                steps.append((rule, with_first_char(rule.pattern), tuple(ids)))
            self.plan[anchor] = tuple(steps)

    def forget(self) -> None:
        """Drop the word classes learnt so far (bounds memory; benchmarks start cold with it)."""
        self._class.clear()
        self._anchor_words.clear()

    def _learn(self, words: set[str]) -> None:
        if len(self._class) > _CACHE_LIMIT:
            self.forget()
        for w in words:
            cls = self._class[w] = classify(w, self.rules.anchor_re)
            if cls is not None:
                self._anchor_words.add(w)

    def anchors_in(self, text: str, s: int, e: int) -> list[str]:
        """Anchor classes present among the words of text[s:e], in name order."""
        words = set(WORD.findall(text, s, e))
        new = words.difference(self._class)
        if new:
            self._learn(new)
        hits = words.intersection(self._anchor_words)
        if not hits:
            return []
        classes = self._class
        return sorted({classes[w] for w in hits})  # type: ignore[type-var]

    @staticmethod
    def _splits_words_cleanly(text: str, starts: Sequence[int]) -> bool:
        """Sentences start at 0, in order, never inside a word (true of `text.sentence_starts`)."""
        if not starts or starts[0] != 0:
            return False
        prev = 0
        for s in starts[1:]:
            if s < prev or (text[s - 1 : s] in _LETTER and text[s : s + 1] in _LETTER_DOT):
                return False
            prev = s
        return True

    def find_candidates(self, text: str, starts: Sequence[int]) -> list[Candidate]:
        """Every match of every rule whose anchor class occurs in its sentence, in the reference order."""
        n = len(starts)
        if not self._splits_words_cleanly(text, starts):
            return reference.find_candidates(text, starts, self.rules)
        folded = ""
        found: list[Candidate] = []
        checks = self._checks
        for i in range(n):
            s = starts[i]
            e = starts[i + 1] if i + 1 < n else len(text)
            anchors = self.anchors_in(text, s, e)
            if not anchors:
                continue
            if not folded:
                folded = fold(text)
            known: dict[int, bool] = {}
            for anchor in anchors:
                for rule, pattern, ids in self.plan[anchor]:
                    ok = True
                    for k in ids:
                        hit = known.get(k)
                        if hit is None:
                            hit = known[k] = checks[k](folded, s, e)
                        if not hit:
                            ok = False
                            break
                    if ok:
                        for m in pattern.finditer(text, s, e):
                            if m.end() > m.start():
                                found.append(Candidate(m.start(), m.end(), rule, m))
        return found


_ENGINES: dict[int, tuple[RuleSet, Engine]] = {}


def engine_for(rules: RuleSet) -> Engine:
    """The Engine of a rule set, built once (rule sets are immutable)."""
    entry = _ENGINES.get(id(rules))
    if entry is None or entry[0] is not rules:
        if len(_ENGINES) > 8:
            _ENGINES.clear()
        entry = _ENGINES[id(rules)] = (rules, Engine(rules))
    return entry[1]

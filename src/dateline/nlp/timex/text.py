"""Light text cues for `tag()` without spaCy: a regex sentence splitter and the tense near an expression."""

from __future__ import annotations

import re
from bisect import bisect_right
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.nlp.timex.loader import RuleSet

PAST, PRESENT, FUTURE = "past", "present", "future"
# The text and span of the last tense query: lets a normalizer read its expression's surroundings
# through `Ctx.where()` while the engine passes only a tense callable (see docs/timex.md).
LAST_QUERY: ContextVar[tuple[str, int, int] | None] = ContextVar("timex_last_query", default=None)


# one leading character class (so the scan skips ahead fast), then the branch checked by lookbehind
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|(?<=\n)\s*\n)")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
# a day number with a period before a month and a year ("16. Nov. 2016", European style): no sentence end
_DOTTED_DAY = re.compile(r"(?<![\d.])\d{1,2}$")
_MONTH_YEAR_AFTER = re.compile(r"[A-Z][a-z]{2,8}\.?\s+(?:1[0-9]|20)\d\d\b")
# an auxiliary right before a participle: future ("will be paid", "to be completed") or present passive
_PASSIVE_AUX = re.compile(r"\b(?:(?P<fut>will|would|shall|to|['’]ll)\s+(?:be\s+|have\s+)?|(?:is|are|am|be)\s+)$", re.I)
# past perfect before a future cue: "had been scheduled to expire Friday" is over
_PAST_PERFECT = re.compile(r"\b(?:had|hadn['’]t)\s+(?:(?:not|previously|already|originally)\s+)?(?:been\s+)?$", re.I)


def _abbreviations(rules: RuleSet) -> frozenset[str]:
    """The rule set's abbreviation list as plain words (its lines are regex alternatives, dots escaped or not)."""
    found = rules.derived.get("abbreviations")
    if found is None:
        found = rules.derived["abbreviations"] = frozenset(
            a.replace("\\", "") for a in rules.patterns["abbreviations"][3:-1].split("|")
        )
    return found


def sentence_starts(text: str, rules: RuleSet) -> list[int]:
    """Character offsets where sentences start (the first is always 0).

    A period ends a sentence unless it closes an abbreviation of `rules` ("Mr.", "Feb.") or an initial ("J.").
    """
    abbrevs = _abbreviations(rules)
    starts = [0]
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == ".":
            w = _LAST_WORD.search(text, max(0, m.start() - 12), m.start() + 1)
            if w and (w.group(1) in abbrevs or (len(w.group(1)) == 1 and w.group(1).isupper())):
                continue
            if _DOTTED_DAY.search(text, max(0, m.start() - 3), m.start()) and _MONTH_YEAR_AFTER.match(text, m.end()):
                continue
        starts.append(m.end())
    return starts


_CUE_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_GLUE = frozenset("0123456789_")
# "until" stays a strong future cue: "postponed until Tuesday", "extended its deadline until 9 a.m. Tuesday"
# (TBAQ: 4 of 5 "until" weekdays/dates after a past verb are after the DCT)
_TENSES = {"past": PAST, "present": PRESENT, "future": FUTURE, "none": None}


def _cue_table(rules: RuleSet) -> dict[str, str | None]:
    """Cue word or two-word phrase -> tense (None: explicitly no cue), from `tense_cues.tsv`."""
    found = rules.derived.get("tense_cues")
    if found is None:
        found = rules.derived["tense_cues"] = {k: _TENSES[v[0]] for k, v in rules.tables["tense_cues"].items()}
    return found


def word_cues(text: str, start: int, end: int, rules: RuleSet) -> list[tuple[int, str]]:
    """(offset, tense) of every cue in text[start:end]: one plain word regex, then table look-ups.

    A two-word row ("set to", "is expected", "next to") overrides its first word's row; unlisted
    lowercase words of 5+ letters ending in -ed are past cues.
    """
    table = _cue_table(rules)
    found: list[tuple[int, str]] = []
    matches = list(_CUE_WORD.finditer(text, start, end))
    lowered = [m.group().lower() for m in matches]
    last = len(matches) - 1
    for i, m in enumerate(matches):
        low = lowered[i]
        if m.start() > 0 and text[m.start() - 1] in _GLUE:
            continue  # "9AM", "x_was": glued to a digit, no word of its own (as a regex \b would say)
        tense: str | None = None
        if i < last and f"{low} {lowered[i + 1]}" in table:
            tense = table[f"{low} {lowered[i + 1]}"]
        elif low in table:
            tense = table[low]
        elif low.endswith(("'ll", "’ll")):
            found.append((m.end() - 3, FUTURE))
            continue
        elif len(low) >= 5 and low.endswith("ed") and low.isalpha():
            w = m.group()
            if w.islower():
                tense = PAST  # a lowercase -ed verb ("United", "Red Cross" are names)
        if tense is not None:
            found.append((m.start(), tense))
    return found


class TenseFinder:
    """Tense of the verb nearest to an expression within its sentence (HeidelTime's news heuristic)."""

    def __init__(self, text: str, starts: list[int], rules: RuleSet) -> None:
        self.text = text
        self.starts = starts
        self.rules = rules
        self._cache: dict[int, list[tuple[int, str]]] = {}

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def _cues(self, index: int) -> list[tuple[int, str]]:
        cues = self._cache.get(index)
        if cues is None:
            start = self.starts[index]
            end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
            ordered = word_cues(self.text, start, end, self.rules)
            cues = []
            for i, (pos, tense) in enumerate(ordered):
                if tense == PAST and i + 1 < len(ordered) and ordered[i + 1][1] == FUTURE:
                    gap = self.text[pos : ordered[i + 1][0]].split()
                    if len(gap) == 1 and gap[0].lower() in ("was", "were"):  # "were planning to": future
                        continue
                if tense == PAST:
                    aux = _PASSIVE_AUX.search(self.text, max(start, pos - 16), pos)
                    if aux is not None:  # "will be paid", "to be completed": not a past event
                        if aux.group("fut"):
                            cues.append((pos, FUTURE))
                        continue
                elif tense == FUTURE and _PAST_PERFECT.search(self.text, max(start, pos - 30), pos):
                    tense = PAST
                cues.append((pos, tense))
            self._cache[index] = cues
        return cues

    def tense_at(self, start: int, end: int) -> str | None:
        """PAST, PRESENT, FUTURE or None: a cue right before the expression, else the nearest one (before preferred)."""
        LAST_QUERY.set((self.text, start, end))
        cues = [c for c in self._cues(self.sentence_of(start)) if not start <= c[0] < end]
        if not cues:
            return None
        before = [c for c in cues if c[0] < start]
        if before and len(self.text[before[-1][0] : start].split()) <= 2:
            return before[-1][1]  # a cue right before decides: "banned in August", "starting March 1"
        nearest = min(cues, key=lambda c: start - c[0] if c[0] < start else (c[0] - end) + 8)
        return nearest[1]


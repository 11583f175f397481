"""Which sentences summarise a day: extractive, centred on what the day's sentences share, and never repeating
what the timeline already says (maximal marginal relevance across all dates).

A day's candidates are the sentences that mention it (reason "mentioned") and the opening sentences of on-topic
articles published that day that mention no other day (reason "published").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from dateline.query.timeline_load import Selection, Sent
from dateline.query.timeline_text import Vector, centroid, cosine, idf, vector, words

LEAD = 5  # opening sentences of an article that can stand for its publication day
MIN_TOKENS, MAX_TOKENS = 6, 50
MATCH_BONUS = 0.3  # the sentence matches the query / filters
MENTION_BONUS = 0.2  # the sentence says the day, rather than being printed on it
FRESH_BONUS = 0.3  # said within two days after the day (first reports, not a look back months later)
REDUNDANCY = 0.3  # weight of the closest already chosen sentence
DUPLICATE = 0.4  # above this similarity to a chosen sentence, a candidate is a repeat
PLAN_PENALTY = 0.2  # said before the day came: a plan or a forecast, not a report
IDF_SAMPLE = 30_000
MAX_CANDIDATES = 200  # per day, the most central ones: enough to find non-repeating sentences among
NOISE_PENALTY = 0.5  # bylines, datelines, wire credits, reader comments (data/timeline_noise.txt)


@cache
def noise() -> re.Pattern[str]:
    text = (files("dateline.query") / "data" / "timeline_noise.txt").read_text(encoding="utf-8")
    patterns = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE)


@dataclass
class Pick:
    sent: Sent
    reason: str  # "mentioned" or "published"
    score: float


@dataclass
class _Cand:
    sent: Sent
    reason: str
    vec: Vector
    prior: float


class SentencePicker:
    """Holds the word vectors of a selection and what has been chosen so far, so days are filled one by one."""

    def __init__(self, sel: Selection, *, matching_only: bool = False) -> None:
        """`matching_only`: a sentence stands for the day it names only when it matches the filters itself (a
        timeline of one event type: a sentence without such an event says nothing of it, whatever day it names)."""
        self.sel = sel
        self._chosen: list[Vector] = []
        self._seen_text: set[str] = set()
        self._by_day: dict[str, list[tuple[Sent, str]]] = {}
        for s in sel.sents:
            if not MIN_TOKENS <= s.n_tokens <= MAX_TOKENS:
                continue
            if matching_only and not s.of_type:
                continue
            reported = s.reports()
            for day in reported:
                if sel.in_range(day):
                    self._by_day.setdefault(day, []).append((s, "mentioned"))
            doc = sel.docs[s.doc_id]
            lead = s.index < LEAD and doc.date and s.match and not s.spans and sel.in_range(doc.date)
            if lead and not reported:  # a sentence naming a day belongs to that day, not to its printing day
                self._by_day.setdefault(doc.date, []).append((s, "published"))
        self._words = {id(s): words(s.text) for cands in self._by_day.values() for s, _ in cands}
        # Word weights from the whole selection, read from an even sample of at most IDF_SAMPLE sentences when it
        # is large: a timeline over thousands of articles stays within seconds.
        stride = max(1, len(sel.sents) // IDF_SAMPLE)
        sample = [self._words.get(id(s)) or words(s.text) for s in sel.sents[::stride]]
        self._idf = idf(sample)

    def has_candidates(self, day: str) -> bool:
        return bool(self._by_day.get(day))

    def pick(self, day: str, n: int) -> list[Pick]:
        """Up to `n` sentences for `day`, best first, none repeating a sentence chosen before."""
        cands = [self._cand(s, reason, day) for s, reason in self._by_day.get(day, [])]
        cands = [c for c in cands if c.vec]
        if not cands:
            return []
        centre = centroid(c.vec for c in cands if c.sent.match) or centroid(c.vec for c in cands)
        scored = sorted(((cosine(c.vec, centre) + c.prior, c) for c in cands), key=lambda x: -x[0])[:MAX_CANDIDATES]
        # each candidate's closest already chosen sentence, kept up to date as sentences are chosen
        overlaps = [max((cosine(c.vec, v) for v in self._chosen), default=0.0) for _, c in scored]
        picks: list[Pick] = []
        while len(picks) < n:
            best_value, best_i = float("-inf"), -1
            for i, (relevance, _) in enumerate(scored):
                if overlaps[i] <= DUPLICATE and relevance - REDUNDANCY * overlaps[i] > best_value:
                    best_value, best_i = relevance - REDUNDANCY * overlaps[i], i
            if best_i < 0:
                break
            best = scored[best_i][1]
            overlaps[best_i] = float("inf")  # never again
            key = " ".join(best.sent.text.casefold().split())
            if key in self._seen_text:
                continue
            self._seen_text.add(key)
            self._chosen.append(best.vec)
            overlaps = [max(o, cosine(c.vec, best.vec)) for o, (_, c) in zip(overlaps, scored, strict=True)]
            picks.append(Pick(sent=best.sent, reason=best.reason, score=round(best_value, 4)))
        return picks

    def _cand(self, s: Sent, reason: str, day: str) -> _Cand:
        prior = (MATCH_BONUS if s.match else 0.0) + (MENTION_BONUS if reason == "mentioned" else 0.0)
        if noise().search(s.text) or s.text.lstrip()[:1].islower():  # furniture, or a sentence cut mid-way
            prior -= NOISE_PENALTY
        doc_date = self.sel.docs[s.doc_id].date
        if reason == "mentioned" and doc_date and 0 <= _gap(day, doc_date) <= 2:
            prior += FRESH_BONUS
        elif reason == "mentioned" and doc_date and _gap(day, doc_date) < 0:
            prior -= PLAN_PENALTY
        return _Cand(sent=s, reason=reason, vec=vector(self._words[id(s)], self._idf), prior=prior)


def _gap(day: str, later: str) -> int:
    try:
        return (dt.date.fromisoformat(later) - dt.date.fromisoformat(day)).days
    except ValueError:
        return -1

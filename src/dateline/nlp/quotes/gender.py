"""Gender of a document's PERSON entities, so that "she" never resolves to a man (and "he" to a woman).

Evidence, strongest first: an honorific or gendered title on a mention ("Mrs Clinton", "Congresswoman
Waters"), a given name from `first_names.tsv`, and he/she chains (a pronoun whose sentence and the one
before it mention exactly one person). Unknown stays unknown: no evidence means no constraint.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from dateline.nlp.quotes.lexicon import QuoteLexicon
from dateline.nlp.spans import SentenceIndex

_TITLE_WEIGHT = 3.0  # an honorific is explicit: it outweighs a name list and pronoun chains
_NAME_WEIGHT = 2.0
_CHAIN_WEIGHT = 1.0


@lru_cache(maxsize=4)
def _compiled(alternatives: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


class PersonMention(Protocol):
    start: int
    end: int
    label: str
    key: str


class GenderIndex:
    """'m', 'f' or None for each PERSON entity key of one document."""

    def __init__(
        self, text: str, sentence_of: SentenceIndex, mentions: Sequence[PersonMention], lexicon: QuoteLexicon
    ) -> None:
        self.lexicon = lexicon
        people = [m for m in mentions if m.label == "PERSON"]
        votes: dict[str, dict[str, float]] = defaultdict(lambda: {"m": 0.0, "f": 0.0})
        for key in {m.key for m in people}:
            name = key.split(":", 1)[-1].split()
            gender = lexicon.first_names.get(name[0]) if name else None
            if gender:
                votes[key][gender] += _NAME_WEIGHT
        for m in people:
            for word in self._title_words(text, m.start, m.end):
                gender = lexicon.gender_words.get(word)
                if gender:
                    votes[m.key][gender] += _TITLE_WEIGHT
        self._chain_votes(text, sentence_of, people, votes)
        self.genders: dict[str, str] = {}
        for key, v in votes.items():
            if v["m"] != v["f"]:
                self.genders[key] = "m" if v["m"] > v["f"] else "f"

    @staticmethod
    def _title_words(text: str, start: int, end: int) -> list[str]:
        """Words of the mention plus the word right before it ("Mrs. [Clinton]", "Congresswoman [Waters]")."""
        before = text[max(0, start - 30) : start].split()
        words = text[start:end].lower().split()
        return ([before[-1].lower()] if before else []) + words

    def _chain_votes(
        self,
        text: str,
        sentence_of: SentenceIndex,
        people: Sequence[PersonMention],
        votes: dict[str, dict[str, float]],
    ) -> None:
        """A he/she whose sentence and the one before name exactly one person votes for that person."""
        if not people:
            return
        starts = [m.start for m in people]
        sentences = [sentence_of(m.start) for m in people]
        pattern = self._pronoun_re()
        for match in pattern.finditer(text):
            gender = self.lexicon.pronoun_gender[match.group().lower()]
            at = match.start()
            hi = bisect_left(starts, at)
            first_sentence = sentence_of(at) - 1
            keys = set()
            k = hi - 1
            while k >= 0 and sentences[k] >= first_sentence:
                keys.add(people[k].key)
                k -= 1
            if len(keys) == 1:
                votes[keys.pop()][gender] += _CHAIN_WEIGHT

    def _pronoun_re(self) -> re.Pattern[str]:
        words = sorted(self.lexicon.pronoun_gender, key=len, reverse=True)
        return _compiled("|".join(re.escape(w) for w in words))

    def of(self, key: str) -> str | None:
        """'m', 'f', or None when the document gives no (or contradictory) evidence."""
        return self.genders.get(key)

    def compatible(self, key: str, pronoun: str) -> bool:
        """False only when both the pronoun and the entity have a known, different gender."""
        wanted = self.lexicon.pronoun_gender.get(pronoun.lower())
        known = self.genders.get(key)
        return wanted is None or known is None or wanted == known

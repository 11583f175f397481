"""A date that names a thing rather than the day a sentence reports: "freed as part of the January 19 ceasefire
deal" is about the freeing, and the day it belongs to is its article's, not January 19.

Read off the sentence text (queries load no parser): a determiner right before the date and a content word right
after it ("the Oct 7 attack", "their 2 March talks"). Such a mention still makes its day salient; it only keeps the
sentence from standing for that day on a timeline.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from dateline.query.timeline_text import stopwords

_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$", re.UNICODE)
_WORD_AFTER = re.compile(r"^\s+([^\W\d_][^\W_]*)", re.UNICODE)


@cache
def determiners() -> frozenset[str]:
    text = (files("dateline.query") / "data" / "date_determiners.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def names_a_noun(sentence: str, start: int, end: int) -> bool:
    """True when the date at sentence[start:end] modifies the noun after it ("the January 19 ceasefire deal")."""
    before = _WORD_BEFORE.search(sentence[max(0, start - 24):start])
    if before is None or before.group(1).casefold() not in determiners():
        return False
    if sentence[max(0, start - 24):start].rstrip()[-1:] in ",;:.":
        return False  # "... the deal, January 19 ...": an apposition, not a modifier
    after = _WORD_AFTER.match(sentence[end:end + 40])
    if after is None:
        return False
    word = after.group(1)
    return word[:1].islower() and word.casefold() not in stopwords()

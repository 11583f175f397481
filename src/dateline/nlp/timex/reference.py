"""The reference candidate finder: the definition of what `tag()` extracts, kept simple on purpose.

Each word of the text is classified into an anchor class; every rule of a class present in a sentence
runs on that sentence. `engine.Engine` must return exactly the same candidates, only faster
(tests/nlp/timex/test_timex_engine.py checks it on TimeBank, AQUAINT and news texts).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from dateline.nlp.timex.candidates import WORD, Candidate, classify
from dateline.nlp.timex.loader import RuleSet

_CLASSES: dict[re.Pattern[str], dict[str, str | None]] = {}  # per anchor regex: word -> class


def forget() -> None:
    """Drop the cached word classes (benchmarks start cold)."""
    _CLASSES.clear()


def find_candidates(text: str, starts: Sequence[int], rules: RuleSet) -> list[Candidate]:
    """All rule matches in sentences holding the rule's anchor class (anchors found word by word)."""
    classes = _CLASSES.setdefault(rules.anchor_re, {})
    if len(classes) > 200_000:
        classes.clear()
    todo: set[tuple[int, str]] = set()
    for m in WORD.finditer(text):
        word = m.group()
        cls = classes.get(word, "")
        if cls == "":
            cls = classes[word] = classify(word, rules.anchor_re)
        if cls is not None:
            todo.add((bisect_right(starts, m.start()) - 1, cls))
    found = []
    n = len(starts)
    for sent, anchor in sorted(todo):
        s = starts[sent]
        e = starts[sent + 1] if sent + 1 < n else len(text)
        for rule in rules.by_anchor[anchor]:
            for m in rule.pattern.finditer(text, s, e):
                if m.end() > m.start():
                    found.append(Candidate(m.start(), m.end(), rule, m))
    return found

"""First characters of a regex: a leading lookahead that lets `re` skip impossible start positions fast.

Rules begin with `\\b` and long optional prefixes ("about", "the past", a number...), so `re` tries every
word boundary and walks each alternative before failing. Every non-empty match starts with one of the
characters computed here; `(?=(?i:[...]))` in front rejects other positions in one step. The set is a
superset (case folded both ways, categories kept as `\\d`/`\\s`/`\\w`), so the matches stay the same.
"""

from __future__ import annotations

import re
from re import _constants as c  # the parser's node codes (stable across 3.11-3.13)
from re import _parser

_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s", c.CATEGORY_WORD: r"\w"}
_MAX_RANGE = 128

# (chars, classes, nullable); None: could start with anything
First = tuple[frozenset[str], frozenset[str], bool] | None


def _set(items: list[tuple[object, object]]) -> First:
    chars: set[str] = set()
    classes: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))  # type: ignore[arg-type]
        elif op is c.RANGE:
            lo, hi = av  # type: ignore[misc]
            if hi - lo > _MAX_RANGE:
                return None
            chars.update(chr(x) for x in range(lo, hi + 1))
        elif op is c.CATEGORY and av in _CATEGORIES:
            classes.add(_CATEGORIES[av])  # type: ignore[index]
        else:  # NEGATE, other categories: anything
            return None
    return frozenset(chars), frozenset(classes), False


def _node(op: object, av: object) -> First:
    if op is c.LITERAL:
        return frozenset({chr(av)}), frozenset(), False  # type: ignore[arg-type]
    if op is c.IN:
        return _set(av)  # type: ignore[arg-type]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset(), frozenset(), True  # zero-width
    if op is c.SUBPATTERN:
        return _sequence(av[3])  # type: ignore[index]
    if op is c.ATOMIC_GROUP:
        return _sequence(av)
    if op is c.BRANCH:
        return _union([_sequence(alt) for alt in av[1]])  # type: ignore[index]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, _, sub = av  # type: ignore[misc]
        first = _sequence(sub)
        if first is None:
            return None
        return first[0], first[1], first[2] or lo == 0
    return None  # ANY, NOT_LITERAL, GROUPREF...: anything


def _union(options: list[First]) -> First:
    chars: set[str] = set()
    classes: set[str] = set()
    nullable = False
    for o in options:
        if o is None:
            return None
        chars |= o[0]
        classes |= o[1]
        nullable = nullable or o[2]
    return frozenset(chars), frozenset(classes), nullable


def _sequence(items: object) -> First:
    chars: set[str] = set()
    classes: set[str] = set()
    for op, av in items:  # type: ignore[attr-defined]
        first = _node(op, av)
        if first is None:
            return None
        chars |= first[0]
        classes |= first[1]
        if not first[2]:
            return frozenset(chars), frozenset(classes), False
    return frozenset(chars), frozenset(classes), True


def first_char_class(pattern: re.Pattern[str]) -> str | None:
    """A regex class holding the first character of every non-empty match, or None if unknown/too wide."""
    try:
        first = _sequence(_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:
        return None
    if first is None or first[2] or r"\w" in first[1]:
        return None
    chars = sorted(first[0] | {ch.swapcase() for ch in first[0]})
    return "[" + "".join(re.escape(ch) for ch in chars) + "".join(sorted(first[1])) + "]"


def with_first_char(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a first-character lookahead (the same non-empty matches, found faster)."""
    cls = first_char_class(pattern)
    if cls is None or re.match(r"\(\?[aiLmsux]+\)", pattern.pattern):  # global flags must stay first
        return pattern
    return re.compile(f"(?=(?i:{cls}))(?:{pattern.pattern})", pattern.flags)

"""Necessary literals of a regex: which strings any match must contain, so a rule can be skipped cheaply.

A rule's pattern is parsed (with `re`'s own parser) into a conjunction of clauses; each clause is a set
of literal strings of which every match contains at least one. A sentence whose case-folded text lacks
every string of some clause cannot hold a match, so the rule need not run there: skipping it changes
nothing. Strings are compared case-folded (`fold`), which is sound for case-sensitive and `(?i:...)`
literals alike; only ASCII and caseless literals are used, the rest of a pattern counts as "could be anything".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as c  # the parser's node codes (stable across 3.11-3.13)
from re import _parser

# The only characters that `re`'s IGNORECASE matches against an ASCII character although their
# `str.lower()` differs from it (checked over all of Unicode by tests/nlp/timex/test_timex_engine.py).
_FOLD_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_MAX_SET = 64  # largest literal set tracked per node; more alternatives mean "could be anything"
_MAX_CLAUSES = 3  # clauses kept per rule (the most selective ones)


def fold(text: str) -> str:
    """Case-folded copy of `text` with the same length, such that a regex match implies a folded match."""
    folded = text.lower()
    if len(folded) != len(text) or "\u0131" in folded or "\u017f" in folded:
        folded = text.translate(_FOLD_FIXES).lower()  # rare: str.translate is slow
    return folded


def trie_regex(strings: frozenset[str]) -> str:
    """A regex found in a text iff one of `strings` is, factored by common prefixes (faster than a flat list)."""
    if "" in strings:
        return ""  # a string that is a prefix of the others is enough on its own
    by_first: dict[str, set[str]] = {}
    for x in strings:
        by_first.setdefault(x[0], set()).add(x[1:])
    parts = [re.escape(ch) + trie_regex(frozenset(rest)) for ch, rest in sorted(by_first.items())]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class _Info:
    """What a regex node can match: the exact strings (when few) and clauses every match satisfies."""

    exact: frozenset[str] | None
    clauses: tuple[frozenset[str], ...] = ()


_EMPTY = _Info(frozenset({""}))
_ANY = _Info(None)


def _char(code: int) -> str | None:
    """The folded character, for ASCII and for characters without case ("½", "’"); None for the rest."""
    ch = chr(code)
    if code < 128:
        return ch.lower()
    return ch if ch.lower() == ch == ch.upper() and ch.casefold() == ch else None


def _set_node(items: list[tuple[object, object]]) -> _Info:
    """A character class: exact when it lists a few ASCII characters, unknown otherwise."""
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            ch = _char(av)  # type: ignore[arg-type]
            if ch is None:
                return _ANY
            chars.add(ch)
        elif op is c.RANGE:
            lo, hi = av  # type: ignore[misc]
            if hi >= 128 or hi - lo >= _MAX_SET:
                return _ANY
            chars.update(chr(x).lower() for x in range(lo, hi + 1))
        else:  # NEGATE, CATEGORY (\d, \w, \s): anything
            return _ANY
    return _Info(frozenset(chars)) if chars else _ANY


def _best(info: _Info) -> frozenset[str] | None:
    """The most selective single clause implied by `info` (None if it implies nothing)."""
    options = list(info.clauses)
    if info.exact is not None:
        options.append(info.exact)
    options = [o for o in options if "" not in o]
    return max(options, key=_selectivity) if options else None


def _selectivity(clause: frozenset[str]) -> tuple[int, int]:
    return (min(len(s) for s in clause), -len(clause))


def _union(infos: list[_Info]) -> _Info:
    """Alternatives: exact when all are exact and few, else one clause joining each one's best clause."""
    if all(i.exact is not None for i in infos):
        exact = frozenset().union(*(i.exact for i in infos if i.exact is not None))
        if len(exact) <= _MAX_SET:
            return _Info(exact)
    joined: set[str] = set()
    for info in infos:
        best = _best(info)
        if best is None:
            return _ANY
        joined |= best
    return _Info(None, (frozenset(joined),))


def _repeat(lo: int, hi: int, sub: _Info) -> _Info:
    if lo == 0:
        if hi == 1 and sub.exact is not None:
            return _Info(sub.exact | {""})
        return _ANY
    if lo == hi and sub.exact is not None and len(sub.exact) ** lo <= _MAX_SET:
        exact = frozenset({""})
        for _ in range(lo):
            exact = frozenset(a + b for a in exact for b in sub.exact)
        return _Info(exact)
    best = _best(sub)
    return _Info(None, (best,)) if best is not None else _ANY


def _node(op: object, av: object) -> _Info:
    if op is c.LITERAL:
        ch = _char(av)  # type: ignore[arg-type]
        return _Info(frozenset({ch})) if ch is not None else _ANY
    if op is c.IN:
        return _set_node(av)  # type: ignore[arg-type]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _EMPTY  # zero-width: contributes no characters to the match
    if op is c.SUBPATTERN:
        return _sequence(av[3])  # type: ignore[index]
    if op is c.ATOMIC_GROUP:
        return _sequence(av)  # type: ignore[arg-type]
    if op is c.BRANCH:
        return _union([_sequence(alt) for alt in av[1]])  # type: ignore[index]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, hi, sub = av  # type: ignore[misc]
        return _repeat(lo, hi, _sequence(sub))
    if op is c.GROUPREF_EXISTS:
        _, yes, no = av  # type: ignore[misc]
        return _union([_sequence(yes), _sequence(no) if no is not None else _EMPTY])
    return _ANY  # ANY, NOT_LITERAL, GROUPREF, CATEGORY...: could be anything


def _sequence(items: object) -> _Info:
    """Concatenation: literal runs combine into longer strings, unknown items cut them into clauses."""
    cur: frozenset[str] = frozenset({""})
    clauses: list[frozenset[str]] = []
    exact = True

    def flush() -> None:
        if "" not in cur:
            clauses.append(cur)

    for op, av in items:  # type: ignore[attr-defined]
        info = _node(op, av)
        if info.exact is not None:
            product = frozenset(a + b for a in cur for b in info.exact)
            if len(product) <= _MAX_SET:
                cur = product
                continue
            flush()
            cur, exact = info.exact, False
            continue
        flush()
        clauses.extend(info.clauses)
        cur, exact = frozenset({""}), False
    if exact:
        return _Info(cur)
    flush()
    return _Info(None, tuple(clauses))


def _minimal(clause: frozenset[str]) -> frozenset[str]:
    """Drop strings containing another string of the clause (containing the shorter one is enough)."""
    return frozenset(x for x in clause if not any(y != x and y in x for y in clause))


def required_literals(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Clauses (sets of folded strings) such that every match of `pattern` contains a string of each."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:
        return ()
    info = _sequence(parsed.data)
    options = list(info.clauses) if info.exact is None else [info.exact]
    options = sorted({_minimal(o) for o in options if "" not in o}, key=_selectivity, reverse=True)
    return tuple(options[:_MAX_CLAUSES])

"""Name-span repairs: names the small model cuts short, runs on, or glues together.

"Mohammed bin Abdulrahman" before "bin Jassim Al Thani" goes on through the name particles; `Arie "Zalman`
takes its closing quote and surname (or stops before an open quote); "Palestinian Civil Defence (PCD" stops
before the bracket; "Ariel and Kfir" is two people.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.nlp.entities.lexicon import Lexicon
from dateline.nlp.entities.names import Cand

_PROPER = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_PLAIN_QUOTES = frozenset({'"', "'"})
_OPEN_QUOTES = frozenset({"“", "‘"})
_CLOSE_QUOTES = frozenset({"”", "’"})
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_JOINERS = frozenset({"and", "&"})


def _name_word(tok: Token) -> bool:
    """A capitalised word that can continue a name (not a sentence-opening function word)."""
    return tok.text[:1].isupper() and tok.is_alpha and tok.tag_ in {"NNP", "NNPS"}


def _open_mark(doc: Doc, start: int, end: int) -> int | None:
    """The token index of the first quote or bracket left open inside [start, end), else None."""
    plain: dict[str, list[int]] = {}
    stack: list[int] = []
    for i in range(start, end):
        t = doc[i].text
        if t in _PLAIN_QUOTES and not (t == "'" and i > start and not doc[i - 1].whitespace_):
            plain.setdefault(t, []).append(i)
        elif t in _OPEN_QUOTES or t in _BRACKETS:
            stack.append(i)
        elif (t in _CLOSE_QUOTES or t in _BRACKETS.values()) and stack:
            stack.pop()
    unbalanced = [marks[-1] for marks in plain.values() if len(marks) % 2]
    found = unbalanced + stack
    return min(found) if found else None


def _closes(doc: Doc, mark: int, i: int) -> bool:
    opener, t = doc[mark].text, doc[i].text
    if opener in _PLAIN_QUOTES:
        return t == opener
    if opener in _OPEN_QUOTES:
        return t in _CLOSE_QUOTES
    return t == _BRACKETS.get(opener)


def _close_or_cut(doc: Doc, c: Cand) -> None:
    """Never end a name at an open quote or bracket: take the closing mark and surname, or stop before it."""
    mark = _open_mark(doc, c.start, c.end)
    if mark is None:
        return
    # a nickname in quotes inside a person's name: Arie "Zalman" Zalmanowicz
    if c.label == "PERSON" and doc[mark].text not in _BRACKETS and c.end + 1 < len(doc) \
            and _closes(doc, mark, c.end) and _name_word(doc[c.end + 1]):
        end = c.end + 1
        while end < len(doc) and _name_word(doc[end]):
            end += 1
        c.end = end
        return
    c.end = mark
    while c.end > c.start and (doc[c.end - 1].is_punct or doc[c.end - 1].is_space):
        c.end -= 1


def _through_particles(doc: Doc, c: Cand, lex: Lexicon) -> None:
    """A person's name goes on through "bin", "Al", "abu" and the names after them."""
    end = c.end
    while end + 1 < len(doc) and doc[end].lower_ in lex.person_particles and doc[end].whitespace_:
        nxt = end + 1
        if not _name_word(doc[nxt]):
            break
        end = nxt + 1
        while end < len(doc) and _name_word(doc[end]) and doc[end].lower_ not in lex.person_particles:
            end += 1
        c.end = end


def _split_joined(doc: Doc, c: Cand) -> list[Cand]:
    """"Ariel and Kfir" tagged as one person is two: split at the joining word when both sides are names."""
    for i in range(c.start + 1, c.end - 1):
        if doc[i].lower_ in _JOINERS and _name_word(doc[i - 1]) and _name_word(doc[i + 1]):
            return [Cand(c.start, i, c.label, c.origin), *_split_joined(doc, Cand(i + 1, c.end, c.label, c.origin))]
    return [c]


def repair_spans(doc: Doc, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """Repaired name spans; a mention swallowed by a grown one is dropped."""
    out: list[Cand] = []
    grown: list[Cand] = []
    for c in cands:
        if c.label not in _PROPER:
            out.append(c)
            continue
        end = c.end
        _close_or_cut(doc, c)
        if c.end <= c.start:
            continue
        if c.label == "PERSON":
            _through_particles(doc, c, lex)
        if c.end > end:
            grown.append(c)
        out.extend(_split_joined(doc, c) if c.label == "PERSON" else [c])
    for g in grown:
        out = [o for o in out if o is g or o.end <= g.start or o.start >= g.end]
    return sorted(out, key=lambda c: c.start)

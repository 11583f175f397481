"""Where a reported figure is: its own place, else the place its sentence puts it at, else its reporter's place
(a body tied to a place: "the Gaza Health Ministry"), else its article's main place."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Mapping
from functools import lru_cache
from importlib.resources import files

PLACE_LABELS = ("GPE", "LOC", "FAC")
# Between a place and the larger place that locates it: "Jabalia, northern Gaza", "Rafah, in the Gaza Strip".
_APPOSITION = re.compile(r"^,\s*(?:in\s+)?(?:the\s+)?(?:(?:north|south|east|west|centr)\w*\s+)?$", re.I)

Place = tuple[int, int, str]  # start, end, text of a place mention


def word_list(name: str) -> list[str]:
    """A one-column data file of `dateline/query/data`, without comments and blank lines."""
    text = (files("dateline.query") / "data" / name).read_text(encoding="utf-8")
    return [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]


def place_names(conn: sqlite3.Connection, place: str) -> set[str]:
    """The folded spellings that stand for a place: what the user typed plus its corpus aliases."""
    folded = place.casefold()
    names = {folded}
    rows = conn.execute(
        "SELECT aliases FROM corpus_entities WHERE fold = ? AND label IN ('GPE', 'LOC', 'FAC')", (folded,)
    )
    for (aliases,) in rows:
        names.update(a.casefold() for a in json.loads(aliases))
    return names


def mentions_place(text: str | None, names: set[str]) -> bool:
    if not text:
        return False
    folded = text.casefold()
    return any(n in folded for n in names)


def places_by_sentence(conn: sqlite3.Connection, doc_ids: list[str]) -> dict[tuple[str, int], list[Place]]:
    out: dict[tuple[str, int], list[Place]] = {}
    for i in range(0, len(doc_ids), 500):
        chunk = doc_ids[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        for doc_id, sentence, start, end, text in conn.execute(
            f"SELECT doc_id, sentence, start, \"end\", text FROM mentions WHERE doc_id IN ({marks}) "
            f"AND label IN ('GPE', 'LOC', 'FAC') ORDER BY doc_id, start",
            chunk,
        ):
            out.setdefault((doc_id, sentence), []).append((start, end, text))
    return out


@lru_cache(maxsize=1)
def _locative_words() -> str:
    return "|".join(re.escape(w) for w in sorted(word_list("locative_words.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _locative_re() -> re.Pattern[str]:
    """Matches a locative word right before a place mention (the text before the mention is searched)."""
    return re.compile(rf"\b(?:{_locative_words()})\s*$", re.I)


@lru_cache(maxsize=1)
def _occasion_re() -> re.Pattern[str]:
    """Matches an occasion noun, a word or two and a locative word right before a place ("talks held in ")."""
    nouns = "|".join(re.escape(w) for w in sorted(word_list("occasion_nouns.txt"), key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})(?:\s+[\w-]+)?\s+(?:{_locative_words()})\s*$", re.I)


def sentence_place(mentions: list[Place], start: int, end: int, text: str, offset: int) -> tuple[list[str], bool]:
    """The place a figure's sentence puts it at, and whether a locative word says so ("59 killed in Gaza", not
    "strikes by Israel"): the first locative place after the figure, else the nearest locative one before it,
    else the first place after it or the nearest before; with the place that qualifies it ("Jabalia, northern
    Gaza"). A place of an occasion ("ahead of peace talks in Egypt") is never the figure's."""
    locative, occasion = _locative_re(), _occasion_re()

    def before_text(m: Place) -> str:
        return text[max(0, m[0] - offset - 40) : m[0] - offset]

    def is_locative(m: Place) -> bool:
        return bool(locative.search(before_text(m)[-20:]))

    kept = [m for m in mentions if not occasion.search(before_text(m))]
    after = [m for m in kept if m[0] >= end]
    before = [m for m in kept if m[1] <= start]
    ranked = (
        [m for m in after if is_locative(m)][:1] + [m for m in reversed(before) if is_locative(m)][:1]
        + after[:1] + before[-1:]
    )
    if not ranked:
        return [], False
    chosen = ranked[0]
    names = [chosen[2]]
    for m in mentions:
        gap = text[chosen[1] - offset : m[0] - offset] if m[0] > chosen[1] else ""
        if m[0] > chosen[1] and _APPOSITION.match(gap):
            names.append(m[2])
            break
    return names, is_locative(chosen)


def locate(
    row: Mapping[str, object],
    places: dict[tuple[str, int], list[Place]],
    names: set[str] | None,
    reporter_place: str | None = None,
) -> tuple[str | None, str | None]:
    """The place a figure is about and how we know: its own place, its sentence's, its reporter's (a sentence
    naming no place: "The Gaza Health Ministry reports that the toll has reached 55,000"), else its article's."""
    own = row["place"]
    doc_id, sentence = str(row["doc_id"]), int(row["sentence"])  # type: ignore[call-overload]
    in_sentence = places.get((doc_id, sentence), [])
    candidates, locative = sentence_place(
        in_sentence, int(row["start"]), int(row["end"]),  # type: ignore[call-overload]
        str(row["sentence_text"]), int(row["sentence_start"]),  # type: ignore[call-overload]
    )
    if isinstance(own, str) and own and not locative:  # the annotator's place, unless the sentence says otherwise
        return (own, "figure") if names is None or mentions_place(own, names) else (None, None)
    if candidates:  # a sentence naming only other places rules the figure out
        for p in candidates:
            if names is None or mentions_place(p, names):
                return p, "sentence"
        return None, None
    if reporter_place:
        if names is None or mentions_place(reporter_place, names):
            return reporter_place, "reporter"
        return None, None
    counts: dict[str, int] = {}
    for (d, _), ps in places.items():
        if d == doc_id:
            for _, _, p in ps:
                counts[p] = counts.get(p, 0) + 1
    if counts:
        main = max(counts, key=lambda p: counts[p])  # first seen wins a tie: dicts keep insertion order
        if names is None or mentions_place(main, names):
            return main, "document"
    return None, None

"""A news story tells its incident more than once: keep the first telling of the violence.

"A former employee opened fire at an office party, killing one person. ... One man was shot and killed": the
second sentence is the same shooting, told again; "a bomb exploded at a bank ... a federal spokesman confirmed
that a bomb detonated" likewise. A later ASSAULT mention is a retelling when nothing in it marks another
incident: it is no plural noun ("more strikes"), its sentence has no new-incident cue (`data/new_incident_cues.txt`:
"another", "separate", "elsewhere" ...), and it has neither a place nor a time of its own that differs from what
the first telling had. Checked on both dev golds (docs/events.md, "Retold incidents").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from dateline.nlp.events.lexicon import modality_cues

RETOLD = frozenset({"ASSAULT", "COERCE"})
DEFINITE = frozenset({"the", "these", "those", "both"})  # "the two bombings": the ones told already
LOCATIVE = frozenset({"off", "along", "over", "around"})  # besides PLACE_PREPS: "seized off Yemen"


@lru_cache(maxsize=1)
def new_incident_cues() -> frozenset[str]:
    text = resources.files("dateline.nlp.events").joinpath("data/new_incident_cues.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def marks_new_incident(sent: Span) -> bool:
    """The sentence says it tells another incident: "another", "separately", "last month", "two years ago"."""
    cues = new_incident_cues()
    low = sent.text.lower()
    return any(w.lower_ in cues for w in sent) or any(p in low for p in modality_cues()["historical_time_words"])


def retold(
    mentions: list[tuple[Token, str, int]],
    place_of: Callable[[Token], str | None],
    time_of: Callable[[Token], str | None],
) -> set[int]:
    """Token indexes of the ASSAULT mentions (trigger head, type, words from the head) that retell the
    document's first incident."""
    out: set[int] = set()
    for etype in RETOLD:
        out |= _retold_of_type([m for m in mentions if m[1] == etype], place_of, time_of)
    return out


def _retold_of_type(
    mentions: list[tuple[Token, str, int]],
    place_of: Callable[[Token], str | None],
    time_of: Callable[[Token], str | None],
) -> set[int]:
    first: Token | None = None
    seen_places: set[str] = set()
    seen_times: set[str] = set()
    out: set[int] = set()
    for tok, _etype, width in sorted(mentions, key=lambda m: m[0].i):
        place, when = place_of(tok), time_of(tok)
        if first is None or tok.sent.start == first.sent.start:
            first = first or tok
            seen_places.update(p for p in (place,) if p)
            seen_times.update(t for t in (when,) if t)
            continue
        new = (
            (tok.doc[tok.i + max(width, 1) - 1].tag_ in ("NNS", "NNPS")  # "counter-attacks": the last word
             and not any(c.dep_ in ("det", "predet") and c.lower_ in DEFINITE for c in tok.children))
            or marks_new_incident(tok.sent)  # "Last month, the navy said ... came under attack"
            or (place is not None and place.lower() not in {p.lower() for p in seen_places})
            or (when is not None and when not in seen_times)
        )
        if new:
            seen_places.update(p for p in (place,) if p)
            seen_times.update(t for t in (when,) if t)
        else:
            out.add(tok.i)
    return out

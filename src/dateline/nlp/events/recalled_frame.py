"""A past event told inside a clause that is itself dated well before the article is background too.

"Last month, the navy said it had sunk a pirate vessel": "last month" dates the saying, in its own clause, so the
time linker does not give it to the sinking; but what the navy reported then had happened by then. Same for a
relative clause: "In June, Republicans issued a report that cited the administration". The event keeps no date
(the publication date would put a recalled event on the wrong day) and is `historical`. Only a past-tense event
with no time of its own is moved; a future or hypothetical one keeps its modality ("said in 2019 it would
withdraw"). In an undated article "last month" has no calendar value; its words recall the past all the same.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dateline.nlp.events.modality import is_historical, is_past_tense, recalls_past
from dateline.nlp.events.timing import TimeRef, clause_head

NESTED = frozenset({"ccomp", "relcl", "advcl"})


def in_recalled_frame(tok: Token, refs: list[TimeRef], dct: dt.date | None, text: str) -> bool:
    """The nearest enclosing clause with a calendar time of its own is dated as recalled past."""
    clause = clause_head(tok)
    if clause.dep_ not in NESTED or not is_past_tense(tok):
        return False
    sent = tok.sent  # only the sentence's own times, each placed once (this runs for every undated event)
    # in an undated article "last month" resolves to no calendar value, but its words still recall the past
    placed = [(ref, _clause_of(tok, ref)) for ref in refs
              if (ref.kind == "calendar" or (dct is None and recalls_past(text[ref.start:ref.end])))
              and sent.start_char <= ref.start < sent.end_char]
    while clause.dep_ in NESTED and clause.head.i != clause.i:
        parent = clause_head(clause.head)
        own = [ref for ref, home in placed if home == parent.i]
        if own:
            return any(is_historical(parent, time_value=ref.value, dct=dct, time_text=text[ref.start:ref.end])
                       for ref in own)
        clause = parent
    return False


def _clause_of(tok: Token, ref: TimeRef) -> int | None:
    span = tok.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return clause_head(span.root).i if span is not None else None

"""Robustness: any text is safe to tag, spans point into it, values follow the TIMEX3 grammar."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.model import Timex
from dateline.nlp.timex import is_timex3_value, tag

WORDS = st.sampled_from(
    ["Monday", "Feb", "Feb.", "6", "2024", "last", "week", "ago", "the", "morning", "of", "May", "1990s",
     "overnight", "from", "to", "a", "year", "earlier", "every", "day", "10:35", "p.m.", "said", "will", ".", ","]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=40).map(" ".join))
DCTS = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(TEXTS, DCTS)
def test_tagging_any_text_never_raises_and_spans_point_into_it(text: str, dct: dt.date | None) -> None:
    for t in tag(text, dct):
        assert text[t.start : t.end] == t.text
        assert is_timex3_value(t.value), t.value
        assert t.interval_start is None or t.interval_start <= t.interval_end
        # what a reader of the JSON output gets back is the same record
        assert Timex.model_validate(t.model_dump()) == t
        assert Timex.model_validate_json(t.model_dump_json()).model_dump() == t.model_dump()


@settings(max_examples=100, deadline=None)
@given(TEXTS, DCTS)
def test_tagging_is_deterministic(text: str, dct: dt.date | None) -> None:
    assert tag(text, dct) == tag(text, dct)


def test_timex3_grammar_rejects_non_values() -> None:
    assert not any(is_timex3_value(v) for v in ("2024-13", "tomorrow", "P", "2024-02-06T25:00x", ""))
    assert all(is_timex3_value(v) for v in ("2024-02-06", "2024-W06", "XXXX-XX-XXTMO", "1998-Q3", "199", "P4M",
                                            "PXD", "PRESENT_REF", "2024-02-05TNI", "XXXX-WXX-1", "PT1H"))

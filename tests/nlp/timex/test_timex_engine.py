"""The fast candidate engine finds exactly what the reference finder finds, so `tag()` results never change.

Also runnable as a script over whole corpora: `python tests/nlp/timex/test_timex_engine.py [--all]`.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import string
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.nlp.timex import reference
from dateline.nlp.timex.engine import engine_for
from dateline.nlp.timex.firstchar import first_char_class, with_first_char
from dateline.nlp.timex.prefilter import _char, fold, required_literals, trie_regex
from dateline.nlp.timex.rulebook import default_rules
from dateline.nlp.timex.tagger import tag, tag_reference
from dateline.nlp.timex.text import sentence_starts

DATA = Path(__file__).resolve().parents[3] / ".." / "shared" / "data"
TBAQ = DATA / "timeml" / "TBAQ-cleaned"
POLNEAR = DATA / "quotes" / "polnear_articles.converted.jsonl.gz"
WCEP = DATA / "news-sample" / "wikipedia_current_events.converted.jsonl.gz"
RULES = default_rules()

Doc = tuple[str, str, dt.date | None]  # id, text, dct


def _jsonl(path: Path, limit: int | None) -> list[Doc]:
    docs: list[Doc] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            day = dt.date.fromisoformat(row["date"][:10]) if row.get("date") else None
            docs.append((str(row.get("id", len(docs))), row["text"], day))
            if limit is not None and len(docs) >= limit:
                break
    return docs


@lru_cache(maxsize=2)
def corpus(limit: int | None = 200) -> tuple[Doc, ...]:
    """Every TBAQ text plus `limit` PolNeAR articles and `limit` Wikipedia news items (all with --all)."""
    from dateline.ingest.timeml import read_timeml

    if not TBAQ.is_dir() or not POLNEAR.is_file() or not WCEP.is_file():
        pytest.skip("../shared/data not available")
    docs: list[Doc] = []
    for path in sorted(TBAQ.glob("*/*.tml")):
        d = read_timeml(path)
        docs.append((d.id, d.text, d.date))
    docs += _jsonl(POLNEAR, None if limit is None else limit // 2)
    docs += _jsonl(WCEP, limit)
    return tuple(docs)


def _cands(text: str, fast: bool) -> list[tuple[int, int, str]]:
    starts = sentence_starts(text, RULES)
    found = engine_for(RULES).find_candidates(text, starts) if fast else reference.find_candidates(text, starts, RULES)
    return [(c.start, c.end, c.rule.id) for c in found]


def mismatches(docs: tuple[Doc, ...]) -> list[str]:
    """Documents where the fast path differs from the reference (candidates in order, or Timex records)."""
    bad = []
    for n, (doc_id, text, dct) in enumerate(docs):
        if _cands(text, fast=True) != _cands(text, fast=False):
            bad.append(f"{doc_id}: candidates differ")
        # the undated path (reference-time tracking) on every fourth document: same candidates, other values
        for day in (dct, None) if n % 4 == 0 else (dct,):
            if tag(text, day, doc_id=doc_id) != tag_reference(text, day, doc_id=doc_id):
                bad.append(f"{doc_id} (dct={day}): timexes differ")
    return bad


def test_fast_engine_equals_reference_on_timebank_aquaint_and_news() -> None:
    docs = corpus()
    assert len(docs) > 500
    assert mismatches(docs) == []


def test_corpus_comparison_is_not_vacuous() -> None:
    timexes = [t for _, text, dct in corpus()[:50] for t in tag(text, dct)]
    assert len(timexes) > 200
    assert {t.type for t in timexes} >= {"DATE", "DURATION"}


TRICKY = ["Monday", "Feb", "Feb.", "6", "2024", "last", "week", "ago", "the", "morning", "of", "May", "1990s",
          "overnight", "from", "to", "a", "year", "earlier", "every", "day", "10:35", "p.m.", "said", "will", ".",
          ",", "\n\n", "Mr.", "YEARS", "ſeveral", "İn", "ınto", "Kelvın", "’90s", "Dec.", "Sept.", "NOW", "İ"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(TRICKY), max_size=40).map(" ".join),
                 st.lists(st.sampled_from(TRICKY), max_size=40).map("".join)))
def test_fast_engine_equals_reference_on_any_text(text: str) -> None:
    assert _cands(text, fast=True) == _cands(text, fast=False)
    assert tag(text, dt.date(2024, 2, 6)) == tag_reference(text, dt.date(2024, 2, 6))


def test_sentence_starts_inside_a_word_fall_back_to_the_reference() -> None:
    text = "It happened last week.Then on Monday, Feb 5 it happened again."
    starts = [0, 24, 27]  # cuts "Then" and "on"
    fast = engine_for(RULES).find_candidates(text, starts)
    slow = reference.find_candidates(text, starts, RULES)
    assert [(c.start, c.end, c.rule.id) for c in fast] == [(c.start, c.end, c.rule.id) for c in slow]
    assert fast


def test_fold_maps_every_character_ignorecase_matches_to_the_same_folded_character() -> None:
    """The prefilter is sound only if fold(c) == fold(x) whenever (?i:x) or (?i:[x]) matches c, for ASCII x."""
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert len(fold(every)) == len(every)
    matched = set(re.findall("(?i:[" + re.escape(string.printable) + "])", every))
    assert len(matched) > len(string.printable)  # the exotic ones (U+0130, U+017F, U+212A...) are among them
    for x in string.printable:
        literal, klass = re.compile("(?i:" + re.escape(x) + ")"), re.compile("(?i:[" + re.escape(x) + "])")
        for c in matched:
            if literal.fullmatch(c) or klass.fullmatch(c):
                assert fold(c) == x.lower(), f"U+{ord(c):04X} vs {x!r}"


def test_caseless_literals_used_by_the_prefilter_match_only_themselves() -> None:
    """Non-ASCII literals ("½", "’") are prefilter strings only if IGNORECASE matches nothing else for them."""
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    used = {ch for r in RULES.rules for ch in r.pattern.pattern if ord(ch) >= 128 and _char(ord(ch))}
    assert used  # "½" and "’" are in the rules
    for ch in used:
        assert set(re.findall("(?i:" + re.escape(ch) + ")", every)) == {ch}


@pytest.mark.parametrize(
    ("pattern", "klass"),
    [
        (r"\b(?:about\s+)?\d+ days", r"[Aa\d]"),
        (r"(?<!x)(?i:the)\s", "[Tt]"),
        (r"x?", None),  # can match empty: no lookahead
        (r"\w+ed", None),  # too wide to help
    ],
)
def test_first_char_class_of_simple_patterns(pattern: str, klass: str | None) -> None:
    assert first_char_class(re.compile(pattern)) == klass


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*TRICKY, "½", "1/2", "about", "nearly", "K", "\u212a", "ſ"]), max_size=30)
       .map(" ".join))
def test_first_char_lookahead_keeps_every_rule_match(text: str) -> None:
    for rule in RULES.rules:
        fast = with_first_char(rule.pattern)
        spans = [(m.span(), m.groupdict()) for m in fast.finditer(text) if m.end() > m.start()]
        assert spans == [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text) if m.end() > m.start()]


@pytest.mark.parametrize("rule", RULES.rules, ids=[r.id for r in RULES.rules])
def test_every_rule_example_holds_the_rule_required_literals(rule: object) -> None:
    for example in rule.examples:  # type: ignore[attr-defined]
        text = fold(example.partition(" => ")[0])
        for clause in required_literals(rule.pattern):  # type: ignore[attr-defined]
            assert any(lit in text for lit in clause), (example, sorted(clause))


def test_rules_get_selective_prefilters() -> None:
    """Most rules must have a required literal, else the prefilter saves nothing (a regression to notice)."""
    with_literals = [r.id for r in RULES.rules if required_literals(r.pattern)]
    assert len(with_literals) >= 0.8 * len(RULES.rules)


@pytest.mark.parametrize(
    ("pattern", "clauses"),
    [
        (r"\bfoo\s+bar", [{"foo"}, {"bar"}]),
        (r"(?i:Last|next)\s+(?:week|month)s?", [{"last", "next"}, {"week", "month"}]),
        (r"(?:ago)?\d+", []),
        (r"a|\d", []),
        (r"[Ii]n\s+May\b", [{"in"}, {"may"}]),
    ],
)
def test_required_literals_of_simple_patterns(pattern: str, clauses: list[set[str]]) -> None:
    assert sorted(map(sorted, required_literals(re.compile(pattern)))) == sorted(map(sorted, clauses))


@settings(max_examples=200, deadline=None)
@given(st.frozensets(st.text("ab.c", min_size=1, max_size=4), min_size=1, max_size=8), st.text("ab.c ", max_size=30))
def test_trie_regex_finds_a_text_iff_it_holds_one_of_the_strings(strings: frozenset[str], text: str) -> None:
    assert (re.search(trie_regex(strings), text) is not None) == any(s in text for s in strings)


if __name__ == "__main__":
    everything = "--all" in sys.argv
    docs = corpus(None if everything else 200)
    bad = mismatches(docs)
    print(f"{len(docs)} documents compared (fast engine vs reference): {len(bad)} differ")
    for line in bad[:20]:
        print(" ", line)
    sys.exit(1 if bad else 0)

"""docs/events.md and the trigger lexicon agree: every lemma the docs type is typed that way by triggers.tsv.

The table under the `lexicon-check` marker in docs/events.md lists trigger lemmas per PLOVER type, with the word
that makes them that type in brackets ("recall (ambassador)"). A lemma passes when triggers.tsv has a row of that
type (and mode) whose conditions mention the bracketed word (or that has no condition), and no unconditioned row
of another type is tried before it (file order decides).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline.nlp.events.lexicon import TriggerRule, trigger_rules

DOCS = Path(__file__).resolve().parents[3] / "docs" / "events.md"
MARKER = "<!-- lexicon-check"


def _table() -> list[tuple[str, str, str, str]]:
    """(lemma, bracketed word(s), type, mode) for every lemma of the docs table."""
    text = DOCS.read_text(encoding="utf-8")
    rows = []
    for line in text[text.index(MARKER):].splitlines()[3:]:
        if not line.startswith("|"):
            break
        lemmas, typ, mode = (c.strip() for c in line.strip("|").split("|"))
        for item in lemmas.split(","):
            m = re.match(r"^\s*([\w-]+)(?:\s*\(([^)]*)\))?\s*$", item)
            assert m, f"cannot read {item!r} in {DOCS}"
            rows.append((m[1], m[2] or "", typ, mode))
    return rows


def _mentions(rule: TriggerRule, words: str) -> bool:
    if not rule.requires or not words:
        return True
    wanted = words.lower().split()
    for cond in rule.requires:
        if not cond.words:  # "order VERB REQUEST dobj:": any object
            return True
        for w in (c.lower() for c in cond.words):  # entity labels are upper case: "objent:PERSON"
            if not w or w in words.lower() or any(x.startswith(w) or w.startswith(x) for x in wanted):
                return True
    return False


TABLE = _table()


def test_docs_table_is_read() -> None:
    assert len(TABLE) > 80
    assert ("recall", "ambassador", "SANCTION", "withdraw") in TABLE


@pytest.mark.parametrize(("lemma", "words", "type_", "mode"), TABLE, ids=[f"{r[0]}-{r[2]}" for r in TABLE])
def test_docs_and_lexicon_type_the_lemma_alike(lemma: str, words: str, type_: str, mode: str) -> None:
    rules = trigger_rules().get(lemma, ())
    assert rules, f"{lemma!r}: no row in triggers.tsv, docs/events.md types it {type_}"
    for rule in rules:
        if rule.type == type_ and (not mode or rule.mode == mode) and _mentions(rule, words):
            return
        assert rule.requires or rule.type == type_, (
            f"{lemma!r} ({words}): {rule.where} types it {rule.type} unconditionally before any {type_} row")
    pytest.fail(f"{lemma!r} ({words}): no {type_} {mode} row in triggers.tsv mentions {words!r}; docs say so")

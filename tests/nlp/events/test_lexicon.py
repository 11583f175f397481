"""The trigger lexicon and cue files load, and inflected forms find their lemma."""

from __future__ import annotations

import pytest

from dateline.nlp.events.lexicon import lemma_candidates, plover_types, trigger_rules

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_plover_file_lists_the_sixteen_root_types() -> None:
    assert set(plover_types()) == PLOVER


def test_every_plover_type_has_at_least_one_trigger() -> None:
    types = {r.type for rules in trigger_rules().values() for r in rules}
    assert types - {"NONE"} == PLOVER  # NONE rows say "not an event here" ("an earthquake struck")


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("kidnapped", "kidnap"), ("strikes", "strike"), ("met", "meet"), ("detains", "detain"),
     ("struck", "strike"), ("shellings", "shelling"), ("urging", "urge"), ("accused", "accuse")],
)
def test_inflected_form_reaches_its_lemma(form: str, lemma: str) -> None:
    assert lemma in lemma_candidates(form)

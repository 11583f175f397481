"""A saying verb has the type of what it says: the corpus step's word-level type table gives "said" none, so the
reports of one event told with "said" are not split from each other by a type the word alone does not carry."""

from __future__ import annotations

from dateline.resolve.event_lemma import lexicon_types, stem


def test_a_saying_verb_has_no_type_of_its_own() -> None:
    types = lexicon_types()
    assert stem("say") not in types and stem("insist") not in types
    assert types[stem("accuse")] == "ACCUSE"  # a verb whose word says what it is keeps its type

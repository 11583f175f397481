"""A plural possessive with a typographic apostrophe ("the militants’ attack") is parsed as a possessive, not as the
end of a quotation: the attack keeps its attacker, and every offset points into the text as written."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id
from dateline.nlp.typographic_possessives import plain_possessives

TEXT = ("Raids went on overnight as the army pressed into the camp, weeks after the rebels\u2019 March 3 assault on "
        "the garrison in the north.")


def test_only_plural_possessives_change_in_the_parse_copy() -> None:
    copy = plain_possessives(TEXT)
    assert copy is not None and len(copy) == len(TEXT) and "rebels' March" in copy
    # a closing quotation mark of a quote opened in the sentence, and a contraction, stay as written
    assert plain_possessives("She called them \u2018terrorists\u2019 and left. It\u2019s over.") is None
    assert plain_possessives("No apostrophe here.") is None


def test_an_attack_told_with_a_typographic_possessive_keeps_its_attacker(pipeline) -> None:
    doc = pipeline.annotate(Document(id=document_id(TEXT), text=TEXT, date=dt.date(2026, 5, 17)))
    [assault] = [e for e in doc.events if e.trigger == "assault"]
    assert assault.source_actor == "rebels"
    assert doc.document.text == TEXT
    for event in doc.events:
        assert TEXT[event.start:event.end] == event.trigger

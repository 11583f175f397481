"""The spaCy component `dateline_timex` gives the same values as `tag()` on the same text."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from dateline.nlp.timex import component, tag  # noqa: F401  (registers the factory)

TEXT = (
    "Blinken landed in Egypt on Feb 6. He met the prince a day after talks in Riyadh. "
    "At least 99 people were killed overnight from Feb 5 to Feb 6. The war began on Oct 7 last year."
)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("dateline_timex")
    return nlp


def test_factory_name_is_registered() -> None:
    assert "dateline_timex" in spacy.registry.factories.get_all()


@pytest.mark.parametrize("dct", [dt.date(2024, 2, 6), None])
def test_component_and_tag_agree(nlp: spacy.language.Language, dct: dt.date | None) -> None:
    doc = nlp.make_doc(TEXT)
    doc._.dateline_dct = dct
    doc._.dateline_doc_id = "d1"
    doc = nlp(doc)
    got = [(t.start, t.end, t.type, t.value) for t in doc._.dateline["timexes"]]
    want = [(t.start, t.end, t.type, t.value) for t in tag(TEXT, dct, doc_id="d1")]
    assert got == want and got


def test_component_uses_spacy_sentence_indexes(nlp: spacy.language.Language) -> None:
    doc = nlp.make_doc(TEXT)
    doc._.dateline_dct = dt.date(2024, 2, 6)
    doc = nlp(doc)
    sents = list(doc.sents)
    for t in doc._.dateline["timexes"]:
        assert sents[t.sentence].start_char <= t.start < sents[t.sentence].end_char

"""The pipeline contract: registered component names, evidence invariants, spaCy entry points."""

from __future__ import annotations

import subprocess
import sys

from dateline.model import Document, document_id
from dateline.nlp.pipeline import COMPONENTS, available_components

TEXT = (
    "US Secretary of State Antony Blinken landed in Egypt on Feb 6. At least 99 people were killed in "
    "Israeli strikes overnight from Feb 5 to Feb 6, according to the Health Ministry. "
    '"We want a truce," Mr Blinken said on Tuesday.'
)


def test_registered_component_names_are_stable() -> None:
    assert list(COMPONENTS) == [
        "dateline_timex",
        "dateline_entities",
        "dateline_quotes",
        "dateline_figures",
        "dateline_events",
    ]
    assert available_components() == list(COMPONENTS)


def test_every_record_points_into_the_document_text(pipeline) -> None:
    doc = Document(id=document_id(TEXT), text=TEXT)
    annotated = pipeline.annotate(doc)
    kinds = ("mentions", "timexes", "quotes", "figures", "events")
    assert all(getattr(annotated, k) for k in kinds), {k: len(getattr(annotated, k)) for k in kinds}
    for kind in kinds:
        for record in getattr(annotated, kind):
            assert TEXT[record.start : record.end] == record.text, (kind, record)
            assert record.doc_id == doc.id
            sentence = annotated.sentences[record.sentence]
            assert sentence.start <= record.start <= sentence.end, (kind, record)


def test_annotation_is_a_pure_function_of_the_document(pipeline) -> None:
    doc = Document(id=document_id(TEXT), text=TEXT)
    assert pipeline.annotate(doc) == pipeline.annotate(doc)


def test_components_load_by_name_in_a_users_own_spacy_pipeline() -> None:
    """Entry points: `nlp.add_pipe("dateline_timex")` works without importing dateline first."""
    code = (
        "import spacy, datetime\n"
        "nlp = spacy.blank('en'); nlp.add_pipe('sentencizer'); nlp.add_pipe('dateline_timex')\n"
        "doc = nlp.make_doc('The talks ended on Monday.')\n"
        "doc._.dateline_dct = datetime.date(2024, 2, 6)\n"
        "doc = nlp(doc)\n"
        "print([(t.text, t.value) for t in doc._.dateline['timexes']])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "('Monday', '2024-02-05')" in out

"""The pipeline contract: registered component names, evidence invariants, spaCy entry points."""

from __future__ import annotations

import subprocess
import sys

import pytest

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


def test_every_component_is_registered_as_a_spacy_entry_point() -> None:
    code = (
        "import spacy\n"
        "nlp = spacy.blank('en')\n"
        f"print([n for n in {list(COMPONENTS)!r} if not nlp.has_factory(n)])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_long_articles_are_parsed_in_chunks_that_join_back_exactly() -> None:
    from dateline.nlp.pipeline import split_for_parsing

    text = ("A paragraph about the strike on Monday.\n\n" * 50) + "x" * 5000 + " tail."
    pieces = split_for_parsing(text, limit=700)
    assert "".join(pieces) == text
    assert all(len(p) <= 700 for p in pieces)


def test_chunked_annotation_keeps_every_record_in_place() -> None:
    from dateline.nlp.pipeline import Pipeline

    text = "\n\n".join([TEXT] * 12)
    doc = Document(id=document_id(text), text=text, date=None)
    chunked = Pipeline(chunk_chars=600).annotate(doc)
    assert len(chunked.sentences) >= 36
    assert len(chunked.timexes) >= 12 and len(chunked.figures) >= 12
    for kind in ("mentions", "timexes", "quotes", "figures", "events"):
        for record in getattr(chunked, kind):
            assert text[record.start : record.end] == record.text


@pytest.mark.slow
def test_an_article_over_a_million_characters_is_ingested(tmp_path) -> None:
    """spaCy refuses texts over 1,000,000 characters: dateline parses them in chunks instead of crashing."""
    from tests.test_cli import run

    para = "Israeli strikes hit Rafah on Monday, killing at least 12 people, the Health Ministry said.\n\n"
    big = tmp_path / "in" / "big.txt"
    big.parent.mkdir()
    big.write_text("date 2024-02-06 " + para * (1_050_000 // len(para)))
    (tmp_path / "in" / "small.txt").write_text("date 2024-02-07 Talks resumed in Cairo on Wednesday.\n")
    proc = run("ingest", str(big.parent), "--quiet", "--json", "--db", str(tmp_path / "big.db"))
    assert '"added": 2' in proc.stdout

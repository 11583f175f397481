"""Title-case headlines are parsed from a sentence-cased copy: their verbs become events and figures, while every
offset and word reported is the text as written."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id
from dateline.nlp.headline_case import sentence_cased
from dateline.nlp.pipeline import Pipeline

BODY = ("\n\nPolice in Springfield arrested dozens of people on Monday after protesters stormed the Capitol, "
        "Mayor Tom Quimby said. Quimby said the arrests would continue.")


def test_headline_style_capitals_are_lowered_and_names_kept() -> None:
    text = "Police Arrest Dozens After Protesters Storm Capitol In Springfield, Quimby Says" + BODY
    copy = sentence_cased(text)
    assert copy is not None and len(copy) == len(text)
    headline = copy.split("\n")[0]
    # the first word, names the body writes capitalised, and words the body never uses but English rarely does
    assert headline == "Police arrest dozens after protesters storm Capitol in Springfield, Quimby says"
    assert copy[len(headline):] == text[len(headline):]  # the body is untouched


def test_months_capitals_inside_words_and_acronyms_stay() -> None:
    text = "Iran Rejects U.S. Demand In March As McCain Warns NATO\n\nThe demand was rejected in March, he said."
    assert sentence_cased(text).split("\n")[0] == "Iran rejects U.S. demand in March as McCain warns NATO"


def test_text_without_a_title_case_line_is_left_alone() -> None:
    assert sentence_cased("Police arrest dozens after protesters storm the Capitol.\n\nMore text here.") is None
    assert sentence_cased("") is None


def _annotate(pipeline: Pipeline, text: str):
    return pipeline.annotate(Document(id=document_id(text), text=text, date=dt.date(2016, 3, 30)))


def test_a_title_case_headline_gives_its_events_with_the_words_as_written(pipeline) -> None:
    text = "Police Arrest Dozens After Protesters Storm Capitol" + BODY
    doc = _annotate(pipeline, text)
    arrest = [e for e in doc.events if e.type == "COERCE" and e.start < 60]
    assert [e.trigger for e in arrest] == ["Arrest"]
    assert text[arrest[0].start:arrest[0].end] == "Arrest"
    assert all(s.text == text[s.start:s.end] for s in doc.sentences)
    assert doc.sentences[0].text.startswith("Police Arrest Dozens")


def test_a_title_case_headline_gives_its_figures(pipeline) -> None:
    text = "Israeli Airstrike Kills 12 In Gaza, Health Ministry Says\n\nThe strike hit a house in Gaza on Tuesday."
    doc = _annotate(pipeline, text)
    assert [(f.category, f.value, f.reporter) for f in doc.figures] == [("killed", 12.0, "Health Ministry")]


def test_chunked_long_articles_get_the_original_text_back() -> None:
    text = "Police Arrest Dozens After Protesters Storm Capitol" + BODY * 40
    chunked = Pipeline(chunk_chars=500)
    doc = _annotate(chunked, text)
    assert any(e.trigger == "Arrest" for e in doc.events)
    assert doc.sentences[0].text.startswith("Police Arrest Dozens")


def test_bylines_and_lists_of_names_are_no_headlines() -> None:
    body = "The police said so on Monday.\n\n"
    assert sentence_cased(body + "Reporting by Idrees Ali and Phil Stewart; Editing by Chizu Nomiyama") is None
    assert sentence_cased("Joe Biden, Kamala Harris, Donald Trump, Nancy Pelosi\n\nThe four met.") is None


def test_a_doc_whose_sentences_come_from_a_senter_keeps_them() -> None:
    import spacy

    from dateline.nlp.headline_case import restore_text
    from dateline.nlp.pipeline import MODEL_NAME

    nlp = spacy.load(MODEL_NAME, exclude=["lemmatizer", "parser"])
    nlp.enable_pipe("senter")
    text = "Police Arrest Dozens After Protesters Storm Capitol\n\nPolice arrested dozens. Officials said so."
    restored = restore_text(nlp(sentence_cased(text)), text)
    assert restored.text == text
    assert len(list(restored.sents)) >= 2

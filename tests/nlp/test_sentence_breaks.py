"""Sentence boundaries a reader sees: timelines and search results show whole sentences, so a false break after a
possessive apostrophe or inside a quoted ellipsis cuts a source sentence in two."""

from __future__ import annotations

from dateline.model import Document, document_id


def sentences(pipeline, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = pipeline.annotate(Document(id=document_id(text), text=text))
    return [text[s.start : s.end].strip() for s in doc.sentences]


def test_a_possessive_apostrophe_does_not_end_a_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The US sought to prevent a wider war in the wake of the militants’ Oct 7 attack. Talks went on."
    assert sentences(pipeline, text) == [
        "The US sought to prevent a wider war in the wake of the militants’ Oct 7 attack.", "Talks went on."]


def test_an_ellipsis_before_a_lower_case_word_goes_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The army “will reach places where we have not yet fought... right up to the last bastion”, the minister "
            "said. It was the end... We left.")
    assert sentences(pipeline, text) == [
        "The army “will reach places where we have not yet fought... right up to the last bastion”, the minister said.",
        "It was the end...",
        "We left.",
    ]


def test_a_blank_line_still_ends_a_headline(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Plane bombs refugee camp\n\nA refugee camp was bombed on Monday, witnesses said."
    assert sentences(pipeline, text)[0] == "Plane bombs refugee camp"


def test_an_abbreviated_title_does_not_end_a_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "In the April issue of The Atlantic, Pres. Obama admits the 2011 military action failed. Talks went on."
    assert sentences(pipeline, text) == [
        "In the April issue of The Atlantic, Pres. Obama admits the 2011 military action failed.", "Talks went on."]
    text = "The soldier, 1st Lt. John Smith, was killed on Monday. He was 24."
    assert sentences(pipeline, text) == ["The soldier, 1st Lt. John Smith, was killed on Monday.", "He was 24."]
    # a title may still open the next sentence, and "Dr. Ruiz." ends one
    assert sentences(pipeline, "He spoke to Dr. Ruiz. She said no.") == ["He spoke to Dr. Ruiz.", "She said no."]

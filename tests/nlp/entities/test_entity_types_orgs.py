"""Armed groups and agencies the small model types GPE or PERSON come out as organisations."""

from __future__ import annotations

import pytest

from dateline.model import AnnotatedDocument, Document, document_id
from dateline.nlp.entities.lexicon import load_lexicon
from dateline.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["dateline_entities"])


def annotate(pipeline: Pipeline, text: str) -> AnnotatedDocument:
    return pipeline.annotate(Document(id=document_id(text), text=text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "Israel and Hamas": coordinated with a place, and "Hamas" is a GeoNames alternate name of Hamm
        ("Talks between Israel and Hamas resumed in Cairo on Monday, officials said.", "Hamas"),
        ("Egypt and Hamas officials met on Tuesday to discuss a ceasefire.", "Hamas"),
        ("The ceasefire between Gaza's Hamas rulers and Israel held overnight.", "Hamas"),
        ("Fighting between Israel and Hezbollah intensified on Sunday.", "Hezbollah"),
        ("Israel and the Houthis exchanged fire overnight.", "Houthis"),
        ("UNRWA warned of famine as the IDF expanded its operation against Islamic Jihad.", "UNRWA"),
        ("UNRWA warned of famine as the IDF expanded its operation against Islamic Jihad.", "IDF"),
        ("UNRWA warned of famine as the IDF expanded its operation against Islamic Jihad.", "Islamic Jihad"),
        ("M23 rebels captured the town of Katale on Friday, residents said.", "M23"),
        ("Ten soldiers were killed when Boko Haram fighters attacked a base in Borno State.", "Boko Haram"),
        ("Kataib Hezbollah said it would keep its weapons.", "Kataib Hezbollah"),
    ],
)
def test_armed_groups_and_agencies_are_organisations(pipeline: Pipeline, text: str, name: str) -> None:
    doc = annotate(pipeline, text)
    labels = {m.label for m in doc.mentions if m.text == name}
    assert labels == {"ORG"}, [(m.text, m.label) for m in doc.mentions]
    keys = {m.entity for m in doc.mentions if m.text == name}
    entities = [e for e in doc.entities if e.key in keys]
    assert entities and all(e.label == "ORG" and e.lat is None for e in entities)  # never located as a place


def test_a_shipped_organisation_keeps_its_type_next_to_a_place_cue(pipeline: Pipeline) -> None:
    """The override holds even where the gazetteer would read a place ("White House" is Casablanca's name)."""
    doc = annotate(pipeline, "Officials in Washington and the White House said talks would resume in Doha.")
    assert {m.label for m in doc.mentions if m.text == "White House"} == {"ORG"}


def test_the_places_in_those_sentences_stay_places(pipeline: Pipeline) -> None:
    doc = annotate(pipeline, "Talks between Israel and Hamas resumed in Cairo on Monday, officials said.")
    labels = {m.text: m.label for m in doc.mentions}
    assert labels["Israel"] == "GPE" and labels["Cairo"] == "GPE"


@pytest.mark.parametrize("name", ["Hamas", "Hezbollah", "Houthis", "Islamic Jihad", "UNRWA", "IDF", "M23"])
def test_the_shipped_type_list_names_them_organisations(name: str) -> None:
    assert load_lexicon().type_overrides[name] == "ORG"

"""The `dateline_figures` component on real news sentences, with the real English model."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language

from dateline.model import Mention, Timex
from dateline.nlp.pipeline import MODEL_NAME, load_language

SEED_SENTENCE = (
    "At least 200 Palestinians have been killed in the strikes as of Monday, including 59 children and 35 women, "
    "with 1,300 people wounded, according to the Gaza Health Ministry."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_language(("dateline_figures",))


def figures(nlp: Language, text: str, dct: dt.date | None = None) -> list:
    doc = nlp.make_doc(text)
    doc._.dateline_dct = dct
    doc = nlp(doc)
    return doc._.dateline["figures"]


def test_component_is_registered_under_its_name(nlp: Language) -> None:
    assert "dateline_figures" in nlp.pipe_names
    assert "dateline_figures" in Language.factories


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            SEED_SENTENCE,
            [
                ("killed", 200, None, "at least"),
                ("killed", 59, None, None),
                ("killed", 35, None, None),
                ("injured", 1300, None, None),
            ],
        ),
        (
            "At least 99 people, mostly women and children, were killed in Israeli strikes overnight, "
            "according to the Health Ministry.",
            [("killed", 99, None, "at least")],
        ),
        ("Fighting entered its second week, with more than 200 people dead.", [("killed", 200, None, "more than")]),
        (
            "A wave of airstrikes left 42 dead and flattened three buildings.",
            [("killed", 42, None, None), ("buildings_destroyed", 3, None, None)],
        ),
        (
            "The army said it destroyed 15 kilometers (nine miles) of militant tunnels.",
            [("tunnels_length", 15, None, None)],
        ),
        ("The death toll from the earthquake rose to 1,200 on Tuesday.", [("killed", 1200, None, None)]),
        ("Police arrested nearly 1,300 protesters.", [("detained", 1300, None, "nearly")]),
        ("Hundreds of people fled their homes.", [("displaced", 200, 999, "about")]),
        ("Tens of thousands of residents were evacuated.", [("evacuated", 20000, 99999, "about")]),
        ("Gunmen kidnapped a dozen students.", [("hostages", 12, None, None)]),
        ("The floods displaced 1.2 million people.", [("displaced", 1200000, None, None)]),
        ("Up to 40 people are missing.", [("missing", 40, None, "up to")]),
        ("Hamas freed 13 hostages on Friday.", [("released", 13, None, None)]),
        ("Militants fired about 150 rockets at Israel.", [("rockets_fired", 150, None, "about")]),
        ("The storm killed two or three people.", [("killed", 2, 3, None)]),
        (
            "Russian artillery hit Kherson, killing one person and injuring nine others.",
            [("killed", 1, None, None), ("injured", 9, None, None)],
        ),
        (
            "Two people are killed and six others are wounded in a drone attack.",
            [("killed", 2, None, None), ("injured", 6, None, None)],
        ),
    ],
)
def test_figures_are_read_with_category_value_and_qualifier(nlp: Language, text: str, expected: list[tuple]) -> None:
    got = [(f.category, f.value, f.value_max, f.qualifier) for f in figures(nlp, text)]
    assert got == [(c, float(v), None if m is None else float(m), q) for c, v, m, q in expected]


@pytest.mark.parametrize(
    "text",
    [
        "This trip is Mr Blinken's fifth to the region since the start of the nearly four-month-long war.",
        "Eight foreign ministers spoke at the Security Council session.",
        "The company has fuel to supply Gaza with electricity for two or a three days.",
        "Niger declares three days of national mourning.",
        "A 5-year-old boy was killed in the attack.",
        "The U.S. has redirected its 48th vessel since the start of the blockade.",
        "Denmark announces 50 billion kroner in defense spending over the next two years.",
        "In 2023, 39 charges were filed against him.",
        "An EastIndo BK 117 helicopter goes missing.",
        "Trump says the U.S. would hit them within the next 2–3 weeks.",
    ],
)
def test_numbers_that_are_not_figures_give_nothing(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == []


def test_seed_sentence_keeps_parts_reporter_who_and_spans(nlp: Language) -> None:
    found = figures(nlp, SEED_SENTENCE)
    total, children, women, wounded = found
    assert [f.id for f in found] == ["f1", "f2", "f3", "f4"]
    assert (total.text, total.value_text, total.who) == ("At least 200 Palestinians", "At least 200", "Palestinians")
    assert (children.parent, women.parent, wounded.parent) == ("f1", "f1", None)
    assert (children.who, women.who, wounded.who) == ("children", "women", "people")
    assert {f.reporter for f in found} == {"the Gaza Health Ministry"}
    for f in found:
        assert SEED_SENTENCE[f.start : f.end] == f.text


def test_who_keeps_members_of_a_family_and_drops_others(nlp: Language) -> None:
    text = (
        "Kozaat said after six members of his family, including his daughter, were injured. "
        "Four people are killed and nine others injured."
    )
    found = figures(nlp, text)
    assert [(f.category, f.value, f.who) for f in found] == [
        ("injured", 6.0, "members of his family"),
        ("killed", 4.0, "people"),
        ("injured", 9.0, None),
    ]
    assert found[0].reporter is None  # the figure is the occasion of his words, not their content


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        ("The ministry said 12 people were killed.", "The ministry"),
        ("Police say 30 people were arrested overnight.", "Police"),
        (
            "The United States Africa Command reports that two American soldiers have been reported missing.",
            "The United States Africa Command",
        ),
        ("Four people were killed in the blast.", None),
    ],
)
def test_reporter_is_the_attributed_source(nlp: Language, text: str, reporter: str | None) -> None:
    (figure,) = figures(nlp, text)
    assert figure.reporter == reporter


def test_place_is_named_in_the_figure_clause(nlp: Language) -> None:
    (figure,) = figures(nlp, "Eight people in Israel have been killed in rocket attacks.")
    assert figure.place == "Israel"


def test_time_comes_from_sentence_timex_else_document_date(nlp: Language) -> None:
    text = "At least 99 people were killed overnight. Later, 12 people were injured."
    doc = nlp.make_doc(text)
    doc._.dateline_doc_id = "d1"
    doc._.dateline_dct = dt.date(2024, 2, 6)
    for name, proc in nlp.pipeline:
        if name != "dateline_figures":
            doc = proc(doc)
    start = text.index("overnight")
    doc._.dateline["timexes"].append(
        Timex(
            doc_id="d1",
            sentence=0,
            start=start,
            end=start + 9,
            text="overnight",
            tid="t1",
            type="TIME",
            value="2024-02-06TNI",
        )
    )
    doc = nlp.get_pipe("dateline_figures")(doc)
    first, second = doc._.dateline["figures"]
    assert (first.time_tid, first.time_value, first.time_source) == ("t1", "2024-02-06TNI", "timex")
    assert (second.time_tid, second.time_value, second.time_source) == (None, "2024-02-06", "document")
    assert figures(nlp, "Two people were killed.")[0].time_source is None  # undated, no timex


def test_reporter_entity_comes_from_entity_mentions(nlp: Language) -> None:
    text = "Eleven people were killed, according to the Health Ministry."
    doc = nlp.make_doc(text)
    doc._.dateline_doc_id = "d2"
    for name, proc in nlp.pipeline:
        if name != "dateline_figures":
            doc = proc(doc)
    start = text.index("Health Ministry")
    doc._.dateline["mentions"].append(
        Mention(
            doc_id="d2",
            sentence=0,
            start=start,
            end=start + 15,
            text="Health Ministry",
            label="ORG",
            entity="ORG:health ministry",
        )
    )
    doc = nlp.get_pipe("dateline_figures")(doc)
    (figure,) = doc._.dateline["figures"]
    assert (figure.reporter, figure.reporter_entity) == ("the Health Ministry", "ORG:health ministry")


def test_extension_categories_can_be_switched_off(nlp: Language) -> None:
    people_only = spacy.load(MODEL_NAME, exclude=["lemmatizer"])
    people_only.add_pipe("dateline_figures", config={"extensions": False})
    text = "A wave of airstrikes left 42 dead and flattened three buildings."
    assert [f.category for f in figures(people_only, text)] == ["killed"]
    assert [f.category for f in figures(nlp, text)] == ["killed", "buildings_destroyed"]

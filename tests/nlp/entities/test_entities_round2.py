"""Fixes found on real copy: capitals in canonical names, mislabels, dates as names, Gaza, country locations,
and one entity per country or organisation whatever form a document uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.model import AnnotatedDocument, Document, Entity, document_id
from dateline.nlp.entities.build_country_coords import build_rows, render
from dateline.nlp.entities.lexicon import load_lexicon
from dateline.nlp.entities.names import title_case
from dateline.nlp.pipeline import Pipeline

SEEDS = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "seeds"
DATA = Path(__file__).resolve().parents[3] / "src" / "dateline" / "nlp" / "entities" / "data"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["dateline_entities"])


def annotate(pipeline: Pipeline, text: str) -> AnnotatedDocument:
    return pipeline.annotate(Document(id=document_id(text), text=text))


def by_name(doc: AnnotatedDocument, name: str) -> Entity:
    found = [e for e in doc.entities if e.name == name]
    assert len(found) == 1, f"{name!r} not one entity in {[e.key for e in doc.entities]}"
    return found[0]


def labels_of(doc: AnnotatedDocument, text: str) -> set[str]:
    return {m.label for m in doc.mentions if m.text == text}


def test_seed_dateline_in_capitals_is_a_place_with_a_written_name(pipeline: Pipeline) -> None:
    path = SEEDS / "000_5c32b55becbd5ec7.txt"
    if not path.exists():
        pytest.skip("../shared/data not available")
    text = path.read_text(encoding="utf-8").split(" ", 3)[3]  # drop the " date 2024-02-06 " header
    assert text.startswith("GAZA STRIP")
    doc = annotate(pipeline, text)
    strip = next(e for e in doc.entities if e.key == "GPE:gaza strip")
    assert strip.name == "Gaza Strip"
    assert strip.place_kind == "region"
    assert any(m.start == 0 and m.text == "GAZA STRIP" and m.entity == strip.key for m in doc.mentions)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("KHAN YOUNIS, Gaza Strip - Israeli tanks advanced on Tuesday.", "Khan Younis", "city"),
        ("DEIR AL-BALAH, Gaza Strip - Families sheltered in tents.", "Deir al-Balah", "city"),
    ],
)
def test_capitals_dateline_becomes_title_cased_place(pipeline: Pipeline, text: str, name: str, kind: str) -> None:
    place = by_name(annotate(pipeline, text), name)
    assert (place.label, place.place_kind, place.country_code) == ("GPE", kind, "PS")


@pytest.mark.parametrize(
    ("shouted", "written"),
    [("GAZA STRIP", "Gaza Strip"), ("DEIR AL-BALAH", "Deir al-Balah"), ("BANK OF ENGLAND", "Bank of England"),
     ("US", "US")],
)
def test_title_case_keeps_particles_and_acronyms(shouted: str, written: str) -> None:
    assert title_case(shouted, load_lexicon()) == written


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("The Israeli military and Shin Bet confirm that they have killed a commander.", "Shin Bet", "ORG"),
        ("Four Al-Qassam Brigades militants and two civilians are killed.", "Al-Qassam Brigades", "ORG"),
        ("Israeli airstrikes on Gaza City and Khan Younis kill 14 people.", "Khan Younis", "GPE"),
        ("Israel has released 60 Gazan detainees back to the Gaza Strip.", "Gazan", "NORP"),
        ("Thousands of Gazans fled south on Monday.", "Gazans", "NORP"),
    ],
)
def test_news_sample_mislabels_are_corrected(pipeline: Pipeline, text: str, mention: str, label: str) -> None:
    assert labels_of(annotate(pipeline, text), mention) == {label}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The ceasefire talks ran from Feb 5 to Feb 6 in Cairo.", "Feb 5 to Feb 6"),
        ("Negotiators met again on Monday in Doha.", "Monday"),
    ],
)
def test_dates_never_become_names(pipeline: Pipeline, text: str, span: str) -> None:
    doc = annotate(pipeline, text)
    assert all(span not in e.name for e in doc.entities)
    assert labels_of(doc, span) <= {"DATE"}


def test_month_that_is_a_name_stays_a_person(pipeline: Pipeline) -> None:
    doc = annotate(pipeline, "British Prime Minister Theresa May said on Monday that talks would go on.")
    assert by_name(doc, "Theresa May").label == "PERSON"


def test_gaza_alone_is_the_strip_and_gaza_city_is_the_city(pipeline: Pipeline) -> None:
    doc = annotate(pipeline, "Strikes hit Gaza on Monday. In Gaza City's north, residents fled Gaza City.")
    strip = by_name(doc, "Gaza Strip")
    city = by_name(doc, "Gaza City")
    assert (strip.place_kind, city.place_kind) == ("region", "city")
    assert strip.aliases == ["Gaza"]
    assert city.n_mentions == 2
    assert city.lat != strip.lat


def test_gaza_tagged_without_city_joins_it(pipeline: Pipeline) -> None:
    doc = annotate(pipeline, "Residents of Gaza City fled south towards Rafah.")
    assert by_name(doc, "Gaza City").place_kind == "city"
    assert not [e for e in doc.entities if e.name in {"Gaza", "Gaza Strip"}]


@pytest.mark.parametrize(("name", "lat", "lon"), [("Egypt", 30.06, 31.25), ("United States", 38.90, -77.04)])
def test_countries_are_located_at_their_capital(pipeline: Pipeline, name: str, lat: float, lon: float) -> None:
    doc = annotate(pipeline, "Officials from Egypt and the United States met on Tuesday.")
    country = by_name(doc, name)
    assert country.place_kind == "country"
    assert (country.lat, country.lon) == pytest.approx((lat, lon), abs=0.05)


def test_shipped_country_coordinates_match_a_fresh_build() -> None:
    assert (DATA / "country_coords.tsv").read_text(encoding="utf-8") == render(build_rows())


@pytest.mark.parametrize(
    ("text", "name", "aliases", "label"),
    [
        ("The U.S. said the US and the United States and America agree.", "United States", {"U.S.", "US", "America"},
         "GPE"),
        ("Britain and the UK and the United Kingdom agree.", "United Kingdom", {"Britain", "UK"}, "GPE"),
        ("The UN and the United Nations agree.", "United Nations", {"UN"}, "ORG"),
    ],
)
def test_country_and_organisation_forms_are_one_entity(
    pipeline: Pipeline, text: str, name: str, aliases: set[str], label: str
) -> None:
    doc = annotate(pipeline, text)
    entity = by_name(doc, name)
    assert set(entity.aliases) == aliases
    assert entity.label == label


def test_short_form_alone_takes_the_canonical_name(pipeline: Pipeline) -> None:
    doc = annotate(pipeline, "The US vetoed the resolution on Tuesday.")
    us = by_name(doc, "United States")
    assert us.key == "GPE:united states" and us.aliases == ["US"]


def test_surname_alone_joins_the_full_name_in_the_document(pipeline: Pipeline) -> None:
    text = (
        "Netanyahu rejected the plan. Israeli Prime Minister Benjamin Netanyahu spoke later. "
        "Netanyahu's aides agreed."
    )
    doc = annotate(pipeline, text)
    person = by_name(doc, "Benjamin Netanyahu")
    assert person.n_mentions == 3
    assert not [e for e in doc.entities if e.name == "Netanyahu"]

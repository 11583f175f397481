"""Review fixes: small places of a war story typed as people or organisations, and names cut off or run on."""

from __future__ import annotations

import pytest

from dateline.model import AnnotatedDocument, Document, document_id
from dateline.nlp.entities.gazetteer import get_gazetteer
from dateline.nlp.entities.lexicon import load_lexicon
from dateline.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["dateline_entities"])


def annotate(pipeline: Pipeline, text: str) -> AnnotatedDocument:
    return pipeline.annotate(Document(id=document_id(text), text=text))


def labels_of(doc: AnnotatedDocument, text: str) -> set[str]:
    return {m.label for m in doc.mentions if m.text == text}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("An Israeli soldier is killed when a roadside bomb hits his vehicle during a patrol in Tammun in the "
         "West Bank.", "Tammun", "GPE"),
        ("Israeli troops and tanks enter Deir al-Balah in central Gaza.", "Deir al-Balah", "GPE"),
        ("Two brothers are killed in a drone attack as they gathered firewood in the town of Bani Suheila in "
         "the Gaza Strip.", "Bani Suheila", "GPE"),
        ("One person is killed by gunfire in al-Tannour, Rafah Governorate.", "al-Tannour", "GPE"),
        ("Three militants are killed by Israeli troops in Kfar Qud, near Jenin, in the occupied West Bank.",
         "Kfar Qud", "GPE"),
        ("An airstrike kills four children in the Nuseirat refugee camp.", "Nuseirat", "GPE"),
        ("Israeli forces withdraw from the Qalandiyah refugee camp in the occupied West Bank.", "Qalandiyah", "GPE"),
        ("A man accused of taking part in the infiltration of the kibbutz Nirim has been killed.", "Nirim", "GPE"),
        ("Tents are hit by an Israeli airstrike in Al-Mawasi, Gaza.", "Al-Mawasi", "LOC"),
        ("Israel conducts multiple airstrikes on Rafah and Khan Yunis in southern Gaza.", "Khan Yunis", "GPE"),
    ],
)
def test_small_places_in_locative_context_are_places(pipeline: Pipeline, text: str, name: str, label: str) -> None:
    doc = annotate(pipeline, text)
    assert labels_of(doc, name) == {label}


def test_a_listed_town_is_located_from_its_geonames_record(pipeline: Pipeline) -> None:
    doc = annotate(pipeline, "A patrol came under fire in Tammun in the West Bank.")
    tammun = next(e for e in doc.entities if e.name == "Tammun")
    assert tammun.geonames_id == 281657 and tammun.country_code == "PS"
    assert tammun.lat == pytest.approx(32.283, abs=0.01) and tammun.lon == pytest.approx(35.384, abs=0.01)


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("In exchange, Israel released 90 Palestinian prisoners from Ofer prison early on Monday.", "Ofer prison"),
        ("Twelve Palestinians were killed near the Netzarim corridor, according to medics.", "Netzarim corridor"),
        ("Egypt says it will reopen the Rafah border crossing next week.", "Rafah border crossing"),
        ("Twelve people were killed, according to medics at Al-Awda hospital.", "Al-Awda hospital"),
    ],
)
def test_a_facility_word_joins_the_name_into_one_facility(pipeline: Pipeline, text: str, facility: str) -> None:
    doc = annotate(pipeline, text)
    assert labels_of(doc, facility) == {"FAC"}
    first = facility.split()[0]
    assert not any(m.text == first and m.label in {"PERSON", "ORG"} for m in doc.mentions)


def test_a_prison_in_a_known_city_leaves_the_city_a_place(pipeline: Pipeline) -> None:
    doc = annotate(pipeline, "Hundreds of inmates escaped from Goma prison as the rebels advanced.")
    assert not any(m.label == "PERSON" and "Goma" in m.text for m in doc.mentions)


def test_a_person_named_like_a_prison_is_not_a_place(pipeline: Pipeline) -> None:
    doc = annotate(pipeline, "Israeli lawmaker Ofer Cassif said the government had failed the hostages.")
    assert not any(m.label in {"FAC", "GPE", "LOC"} and "Ofer" in m.text for m in doc.mentions)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The army says it killed a Jaish al-Islam militant in Gaza City.", "Jaish al-Islam", "ORG"),
        ("Israel bans aid groups, including divisions of Oxfam and Caritas, from operating in Gaza.", "Oxfam", "ORG"),
        ("Two deceased Israeli hostages, Arie \"Zalman\" Zalmanowicz and Tamir Adar, are handed over to Israel.",
         "Arie \"Zalman\" Zalmanowicz", "PERSON"),
        ("The Palestinian Civil Defence (PCD) states that the remains of 137 people have been recovered.",
         "Palestinian Civil Defence", "ORG"),
        ("Qatari prime minister Mohammed bin Abdulrahman bin Jassim Al Thani meets with Hamas leaders in Doha.",
         "Mohammed bin Abdulrahman bin Jassim Al Thani", "PERSON"),
    ],
)
def test_names_are_typed_and_spanned_whole(pipeline: Pipeline, text: str, name: str, label: str) -> None:
    doc = annotate(pipeline, text)
    assert labels_of(doc, name) == {label}


def test_no_name_ends_at_an_open_quote_or_bracket(pipeline: Pipeline) -> None:
    doc = annotate(pipeline, "Two deceased Israeli hostages, Arie \"Zalman\" Zalmanowicz and Tamir Adar, were "
                             "returned. The Palestinian Civil Defence (PCD) recovered 137 bodies.")
    for m in doc.mentions:
        assert m.text.count('"') % 2 == 0, m.text
        assert m.text.count("(") == m.text.count(")"), m.text


def test_two_first_names_joined_by_and_are_two_people(pipeline: Pipeline) -> None:
    doc = annotate(pipeline, "Her sons Ariel and Kfir, as well as Oded Lifshitz, were all positively identified.")
    assert "Ariel and Kfir" not in {m.text for m in doc.mentions}
    assert labels_of(doc, "Ariel") == {"PERSON"} and labels_of(doc, "Kfir") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Dozens of people in Gaza, many of which were seeking Humanitarian aid, are killed.", "Humanitarian"),
        ("Following German defence minister Boris Pistorius's decision on Monday, the ban took effect.",
         "Following German"),
    ],
)
def test_common_words_are_not_entities(pipeline: Pipeline, text: str, not_a_name: str) -> None:
    doc = annotate(pipeline, text)
    assert not_a_name not in {m.text for m in doc.mentions}


def test_a_nationality_word_after_a_dropped_opener_stays_a_nationality(pipeline: Pipeline) -> None:
    doc = annotate(pipeline, "Following German defence minister Boris Pistorius's decision, the ban took effect.")
    assert labels_of(doc, "German") == {"NORP"}


def test_every_local_place_spelling_finds_one_record() -> None:
    gaz = get_gazetteer()
    for local in load_lexicon().local_places:
        records = {(p.name, p.kind) for spelling in local.names for p in gaz.candidates(spelling)
                   if p.kind == local.kind}
        assert records == {(local.names[0], local.kind)}, local.names


def test_local_places_carry_coordinates_only_with_a_source() -> None:
    for local in load_lexicon().local_places:
        assert (local.lat is None) == (local.lon is None) == (local.geonames_id is None), local.names
        assert local.label in {"GPE", "LOC", "FAC"}



def test_a_small_place_listed_after_towns_is_a_place(pipeline: Pipeline) -> None:
    doc = annotate(pipeline, "At least 13 Palestinians are killed by Israeli airstrikes across Gaza City, "
                             "Deir al-Balah, and al-Mawasi, in Gaza, in violation of the ongoing ceasefire.")
    assert labels_of(doc, "al-Mawasi") == {"LOC"}

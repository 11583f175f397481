"""The `dateline_quotes` component on the two seed articles and on small cases, with the real model."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.conftest import shared_data

from dateline.model import AnnotatedDocument, Document, Quote, document_id
from dateline.nlp.pipeline import COMPONENTS, Pipeline

SEED_000 = "000_5c32b55becbd5ec7.txt"
SEED_002 = "002_eb81525aa1d5a3dc.txt"


@pytest.fixture(scope="module")
def quote_pipeline() -> Pipeline:
    """The real pipeline (entities included when available), loaded once for this module."""
    return Pipeline()


def annotate(pipeline: Pipeline, text: str) -> AnnotatedDocument:
    return pipeline.annotate(Document(id=document_id(text), text=text))


@pytest.fixture(scope="module")
def seed_000(quote_pipeline: Pipeline) -> AnnotatedDocument:
    return annotate(quote_pipeline, shared_data("seeds", SEED_000).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_002(quote_pipeline: Pipeline) -> AnnotatedDocument:
    return annotate(quote_pipeline, shared_data("seeds", SEED_002).read_text(encoding="utf-8"))


def quote_with(ad: AnnotatedDocument, fragment: str, kind: str | None = None) -> Quote:
    found = [q for q in ad.quotes if fragment in q.text and (kind is None or q.kind == kind)]
    assert found, f"no quote containing {fragment!r}: {[q.text[:50] for q in ad.quotes]}"
    return found[0]


def test_component_is_registered_under_its_name(quote_pipeline: Pipeline) -> None:
    assert COMPONENTS["dateline_quotes"] == "dateline.nlp.quotes.component"
    assert "dateline_quotes" in quote_pipeline.component_names
    assert Language.has_factory("dateline_quotes")


def test_every_quote_span_is_its_text(seed_000: AnnotatedDocument, seed_002: AnnotatedDocument) -> None:
    for ad in (seed_000, seed_002):
        text = ad.document.text
        assert ad.quotes
        for q in ad.quotes:
            assert text[q.start : q.end] == q.text
            assert q.doc_id == ad.document.id
            if q.speaker is not None:
                assert text[q.speaker_start : q.speaker_end] == q.speaker
            if q.cue is not None:
                assert text[q.cue_start : q.cue_end] == q.cue
            assert ad.sentences[q.sentence].start <= q.start <= ad.sentences[q.sentence].end


@pytest.mark.parametrize(
    ("fragment", "kind", "speaker", "entity_part", "cue"),
    [
        (
            "No place is safe, no place at all, where shall we go?",
            "direct",
            "Palestinian Mohamad Kozaat",
            "mohamad kozaat",
            "said",
        ),
        (
            "will reach places where we have not yet fought",
            "direct",
            "Israeli Defence Minister Yoav Gallant",
            "yoav gallant",
            "said",
        ),
        ("moving from hideout to hideout", "direct", "Mr Gallant", "gallant", "said"),
        (
            "the urgent need to reduce regional tensions",
            "direct",
            "State Department spokesman Matthew Miller",
            "matthew miller",
            "according to",
        ),
    ],
)
def test_seed_000_quotes_have_their_speakers(
    seed_000: AnnotatedDocument, fragment: str, kind: str, speaker: str, entity_part: str, cue: str
) -> None:
    q = quote_with(seed_000, fragment, kind)
    assert q.speaker == speaker
    assert q.speaker_entity is not None and q.speaker_entity.startswith("PERSON:")
    assert entity_part in q.speaker_entity
    assert q.cue == cue


def test_direct_quote_excludes_its_quotation_marks(seed_000: AnnotatedDocument) -> None:
    q = quote_with(seed_000, "No place is safe", "direct")
    assert q.text == "No place is safe, no place at all, where shall we go?"


def test_partial_quote_inside_reported_speech_also_yields_the_indirect_clause(seed_000: AnnotatedDocument) -> None:
    direct = quote_with(seed_000, "moving from hideout to hideout", "direct")
    indirect = quote_with(seed_000, "Mr Sinwar was", "indirect")
    assert (indirect.cue_start, indirect.speaker) == (direct.cue_start, "Mr Gallant")


@pytest.mark.parametrize(
    ("fragment", "kind", "speaker", "entity_part", "cue"),
    [
        ("In all of these engagements we have made clear", "direct", "Blinken", "blinken", "said"),
        ("Any diplomatic initiative that advances that prospect", "direct", "he", "blinken", "said"),
        ("And we are again willing and ready to do that", "direct", "he", "blinken", "said"),
        ("That will take time", "indirect", "Netanyahu", "netanyahu", "said"),
        (
            "the UN was actively engaging all parties",
            "indirect",
            "UN Secretary-General Antonio Guterres",
            "guterres",
            "said",
        ),
    ],
)
def test_seed_002_quotes_have_their_speakers(
    seed_002: AnnotatedDocument, fragment: str, kind: str, speaker: str, entity_part: str, cue: str
) -> None:
    q = quote_with(seed_002, fragment, kind)
    assert q.speaker == speaker
    assert q.speaker_entity is not None and entity_part in q.speaker_entity
    assert q.cue == cue


def test_missing_opening_mark_quote_starts_at_the_line_start(seed_002: AnnotatedDocument) -> None:
    q = quote_with(seed_002, "In all of these engagements", "direct")
    assert q.text.startswith("In all of these engagements")
    assert q.text.endswith("should they seek a cease-fire")


def test_split_quote_segments_are_linked_by_one_cue(seed_002: AnnotatedDocument) -> None:
    first = quote_with(seed_002, "Any diplomatic initiative", "direct")
    second = quote_with(seed_002, "And we are again willing", "direct")
    assert (first.cue_start, first.cue_end) == (second.cue_start, second.cue_end)
    assert second.text.endswith("they want to pursue a cease-fire.")


def test_group_speaker_has_no_single_entity(seed_002: AnnotatedDocument) -> None:
    q = quote_with(seed_002, "both sides must recognise", "indirect")
    assert q.speaker == "the two"
    assert q.speaker_entity is None


def test_indirect_content_is_the_complement_clause(seed_002: AnnotatedDocument) -> None:
    q = quote_with(seed_002, "Israel wants to levy", "indirect")
    assert q.text == "Israel wants to levy a heavy price on Hamas"
    assert (q.speaker, q.cue) == ("Netanyahu", "told")


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ('"We will not stop," said Mr Adams.', "We will not stop", "Mr Adams", "said"),
        (
            "The minister warned that prices would rise again next year.",
            "prices would rise again next year",
            "The minister",
            "warned",
        ),
        (
            "Prices would rise again next year, according to the central bank.",
            "Prices would rise again next year",
            "the central bank",
            "according to",
        ),
        ("Ms Lopez said: “We are done here.”", "We are done here.", "Ms Lopez", "said"),
    ],
)
def test_small_cases(quote_pipeline: Pipeline, text: str, content: str, speaker: str, cue: str) -> None:
    ad = annotate(quote_pipeline, text)
    q = quote_with(ad, content)
    assert (q.text, q.speaker, q.cue) == (content, speaker, cue)


def test_scare_quotes_without_a_cue_are_not_quotes(quote_pipeline: Pipeline) -> None:
    ad = annotate(quote_pipeline, "The film “Oppenheimer” won seven awards on Sunday night.")
    assert ad.quotes == []

"""Long articles (parsed in chunks, annotated whole) come out complete and consistent.

Speed is measured by benchmarks/long_article.py, not here: a time bound on a shared 2-core machine is
either flaky or too loose to catch anything.
"""

from __future__ import annotations

import gzip
import itertools
import json
import tracemalloc
from pathlib import Path

import pytest

from dateline.model import AnnotatedDocument, Document
from dateline.nlp.pipeline import CHUNK_CHARS, Pipeline

SHARED_DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
POLNEAR = SHARED_DATA / "quotes" / "polnear_articles.converted.jsonl.gz"


def real_news_text(n_chars: int) -> str:
    """Real PolNeAR articles joined by blank lines, cut at a paragraph end near n_chars."""
    if not POLNEAR.exists():
        pytest.skip("../shared/data not available")
    parts: list[str] = []
    total = 0
    with gzip.open(POLNEAR, "rt", encoding="utf-8") as f:
        for line in f:
            parts.append(json.loads(line)["text"].strip())
            total += len(parts[-1]) + 2
            if total >= n_chars:
                break
    text = "\n\n".join(parts)
    return text[: text.rfind("\n\n", 0, n_chars)]


def assert_records_point_into_text(annotated: AnnotatedDocument) -> None:
    text = annotated.document.text
    n_sentences = len(annotated.sentences)
    assert n_sentences > 0
    for kind in ("mentions", "timexes", "quotes", "figures", "events"):
        for record in getattr(annotated, kind):
            assert text[record.start : record.end] == record.text, (kind, record)
            assert 0 <= record.sentence < n_sentences, (kind, record)
            sentence = annotated.sentences[record.sentence]
            assert sentence.start <= record.start < sentence.end, (kind, record, sentence)
    keys = {e.key for e in annotated.entities}
    assert all(m.entity in keys for m in annotated.mentions if m.entity is not None)


@pytest.fixture(scope="module")
def medium_text() -> str:
    return real_news_text(30_000)


@pytest.fixture(scope="module")
def whole_and_chunked(medium_text: str) -> tuple[AnnotatedDocument, AnnotatedDocument]:
    document = Document(id="medium", text=medium_text)
    whole = Pipeline().annotate(document)
    chunked = Pipeline(chunk_chars=6_000).annotate(document)  # five or more chunks, merged with Doc.from_docs
    return whole, chunked


def test_a_chunked_article_has_records_that_point_into_its_text(
    whole_and_chunked: tuple[AnnotatedDocument, AnnotatedDocument],
) -> None:
    _, chunked = whole_and_chunked
    assert_records_point_into_text(chunked)


@pytest.mark.parametrize("kind", ["mentions", "timexes", "quotes", "events"])
def test_chunking_keeps_nearly_all_records_of_the_whole_parse(
    whole_and_chunked: tuple[AnnotatedDocument, AnnotatedDocument], kind: str
) -> None:
    """Cuts fall at paragraph ends, so only the words next to a cut may parse differently."""
    whole, chunked = whole_and_chunked
    spans_whole = {(r.start, r.end) for r in getattr(whole, kind)}
    spans_chunked = {(r.start, r.end) for r in getattr(chunked, kind)}
    assert spans_whole, f"the test article has no {kind}"
    assert len(spans_whole & spans_chunked) >= 0.9 * len(spans_whole)


def test_one_entity_gathers_a_name_across_distant_chunks(
    whole_and_chunked: tuple[AnnotatedDocument, AnnotatedDocument],
) -> None:
    _, chunked = whole_and_chunked
    size = max(chunked.entities, key=lambda e: e.n_mentions)
    mentions = [m for m in chunked.mentions if m.entity == size.key]
    assert len(mentions) == size.n_mentions
    assert mentions[-1].start - mentions[0].start > 6_000  # seen in more than one chunk


def test_a_one_line_article_is_parsed_in_bounded_memory(medium_text: str) -> None:
    """The 4.9 MB one-line article of issue 14 peaked at 1.6 GB: chunks are parsed one at a time, and the merged
    Doc keeps no per-token model vectors (384 bytes a token that nothing reads after the parse)."""
    pipeline = Pipeline(chunk_chars=6_000)
    one_line = " ".join(medium_text.split())
    pipeline.annotate(Document(id="warm-up", text=one_line[:2_000]))  # the model loads outside the measure
    tracemalloc.start()
    try:
        doc = pipeline.parse_long(Document(id="one-line", text=one_line))
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert doc.text == one_line
    assert doc.tensor.size == 0
    # measured: 23 MB peak and 270 bytes a token kept (four chunks in flight with vectors: 78 MB and 650)
    assert peak < 45_000_000
    assert kept / len(doc) < 450


@pytest.mark.slow
def test_a_300k_character_article_annotates_completely(pipeline: Pipeline) -> None:
    text = real_news_text(300_000)
    assert len(text) > 2 * CHUNK_CHARS
    annotated = pipeline.annotate(Document(id="long", text=text))
    assert_records_point_into_text(annotated)
    assert annotated.n_words > 45_000
    for kind in ("mentions", "entities", "timexes", "quotes", "events"):
        assert len(getattr(annotated, kind)) > 100, kind
    # sentences tile the text: the merge of chunked parses lost or duplicated nothing
    ends = [(s.start, s.end) for s in annotated.sentences]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))
    assert ends[-1][1] <= len(text)

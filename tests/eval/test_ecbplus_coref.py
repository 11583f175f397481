"""ECB+ as `dateline eval coref` reads it: gold event mentions of the complete sentences, chains across documents,
and the linker scored against the same-lemma baseline (with a spaCy-free annotator, to stay fast)."""

from __future__ import annotations

from collections import Counter

import pytest

from dateline.errors import EvalError
from dateline.eval.coref_ecb import evaluate
from dateline.eval.ecbplus import parse_topics, read_ecbplus
from dateline.model import AnnotatedDocument, Document
from tests.conftest import shared_data


def test_topics_are_read_with_spans_and_cross_document_chains() -> None:
    docs = read_ecbplus(shared_data("events", "ecbplus"), [36])
    assert {d.subcorpus for d in docs} == {"ecb", "ecbplus"}
    mentions = [m for d in docs for m in d.mentions]
    assert mentions and all(d.text[m.start : m.end] == m.text for d in docs for m in d.mentions)
    chains = Counter(m.cluster for m in mentions)
    docs_of = {c: {m.doc_id for m in mentions if m.cluster == c} for c in chains}
    assert any(len(ds) > 1 for ds in docs_of.values())  # cross-document chains exist


def test_topic_lists_parse_and_bad_ones_say_how_to_write_them() -> None:
    assert parse_topics("36-38,40") == {36, 37, 38, 40}
    with pytest.raises(EvalError, match="36-45"):
        parse_topics("thirty")


def _bare(docs: list[Document]) -> list[AnnotatedDocument]:
    return [AnnotatedDocument(document=d) for d in docs]


def test_evaluation_reports_system_and_baseline_side_by_side() -> None:
    report = evaluate(shared_data("events", "ecbplus"), [36], annotate=_bare)
    assert report.topics == [36] and report.n_mentions > 50
    for scores in (report.system, report.baseline):
        assert 0.0 < scores.conll < 1.0
    text = report.render_text()
    assert "dateline" in text and "same lemma" in text and "CoNLL" in text

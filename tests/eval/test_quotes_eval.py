"""PolNeAR quote scoring: the matching rules on hand-made cases, and a real run on a few dev articles."""

from __future__ import annotations

import pytest

from dateline.errors import InputError
from dateline.eval.quotes import GoldRelation, QuoteReport, Scores, evaluate_polnear, in_scope, score_document
from dateline.model import AnnotatedDocument, Document, Mention, Quote
from tests.conftest import shared_data

TEXT = 'Smith said taxes would rise. "We will win," Jones said. Brown thinks it is over.'


def quote(start: int, end: int, kind: str, speaker: tuple[int, int] | None, cue: tuple[int, int]) -> Quote:
    q = Quote(
        doc_id="d",
        sentence=0,
        start=start,
        end=end,
        text=TEXT[start:end],
        kind=kind,
        cue=TEXT[cue[0] : cue[1]],
        cue_start=cue[0],
        cue_end=cue[1],
    )
    if speaker is not None:
        q.speaker, q.speaker_start, q.speaker_end = TEXT[speaker[0] : speaker[1]], speaker[0], speaker[1]
    return q


def span(fragment: str) -> tuple[int, int]:
    i = TEXT.index(fragment)
    return i, i + len(fragment)


def gold(content: str, source: str, cue: str) -> GoldRelation:
    return GoldRelation([span(content)], [span(source)], cue, in_scope(cue), source)


def score(quotes: list[Quote], golds: list[GoldRelation], mentions: list[Mention] | None = None) -> dict:
    ad = AnnotatedDocument(document=Document(id="d", text=TEXT), quotes=quotes, mentions=mentions or [])
    totals = {"all": Scores(), "in_scope": Scores()}
    score_document(ad, golds, totals, {})
    return {k: v.to_dict() for k, v in totals.items()}


GOLD = [
    gold("taxes would rise", "Smith", "said"),
    gold('"We will win,"', "Jones", "said"),
    gold("it is over", "Brown", "thinks"),
]


def test_exact_content_and_right_speaker_count_everywhere() -> None:
    jones_said = span("said.")[0], span("said.")[0] + 4
    preds = [
        quote(*span("taxes would rise"), "indirect", span("Smith"), span("said")),
        quote(*span("We will win"), "direct", span("Jones"), jones_said),
    ]
    out = score(preds, GOLD)
    assert out["in_scope"]["gold"] == 2 and out["all"]["gold"] == 3
    assert out["in_scope"]["exact"]["f1"] == 1.0  # quote marks and the comma do not count
    assert out["in_scope"]["speaker_attributed"]["f1"] == 1.0
    assert out["all"]["speaker_attributed"]["recall"] == pytest.approx(2 / 3)


def test_overlap_without_the_right_speaker_is_a_content_hit_only() -> None:
    preds = [quote(*span("taxes would"), "indirect", span("Jones"), span("said"))]
    out = score(preds, GOLD)["in_scope"]
    assert out["overlap"]["precision"] == 1.0
    assert out["exact"]["precision"] == 0.0
    assert out["speaker_attributed"]["precision"] == 0.0


def test_speaker_matches_through_a_linked_entity_mention() -> None:
    smith = Mention(doc_id="d", sentence=0, start=0, end=5, text="Smith", label="PERSON", entity="PERSON:john smith")
    mentions = [smith]
    p = quote(*span("taxes would rise"), "indirect", span("Brown"), span("said"))
    p.speaker_entity = "PERSON:john smith"
    assert score([p], GOLD, mentions)["in_scope"]["speaker_attributed"]["f1"] > 0


def test_quotes_sharing_a_cue_are_one_prediction() -> None:
    cue = span("said.")[0], span("said.")[0] + 4
    preds = [quote(*span("We will"), "direct", span("Jones"), cue), quote(*span("win"), "direct", span("Jones"), cue)]
    out = score(preds, GOLD)["in_scope"]
    assert out["predicted"] == 1 and out["exact"]["precision"] == 1.0


def test_prediction_matching_an_out_of_scope_relation_is_left_out_of_in_scope_precision() -> None:
    preds = [quote(*span("it is over"), "indirect", span("Brown"), span("thinks"))]
    out = score(preds, GOLD)
    assert out["in_scope"]["predicted"] == 0
    assert out["all"]["predicted"] == 1 and out["all"]["speaker_attributed"]["precision"] == 1.0


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said", True),
        ("according to", True),
        ("has also said", True),
        ("believes", False),
        (":", False),
        ("wants", False),
    ],
)
def test_scope_is_speech_cues(cue: str, expected: bool) -> None:
    assert in_scope(cue) is expected


def test_test_split_is_refused() -> None:
    with pytest.raises(InputError):
        evaluate_polnear("test")


def test_real_run_on_three_dev_articles_reports_scores() -> None:
    shared_data("quotes", "polnear_articles.converted.jsonl.gz")
    report = evaluate_polnear("dev", limit=3)
    assert isinstance(report, QuoteReport)
    d = report.to_dict()
    assert d["articles"] == 3 and d["in_scope"]["gold"] > 0 and d["in_scope"]["predicted"] > 0
    assert 0.0 < d["in_scope"]["speaker_attributed"]["f1"] <= 1.0
    assert "speaker-attributed" in report.render_text()

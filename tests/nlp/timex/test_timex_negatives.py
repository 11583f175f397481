"""dateparser's lesson: date-free news sentences yield no time expression (no anchor, no date)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.nlp.timex import tag

SENTENCES = [
    ln
    for ln in (Path(__file__).parent / "date_free_sentences.txt").read_text(encoding="utf-8").splitlines()
    if ln.strip() and not ln.startswith("#")
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_date_free_sentence_yields_nothing(sentence: str) -> None:
    assert [t.text for t in tag(sentence, dt.date(2024, 2, 6))] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks will resume on Monday.", "2024-02-12"),
        ("The minister said on Monday that talks failed.", "2024-02-05"),
        ("Prices rose in May and fell in March.", "2023-05"),
    ],
)
def test_tense_decides_which_weekday_or_month(sentence: str, expected: str) -> None:
    assert tag(sentence, dt.date(2024, 2, 6))[0].value == expected

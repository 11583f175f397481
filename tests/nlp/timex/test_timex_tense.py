"""Tense cues decide which Monday or which May a news sentence means; the story's own day moves weekdays."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.nlp.timex import tag
from dateline.nlp.timex.rulebook import default_rules
from dateline.nlp.timex.text import FUTURE, PAST, PRESENT, TenseFinder, sentence_starts, word_cues


def _cue_tenses(sentence: str) -> list[tuple[str, str]]:
    return [(sentence[p:].split()[0].rstrip("."), t) for p, t in word_cues(sentence, 0, len(sentence), default_rules())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He won’t attend.", [("won’t", FUTURE)]),
        ("Exports exceeded forecasts.", [("exceeded", PAST)]),
        ("Talks succeeded.", [("succeeded", PAST)]),
        ("A hundred people at high speed.", []),
        ("United Airlines and the Red Cross.", []),
        ("It opens at 9AM.", []),
        ("The vote is set to take place.", [("is", PRESENT), ("set", FUTURE)]),
        ("He sat next to her.", []),
        ("She’ll sign.", [("’ll", FUTURE)]),
        ("Profits are expected to rise.", [("are", FUTURE), ("expected", FUTURE)]),
    ],
)
def test_cue_words_and_their_tense(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _cue_tenses(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The bill will be paid Dec. 14.", FUTURE),
        ("The union were planning to strike on Friday.", FUTURE),
        ("The contract had been scheduled to expire Friday.", PAST),
        ("The rebels didn’t attack on Friday.", PAST),
    ],
)
def test_tense_at_a_weekday(sentence: str, tense: str) -> None:
    at = sentence.index("Fri") if "Fri" in sentence else sentence.index("Dec")
    rules = default_rules()
    assert TenseFinder(sentence, sentence_starts(sentence, rules), rules).tense_at(at, at + 6) == tense


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # wire copy filed the evening before its day: "Tuesday" is the story's day, not a week ago
        ("WASHINGTON, Tuesday, Aug. 18 (AP) -- Albright headed Tuesday to East Africa. She met officials Monday.",
         dt.date(1998, 8, 17), ["1998-08-18", "1998-08-18", "1998-08-17"]),
        ("NAIROBI, Aug. 18, 1998 (AP) -- Albright arrived Tuesday.", dt.date(1998, 8, 17),
         ["1998-08-18", "1998-08-18"]),
        # without that lede, a past-tense Tuesday in Monday copy is the Tuesday before
        ("Albright headed Tuesday to East Africa.", dt.date(1998, 8, 17), ["1998-08-11"]),
        # an earlier lede date is background: Saturday still counts back from the DCT
        ("On Friday, Oct. 23, rebels attacked. Troops returned Saturday.", dt.date(1998, 10, 26),
         ["1998-10-23", "1998-10-24"]),
        ("The vote on Aug. 3, 1998 was close. Officials said Friday they would appeal.", dt.date(1998, 8, 10),
         ["1998-08-03", "1998-08-07"]),
    ],
)
def test_story_day_of_wire_copy(text: str, dct: dt.date, expected: list[str]) -> None:
    assert [t.value for t in tag(text, dct)] == expected

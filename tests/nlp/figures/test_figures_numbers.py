"""Number phrases read from text: digits, words, ranges, vague amounts and qualifiers (tokenizer only)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from dateline.errors import RuleFileError
from dateline.nlp.figures import lexicon as lexicon_module
from dateline.nlp.figures.lexicon import load_lexicon
from dateline.nlp.figures.numbers import find_values


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "value", "value_max", "qualifier", "written"),
    [
        ("nearly 1,300 people", 1300, None, "nearly", "nearly 1,300"),
        ("at least 99 people", 99, None, "at least", "at least 99"),
        ("more than 200 people", 200, None, "more than", "more than 200"),
        ("over 134 injured", 134, None, "more than", "over 134"),
        ("almost 50 people", 50, None, "nearly", "almost 50"),
        ("around eight Palestinians", 8, None, "about", "around eight"),
        ("some 30 militants", 30, None, "about", "some 30"),
        ("up to 25,000 immigrants", 25000, None, "up to", "up to 25,000"),
        ("as many as 40 people", 40, None, "up to", "as many as 40"),
        ("exactly 12 people", 12, None, None, "exactly 12"),
        ("two or three days", 2, 3, None, "two or three"),
        ("10 to 15 people", 10, 15, None, "10 to 15"),
        ("2–3 weeks", 2, 3, None, "2–3"),
        ("hundreds of prisoners", 200, 999, "about", "hundreds of"),
        ("tens of thousands of people", 20000, 99999, "about", "tens of thousands of"),
        ("a dozen students", 12, None, None, "a dozen"),
        ("1.2 million people", 1200000, None, None, "1.2 million"),
        ("twenty-five people", 25, None, None, "twenty-five"),
        ("two hundred people", 200, None, None, "two hundred"),
        ("at least  80 people", 80, None, "at least", "at least  80"),
    ],
)
def test_number_phrase_value_range_and_qualifier(
    blank: Language, text: str, value: float, value_max: float | None, qualifier: str | None, written: str
) -> None:
    doc = blank(text)
    (vp,) = find_values(doc[:], load_lexicon())
    assert (vp.value, vp.value_max, vp.qualifier) == (value, value_max, qualifier)
    assert doc[vp.first : vp.end].text == written


def test_separate_numbers_stay_separate(blank: Language) -> None:
    doc = blank("59 children and 35 women")
    assert [v.value for v in find_values(doc[:], load_lexicon())] == [59.0, 35.0]


def test_text_without_numbers_has_no_number_phrase(blank: Language) -> None:
    doc = blank("Both pilots are killed and his wife and daughter were also killed.")
    assert find_values(doc[:], load_lexicon()) == []


def test_lexicon_maps_trigger_words_to_categories() -> None:
    lex = load_lexicon()
    assert {t.category for t in lex.triggers_for("dead")} == {"killed"}
    assert {t.category for t in lex.triggers_for("Wounded")} == {"injured"}
    assert {t.category for t in lex.triggers_for("abducted")} == {"hostages"}
    assert {"buildings_destroyed", "tunnels_length", "aid_trucks"} <= lex.extensions
    assert lex.noun_class("buildings") == "building" and lex.noun_class("civilians") == "people"


def test_missing_data_file_fails_naming_the_file(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon_module, "DATA", tmp_path)
    with pytest.raises(RuleFileError, match=r"categories\.tsv"):
        lexicon_module._rows("categories.tsv", 4)


def test_malformed_data_row_fails_naming_path_and_line(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "categories.tsv").write_text("# comment\nkilled\tkilled\tpeople\tverb\nwounded injured\n")
    monkeypatch.setattr(lexicon_module, "DATA", tmp_path)
    with pytest.raises(RuleFileError, match=r"categories\.tsv:3"):
        lexicon_module._rows("categories.tsv", 4)

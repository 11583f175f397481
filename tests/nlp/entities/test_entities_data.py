"""The entity data files load, and every news-spelling alias points at a place the gazetteer knows."""

from __future__ import annotations

import pytest

from dateline.nlp.entities.gazetteer import fold, get_gazetteer
from dateline.nlp.entities.lexicon import load_lexicon


def test_every_place_alias_resolves_in_the_gazetteer() -> None:
    gazetteer = get_gazetteer()
    missing = [a for a in load_lexicon().place_aliases if not gazetteer.candidates(a)]
    assert missing == []


def test_region_coordinates_always_name_their_source() -> None:
    for region in load_lexicon().regions.values():
        assert (region.lat is None) == (region.source is None), region.name


@pytest.mark.parametrize(
    ("written", "official"),
    [("KHAN YUNIS", "Khān Yūnis"), ("Dayr al-Balah", "Dayr al Balaḩ"), ("Shuja'iyya", "Shuja’iyya")],
)
def test_fold_ignores_case_diacritics_apostrophes_and_hyphens(written: str, official: str) -> None:
    assert fold(written) == fold(official)


@pytest.mark.parametrize(("name", "kind"), [("US", "country"), ("Gaza Strip", "region"), ("Riyadh", "city")])
def test_gazetteer_kinds(name: str, kind: str) -> None:
    assert get_gazetteer().candidates(name)[0].kind == kind


def test_honorifics_are_not_role_words_and_roles_split_on_hyphens() -> None:
    lex = load_lexicon()
    assert "mr" in lex.courtesy and "president" in lex.title_honorifics
    assert lex.is_role("Secretary-General")

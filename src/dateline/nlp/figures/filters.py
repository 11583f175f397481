"""Numbers that are never counts of people or things: ages, years, dates, money, percentages, asides."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp.figures.numbers import ValuePhrase

_NOT_COUNT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL"})
_AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
_CURRENCY = frozenset({"$", "€", "£", "¥", "us$"})
_PERCENT = frozenset({"%", "percent", "per"})


def is_not_a_count(vp: ValuePhrase, tokens: list[Token]) -> bool:
    """True for number phrases that cannot be a figure whatever verb governs them."""
    first = tokens[vp.start]
    if first.ent_type_ in _NOT_COUNT_ENTS and not vp.vague:
        return True
    after = [t.lower_ for t in tokens[vp.end : vp.end + 4]]
    # "a 5-year-old boy", "a 61 year old man": an age describes who, it does not count them.
    if after[:1] == ["-"] and after[1:2] and after[1] in _AGE_UNITS:
        return True
    if after[:2] and after[0] in _AGE_UNITS and after[1:2] == ["old"]:
        return True
    if after[:1] and after[0] in _PERCENT:
        return True
    before = tokens[vp.first - 1].lower_ if vp.first > 0 else ""
    if before in _CURRENCY:
        return True
    # "15 kilometers (nine miles)": a conversion in brackets repeats the figure before it.
    if before == "(":
        return True
    # "a BK 117 helicopter", "a Boeing 737": a number right after a name is part of the name.
    if (
        vp.qualifier_start is None
        and first.text[:1].isdigit()
        and vp.start > 0
        and tokens[vp.start - 1].tag_ == "NNP"
        and first.dep_ == "nummod"
        and first.head.i == vp.end
    ):
        return True
    text = first.text
    if len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100 and vp.end == vp.start + 1:
        nxt = tokens[vp.end] if vp.end < len(tokens) else None
        return nxt is None or nxt.pos_ not in {"NOUN", "PROPN"}
    return False

"""Numbers that are never counts of people or things: ages, years, dates, money, percentages, asides."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp.figures.lexicon import load_lexicon
from dateline.nlp.figures.numbers import ValuePhrase

_NOT_COUNT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL"})
_AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
_CURRENCY = frozenset({"$", "€", "£", "¥", "us$"})
_PERCENT = frozenset({"%", "percent", "per"})
_AGE_WORDS = frozenset({"age", "ages", "aged"})
_DEATH_VERBS = frozenset({"die", "dies", "died", "dying"})
_APPOSITION_OPEN = frozenset({",", "("})
_APPOSITION_CLOSE = frozenset({",", ")", ";", ".", ":"})


def is_not_a_count(vp: ValuePhrase, tokens: list[Token]) -> bool:
    """True for number phrases that cannot be a figure whatever verb governs them."""
    first = tokens[vp.start]
    if first.ent_type_ in _NOT_COUNT_ENTS and not vp.vague and not _bare_number_entity(vp, tokens) \
            and not _moneyless_count(vp, tokens):
        return True
    after = [t.lower_ for t in tokens[vp.end : vp.end + 4]]
    # "a 5-year-old boy", "a 61 year old man": an age describes who, it does not count them.
    if after[:1] == ["-"] and after[1:2] and after[1] in _AGE_UNITS:
        return True
    if after[:2] and after[0] in _AGE_UNITS and after[1:2] == ["old"]:
        return True
    # "a 20-point ceasefire proposal", "a 12-member team": a number hyphened to a word modifies a noun, counts nobody
    if after[:1] == ["-"] and vp.end + 1 < len(tokens) and not tokens[vp.end - 1].whitespace_ \
            and not tokens[vp.end].whitespace_ and tokens[vp.end + 1].is_alpha and not vp.vague:
        return True
    if after[:1] and after[0] in _PERCENT:
        return True
    if tokens[vp.start].lower_ == "one" and after[:1] == ["another"]:
        return True  # "prohibited from killing one another": a reciprocal, not a count
    if tokens[vp.start].lower_ == "one" and after[:1] == ["of"] and _superlative_follows(tokens, vp.end + 1):
        # "One of the most famous mafia godfathers ... has died", "one of the country's largest drug busts": a
        # description, not a count
        return True
    if vp.first > 1 and tokens[vp.first - 1].lower_ == "but" and tokens[vp.first - 2].lower_ == "all":
        return True  # "169 people died, all but one of them in Mexico": the exception to a count
    before = tokens[vp.first - 1].lower_ if vp.first > 0 else ""
    if before in _CURRENCY:
        return True
    # "09 / 10 / 10 08: 23 PM": a number slashed to another is a date written with numbers
    if (after[:1] == ["/"] and vp.end + 1 < len(tokens) and tokens[vp.end + 1].like_num) or (
            before == "/" and vp.first > 1 and tokens[vp.first - 2].like_num):
        return True
    # "Fred LaRue Dies at 75", "died at 92": a bare number after "die(s/d) at" is the age at death
    if before == "at" and vp.first > 1 and tokens[vp.first - 2].lower_ in _DEATH_VERBS and vp.qualifier_start is None \
            and (vp.end >= len(tokens) or tokens[vp.end].pos_ != "NOUN"):
        return True
    if _in_split_number(vp, tokens) or _age_in_apposition(vp, tokens):
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
        and vp.end <= first.head.i <= vp.end + 2  # "the Hong Hai 16 sand barge"
        and all(t.dep_ in ("compound", "amod") for t in tokens[vp.end : first.head.i])
    ):
        return True
    if _inside_name(vp, tokens):
        return True
    text = first.text
    if len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100 and vp.end == vp.start + 1:
        nxt = tokens[vp.end] if vp.end < len(tokens) else None
        return nxt is None or nxt.pos_ not in {"NOUN", "PROPN"}
    return False


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_NAME_ENTS = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LAW"})


def _inside_name(vp: ValuePhrase, tokens: list[Token]) -> bool:
    """ "referred to as Trump Force One": a number word tagged as a proper noun at the end of a name the entity
    recogniser found, begun before it."""
    first = tokens[vp.start]
    return (vp.qualifier_start is None and first.tag_ == "NNP" and first.ent_type_ in _NAME_ENTS
            and first.ent_iob_ == "I" and vp.end == vp.start + 1)


def _bare_number_entity(vp: ValuePhrase, tokens: list[Token]) -> bool:
    """True when the model's DATE/TIME entity is the number alone ("46 were arrested", "put the toll at 40").

    The small English model labels many bare counts DATE; a real date or time has a month, weekday, unit or
    separator in its span ("March 11", "5 / 5 / 2010", "1 : 53"), or is a year.
    """
    first = tokens[vp.start]
    if first.ent_type_ not in {"DATE", "TIME"}:
        return False
    start = vp.start
    while start > 0 and tokens[start].ent_iob_ == "I":
        start -= 1
    if start < vp.first and tokens[start].lower_ == "between":
        start += 1  # "Between 40 and 100 people were killed": the range's own word
    end = vp.start + 1
    while end < len(tokens) and tokens[end].ent_iob_ == "I":
        end += 1
    if start < vp.first and all(t.lower_ in WEEKDAYS for t in tokens[start:vp.first]) and vp.end < len(tokens) \
            and tokens[vp.end].tag_ == "NNS":
        start = vp.first  # "said on Saturday 72 people had died": no weekday takes a day number, the count is its own
    if start < vp.first or end > vp.end:
        return False  # the entity reaches beyond the number phrase
    text = first.text
    return not (len(text) == 4 and text.isdigit())


_RANGE_JOINS = frozenset({"between", "and", "to", "or", "-", "–", "million", "billion", "thousand", "hundred"})


def _moneyless_count(vp: ValuePhrase, tokens: list[Token]) -> bool:
    """A MONEY entity with nothing of money in it, before a plural noun: "killed between 40 million and 100 million
    people" (the small model reads large round numbers as sums). Money has a sign or a currency word in its span."""
    if tokens[vp.start].ent_type_ != "MONEY" or vp.end >= len(tokens) or tokens[vp.end].tag_ != "NNS":
        return False
    start, end = vp.start, vp.start + 1
    while start > 0 and tokens[start].ent_iob_ == "I":
        start -= 1
    while end < len(tokens) and tokens[end].ent_iob_ == "I":
        end += 1
    return end <= vp.end and all(t.like_num or t.lower_ in _RANGE_JOINS for t in tokens[start:end])


def _in_split_number(vp: ValuePhrase, tokens: list[Token]) -> bool:
    """Pieces of a time or decimal that tokenised text splits: "12 : 41 GMT", "magnitude of 6 . 4". Both pieces
    are digits in one sentence: "... above 680. Two people were killed" is a full stop between two sentences."""
    first = tokens[vp.start]
    before = tokens[vp.start - 1] if vp.start > 0 else None
    after = tokens[vp.end] if vp.end < len(tokens) else None
    two_after = tokens[vp.end + 1] if vp.end + 1 < len(tokens) else None
    if before is not None and before.text in {":", "."} and vp.start > 1 and tokens[vp.start - 2].text.isdigit() and (
            first.text[:1].isdigit() and not first.is_sent_start):
        return True
    return after is not None and after.text in {":", "."} and two_after is not None and two_after.text.isdigit() and (
        not two_after.is_sent_start)


def _age_in_apposition(vp: ValuePhrase, tokens: list[Token]) -> bool:
    """Ages written after a name: "Jonathan Carrasquillo, 24, was arrested", "his two half-brothers, 17 and 22,
    were arrested", "two men, ages 47 and 48" -- a bare number between commas right after a noun."""
    if vp.qualifier not in (None, "about"):
        return False  # "the casualties, at least 30,": a bound is no age
    i = vp.first
    level = load_lexicon().level_words
    before = tokens[i - 2] if i > 1 else None
    if before is not None and (level.get(before.lower_) == "noun" or (
            before.head.lower_ == "of" and level.get(before.head.head.lower_) == "noun")):
        return False  # "reported the highest number of deaths, 45": the number of a running count
    if i > 1 and tokens[i - 1].lower_ in {"and", "or"} and tokens[i - 2].text[:1].isdigit():
        i -= 2  # the second of "17 and 22": look at the first
    if i > 0 and tokens[i - 1].lower_ in _AGE_WORDS:
        return True
    if i < 2 or tokens[i - 1].text not in _APPOSITION_OPEN or tokens[i - 2].pos_ not in {"NOUN", "PROPN"}:
        return False
    j = vp.end
    if j + 1 < len(tokens) and tokens[j].lower_ in {"and", "or"} and tokens[j + 1].text[:1].isdigit():
        j += 2
    return j >= len(tokens) or tokens[j].text in _APPOSITION_CLOSE


def _superlative_follows(tokens: list[Token], start: int) -> bool:
    """A superlative ("most", "largest") opens the phrase at `start`, past its determiner or possessor."""
    for tok in tokens[start : start + 6]:
        if tok.lower_ == "most" or tok.tag_ in {"JJS", "RBS"}:
            return True
        if tok.pos_ not in {"DET", "PROPN", "PART", "NOUN", "ADJ"} or tok.is_punct:
            return False  # "one of the high court's most conservative justices": past a possessor and its modifier
    return False

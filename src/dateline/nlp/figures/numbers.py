"""Finds number phrases in a sentence and reads their value: "nearly 1,300", "two or three", "hundreds of"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dateline.nlp.figures.lexicon import Lexicon

_DIGITS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_DIGIT_RANGE_RE = re.compile(r"^(\d[\d,]*)[–-](\d[\d,]*)$")
_SUFFIXED_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([a-z]+)$")
_RANGE_WORDS = frozenset({"or", "to", "-", "–"})
_ARTICLES = frozenset({"a", "an"})


@dataclass
class ValuePhrase:
    """A number phrase: tokens [start, end) of the doc, its value and the qualifier written before it."""

    start: int  # first token of the number (qualifier excluded)
    end: int
    value: float
    value_max: float | None = None
    vague: bool = False
    qualifier: str | None = None
    qualifier_start: int | None = None  # first token of the qualifier, when there is one

    @property
    def first(self) -> int:
        return self.qualifier_start if self.qualifier_start is not None else self.start


def token_value(token: Token, lex: Lexicon) -> float | None:
    """Value of one number token ("1,300", "1.2", "nine", "twenty-five"), None if it is not a number."""
    text = token.lower_
    if _DIGITS_RE.match(text):
        return float(text.replace(",", ""))
    if text in lex.numbers:
        return lex.numbers[text]
    if (m := _SUFFIXED_RE.match(text)) and m.group(2) in lex.suffixes:  # "1.2bn" as one token
        return float(m.group(1).replace(",", "")) * lex.suffixes[m.group(2)]
    parts = text.split("-")
    if len(parts) == 2 and all(p in lex.numbers for p in parts):
        return lex.numbers[parts[0]] + lex.numbers[parts[1]]
    return None


def _read_number(tokens: list[Token], i: int, lex: Lexicon) -> tuple[float, int] | None:
    """Reads a cardinal starting at tokens[i], with scale words ("1.2 million", "two hundred"); returns end."""
    total, current, j, seen = 0.0, 0.0, i, False
    nxt = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
    if tokens[i].lower_ in {"a", "an"} and nxt in {"dozen", "hundred", "thousand", "million"}:
        current, j, seen = 1.0, i + 1, True
        if tokens[j].lower_ == "dozen":
            return 12.0, j + 1
    while j < len(tokens):
        tok = tokens[j]
        if seen and _split_thousands(tokens, j):  # "31 , 000" as tokenised text writes 31,000
            current = current * 1000 + float(tokens[j + 1].text)
            j += 2
            continue
        value = token_value(tok, lex)
        if value is not None and not (seen and tok.lower_ == "dozen"):
            if seen and current and value >= current:  # "two three" is not one number
                break
            if seen and tok.text[:1].isdigit() != tokens[j - 1].text[:1].isdigit():
                break  # "May 2010 Three people": digits and a number word are two numbers
            current += value
            seen = True
        elif seen and tok.lower_ in lex.suffixes and _joined_to_digits(tokens, j):
            current = (current or 1.0) * lex.suffixes[tok.lower_]  # "50m people": a scale joined to the digits
            total, current = total + current, 0.0
            j += 1
            break
        elif seen and tok.lower_ in lex.scales:
            current = (current or 1.0) * lex.scales[tok.lower_]
            if lex.scales[tok.lower_] >= 1000:
                total, current = total + current, 0.0
        elif (
            seen
            and tok.text == "-"
            and j + 1 < len(tokens)
            and token_value(tokens[j + 1], lex) is not None
            and tokens[j - 1].is_alpha
            and tokens[j + 1].is_alpha
        ):
            pass  # "twenty - five" split by the tokenizer
        else:
            break
        j += 1
    return (total + current, j) if seen else None


def _joined_to_digits(tokens: list[Token], j: int) -> bool:
    """True at "m" of "50m": the token before ends in a digit and has no space after it."""
    return not tokens[j - 1].whitespace_ and tokens[j - 1].text[-1:].isdigit()


def _split_thousands(tokens: list[Token], j: int) -> bool:
    """True at "31" of "31 , 000": a comma with spaces on both sides, then exactly three digits."""
    if j == 0 or j + 1 >= len(tokens) or not tokens[j - 1].text.isdigit():
        return False
    comma, digits = tokens[j], tokens[j + 1]
    return (
        comma.text == ","
        and bool(tokens[j - 1].whitespace_)
        and bool(comma.whitespace_)
        and len(digits.text) == 3
        and digits.text.isdigit()
    )


def _read_vague(tokens: list[Token], i: int, lex: Lexicon) -> tuple[float, float, int] | None:
    """Longest vague amount at tokens[i] ("tens of thousands"), with a trailing "of" included."""
    for n in (3, 2, 1):
        key = tuple(t.lower_ for t in tokens[i : i + n])
        if len(key) == n and key in lex.vague:
            low, high = lex.vague[key]
            end = i + n
            if end < len(tokens) and tokens[end].lower_ == "of":
                end += 1
            return low, high, end
    return None


def _qualifier(tokens: list[Token], i: int, lex: Lexicon) -> tuple[str, int] | None:
    """Longest qualifier phrase ending right before tokens[i]."""
    # Whitespace tokens are skipped: "at least  80" (two spaces) is still "at least 80".
    before = [j for j in range(max(0, i - 2 * lex.max_qualifier_len), i) if not tokens[j].is_space]
    for n in range(lex.max_qualifier_len, 0, -1):
        if len(before) < n:
            continue
        key = tuple(tokens[j].lower_ for j in before[-n:])
        if key in lex.qualifiers:
            return lex.qualifiers[key], before[-n]
    return None


_MODALS = frozenset({"could", "may", "might", "will", "would", "should", "can"})


def find_values(sent: Span, lex: Lexicon) -> list[ValuePhrase]:
    """Every number phrase of the sentence, left to right, non-overlapping."""
    tokens = list(sent)
    offset = sent.start
    found: list[ValuePhrase] = []
    i = 0
    while i < len(tokens):
        phrase = _phrase_at(tokens, i, lex)
        if phrase is None:
            i += 1
            continue
        low, high, end, vague = phrase
        qualifier = _qualifier(tokens, i, lex)
        vp = ValuePhrase(start=offset + i, end=offset + end, value=low, value_max=high, vague=vague)
        if vague:
            vp.qualifier = "about"
        if qualifier is not None:
            vp.qualifier, vp.qualifier_start = qualifier[0], offset + qualifier[1]
            up = tokens[qualifier[1]]
            if vp.qualifier == "exactly" or (
                up.lower_ == "up" and up.dep_ in ("advmod", "prt", "prep") and up.head.lower_ in lex.destination_verbs
                and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in up.head.children)
            ):  # "the toll could rise up to 300" stays a bound
                vp.qualifier = None  # "bringing the total ... up to 104": where the count now stands
        found.append(vp)
        i = end
    return found


def _shared_scale(tokens: list[Token], i: int, end: int, upper_end: int, low: float, high: float,
                  lex: Lexicon) -> float:
    """ "50 to 100 million": a scale word written only on the upper bound scales a small lower one too, when the
    range stays a range ("between 500,000 and 1 million" is written in full)."""
    scale = lex.scales.get(tokens[upper_end - 1].lower_, 1.0)
    if scale >= 1000 and low < 1000 and low * scale <= high and not any(t.lower_ in lex.scales for t in tokens[i:end]):
        return low * scale
    return low


def _phrase_at(tokens: list[Token], i: int, lex: Lexicon) -> tuple[float, float | None, int, bool] | None:
    """(low, high, end, vague) of the number phrase starting at tokens[i], or None."""
    low = tokens[i].lower_
    # Most tokens cannot start a number: one cheap test before the readers (this loop runs on every token).
    if not (low[:1].isdigit() or low in lex.numbers or low in _ARTICLES or "-" in low or low in lex.vague_starts):
        return None
    m = _DIGIT_RANGE_RE.match(tokens[i].text)
    if m:
        return float(m.group(1).replace(",", "")), float(m.group(2).replace(",", "")), i + 1, False
    vague = _read_vague(tokens, i, lex)
    if vague is not None:
        return vague[0], vague[1], vague[2], True
    number = _read_number(tokens, i, lex)
    if number is None:
        return None
    low, end = number
    # A range: "two or three", "10 to 15", "2 - 3", "two or a three" (as written in a seed), "between 40 and 100".
    between = i > 0 and tokens[i - 1].lower_ == "between" and end + 1 < len(tokens) and tokens[end].lower_ == "and"
    if end + 1 < len(tokens) and (tokens[end].lower_ in _RANGE_WORDS or between):
        k = end + 1
        if tokens[k].lower_ in {"a", "an"} and k + 1 < len(tokens) and token_value(tokens[k + 1], lex):
            k += 1
        upper = _read_number(tokens, k, lex) if token_value(tokens[k], lex) is not None else None
        if upper is not None and upper[0] > low:
            return _shared_scale(tokens, i, end, upper[1], low, upper[0], lex), upper[0], upper[1], False
    return low, None, end, False

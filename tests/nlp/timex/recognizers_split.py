"""Split the Recognizers-Text spec cases: TIMEX3/TimeML-convention values (a) against the suite's own conventions (b).

A case goes to (b) when one of the rules below applies to its input span and expected value; the first rule
that applies names the category. The rules look at the spec only (span text, expected value, reference date,
the other expected results of the same input), never at what our tagger outputs, so a case is in (a) or (b)
whether it passes or not. Every other case is in (a), category `timex3`.

`python -m tests.nlp.timex.recognizers_split` rewrites data/recognizers_conventions.tsv (one row per scored case,
with the rule's reason); `test_recognizers_specs.py` checks the file still equals what the rules give.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.nlp.timex.recognizers_scope import SpecCase, in_scope_cases

SPLIT_FILE = Path(__file__).resolve().parent / "data" / "recognizers_conventions.tsv"
TIMEX3 = "timex3"
COLUMNS = ("file", "input", "start", "span", "expected", "category", "reason")

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNITS = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|decades?|centuries)"
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty")
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_COUNT = rf"(?:\d+(?:\.\d+)?|an?|{'|'.join(_NUMBER_WORDS)})"
_CLOCK = r"\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*(?:[ap]\.\s?m\.|[ap]m|o'clock)"
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAY_DATE = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Rule:
    """One suite convention: its name, what it is (for the file header and docs) and when it applies."""

    name: str
    definition: str
    applies: Callable[[SpecCase], str | None]  # the row's reason, or None when the rule does not apply


def _values(case: SpecCase) -> list[str]:
    return [v.strip() for v in case.expected.split("|") if v.strip()]


def _invalid_date(case: SpecCase) -> str | None:
    for v in _values(case):
        m = re.match(r"(\d{4}|XXXX)-(\d{2})-(\d{2})", v)
        if v.startswith("0001-01-01"):
            return f"{v} is Recognizers' placeholder for a date it cannot build"
        if m is None:
            continue
        year = 2000 if m[1] == "XXXX" else int(m[1])  # XXXX: a leap year, so XXXX-02-29 stays valid
        month, day = int(m[2]), int(m[3])
        if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
            return f"{m[0]} is not a day of the calendar"
    return None


def _end_of_day(case: SpecCase) -> str | None:
    if any("T23:59:59" in v for v in _values(case)):
        return "'end of <day>' is the day with mod END in TIMEX3, not a clock time 23:59:59"
    return None


_CLOCK_OFFSET = re.compile(rf"\b(?:in|within)\s+{_COUNT}\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b"
                           rf"|\b{_COUNT}\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\s+(?:later|from now)\b",
                           re.IGNORECASE)


def _clock_offset(case: SpecCase) -> str | None:
    if _CLOCK_OFFSET.search(case.span) and any(re.search(r"T\d{2}:\d{2}", v) for v in _values(case)):
        return ("the value is the reference's time of day plus the offset (a bare reference date read as 00:00); "
                "the tagger is given a day, as a news DCT is")
    return None


_UNIT_OFFSET = re.compile(rf"\b{_COUNT}\s+(?:weeks?|months?|years?|decades?)\s+(?:ago|from now|later|hence|earlier)\b"
                          rf"|\bin\s+{_COUNT}\s+(?:weeks?|months?|years?|decades?)\b", re.IGNORECASE)


def _day_grain_offset(case: SpecCase) -> str | None:
    if _UNIT_OFFSET.search(case.span) and case.kind in ("date", "datetime"):
        days = [v for v in _values(case) if _DAY_DATE.match(v)]
        if days:
            return (f"counted to the day ({days[0]}); TimeML normalizes an offset at the unit's grain "
                    "('two years ago' = a year, 'in two weeks' = a week)")
    return None


_VAGUE = re.compile(r"\b(?:few|several|some)\b", re.IGNORECASE)


def _vague_count(case: SpecCase) -> str | None:
    if _VAGUE.search(case.span) and any(re.search(r"\d", v) for v in _values(case)):
        return ("'few/some/several' read as 3; TimeML writes an unknown count with X "
                "('a few hours' = PTXH, 'a few days ago' = PAST_REF)")
    return None


_NUM = rf"(?:\d{{1,2}}|{'|'.join(_NUMBER_WORDS)}|(?:twenty|thirty)[\s-](?:{'|'.join(_NUMBER_WORDS[:9])}))"
_BARE_STRIP = re.compile(  # what is not a bare number: clock forms, ordinals, counts of a unit
    rf"{_CLOCK}|\b{_NUM}\s*(?:[ap]\.?\s?m\b\.?|o'?clock|noon|midnight)"
    rf"|\b(?:{_NUM}|half|(?:a\s+)?quarter)\s+(?:(?:min(?:ute)?s?)\s+)?(?:past|to|after|before)\s+{_NUM}\b"
    rf"|\b{_NUM}\s+(?:in the (?:morning|afternoon|evening)|at night)\b"
    rf"|\b(?:at|around|about|by|until|till)\s+{_NUM}\b|\b\d+(?:st|nd|rd|th)\b"
    rf"|\b(?:twenty|thirty)[\s-](?:{'|'.join(_ORDINAL_WORDS)})\b"
    rf"|\b{_COUNT}\s+(?:{_UNITS}|(?:{'|'.join(_WEEKDAYS)})s)\b",
    re.IGNORECASE)
_BARE_NUMBER = re.compile(rf"(?<![\w.:/-])(?:\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})(?![\w.:/-]|\.\d)", re.IGNORECASE)


def _bare_number(case: SpecCase) -> str | None:
    if case.kind in ("duration", "set") or re.search(rf"\b{_MONTH}(?!\w)|\d[./-]\d|\d{{4}}", case.span, re.IGNORECASE):
        return None  # a month, a numeric date or a year: the number has a date around it
    m = _BARE_NUMBER.search(_BARE_STRIP.sub(" ", case.span))
    if m:
        return (f"the bare number '{m[0]}' (no month, no ordinal suffix, no clock form) read as a day of the month "
                "or an hour: a chat convention; a bare number is no temporal expression in TimeML")
    return None


_CHAT = re.compile(
    r"\d(?!(?:st|nd|rd|th|s|am|pm|ish)\b|[ap]\.m\b|T\d)[a-z]"  # glued to letters: 3h, 10D, 7ampm (not 1st, 7pm, 11ish)
    r"|\b(?!(?:[ap]\.?m|q[1-4])\b)[a-z]{2,}\d"  # letters glued to a number: mar3, Dec31 (not q1)
    r"|\d,\d"  # two numbers glued by a comma: 08/12,15
    r"|\b\d+\s+[hdwyp](?![.\w])"  # a one-letter unit or meridiem: 3 h, 7 p (not 7 p.m.)
    r"|\b[ap]\s+\.\s+m\b"  # spelled-apart letters: p . m .
    r"|\b(?:otd|eod)\b",  # chat acronyms
    re.IGNORECASE)


def _chat_form(case: SpecCase) -> str | None:
    m = _CHAT.search(case.span)
    if m:
        return (f"chat form '{m[0].strip()}' (glued or one-letter abbreviation); no English writing style uses it, "
                "and in news such strings are something else ('Suite 29D', 'P-51D', '7p' = pence)")
    return None


def _date_order(case: SpecCase) -> str | None:
    span = case.span
    if re.fullmatch(r"\d{1,2}\.\d{1,2}", span.strip()):
        return "month.day with a decimal point ('4.22'): no English date style; in English text a decimal number"
    parts = re.findall(rf"\d{{4}}|\d{{1,2}}|{_MONTH}", span, re.IGNORECASE)
    if len(parts) != 3:
        return None
    order = "".join("Y" if len(p) == 4 and p.isdigit() else "D" if p.isdigit() else "M" for p in parts)
    if order in ("YDM", "DYM", "MYD"):
        return f"date parts in {order} order: no English date style (English writes MDY, DMY or YMD)"
    return None


_JOIN = re.compile(r"\s*(?:,|at|on)?\s*", re.IGNORECASE)


def _split_date_time(case: SpecCase) -> str | None:
    kinds = {"date", "time"}
    if case.kind not in kinds:
        return None
    before = [(end, start, values) for start, end, kind, values in case.siblings
              if kind.removeprefix("datetimeV2.") in ("date", "datetime") and end <= case.start]
    for start, end, kind, _ in case.siblings:
        kind = kind.removeprefix("datetimeV2.")
        if kind in kinds and kind != case.kind:
            gap = case.text[end:case.start] if end <= case.start else case.text[case.end:start]
            if _JOIN.fullmatch(gap):
                joined = case.text[min(start, case.start):max(end, case.end)]
                return (f"'{joined}' split into a date and a time of day, the time resolved on the reference day; "
                        "TIMEX3 annotates it as one expression, the date at that time")
    if case.kind == "time" and before:
        end, start, values = max(before)  # the nearest date before the time
        if case.ref.isoformat() not in values:
            return (f"the time of day '{case.span}' left on no day or the reference day, while the text ties it to "
                    f"'{case.text[start:end]}' before it; TIMEX3 anchors a time of day to the day under discussion")
    return None


def _next_weekday(case: SpecCase) -> str | None:
    m = re.search(rf"\bnext\s+({'|'.join(_WEEKDAYS)})\b", case.span, re.IGNORECASE)
    if m is None:
        return None
    target = _WEEKDAYS.index(m[1].lower())
    nearest = case.ref + dt.timedelta(days=(target - case.ref.weekday() - 1) % 7 + 1)
    dates = {v[:10] for v in _values(case) if _FULL_DATE.match(v)}
    if dates and nearest.isoformat() not in dates:
        return (f"'next {m[1]}' read as that day of next calendar week ({min(dates)}), not the first {m[1]} after "
                f"the reference ({nearest}) as TimeML's taggers read it")
    return None


def _midnight(case: SpecCase) -> str | None:
    if re.search(r"\bmid\s*-?\s*night\b", case.span, re.IGNORECASE) and any(
            re.search(r"T00(?::00)?$", v) or v in ("00:00:00",) for v in _values(case)):
        return ("midnight as 00:00, the start of the reference day; TimeML writes midnight as T24:00, "
                "the end of the day (TimeBank: 'midnight Friday' = ...T24)")
    return None


_FREQUENCY_ADJECTIVES = {"annual": "0 of 6", "quarterly": "1 of 11", "everyday": "0 of 1"}


def _frequency_adjective(case: SpecCase) -> str | None:
    word = case.span.strip().lower()
    if word in _FREQUENCY_ADJECTIVES:
        return (f"the adjective '{word}' as a SET; TimeBank leaves it untagged "
                f"(TBAQ tags {_FREQUENCY_ADJECTIVES[word]} occurrences)")
    return None


RULES = (
    Rule("invalid_date", "the expected value is a day that does not exist (Feb 30, 2019-02-29, Sep 31) or "
         "Recognizers' 0001-01-01 placeholder; a TIMEX3 value is an ISO 8601 date", _invalid_date),
    Rule("end_of_day_clock", "'end of the day/eod/end of tomorrow' expected as 23:59:59; TIMEX3 gives the day "
         "with mod END", _end_of_day),
    Rule("clock_offset", "'in 5 minutes', '30 min later', 'in an hour' expected as the reference's clock time plus "
         "the offset (a reference date without a time read as 00:00); needs a time-of-day reference, and a news DCT "
         "is a day", _clock_offset),
    Rule("day_grain_offset", "'a month ago', 'in two weeks', 'in 3 years' expected to the day; TimeML normalizes "
         "at the unit's grain (2016-10, a week, a year), as TimeBank's gold and HeidelTime do", _day_grain_offset),
    Rule("vague_count", "'few/some/several' units expected as 3 units; TimeML writes the count as X (PTXH) or the "
         "past/future reference (PAST_REF)", _vague_count),
    Rule("chat_form", "a number glued to letters or a one-letter unit/meridiem ('3h', '10D', 'mar3', 'Dec31', "
         "'08/12,15', '7p', '3 h', 'p . m .', 'otd'): chat shorthand no English writing style uses", _chat_form),
    Rule("date_order", "a date in an order no English style writes ('2020/23/Sep', '23-2020-September') or "
         "month.day with a decimal point ('4.22')", _date_order),
    Rule("bare_number", "a bare cardinal number with no month, no ordinal suffix and no clock form ('on 15', 'the "
         "27', '7, this morning') read as a day of the month or an hour: a chat convention", _bare_number),
    Rule("split_date_time", "a time of day given apart from the date the text ties it to ('christmas eve at 6 p.m.', "
         "'next week Mon 9 am or 1 pm') and resolved on the reference day; TIMEX3 anchors it to that date (one "
         "expression when adjacent: the date part is counted here too)",
         _split_date_time),
    Rule("next_weekday", "'next Sunday' read as the Sunday of next calendar week when that is not the first "
         "Sunday after the reference; TimeML's taggers (HeidelTime, ours) take the first one", _next_weekday),
    Rule("midnight", "'midnight' expected as 00:00 of the reference day; TimeML writes T24:00 (end of the day)",
         _midnight),
    Rule("frequency_adjective", "an attributive frequency adjective ('annual', 'quarterly', 'everyday') as a SET; "
         "TimeBank leaves these untagged (it does tag 'daily' and 'annually')", _frequency_adjective),
)


def category(case: SpecCase) -> tuple[str, str]:
    """The case's category and the reason: the first suite-convention rule that applies, else TIMEX3."""
    for rule in RULES:
        reason = rule.applies(case)
        if reason:
            return rule.name, reason
    return TIMEX3, "no suite-convention rule applies: the expected value follows TIMEX3/TimeML conventions"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def rows(cases: list[SpecCase] | None = None) -> list[tuple[str, ...]]:
    """One row per scored case, in suite order: file, input, start, span, expected, category, reason."""
    out = []
    for case in in_scope_cases() if cases is None else cases:
        name, reason = category(case)
        out.append(tuple(_cell(c) for c in (case.file, case.text, str(case.start), case.span, case.expected, name,
                                            reason)))
    return out


def header() -> str:
    """The file header: what the file is, and every category's definition."""
    lines = [
        "# Recognizers-Text English DateTime spec cases scored by tests/nlp/timex/test_recognizers_specs.py, split by",
        "# the convention their expected value follows. Generated by `python -m tests.nlp.timex.recognizers_split`",
        "# (rules in tests/nlp/timex/recognizers_split.py; the first rule that applies names the category); the test",
        "# checks this file still equals what the rules give. Tabs/newlines in inputs are written \\t / \\n.",
        f"# {TIMEX3}: the expected value follows TIMEX3/TimeML conventions (scored as the TIMEX3 rate).",
        "# Suite conventions (left out of the TIMEX3 rate, kept in the all-cases rate):",
    ]
    lines += [f"# {rule.name}: {rule.definition}." for rule in RULES]
    return "\n".join(lines) + "\n"


def render() -> str:
    """The whole file's text."""
    body = ["\t".join(COLUMNS)] + ["\t".join(row) for row in rows()]
    return header() + "\n".join(body) + "\n"


def read_split(path: Path = SPLIT_FILE) -> dict[tuple[str, str, int], str]:
    """(file, input, start) -> category, from the data file."""
    out: dict[tuple[str, str, int], str] = {}
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    for line in lines[1:]:
        cells = line.split("\t")
        text = re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n"}.get(m[1], m[1]), cells[1])
        out[(cells[0], text, int(cells[2]))] = cells[5]
    return out


if __name__ == "__main__":
    SPLIT_FILE.parent.mkdir(exist_ok=True)
    SPLIT_FILE.write_text(render(), encoding="utf-8")
    print(f"wrote {SPLIT_FILE}")

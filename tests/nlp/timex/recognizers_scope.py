"""Which Microsoft Recognizers-Text English DateTime spec cases we score, and when one passes (by rule).

Scope, decided per case by these rules only (never case by case):
- Parser files (DateParser, DurationParser, SetParser, TimeParser, DateTimeParser, HolidayParser): each
  result with a `Value.Timex` that is a TIMEX3 value (our grammar) is one case; ranges such as
  "(XXXX-01-01,XXXX-01-05,P4D)" are not TIMEX3 values and are out. Accepted values: the Timex and the
  `FutureResolution`/`PastResolution` date or dateTime (the two readings of an ambiguous expression).
- DateTimeModel.json (end to end): each result whose TypeName is a date, time, datetime, duration or set
  (any `*range` type is out: TIMEX3 does not express a range as one value) is one case; its accepted
  values are every `Resolution.values[].timex` and, for ambiguous expressions, every resolved `value`
  (Recognizers lists both the past and the future reading; our tense-based choice of either passes).
- Cases whose Input is marked NotSupported for Python or NotSupportedByDesign are out; the reference
  date is Context.ReferenceDateTime (cases without one are out).

A case passes when `tag(Input, reference date)` returns an expression overlapping the expected span
whose value equals an accepted value. Values are compared after canonical rewrites that keep the meaning:
a clock time "T10" equals "T10:00", seconds ":00" are dropped, a bare clock time also matches the reference
day at that time ("T10:00" == "2016-11-07T10:00": TimeML anchors clock times to the day under discussion),
a bare time of day is the same time on an unspecified day ("TMO" == "XXXX-XX-XXTMO", the TIMEX3 spelling of
a daily SET such as "every morning"),
and two exact durations that measure the same amount are equal ("PT1.5H" == "PT1H30M", "P0.5Y" == "P6M";
years, quarters and months are counted in months, weeks to seconds in seconds, never across the two).
Resolved values keep their seconds ("2016-10-14 08:00:31" is 2016-10-14T08:00:31; before round 6 only ":00"
seconds were read, so "October 14 8:00:31am" had only its unresolved XXXX-10-14T08:00:31 to match).
Granularity is NOT forgiven: "2016-10" does not pass for "2016-10-07" ("a month ago": TimeML and HeidelTime
normalize at the unit's grain, Recognizers at the day's); `recognizers_split.py` puts such cases, and the suite's
other own conventions, apart from the TIMEX3-convention cases (data/recognizers_conventions.tsv).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from dateline.nlp.timex import is_timex3_value, tag

SPECS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "peer-suites" / "recognizers-text-datetime-en"
PARSER_FILES = (
    "DateParser.json", "DurationParser.json", "SetParser.json", "TimeParser.json", "DateTimeParser.json",
    "HolidayParser.json",
)
MODEL_FILES = ("DateTimeModel.json",)
MODEL_TYPES = frozenset(
    f"datetimeV2.{t}" for t in ("date", "time", "datetime", "duration", "set")
)
_VALUE_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?)$")
_VALUE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class SpecCase:
    """One expected expression: where it is in the input and the values that count as right."""

    file: str
    text: str
    ref: dt.date
    start: int
    end: int
    accepted: frozenset[str]
    kind: str = ""  # the spec's type: date, time, datetime, duration, set
    expected: str = ""  # the spec's own timex and resolved values, as written in the file (for the split file)
    siblings: tuple[tuple[int, int, str, str], ...] = ()  # (start, end, type, values) of the input's other results

    @property
    def span(self) -> str:
        """The expected expression's text."""
        return self.text[self.start:self.end]


_DURATION = re.compile(r"P(?:(?P<date>(?:\d+(?:\.\d+)?(?:Y|Q|M|W|D|DE|CE))+))?(?:T(?P<time>(?:\d+(?:\.\d+)?[HMS])+))?")
_PART = re.compile(r"(\d+(?:\.\d+)?)([A-Z]+)")
_MONTHS = {"Y": 12, "Q": 3, "M": 1, "DE": 120, "CE": 1200}
_SECONDS = {"W": 604800, "D": 86400, "H": 3600, "M": 60, "S": 1}


def duration_amount(value: str) -> str | None:
    """An exact duration as 'months+seconds' ('PT1H30M' and 'PT1.5H' -> '0M+5400S'); None for others."""
    m = _DURATION.fullmatch(value)
    if m is None or not (m["date"] or m["time"]):
        return None
    months, seconds = 0.0, 0.0
    for num, unit in _PART.findall(m["date"] or ""):
        if unit in _MONTHS:
            months += float(num) * _MONTHS[unit]
        else:
            seconds += float(num) * _SECONDS[unit]
    for num, unit in _PART.findall(m["time"] or ""):
        seconds += float(num) * _SECONDS[unit]
    return f"{months:g}M+{seconds:g}S"


def canonical(value: str, ref: dt.date | None = None) -> set[str]:
    """The canonical spellings of a value (clock 'T10' -> 'T10:00'; bare clock -> also on `ref`; durations)."""
    amount = duration_amount(value)
    if amount is not None:
        return {value, amount}
    v = re.sub(r"T(\d{2})(?=$|[^:\d])", r"T\1:00", value)
    v = re.sub(r"(T\d{2}:\d{2}):00$", r"\1", v)
    out = {v}
    if v.startswith("T"):
        out.add(f"XXXX-XX-XX{v}")  # a time of day on no given day: Recognizers "TMO", TIMEX3 "XXXX-XX-XXTMO"
        if ref is not None and re.fullmatch(r"T\d{2}:\d{2}(?::\d{2})?", v):
            out.add(f"{ref.isoformat()}{v}")
    return out


def _skip(case: dict) -> bool:
    return "python" in str(case.get("NotSupported", "")).lower() or bool(case.get("NotSupportedByDesign"))


def _ref(case: dict) -> dt.date | None:
    ref = (case.get("Context") or {}).get("ReferenceDateTime")
    return dt.date.fromisoformat(ref[:10]) if ref else None


def _parser_cases(name: str, data: list[dict]) -> list[SpecCase]:
    cases = []
    for case in data:
        ref = _ref(case)
        if _skip(case) or ref is None:
            continue
        for r in case.get("Results", []):
            timex = (r.get("Value") or {}).get("Timex")
            if not timex or not is_timex3_value(timex):
                continue
            accepted = canonical(timex, ref)
            for side in ("FutureResolution", "PastResolution"):
                accepted |= _resolved(r["Value"].get(side) or {})
            start = r["Start"]
            siblings = tuple((o["Start"], o["Start"] + o["Length"], o.get("Type", ""), _parser_shown(o))
                             for o in case["Results"] if o is not r)
            cases.append(SpecCase(name, case["Input"], ref, start, start + r["Length"], frozenset(accepted),
                                  r.get("Type", ""), _parser_shown(r), siblings))
    return cases


def _shown(values: list[str]) -> str:
    """The distinct expected values in file order, joined for display ('XXXX-10-14 | 2016-10-14')."""
    return " | ".join(dict.fromkeys(v for v in values if v))


def _parser_shown(r: dict) -> str:
    """A parser file result's Timex and its future/past resolutions."""
    value = r.get("Value") or {}
    sides = [str(v) for side in ("FutureResolution", "PastResolution") for v in (value.get(side) or {}).values()]
    return _shown([str(value.get("Timex", "")), *sides])


def _model_shown(r: dict) -> str:
    """A model file result's timex and resolved value of every reading."""
    values = (r.get("Resolution") or {}).get("values", [])
    return _shown([str(v.get(k, "")) for v in values for k in ("timex", "value")])


def _resolved(resolution: dict) -> set[str]:
    """A parser file's past/future resolution ('date' or 'dateTime') as TIMEX3 values."""
    out: set[str] = set()
    for key in ("date", "dateTime"):
        value = str(resolution.get(key, ""))
        m = _VALUE_DATETIME.match(value)
        if m:
            out |= canonical(f"{m[1]}T{m[2]}")
        elif _VALUE_DATE.match(value):
            out.add(value)
    return out


def _model_values(r: dict, ref: dt.date) -> set[str]:
    accepted: set[str] = set()
    for v in (r.get("Resolution") or {}).get("values", []):
        timex = v.get("timex", "")
        if is_timex3_value(timex):
            accepted |= canonical(timex, ref)
        value = str(v.get("value", ""))
        m = _VALUE_DATETIME.match(value)
        if m:
            accepted |= canonical(f"{m[1]}T{m[2]}")
        elif _VALUE_DATE.match(value):
            accepted.add(value)
    return accepted


def _model_cases(name: str, data: list[dict]) -> list[SpecCase]:
    cases = []
    for case in data:
        ref = _ref(case)
        if _skip(case) or ref is None:
            continue
        for r in case.get("Results", []):
            if r.get("TypeName") not in MODEL_TYPES:
                continue
            accepted = _model_values(r, ref)
            if accepted:
                siblings = tuple((o["Start"], o["End"] + 1, o.get("TypeName", ""), _model_shown(o))
                                 for o in case["Results"] if o is not r)
                cases.append(SpecCase(name, case["Input"], ref, r["Start"], r["End"] + 1, frozenset(accepted),
                                      r["TypeName"].removeprefix("datetimeV2."), _model_shown(r), siblings))
    return cases


def in_scope_cases() -> list[SpecCase]:
    """Every in-scope case of the parser files and the end-to-end model file."""
    cases: list[SpecCase] = []
    for name in PARSER_FILES + MODEL_FILES:
        data = json.loads((SPECS / name).read_text(encoding="utf-8-sig"))
        cases += _model_cases(name, data) if name in MODEL_FILES else _parser_cases(name, data)
    return cases


def passes(case: SpecCase) -> bool:
    """True when the tagger finds an overlapping expression with an accepted value."""
    for t in tag(case.text, case.ref):
        if t.start < case.end and case.start < t.end and canonical(t.value, case.ref) & case.accepted:
            return True
    return False

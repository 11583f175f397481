"""TIMEX3 values: the grammar, calendar arithmetic at a granularity, and the days a value covers."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_N = r"(?:\d+(?:\.\d+)?|X)"
_YEAR = r"(?:[0-9X]{4}|\d{3}|\d{2})"
_DATE_TAIL = (
    r"(?:-(?:(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?|Q[1-4X]|H[12X]|SP|SU|FA|WI|WE|W(?:\d{2}|XX)(?:-(?:[1-7X]|WE))?))?"
)
_TIME_TAIL = r"T(?:MO|AF|EV|NI|DT|MI|\d{2}(?::\d{2}(?::\d{2})?)?)"
_DURATION = rf"P(?:(?:{_N}(?:Y|M|W|D|DE|CE|ML|Q|WE|NI|H))+(?:T(?:{_N}[HMS])+)?|T(?:{_N}[HMS])+)"
TIMEX3_VALUE = re.compile(
    rf"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|{_DURATION}|{_YEAR}{_DATE_TAIL}(?:{_TIME_TAIL})?|{_TIME_TAIL})$"
)
"""The TIMEX3 value grammar this tagger emits (dates, times, durations, refs, underspecified X forms)."""

GRANULARITIES = ("day", "week", "weekend", "month", "quarter", "half", "year", "decade", "century")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def is_timex3_value(value: str) -> bool:
    """True when `value` is in the TIMEX3 value grammar."""
    return TIMEX3_VALUE.match(value) is not None


def add_months(d: dt.date, months: int) -> dt.date:
    """`d` moved by whole months, clamping the day to the month's length."""
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def shift(d: dt.date, n: int, unit: str) -> dt.date:
    """`d` moved by `n` units (day, week, month, quarter, year, decade, century)."""
    if unit in ("day", "night"):
        return d + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "half":
        return add_months(d, 6 * n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "decade":
        return add_months(d, 120 * n)
    if unit == "century":
        return add_months(d, 1200 * n)
    raise ValueError(f"unknown unit {unit!r}")


def format_at(d: dt.date, granularity: str) -> str:
    """The TIMEX3 value of the period of `granularity` containing `d`."""
    if granularity in ("day", "night"):
        return d.isoformat()
    if granularity == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if granularity == "weekend":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}-WE"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(f"unknown granularity {granularity!r}")


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


_INTERVAL_RE = re.compile(
    r"^(?P<y>\d{4}|\d{3}|\d{2})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|(?P<s>SP|SU|FA|WI)|W(?P<w>\d{2})(?:-(?P<wd>[1-7]|WE))?))?(?:T(?P<t>[A-Z]{2}|\d{2}[:\d]*))?$"
)


def interval(value: str) -> tuple[dt.date, dt.date] | None:
    """Inclusive first and last calendar day a fully specified DATE/TIME value covers, else None."""
    m = _INTERVAL_RE.match(value)
    if not m:
        return None
    try:
        return _interval(m)
    except ValueError:  # e.g. 1998-02-30 or week 54: not a real calendar period
        return None


def _interval(m: re.Match[str]) -> tuple[dt.date, dt.date]:
    ys = m["y"]
    if len(ys) == 2:
        return dt.date(int(ys) * 100, 1, 1), dt.date(int(ys) * 100 + 99, 12, 31)
    if len(ys) == 3:
        return dt.date(int(ys) * 10, 1, 1), dt.date(int(ys) * 10 + 9, 12, 31)
    y = int(ys)
    if m["d"]:
        day = dt.date(y, int(m["m"]), int(m["d"]))
        # a night runs into the next morning: "overnight from Feb 5 to Feb 6"
        return (day, day + dt.timedelta(days=1)) if m["t"] == "NI" else (day, day)
    if m["m"]:
        return dt.date(y, int(m["m"]), 1), _month_end(y, int(m["m"]))
    if m["q"]:
        q = int(m["q"])
        return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    if m["h"]:
        h = int(m["h"])
        return dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
    if m["s"]:
        a, b = _SEASON_MONTHS[m["s"]]
        return dt.date(y, a, 1), _month_end(y + 1 if b < a else y, b)
    if m["w"]:
        monday = dt.date.fromisocalendar(y, int(m["w"]), 1)
        if m["wd"] == "WE":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        if m["wd"]:
            day = monday + dt.timedelta(days=int(m["wd"]) - 1)
            return day, day
        return monday, monday + dt.timedelta(days=6)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)

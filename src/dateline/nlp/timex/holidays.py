"""Dates of holidays: fixed ones from the table (MM-DD), movable feasts computed."""

from __future__ import annotations

import datetime as dt


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 = last) ISO weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_date(spec: str, year: int) -> dt.date | None:
    """The holiday's date in `year`; `spec` is MM-DD or a movable-feast name from holidays.tsv."""
    if spec[:2].isdigit():
        return dt.date(year, int(spec[:2]), int(spec[3:5]))
    movable = {
        "easter": lambda: _easter(year),
        "good_friday": lambda: _easter(year) - dt.timedelta(days=2),
        "thanksgiving": lambda: _nth_weekday(year, 11, 4, 4),
        "memorial_day": lambda: _nth_weekday(year, 5, 1, -1),
        "labor_day": lambda: _nth_weekday(year, 9, 1, 1),
        "black_friday": lambda: _nth_weekday(year, 11, 4, 4) + dt.timedelta(days=1),
        # US general election: the Tuesday after the first Monday of November
        "election_day": lambda: _nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1),
    }
    fn = movable.get(spec)
    return fn() if fn else None

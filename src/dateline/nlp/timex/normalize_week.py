"""Normalizers for a weekday pinned by its week or its day of month ('Tuesday of last week', 'Friday the 15th')."""

from __future__ import annotations

import datetime as dt

from dateline.nlp.timex.context import Ctx, Norm
from dateline.nlp.timex.normalize import calendar
from dateline.nlp.timex.registry import Groups, normalizer
from dateline.nlp.timex.values import add_months


def _weekday(g: Groups, ctx: Ctx) -> int | None:
    wd = ctx.lookup("weekdays", (g.get("weekday") or "").rstrip("."))
    return int(wd) if wd else None


@normalizer
def weekday_of_week(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'next week Sunday', 'Tuesday of last week', 'on Friday next week': that weekday of that week."""
    wd = _weekday(g, ctx)
    rel = ctx.lookup("relatives", (g.get("rel") or "").lower().removeprefix("the "))
    if wd is None or rel is None:
        return None
    if ctx.ref is None:
        return Norm(value=f"XXXX-WXX-{wd}", anchor="dct", offset=int(rel), unit="week", temporal_function=True)
    monday = ctx.ref - dt.timedelta(days=ctx.ref.isoweekday() - 1) + dt.timedelta(weeks=int(rel))
    d = monday + dt.timedelta(days=wd - 1)
    return Norm(value=d.isoformat(), day=d, temporal_function=True, anchor_tid=ctx.ref_tid)


@normalizer
def weekday_day_number(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'Friday the 15th', 'tuesday the eleventh', 'Mon 13th': the month where that day is that weekday."""
    wd = _weekday(g, ctx)
    raw = (g.get("daynum") or "").lower().replace(" ", "-")
    day = ctx.lookup("ordinals", raw) or ctx.number(raw.rstrip("stndrh") if raw[:1].isdigit() else raw)
    if wd is None or day is None or not day.isdigit() or not 1 <= int(day) <= 31:
        return None
    if ctx.ref is None:
        return Norm(value=f"XXXX-WXX-{wd}", anchor="dct", offset=0, unit=f"weekday-day:{int(day)}",
                    temporal_function=True)
    first = ctx.ref.replace(day=1)
    options = []
    for k in range(-12, 13):
        m = add_months(first, k)
        try:
            d = m.replace(day=int(day))
        except ValueError:
            continue
        if d.isoweekday() == wd:
            options.append(d)
    if not options:
        return None
    direction = ctx.direction(default_past=False)
    ref = ctx.ref
    if direction < 0 and any(d <= ref for d in options):
        d = max(d for d in options if d <= ref)
    elif direction > 0 and any(d >= ref for d in options):
        d = min(d for d in options if d >= ref)
    else:
        d = min(options, key=lambda d: abs((d - ref).days))
    return Norm(value=d.isoformat(), day=d, temporal_function=True, anchor_tid=ctx.ref_tid)


def _nth_weekday(year: int, month: int, wd: int, nth: int) -> dt.date | None:
    """The nth (1-4, or -1 for the last) weekday `wd` (1 = Monday) of a month; None when there is none."""
    if nth < 0:
        last = add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)
    first = dt.date(year, month, 1)
    d = first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (nth - 1))
    return d if d.month == month else None


@normalizer
def nth_weekday_of_month(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'the first Sunday of March', 'the second Tuesday in May 2024', 'the last Friday of the month'.

    The month's year comes from the same reading as a bare month ('March' in a past sentence is last March).
    """

    wd = _weekday(g, ctx)
    nth_word = (g.get("nth") or "").lower()
    nth = -1 if nth_word in ("last", "final") else int(ctx.lookup("ordinals", nth_word) or 0)
    if wd is None or not (nth == -1 or 1 <= nth <= 4):
        return None
    if g.get("this_month"):
        if ctx.ref is None:
            return None
        year, month = ctx.ref.year, ctx.ref.month
    else:
        base = calendar({"month": g.get("month"), "year": g.get("year")}, ctx, {})
        if base is None or base.value.startswith("X"):
            return None
        year, month = int(base.value[:4]), int(base.value[5:7])
    d = _nth_weekday(year, month, wd, nth)
    if d is None:
        return None
    return Norm(value=d.isoformat(), day=d, full=bool(g.get("year")), temporal_function=not g.get("year"),
                anchor_tid=None if g.get("year") else ctx.ref_tid)


@normalizer
def week_of_date(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'the week of June 23': the ISO week of that day (the day read like any month-day)."""

    day = calendar({"month": g.get("month"), "day": g.get("day"), "year": g.get("year")}, ctx, {})
    if day is None or day.value.startswith("X"):
        return None
    d = dt.date.fromisoformat(day.value[:10])
    year, week, _ = d.isocalendar()
    return Norm(value=f"{year:04d}-W{week:02d}", full=day.full, temporal_function=not day.full,
                anchor_tid=None if day.full else ctx.ref_tid)

"""Normalizers for days counted from a named day: "two days from tomorrow", "the 20th of next month"."""

from __future__ import annotations

import datetime as dt

from dateline.nlp.timex.context import Ctx, Norm
from dateline.nlp.timex.registry import Groups, normalizer
from dateline.nlp.timex.values import add_months, format_at, shift


@normalizer
def units_from_day(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'2 weeks from today', 'four days from yesterday': a day counted from a named day, to the day."""
    n = ctx.number(g.get("num") or "1")
    unit = ctx.lookup("units", g["unit"], 1)
    if n is None or not n.isdigit() or unit not in ("day", "week", "month", "year"):
        return None
    base_offset = int(ctx.lookup("day_words", g.get("dayword")) or 0)
    steps = int(n) * int(p.get("sign", 1))
    if ctx.ref is None:  # stays relative to the DCT until a date is known
        unit_name = "day" if unit in ("day", "week") else unit
        offset = base_offset + steps * (7 if unit == "week" else 1) if unit_name == "day" else steps
        return Norm(value="XXXX-XX-XX", anchor="dct", offset=offset, unit=unit_name, temporal_function=True)
    d = shift(ctx.ref + dt.timedelta(days=base_offset), steps, unit)
    return Norm(value=d.isoformat(), day=d, temporal_function=True, anchor_tid=ctx.ref_tid)


@normalizer
def day_of_relative_month(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'the 20th of next month', 'the first of the month': that day of the month the words name."""
    word = " ".join((g.get("dayword") or "").lower().split()).replace(" ", "-")
    day = word[:-2] if word[:-2].isdigit() else ctx.lookup("ordinals", word)
    if day is None or not day.isdigit():
        return None
    rel = (g.get("rel") or "this").lower()
    offset = 0 if rel in ("this", "the") else int(ctx.lookup("relatives", rel) or 0)
    if ctx.ref is None:
        return Norm(value=f"XXXX-XX-{int(day):02d}", anchor="dct", offset=offset,
                    unit=f"day-of-month:{int(day):02d}", temporal_function=True)
    month = add_months(ctx.ref.replace(day=1), offset)
    try:
        d = month.replace(day=int(day))
    except ValueError:  # "the 31st of this month" in a 30-day month names no day
        return None
    return Norm(value=format_at(d, "day"), day=d, temporal_function=True, anchor_tid=ctx.ref_tid)


@normalizer
def day_anaphor(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'the next day', 'the day before', 'two days earlier': a day from the last day-level date mentioned (else the
    reference)."""
    offset = int(str(p.get("offset", 0)))
    if g.get("rel"):
        offset = int(ctx.lookup("relatives", g["rel"]) or 0)
    if g.get("num"):  # "two days earlier"
        n = ctx.number(g["num"])
        if n is None or n == "X" or "." in n:
            return None
        offset = int(str(p.get("sign", -1))) * int(n)
        if offset < 0 and ctx.last_day is not None and ctx.dct is not None and ctx.last_day > ctx.dct:
            # "... ahead of next Tuesday's primary. A day earlier, six were arrested": the narrative's past day,
            # else the document's
            if ctx.last_past_day is not None:
                return _days_from(ctx.last_past_day, offset, ctx.last_past_day_tid)
            if ctx.ref is not None:
                return _days_from(ctx.ref, offset, ctx.ref_tid)
    if ctx.last_day is not None:
        return _days_from(ctx.last_day, offset, ctx.last_day_tid)
    if ctx.ref is None:
        return Norm(value="XXXX-XX-XX", anchor="dct", offset=offset, unit="day", temporal_function=True)
    return _days_from(ctx.ref, offset, ctx.ref_tid)


def _days_from(anchor: dt.date, offset: int, tid: str | None) -> Norm:
    d = anchor + dt.timedelta(days=offset)
    return Norm(value=d.isoformat(), day=d, temporal_function=True, anchor_tid=tid)

"""Normalization functions for clock times and parts of the day ('5 p.m. EST Nov. 9', 'overnight')."""

from __future__ import annotations

import datetime as dt

from dateline.nlp.timex.context import Ctx, Norm
from dateline.nlp.timex.normalize import Groups, calendar, day_word, normalizer, weekday


def _date_part(g: Groups, ctx: Ctx) -> Norm | None:
    """The date a time of day is attached to: explicit, else the last day mentioned, else the reference."""
    if g.get("month"):
        return calendar(g, ctx, {})
    if g.get("weekday"):
        return weekday(g | {"pod": None}, ctx, {})
    if g.get("dayword"):
        return day_word(g | {"pod": None}, ctx, {})
    day = ctx.last_day or ctx.ref
    if day is None:
        return Norm(value="XXXX-XX-XX", anchor="dct", offset=0, unit="day", temporal_function=True)
    return Norm(value=day.isoformat(), day=day, temporal_function=True,
                anchor_tid=ctx.last_day_tid if ctx.last_day else ctx.ref_tid)


@normalizer
def clock(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'10:35 a.m.', '5 p.m. EST Nov. 9', 'noon Monday', 'midnight'."""
    if g.get("special"):
        hour, minute = (12, 0) if g["special"].lower() == "noon" else (24, 0)
    else:
        hour = int(g["hour"] or 0)
        minute = int(g.get("minute") or 0)
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if hour > 24 or minute > 59 or (ampm and not 1 <= hour <= 12):
            return None
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    base = _date_part(g, ctx)
    if base is None:
        return None
    second = int(g.get("second") or 0)
    clock_value = f"T{hour:02d}:{minute:02d}" + (f":{second:02d}" if second else "")
    return Norm(value=base.value.split("T")[0] + clock_value, type="TIME", day=base.day,
                temporal_function=base.temporal_function, anchor_tid=base.anchor_tid, anchor=base.anchor,
                offset=base.offset, unit=base.unit)


@normalizer
def part_of_day(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'the morning of Feb 6', 'this morning', 'overnight', 'overnight from Feb 5 to Feb 6'."""
    pod = ctx.lookup("parts_of_day", g.get("pod")) or str(p.get("pod", ""))
    if not pod:
        return None
    base = _date_part(g, ctx) if (g.get("month") or g.get("weekday") or g.get("dayword")) else None
    if base is None:
        if ctx.ref is None:
            return Norm(value=f"XXXX-XX-XXT{pod}", type="TIME", anchor="dct", unit="day",
                        offset=int(str(p.get("offset", 0))), temporal_function=True)
        day = ctx.ref + dt.timedelta(days=int(str(p.get("offset", 0))))
        return Norm(value=f"{day.isoformat()}T{pod}", type="TIME", day=day, temporal_function=True,
                    anchor_tid=ctx.ref_tid)
    return Norm(value=base.value.split("T")[0] + f"T{pod}", type="TIME", day=base.day,
                temporal_function=base.temporal_function, anchor_tid=base.anchor_tid, anchor=base.anchor,
                offset=base.offset, unit=base.unit, full=False)


from dateline.nlp.timex import (  # noqa: E402,F401  (register their normalizers)
    normalize_duration,
    normalize_extra,
    normalize_finance,
    normalize_offset,
    normalize_week,
)

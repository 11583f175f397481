"""Normalizers for spelled-out years and days, a bare day of the month, "in N units"."""

from __future__ import annotations

import datetime as dt
import re

from dateline.nlp.timex.context import Ctx, Norm
from dateline.nlp.timex.normalize import ago, calendar
from dateline.nlp.timex.normalize_duration import duration
from dateline.nlp.timex.registry import Groups, normalizer
from dateline.nlp.timex.values import add_months


@normalizer
def spelled_year(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'nineteen ninety-six' -> 1996, 'two thousand (and) one' -> 2001, 'January nineteen ninety-seven' -> 1997-01."""
    words = (g.get("spelled") or g.get("spelled2") or g.get("spelled3") or "").lower().replace("-", " ").split()
    year = _spelled_year_number(words, ctx)
    if year is None:
        return None
    part = ctx.lookup("months", g.get("month")) or ctx.lookup("seasons", g.get("season"))
    return Norm(value=f"{year:04d}-{part}" if part else f"{year:04d}", full=True)


def _spelled_year_number(words: list[str], ctx: Ctx) -> int | None:
    """The year written by `words` ('nineteen ninety six', 'two thousand and one'), or None."""
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        n = ctx.number(" ".join(rest)) if rest else "0"
        return 2000 + int(n) if n and n.isdigit() else None
    century = ctx.number(words[0]) if words else None
    if century is None or not century.isdigit():
        return None
    if words[1:] == ["hundred"]:
        return int(century) * 100
    tens = ctx.number("-".join(words[1:]))
    if tens is None or not tens.isdigit() or not 10 <= int(tens) <= 99:
        return None
    return int(century) * 100 + int(tens)


@normalizer
def day_of_month(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'on the 27th': that day of the reference month, or of the month before/after as the tense says."""
    day = int(g.get("day") or 0)
    if not 1 <= day <= 31:
        return None
    if ctx.ref is None:
        return Norm(value=f"XXXX-XX-{day:02d}", anchor="dct", offset=0, unit=f"day-of-month:{day:02d}",
                    temporal_function=True)
    ref = ctx.ref
    options = []
    for k in (-1, 0, 1):
        try:
            options.append(add_months(ref.replace(day=1), k).replace(day=day))
        except ValueError:
            continue
    direction = ctx.direction(default_past=False)
    past = [d for d in options if d <= ref]
    future = [d for d in options if d >= ref]
    if direction < 0 and past:
        d = past[-1]
    elif direction > 0 and future:
        d = future[0]
    else:
        d = min(options, key=lambda d: (abs((d - ref).days), d < ref))
    return Norm(value=d.isoformat(), day=d, temporal_function=True, anchor_tid=ctx.ref_tid)


@normalizer
def in_units(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'in five years', 'in two weeks': a point after a future verb ("would be redeemed in five years"),
    else the measure itself (TimeBank: "his second letter in two weeks" is DURATION P2W)."""

    unit = ctx.lookup("units", g.get("unit"), 1)
    n = ctx.number(g.get("num") or "1")
    if unit in ("year", "month", "week", "day") and n not in (None, "X") and ctx.direction(default_past=False) > 0:
        point = ago(g, ctx, {"sign": 1})
        if point is not None:
            return point
    return duration(g, ctx, p)


@normalizer
def calendar_day_word(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'May twenty-first', 'the second of August': a spelled ordinal day, then as a written date."""

    word = " ".join((g.get("dayword") or g.get("dayword2") or "").lower().split()).replace(" ", "-")
    day = ctx.lookup("ordinals", word) if word else ctx.number(g.get("daycard") or "")  # "May twenty one"
    if day is None or not day.isdigit():
        return None
    return calendar(g | {"day": day, "month": g.get("month") or g.get("month2")}, ctx, p)


@normalizer
def named_event(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'the October 7 attacks', 'the attacks on Israel on October 7' = 2023-10-07: a listed event named by its
    date (normalization/named_events.tsv), else the date as written (`calendar`)."""

    month = ctx.lookup("months", g.get("month"))
    day = int(g.get("day") or 0)
    row = ctx.tables["named_events"].get(f"{month}-{day:02d}") if month and not g.get("year") else None
    w = ctx.where()
    if row is not None and w is not None:
        text, start, end = w
        after = re.match(rf"(?:\s+[A-Z][a-z]+)?\s+(?i:{row[1]})\b", text[end : end + 60])
        before = re.search(rf"\b(?i:{row[2]})\b[^.;:]{{0,50}}\bon\s+(?:the\s+)?$", text[max(0, start - 80) : start])
        if after or before:
            event = dt.date(int(row[0]), int(month or 0), day)
            if ctx.ref is None or ctx.ref > event:
                return Norm(value=event.isoformat(), day=event, full=True)
    return calendar(g, ctx, p)


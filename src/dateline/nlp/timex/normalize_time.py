"""Normalization functions for clock times and parts of the day ('5 p.m. EST Nov. 9', 'half past seven')."""

from __future__ import annotations

import datetime as dt
import re

from dateline.nlp.timex.context import Ctx, Norm
from dateline.nlp.timex.normalize import calendar, day_word, weekday
from dateline.nlp.timex.registry import Groups, normalizer


def _date_part(g: Groups, ctx: Ctx) -> Norm | None:
    """The date a time of day is attached to: explicit, else the last day mentioned, else the reference."""
    if g.get("month"):
        return calendar(g, ctx, {})
    if g.get("weekday"):
        return weekday(g | {"pod": None}, ctx, {})
    if g.get("dayword"):
        return day_word(g | {"pod": None}, ctx, {})
    w = ctx.where()
    if w is not None:  # "10:35 a.m. (0735 GMT) Friday": the day named right after the clock, past a bracket
        nxt = _NEXT_WEEKDAY.match(w[0], w[2])
        if nxt and ctx.lookup("weekdays", nxt.group(1)):
            return weekday({"weekday": nxt.group(1), "pod": None}, ctx, {})
    last = ctx.last_day
    if last is not None and ctx.dct is not None and w is not None and _SENTENCE_END.search(
        w[0], ctx.last_day_end, w[1]
    ):
        last = None  # in news, a clock time in a later sentence with no day of its own is on the article's day
    day = last or ctx.ref
    if day is None:
        return Norm(value="XXXX-XX-XX", anchor="dct", offset=0, unit="day", temporal_function=True)
    return Norm(value=day.isoformat(), day=day, temporal_function=True,
                anchor_tid=ctx.last_day_tid if last else ctx.ref_tid)


_NEXT_WEEKDAY = re.compile(r"\s*\([^()]{1,25}\)\s*,?\s*(?:on\s+)?([A-Z][a-z]+)\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+[\"“‘(]?[A-Z]")
_POD_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# a clock time after "to" counts only when its sentence names a clock time elsewhere ("to 8:30 instead of 8am")
_CLOCK_CUE = re.compile(r"\d\s*(?:[ap]\.?\s?m\b|o['’]?\s?clock)|\bfrom\s+\d{1,2}:[0-5]\d", re.IGNORECASE)


def _count(surface: str | None, ctx: Ctx) -> int | None:
    """'7', 'seven', 'twenty-seven' -> 7, 7, 27 (None when absent or not a whole number)."""
    value = ctx.number(surface) if surface else None
    return int(value) if value is not None and value.isdigit() else None


def hour_for_pod(hour: int, pod: str | None) -> int:
    """The 24-hour reading of a 12-hour clock in a part of the day ('7 in the evening' = 19)."""
    if (pod in ("AF", "EV") and hour < 12) or (pod == "NI" and 6 <= hour < 12):
        return hour + 12
    if pod == "MO" and hour == 12:
        return 0
    return hour


def _hour_minute(g: Groups, ctx: Ctx) -> tuple[int, int] | None:
    """Hour and minute of a clock match: digits or words, 'half past', 'a quarter to', a.m./p.m., a part of day."""
    special = (g.get("special") or "").lower()
    if special:
        return (12, 0) if special == "noon" else (24, 0)
    hour = int(g["hour"]) if g.get("hour") else _count(g.get("hourword"), ctx)
    if hour is None:
        return None
    minute = int(g.get("minute") or 0)
    if g.get("minword"):
        minute = _count(g["minword"], ctx) or -1
    rel = (g.get("rel") or "").lower()
    if rel:
        delta = 30 if g.get("half") else 15 if g.get("quarter") else _count(g.get("relmin"), ctx)
        if delta is None or not 1 <= delta <= 59 or not 1 <= hour <= 12:
            return None
        hour, minute = (hour, delta) if rel in ("past", "after") else (hour - 1 or 12, 60 - delta)
    ampm = (g.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if hour > 24 or not 0 <= minute <= 59 or (ampm and not 1 <= hour <= 12):
        return None
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    elif not ampm and g.get("pod") and hour <= 12:
        hour = hour_for_pod(hour, _POD_CODES.get(g["pod"].lower()))
    return hour, minute


def _after_word(ctx: Ctx, words: str) -> bool:
    """The expression (its "at" left outside the span) follows one of `words` ("leave at 6.45")."""
    w = ctx.where()
    if w is None:
        return False
    text, start, _ = w
    return re.search(rf"\b(?:{words})\s+at\s+$", text[max(0, start - 24) : start], re.IGNORECASE) is not None


@normalizer
def clock(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'10:35 a.m.', '5 p.m. EST Nov. 9', 'noon Monday', 'half past seven', 'ten past 9 in the evening', '11ish'."""
    hm = _hour_minute(g, ctx)
    if hm is None:
        return None
    hour, minute = hm
    if p.get("cued") and not _CLOCK_CUE.search(ctx.sentence()):
        return None
    if p.get("after") and not _after_word(ctx, str(p["after"])):
        return None
    base = _date_part(g, ctx)
    if base is None:
        return None
    second = int(g.get("second") or 0)
    clock_value = f"T{hour:02d}:{minute:02d}" + (f":{second:02d}" if second else "")
    return Norm(value=base.value.split("T")[0] + clock_value, type="TIME", day=base.day,
                temporal_function=base.temporal_function, anchor_tid=base.anchor_tid, anchor=base.anchor,
                offset=base.offset, unit=base.unit, mod="APPROX" if g.get("approx") else None)


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


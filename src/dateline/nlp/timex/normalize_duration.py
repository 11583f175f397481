"""Normalizers for measures and repetitions: durations ('four months', 'two and a half hours') and SETs."""

from __future__ import annotations

import re

from dateline.nlp.timex.context import Ctx, Norm
from dateline.nlp.timex.registry import Groups, normalizer

_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
# the next smaller unit and how many of it make one: a part of a unit is written exactly in it
# (TimeBank writes "2 1/2 years" as P2Y6M, "a minute and a half" as PT1M30S, "past decade" as P10Y)
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60),
            "MIN": ("S", 60), "DE": ("Y", 10), "CE": ("Y", 100)}
# counted decades and centuries are years in TimeBank ("two decades" P20Y, "past decade" P10Y, "this
# century" P100Y; 0 gold values use DE/CE); uncounted ones keep their unit ("decades" PXDE)
_IN_YEARS = {"DE": 10, "CE": 100}
_WORDS = re.compile(r"[\s-]+")


def _fmt(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


def count(surface: str, ctx: Ctx) -> str | None:
    """A spelled count, also compound: 'twenty and four' 24, 'two hundred' 200, 'a hundred and fifty' 150."""
    n = ctx.number(surface)
    words = [w for w in _WORDS.split(surface.strip().lower()) if w != "and"]
    if "hundred" not in words and "and" not in surface.lower().split():
        return n
    total = 0
    for w in words:
        if w == "hundred":
            total = (total or 1) * 100
            continue
        v = ctx.lookup("numbers", w)
        if v is None or not v.isdigit():
            return None
        total += int(v)
    return str(total)


def measure(n: str, code: str) -> str:
    """Duration value of n units (n a number or 'X'): 'PT3H', 'P2W', 'P20Y' for two decades."""
    if code == "2W":  # a fortnight
        n, code = ("X" if n == "X" else _fmt(float(n) * 2)), "W"
    if code == "NI":  # TimeML counts nights as days ("two nights" P2D)
        code = "D"
    if code in _IN_YEARS and n != "X":
        n, code = _fmt(float(n) * _IN_YEARS[code]), "Y"
    return f"PT{n}{_TIME_UNITS[code]}" if code in _TIME_UNITS else f"P{n}{code}"


@normalizer
def duration(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'four months', 'nearly four-month-long', 'several years', 'the past two weeks', 'weeks'."""
    code = ctx.lookup("units", g["unit"])
    if code is None:
        return None
    n = count(g["num"], ctx) if g.get("num") else str(p.get("num", "X"))
    if n is None:
        return None
    mod = ctx.lookup("mods", g.get("approx")) or p.get("mod")
    return Norm(value=measure(n, code), type="DURATION", mod=str(mod) if mod else None)


@normalizer
def frequency(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """SETs: 'daily', 'every week', 'each year', 'every Monday', 'every morning', 'each July', 'each 4/15'."""
    pod = ctx.lookup("parts_of_day", g.get("pods"))  # "Friday mornings", "every morning"
    if g.get("weekday"):
        wd = ctx.lookup("weekdays", g["weekday"]) or ctx.lookup("weekdays", g["weekday"][:-1])  # "Sundays"
        if wd is None:
            return None
        value = f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
    elif g.get("month") or g.get("nmonth"):  # "each July" = XXXX-07 (TBAQ), "every Jan. 1", "each 4/15"
        month = ctx.lookup("months", g["month"]) if g.get("month") else str(g["nmonth"]).zfill(2)
        day = g.get("day") or g.get("nday")
        if month is None or not 1 <= int(month) <= 12 or (day and not 1 <= int(day) <= 31):
            return None
        value = f"XXXX-{month}" + (f"-{int(day):02d}" if day else "")
    elif pod:  # a part of every day: TBAQ writes "Tuesday nights" XXXX-WXX-2TNI, so daily is XXXX-XX-XXTNI
        value = f"XXXX-XX-XXT{pod}"
    elif g.get("unit"):
        code = ctx.lookup("units", g["unit"])
        if code is None:
            return None
        value = f"PT1{_TIME_UNITS[code]}" if code in _TIME_UNITS else f"P1{code}"
    elif g.get("adverb") or g.get("adverb2"):
        value = ctx.lookup("set_adverbs", g.get("adverb") or g.get("adverb2")) or ""
    else:
        return None
    quant = g.get("quant")
    freq = str(p["freq"]) if "freq" in p else None
    if g.get("times"):  # "twice a week": freq="2X"
        times = " ".join(g["times"].lower().split())
        n = {"once": "1", "twice": "2", "thrice": "3"}.get(times) or ctx.number(times.removesuffix(" times"))
        if n is None or not n.isdigit():
            return None
        freq = f"{n}X"
    return Norm(value=value, type="SET", quant=quant.upper() if quant else p.get("quant"),  # type: ignore[arg-type]
                freq=freq)


def part_value(whole: int, quarters: int, code: str) -> str | None:
    """Exact duration of `whole` units and `quarters`/4 of one: P2Y6M, PT1H15M, P1DT12H, P25Y; None if inexact."""
    if code not in _SMALLER:
        return None
    small, per = _SMALLER[code]
    extra = per * quarters / 4
    if code in _IN_YEARS:
        return f"P{_fmt(whole * per + extra)}Y"
    if extra != int(extra):
        if small != "D":  # a quarter of a month (7.5 days) has no exact smaller unit we write
            return None
        # ISO weeks do not combine with days: half a week P3DT12H, two and a half weeks P17DT12H
        return f"P{whole * 7 + int(extra)}DT{int(extra % 1 * 24)}H" if code == "W" else None
    big = f"{whole}{_TIME_UNITS.get(code, code)}" if whole else ""
    small_part = f"{int(extra)}{_TIME_UNITS.get(small, small)}" if extra else ""
    if code == "D":
        return f"P{big}" + (f"T{small_part}" if small_part else "") if big or small_part else None
    if code in _TIME_UNITS:
        return f"PT{big}{small_part}" if big or small_part else None
    return f"P{big}{small_part}" if big or small_part else None


def half_value(whole: int, code: str) -> str | None:
    """Duration value of `whole` units and a half: P2Y6M, PT1H30M, PT30M ('half an hour')."""
    return part_value(whole, 2, code)


@normalizer
def half_duration(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'2 1/2 years', 'two and a quarter hours', 'an hour and a half', 'half an hour', 'a quarter-century'."""
    code = ctx.lookup("units", g.get("unit"))
    raw = g.get("num")
    n = count(raw, ctx) if raw else str(p.get("num", "1"))
    frac = g.get("frac") or g.get("frac2") or g.get("frac3")
    # "a quarter" 0.25, "three-quarters" 0.75, "½" 0.5 (numbers.tsv); no fraction written: a half
    share = ctx.lookup("numbers", _WORDS.sub(" ", frac)) if frac else "0.5"
    if code is None or n is None or not n.isdigit() or share is None:
        return None
    quarters = float(share) * 4
    if quarters not in (1.0, 2.0, 3.0):
        return None
    value = part_value(int(n), int(quarters), code)
    if value is None:
        return None
    return Norm(value=value, type="DURATION", mod=ctx.lookup("mods", g.get("approx")))

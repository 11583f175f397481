"""Normalizers for measures and repetitions: durations ('four months', 'two and a half hours') and SETs."""

from __future__ import annotations

from dateline.nlp.timex.context import Ctx, Norm
from dateline.nlp.timex.normalize import Groups, normalizer

# a half of one unit, in the next smaller unit (TimeBank writes "2 1/2 years" as P2Y6M)
_HALF = {"Y": ("M", 6), "M": ("D", 15), "D": ("H", 12), "H": ("M", 30), "MIN": ("S", 30)}
_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}


@normalizer
def duration(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'four months', 'nearly four-month-long', 'several years', 'the past two weeks', 'weeks'."""
    code = ctx.lookup("units", g["unit"])
    if code is None:
        return None
    n = ctx.number(g.get("num")) if g.get("num") else str(p.get("num", "X"))
    if n is None:
        return None
    mod = ctx.lookup("mods", g.get("approx")) or p.get("mod")
    if code == "2W":  # a fortnight
        n, code = ("X" if n == "X" else str(int(float(n)) * 2)), "W"
    if code == "NI":
        code = "D"
    value = f"PT{n}{_TIME_UNITS[code]}" if code in _TIME_UNITS else f"P{n}{code}"
    return Norm(value=value, type="DURATION", mod=str(mod) if mod else None)


@normalizer
def frequency(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """SETs: 'daily', 'every week', 'each year', 'every Monday', 'twice a week'."""
    if g.get("weekday"):
        wd = ctx.lookup("weekdays", g["weekday"]) or ctx.lookup("weekdays", g["weekday"][:-1])  # "Sundays"
        if wd is None:
            return None
        value = f"XXXX-WXX-{wd}"
        pod = ctx.lookup("parts_of_day", g.get("pods"))  # "Friday mornings"
        if pod:
            value += f"T{pod}"
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
    return Norm(value=value, type="SET", quant=quant.upper() if quant else p.get("quant"),  # type: ignore[arg-type]
                freq=str(p["freq"]) if "freq" in p else None)


def half_value(whole: int, code: str) -> str | None:
    """Duration value of `whole` units and a half: P2Y6M, PT1H30M, PT30M ('half an hour')."""
    if code not in _HALF:
        return None
    small, amount = _HALF[code]
    time = code in _TIME_UNITS
    big = f"{whole}{_TIME_UNITS.get(code, code)}" if whole else ""
    if code == "D":
        return f"P{big}T{amount}H"
    small_code = small if not time else _TIME_UNITS.get(small, small)
    return ("PT" if time else "P") + big + f"{amount}{small_code}"


@normalizer
def half_duration(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'2 1/2 years', 'two and a half hours', 'an hour and a half', 'half an hour', 'a half-hour'."""
    code = ctx.lookup("units", g.get("unit"))
    raw = g.get("num")
    n = ctx.number(raw) if raw else str(p.get("num", "1"))
    if code is None or n is None or not n.isdigit():
        return None
    value = half_value(int(n), code)
    if value is None:
        return None
    return Norm(value=value, type="DURATION", mod=ctx.lookup("mods", g.get("approx")))



"""Normalization functions named by the rule files: a match's named groups -> a TIMEX3 value.

Each function takes the match's groups, the context (reference time, tense) and the rule's params and
returns a `Norm`, or None to drop the candidate. Relative expressions are resolved against `ctx.ref`;
without a reference they keep an underspecified value plus anchor/offset/unit (never an invented date).
"""

from __future__ import annotations

import calendar as calendar_mod
import datetime as dt
import re

from dateline.nlp.timex.context import WEEKDAY_CODES, Ctx, Norm, StoryDay
from dateline.nlp.timex.holidays import holiday_date
from dateline.nlp.timex.normalize_finance import reporting_quarter, year_ago_quarter
from dateline.nlp.timex.registry import Groups, normalizer
from dateline.nlp.timex.values import format_at, shift

_UNIT_NAMES = {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "decade", "CE": "century",
               "Q": "quarter", "WE": "weekend", "H": "hour", "MIN": "minute", "S": "second"}
_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}


def _year(g: Groups, ctx: Ctx) -> int | None:
    if g.get("year") and len(g["year"]) == 4:
        return int(g["year"])
    short = g.get("short_year") or g.get("year")
    if short:
        yy = int(short[-2:])
        base = (ctx.ref or dt.date(1999, 1, 1)).year
        century = base // 100 * 100
        y = century + yy
        return y - 100 if y > base + 10 else y
    return None


def _mod(g: Groups, ctx: Ctx) -> str | None:
    return ctx.lookup("mods", g.get("mod"))


_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|through|before|to|expire[sd]?|deadline|due)\s+(?:on\s+)?$", re.I)

_DEADLINE_AFTER = re.compile(r"\s+(?:as\s+the\s+)?(?:deadline|return date|due date|expiration|record date)\b", re.I)


def _is_deadline(ctx: Ctx) -> bool:
    """True when the words right before the expression make it a deadline or a scheduled end."""
    where = ctx.where()
    if where is None:
        return False
    text, start, end = where
    return (
        _DEADLINE_BEFORE.search(text[max(0, start - 30) : start]) is not None
        or _DEADLINE_AFTER.match(text, end) is not None
    )


def _pick_year(month: int, day: int, ctx: Ctx) -> dt.date | None:
    """The reference's year, moved by one only when the tense clearly says the date is on the other side."""
    ref = ctx.ref
    assert ref is not None
    if month == 2 and day == 29:
        return _pick_leap_day(ref, ctx.direction(default_past=False))
    try:
        same = dt.date(ref.year, month, day)
    except ValueError:
        return None
    # A narrative reference (an undated text's last full date) is no moment of writing: a story goes forward
    # from it ("broke the truce on 4 November 2008 ... broke down on 20 December" is December 2008), so only
    # the nearest occurrence counts, whatever the tense.
    d = ctx.direction(default_past=False) if ctx.ref == ctx.dct else 0
    gap = (same - ref).days
    year = ref.year
    # A past-tense sentence does not report a date after its reference time (a day of slack for time zones
    # and late filing), unless the date is a deadline ("extended to Nov. 20", "set to expire Nov. 6", "by
    # Jan. 14"), which a past verb can set in the future; with no tense cue, the nearest occurrence wins.
    slack = 31 if _is_deadline(ctx) else 1
    if (d < 0 and gap > slack) or (d == 0 and gap > 183):
        year -= 1
    elif (d > 0 and gap < -31) or (d == 0 and gap < -183):
        year += 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick_leap_day(ref: dt.date, direction: int) -> dt.date:
    """Feb 29 without a year: the leap day on the tense's side of `ref` (the nearest one with no cue)."""
    before = next(dt.date(y, 2, 29) for y in range(ref.year, ref.year - 9, -1)
                  if calendar_mod.isleap(y) and dt.date(y, 2, 29) <= ref)
    after = next(dt.date(y, 2, 29) for y in range(ref.year, ref.year + 9)
                 if calendar_mod.isleap(y) and dt.date(y, 2, 29) >= ref)
    if direction < 0:
        return before
    if direction > 0:
        return after
    return before if (ref - before) <= (after - ref) else after


def _unanchored(value: str, unit: str, ctx: Ctx, **kw: object) -> Norm:
    return Norm(value=value, anchor="dct", offset=ctx.direction(default_past=False), unit=unit,
                temporal_function=True, **kw)  # type: ignore[arg-type]


@normalizer
def calendar(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """Month/day/year/season dates: 'Feb 6', 'October 2023', 'Feb. 5, 2024', 'summer 1998'."""
    for alt in ("2", "3"):  # rules with alternative orders name their groups day2/month2/year2...
        if g.get(f"month{alt}") or g.get(f"day{alt}"):
            g = g | {k: g.get(f"{k}{alt}") or g.get(k) for k in ("day", "month", "year")}
    year = _year(g, ctx)
    month = ctx.lookup("months", g.get("month"))
    if month is None and (g.get("month") or "").isdigit():
        month = f"{int(g['month']):02d}"
    mod = _mod(g, ctx)
    if g.get("day") and month:
        day = int(g["day"])
        if year is not None:
            try:
                d = dt.date(year, int(month), day)
            except ValueError:
                return None
            return Norm(value=d.isoformat(), day=d, full=True, mod=mod)
        if ctx.ref is None:
            return _unanchored(f"XXXX-{month}-{day:02d}", f"month-day:{month}-{day:02d}", ctx, mod=mod)
        d = _pick_year(int(month), day, ctx)
        if d is None:
            return None
        return Norm(value=d.isoformat(), day=d, temporal_function=True, anchor_tid=ctx.ref_tid, mod=mod)
    season = ctx.lookup("seasons", g.get("season") or g.get("season2"))
    part = f"{int(month):02d}" if month else season
    if part is None:
        return Norm(value=f"{year:04d}", mod=mod, full=True) if year is not None else None
    if year is not None:
        return Norm(value=f"{year:04d}-{part}", mod=mod, full=True)
    if ctx.ref is None:
        return _unanchored(f"XXXX-{part}", f"month:{part}", ctx, mod=mod)
    rel = ctx.lookup("relatives", g.get("rel"))
    ref = ctx.ref
    if p.get("year_rel") and rel is not None:  # "June last year": the relative word moves the year
        return Norm(value=f"{ref.year + int(rel):04d}-{part}", mod=mod, temporal_function=True,
                    anchor_tid=ctx.ref_tid)
    start_month = int(month) if month else {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[part]
    if rel is not None and rel != "0":
        direction = int(rel)
    elif rel == "0":
        direction = 0
    else:
        direction = ctx.direction(default_past=False)
        gap = (start_month - ref.month) % 12
        # with no past cue, a bare month within the next quarter is upcoming ("the summit in April")
        if 0 < gap <= int(str(p.get("ahead_months", 0))) and direction >= 0:
            direction = 1
    y = ref.year
    if (direction < 0 and start_month > ref.month) or (rel == "-1" and start_month >= ref.month):
        y -= 1
    elif direction > 0 and start_month < ref.month:
        y += 1
    return Norm(value=f"{y:04d}-{part}", mod=mod, temporal_function=True, anchor_tid=ctx.ref_tid)


@normalizer
def year_only(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """A bare year: '1998', 'fiscal 1998'."""
    return Norm(value=g["year"] or "", mod=_mod(g, ctx), full=True)


def _weekday_date(wd: int, ref: dt.date, direction: int) -> dt.date:
    delta = wd - ref.isoweekday()
    if direction < 0:
        return ref + dt.timedelta(days=delta if delta <= 0 else delta - 7)
    if direction > 0:
        return ref + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    if delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    return ref + dt.timedelta(days=delta)


def _with_pod(value: str, g: Groups, ctx: Ctx) -> tuple[str, str | None]:
    pod = ctx.lookup("parts_of_day", g.get("pod"))
    return (f"{value}T{pod}", "TIME") if pod else (value, None)


def _possessive(ctx: Ctx) -> bool:
    """The expression is followed by a possessive "'s"."""
    w = ctx.where()
    return w is not None and w[0][w[2] : w[2] + 2] in ("'s", "’s")


def story_reference(ctx: Ctx) -> dt.date:
    """Where weekdays are counted from: the story's own day when the text pins it near the DCT, else the ref.

    Wire copy filed the evening before its date ("Tuesday, Aug. 18 ... headed Tuesday" dated Aug. 17) or
    a story a few days older than its date: the named day, not the DCT, is "today" for its weekdays.
    """
    ref, story = ctx.ref, ctx.story_date
    assert ref is not None
    if story is not None and ref == ctx.dct:
        return story
    return ref


@normalizer
def weekday(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'Monday', 'last Friday', 'next Tuesday', 'Monday night' by tense or explicit relative word."""
    wd = int(ctx.lookup("weekdays", g["weekday"]) or 0)
    rel = ctx.lookup("relatives", g.get("rel"))
    direction = int(rel) if rel not in (None, "0") else ctx.direction(default_past=True)
    if rel == "0":
        direction = 0
    elif rel is None and not g.get("pod") and _possessive(ctx):
        direction = -1  # "Thursday's closing price", "Wednesday's ruling": news reports a past event
    if ctx.ref is None:
        code = WEEKDAY_CODES[wd - 1]
        value, typ = _with_pod(f"XXXX-WXX-{wd}", g, ctx)
        story = ctx.story
        if story is None:
            ctx.set_story(StoryDay(tid=ctx.tid, weekday=wd))
            return Norm(value=value, type=typ, anchor="dct", offset=direction, unit=f"weekday:{code}",
                        temporal_function=True)
        delta = (wd - story.weekday) % 7
        if direction < 0:
            offset = delta - 7 if delta else 0
        elif direction > 0:
            offset = delta
        else:
            offset = delta if delta <= 3 else delta - 7
        return Norm(value=value, type=typ, anchor=story.tid, offset=offset, unit="day",
                    temporal_function=True)
    ref = story_reference(ctx)
    d = _weekday_date(wd, ref, direction)
    if rel == "0" and (g.get("rel") or "").lower() == "this":  # "this Friday": the Friday of this week
        d = ref + dt.timedelta(days=wd - ref.isoweekday())
    if rel not in (None, "0") and d == ref:  # "last Monday" said on a Monday is a week before
        d += dt.timedelta(days=7 * direction)
    value, typ = _with_pod(d.isoformat(), g, ctx)
    return Norm(value=value, type=typ, day=d, temporal_function=True, anchor_tid=ctx.ref_tid)


@normalizer
def day_word(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'yesterday', 'today', 'tomorrow morning', 'tonight', 'last night'."""
    offset = int(ctx.lookup("day_words", g.get("dayword")) or p.get("offset", 0))
    if g.get("rel"):
        offset = int(ctx.lookup("relatives", g["rel"]) or 0)
    pod_forced = p.get("pod")
    if ctx.ref is None:
        value = "XXXX-XX-XX" + (f"T{pod_forced}" if pod_forced else "")
        value, typ = _with_pod(value, g, ctx) if not pod_forced else (value, "TIME")
        return Norm(value=value, type=typ, anchor="dct", offset=offset, unit="day", temporal_function=True)
    d = ctx.ref + dt.timedelta(days=offset)
    if pod_forced:
        return Norm(value=f"{d.isoformat()}T{pod_forced}", type="TIME", day=d, temporal_function=True,
                    anchor_tid=ctx.ref_tid)
    value, typ = _with_pod(d.isoformat(), g, ctx)
    return Norm(value=value, type=typ, day=d, temporal_function=True, anchor_tid=ctx.ref_tid)


_YEAR_MENTION = re.compile(r"\b(1[89]\d\d|20\d\d)\b(?!['’]?s)")


def _anaphoric_base(rel: str | None, unit: str, ctx: Ctx) -> dt.date | None:
    """For 'the following/previous/same year': the last year written out before, if any (else None)."""
    if unit != "year" or rel is None or " ".join(rel.lower().split()) not in _ANAPHORIC_RELS:
        return None
    w = ctx.where()
    if w is None:
        return None
    text, start, _ = w
    years = _YEAR_MENTION.findall(text, max(0, start - 600), start)
    return dt.date(int(years[-1]), 7, 1) if years else None


_ANAPHORIC_RELS = frozenset({"the following", "the previous", "the prior", "the same", "that"})


@normalizer
def relative_unit(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'last week', 'this year', 'next month', 'earlier this year', 'the weekend'."""
    code = ctx.lookup("units", g["unit"])
    unit = ctx.lookup("units", g["unit"], 1) or "day"
    if code in ("D", "NI"):
        return None
    rel = g.get("rel")
    offset = int(ctx.lookup("relatives", rel) or 0) if rel else int(p.get("offset", 0))
    if unit == "weekend" and (not rel or rel.lower() == "the"):
        offset = _weekend_offset(ctx)
    mod = _mod(g, ctx) or p.get("mod")
    granularity = "weekend" if unit == "weekend" else unit
    if ctx.ref is None:
        xs = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
              "quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}
        anchor = ctx.story.tid if unit == "weekend" and ctx.story else "dct"
        return Norm(value=xs.get(granularity, "XXXX-XX-XX"), anchor=anchor, offset=offset, unit=unit,
                    temporal_function=True, mod=str(mod) if mod else None)
    anaphoric = _anaphoric_base(rel, unit, ctx)
    if anaphoric is not None:  # "the following year" after "in 1995": 1996, not the DCT's next year
        return Norm(value=format_at(shift(anaphoric, offset, unit), granularity), temporal_function=True,
                    anchor_tid=ctx.ref_tid, mod=str(mod) if mod else None)
    d = shift(ctx.ref, offset, unit)
    if unit == "weekend" and offset < 0 and ctx.ref.isoweekday() >= 6:
        d = ctx.ref
    return Norm(value=format_at(d, granularity), temporal_function=True, anchor_tid=ctx.ref_tid,
                mod=str(mod) if mod else None)


def _weekend_offset(ctx: Ctx) -> int:
    """Which weekend "the weekend" is: the past one in a past-tense clause, the coming one in a future clause; in the
    present ("insurgents are making gains over the weekend") the nearer one, so the past one early in the week."""
    direction = ctx.direction(default_past=True)
    if direction != 0:
        return -1 if direction < 0 else 0
    return -1 if ctx.ref is not None and ctx.ref.isoweekday() <= 3 else 0


@normalizer
def ago(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'a year ago', 'two weeks earlier', 'three days later': the reference moved, at the unit's grain."""
    n = ctx.number(g.get("num") or "1")
    unit = ctx.lookup("units", g["unit"], 1)
    if n is None or unit is None or unit in ("hour", "minute", "second"):
        return None
    sign = int(p.get("sign", -1))
    if n == "X":
        return Norm(value="PAST_REF" if sign < 0 else "FUTURE_REF", temporal_function=True,
                    anchor_tid=ctx.ref_tid)
    steps = int(float(n))
    if unit == "year" and steps == 1 and sign < 0 and ctx.ref is not None:

        quarter_ago = year_ago_quarter(ctx)  # "up from $5 million a year ago" in a quarterly report
        if quarter_ago is not None:
            quarter_ago.mod = _mod(g, ctx)
            return quarter_ago
    if ctx.ref is None:
        return Norm(value={"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}.get(unit, "XXXX-XX-XX"),
                    anchor="dct", offset=sign * steps, unit=unit, temporal_function=True,
                    mod=_mod(g, ctx))
    d = shift(ctx.ref, sign * steps, unit)
    return Norm(value=format_at(d, unit), temporal_function=True, anchor_tid=ctx.ref_tid, mod=_mod(g, ctx),
                day=d if unit == "day" else None)


@normalizer
def ref_word(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'now', 'recently', 'the future', 'currently' -> PRESENT_REF / PAST_REF / FUTURE_REF."""
    value = ctx.lookup("refs", g["ref"]) or p.get("value")
    return Norm(value=str(value), temporal_function=True, anchor_tid=ctx.ref_tid) if value else None


@normalizer
def constant(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """A fixed value from the rule's params (e.g. 'PAST_REF' for 'in recent weeks')."""
    return Norm(value=str(p["value"]), mod=str(p["mod"]) if "mod" in p else None,
                temporal_function=bool(p.get("temporal_function", True)))


@normalizer
def quarter(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'the third quarter', 'fourth-quarter', 'the first half of 1998', 'the latest quarter'."""
    kind = "H" if (g.get("qunit") or "quarter").lower().startswith("half") else "Q"
    ordinal = ctx.lookup("ordinals", g.get("ordinal")) if g.get("ordinal") else None
    year = _year(g, ctx)
    if ordinal is None or (ordinal == "L" and year is None):
        if ctx.ref is None:
            return _unanchored(f"XXXX-{kind}X", "quarter", ctx)
        if kind == "Q":

            rq = reporting_quarter(ctx)  # "the quarter" in a results story: the quarter it reports on
            if rq is not None:
                return Norm(value=f"{rq[0]:04d}-Q{rq[1]}", temporal_function=True, anchor_tid=ctx.ref_tid)
        # "the latest quarter", "the quarter": the last one completed before the reference
        d = shift(ctx.ref, -1, "quarter" if kind == "Q" else "half")
        return Norm(value=format_at(d, "quarter" if kind == "Q" else "half"), temporal_function=True,
                    anchor_tid=ctx.ref_tid)
    n = (4 if kind == "Q" else 2) if ordinal == "L" else int(ordinal)
    if n > (4 if kind == "Q" else 2):
        return None
    if year is None:
        if ctx.ref is None:
            return _unanchored(f"XXXX-{kind}{n}", f"quarter:{n}", ctx)
        year = ctx.ref.year
        current = (ctx.ref.month - 1) // (3 if kind == "Q" else 6) + 1
        if n > current and ctx.direction(default_past=True) < 0:
            year -= 1
        return Norm(value=f"{year:04d}-{kind}{n}", temporal_function=True, anchor_tid=ctx.ref_tid)
    return Norm(value=f"{year:04d}-{kind}{n}", full=True)


@normalizer
def decade(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'the 1990s' -> 199, "the '90s" -> 199, 'the nineties' -> 199, 'the 20th century' -> 19."""
    mod = _mod(g, ctx) or ctx.lookup("mods", g.get("mod2"))  # "early 1990s" and "the early 1990s" alike
    if g.get("decade_year"):
        return Norm(value=g["decade_year"][:3], mod=mod, full=True)
    if g.get("short_decade") or g.get("decade_word"):
        tens = int(g["short_decade"][-2:]) if g.get("short_decade") else int(
            ctx.lookup("numbers", g["decade_word"][:-3] + "y") or 0
        )
        base = (ctx.ref or dt.date(1999, 1, 1)).year
        century = base // 100
        if century * 100 + tens > base:
            century -= 1
        return Norm(value=f"{century:02d}{tens // 10}", mod=mod, temporal_function=ctx.ref is not None)
    if g.get("century"):
        n = int(ctx.lookup("ordinals", g["century"]) or g["century"].rstrip("stndrh") or 0)
        return Norm(value=f"{n - 1:02d}", mod=mod, full=True) if n else None
    return None


def _holiday_near(spec: str, g: Groups, ctx: Ctx) -> dt.date | None:
    """A yearless holiday: 'last'/'next' or the tense picks the occurrence before/after the reference."""

    ref = ctx.ref
    assert ref is not None
    rel = ctx.lookup("relatives", g.get("rel"))
    direction = int(rel) if rel not in (None, "0") else ctx.direction(default_past=False)
    options = [d for d in (holiday_date(spec, ref.year + k) for k in (-1, 0, 1)) if d is not None]
    if direction < 0:
        past = [d for d in options if d <= ref]
        return past[-1] if past else None
    if direction > 0:
        future = [d for d in options if d >= ref]
        return future[0] if future else None
    return min(options, key=lambda d: abs((d - ref).days)) if options else None


@normalizer
def holiday(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'Christmas', 'Thanksgiving 1998', 'Easter' (movable feasts computed)."""

    spec = ctx.lookup("holidays", g["holiday"])
    if spec is None:
        return None
    year = _year(g, ctx)
    if year is None:
        if ctx.ref is None:
            return _unanchored(f"XXXX-{spec}" if spec[0].isdigit() else "XXXX-XX-XX", f"holiday:{spec}", ctx)
        d = _holiday_near(spec, g, ctx)
        if d is None:
            return None
        return Norm(value=d.isoformat(), day=d, temporal_function=True, anchor_tid=ctx.ref_tid)
    d = holiday_date(spec, year)
    if d is None:
        return None
    return Norm(value=d.isoformat(), day=d, full=_year(g, ctx) is not None,
                temporal_function=_year(g, ctx) is None, anchor_tid=ctx.ref_tid)

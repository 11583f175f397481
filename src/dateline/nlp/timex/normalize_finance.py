"""Normalizers for earnings-report comparisons: 'a year ago' and 'the year-ago quarter' mean a quarter.

TimeBank convention (WSJ earnings stories): in a report on a quarter's results, "a year ago", "a year
earlier" and "the year-earlier period" name the same quarter one year before, e.g. `1988-Q3` for a story
on 1989's third quarter. The reporting quarter is the last ordinal quarter named before the expression
("third-quarter profit"), else the first one named in the document, else the last quarter completed
before the reference date.
"""

from __future__ import annotations

import re

from dateline.nlp.timex.context import Ctx, Norm
from dateline.nlp.timex.registry import Groups, normalizer

_QUARTER_WORD = re.compile(r"\bquarter(?:ly)?\b|\b(?:fiscal|calendar)\s+(?:first|second|third|fourth)\b", re.I)
_ORDINAL_QUARTER = re.compile(
    r"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?:[-\s]+(?:fiscal|calendar))?[-\s]+quarter\b", re.I
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# a sentence comparing reported figures: money, per-share amounts, percentages
_FIGURES = re.compile(r"\$|#\d|\bC\$|\d\s*%|\bcents?\b|\ba share\b|\bpercent\b|\bmillion\b|\bbillion\b", re.I)


def reporting_quarter(ctx: Ctx) -> tuple[int, int] | None:
    """(year, quarter) of the quarter a results story reports on, or None when it is not one."""
    w = ctx.where()
    if w is None or ctx.ref is None:
        return None
    text, start, _ = w
    if not _QUARTER_WORD.search(text):
        return None
    before = list(_ORDINAL_QUARTER.finditer(text, 0, start))
    m = before[-1] if before else _ORDINAL_QUARTER.search(text)
    current = (ctx.ref.month - 1) // 3 + 1
    if m is None:
        return (ctx.ref.year, current - 1) if current > 1 else (ctx.ref.year - 1, 4)
    q = _ORDINALS[m.group("ord").lower()]
    return (ctx.ref.year if q <= current else ctx.ref.year - 1), q


def year_ago_quarter(ctx: Ctx, need_figures: bool = True) -> Norm | None:
    """The reporting quarter one year earlier, when the expression compares quarterly results."""
    if need_figures and not _FIGURES.search(ctx.sentence()):
        return None
    rq = reporting_quarter(ctx)
    if rq is None:
        return None
    year, q = rq
    return Norm(value=f"{year - 1:04d}-Q{q}", temporal_function=True, anchor_tid=ctx.ref_tid)


@normalizer
def year_ago_period(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'the year-ago quarter', 'the year-earlier period', 'the quarter a year ago': a year before."""
    if ctx.ref is None:
        return Norm(value="XXXX", anchor="dct", offset=-1, unit="year", temporal_function=True)
    found = year_ago_quarter(ctx, need_figures=False)
    if found is not None:
        return found
    return Norm(value=f"{ctx.ref.year - 1:04d}", temporal_function=True, anchor_tid=ctx.ref_tid)


@normalizer
def quarter_of_year(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'the 1988 third quarter', 'the 1988 period', "last year's quarter", "next year's first quarter"."""
    ordinal = ctx.lookup("ordinals", g.get("ordinal")) if g.get("ordinal") else None
    if ordinal is not None and not ordinal.isdigit():
        return None
    if g.get("year"):
        year: int | None = int(g["year"] or 0)
    elif ctx.ref is not None:
        year = ctx.ref.year + int(ctx.lookup("relatives", g.get("yrel")) or 0)
    else:
        year = None
    rq = reporting_quarter(ctx) if ordinal is None else None
    q = int(ordinal) if ordinal is not None else (rq[1] if rq else None)
    if q is None or q > 4:
        # "the 1988 period" outside a results story: just the year
        return Norm(value=f"{year:04d}", full=True) if year is not None else None
    if year is None:
        return Norm(value=f"XXXX-Q{q}", anchor="dct", offset=int(ctx.lookup("relatives", g.get("yrel")) or 0),
                    unit="year", temporal_function=True)
    return Norm(value=f"{year:04d}-Q{q}", full=bool(g.get("year")), temporal_function=not g.get("year"),
                anchor_tid=None if g.get("year") else ctx.ref_tid)


@normalizer
def latest_period(g: Groups, ctx: Ctx, p: dict[str, object]) -> Norm | None:
    """'the latest period' in a quarterly results story: the quarter it reports on (TBAQ gold: 5 of 5 tagged)."""
    rq = reporting_quarter(ctx)
    if rq is None:
        return None  # outside a results story "the latest period" is no time expression
    return Norm(value=f"{rq[0]:04d}-Q{rq[1]}", temporal_function=True, anchor_tid=ctx.ref_tid)

"""The story's own day: a pre-pass over the chosen candidates before normalization proper.

Wire copy is often dated the evening before the day it reports ("Tuesday, Aug. 18 -- Albright headed
Tuesday to East Africa" dated Monday, Aug. 17): its past-tense weekdays count from the story's day, not
from the DCT. The pre-pass reads the first day-level expression; only that convention is acted on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from dateline.nlp.timex.candidates import Candidate
from dateline.nlp.timex.context import Ctx, StoryDay
from dateline.nlp.timex.loader import RuleSet
from dateline.nlp.timex.text import TenseFinder

_WEEKDAY_BEFORE = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*$")
_WEEKDAY_IN = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_WEEKDAYS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
_LOOK = 12  # candidates examined: the story's day is named in its first lines or not at all


def _ignore(_: StoryDay) -> None:
    """The pre-pass must not set the undated document's story day."""


def _pinned_by_weekday(text: str, start: int, end: int, day: dt.date) -> bool:
    """The date is written with its weekday ("Tuesday, Aug. 18", "Aug. 18, Tuesday"), which agrees with it."""
    named = _WEEKDAY_BEFORE.search(text, max(0, start - 12), start) or _WEEKDAY_IN.search(text, start, end)
    return named is not None and _WEEKDAYS.index(named.group(1).capitalize()) == day.weekday()


def story_date(
    text: str,
    dct: dt.date | None,
    chosen: Sequence[tuple[Candidate, int, int]],
    rules: RuleSet,
    tenses: TenseFinder,
) -> dt.date | None:
    """The story's own day when its first day-level date says it differs from the DCT, else None.

    Accepted: the day after the DCT, fully specified or pinned by its weekday ("Tuesday, Aug. 18" in
    copy dated Aug. 17: wire copy filed the evening before). An earlier lede date is not used: a Monday
    story leading with Friday's events still counts "Saturday" back from Monday, and a bare full date
    is usually background ("the vote on Aug. 3, 1998").
    """
    if dct is None:
        return None
    for cand, start, end in chosen[:_LOOK]:
        ctx = Ctx(tables=rules.tables, dct=dct, ref=dct, ref_tid="t0", last_day=None, last_day_tid=None,
                  tense=lambda s=start, e=end: tenses.tense_at(s, e), tid="t0", story=None,
                  set_story=_ignore, text=text, start=start, end=end)
        norm = rules.normalizers[cand.rule.normalize](cand.groups, ctx, cand.rule.params)
        if norm is None or norm.day is None:
            continue
        lag = (dct - norm.day).days
        if lag == -1 and (norm.full or _pinned_by_weekday(text, start, end, norm.day)):
            return norm.day
        return None
    return None

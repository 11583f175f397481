"""The story's own day: a pre-pass over the chosen candidates before normalization proper.

News copy is often dated a day (or a week) off the events it reports: wire stories filed the evening
before publication, features that repeat an older story. When the first day-level expression of the
text is written out in full ("Aug. 7, 1998", "Friday, Oct. 23"), that day is where the story stands.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from dateline.nlp.timex.context import Ctx, StoryDay
from dateline.nlp.timex.engine import Candidate
from dateline.nlp.timex.loader import RuleSet
from dateline.nlp.timex.normalize import NORMALIZERS
from dateline.nlp.timex.text import TenseFinder

_WEEKDAY_BEFORE = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*$")
_WEEKDAYS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
_LOOK = 12  # candidates examined: the story's day is named in its first lines or not at all


def _ignore(_: StoryDay) -> None:
    """The pre-pass must not set the undated document's story day."""


def story_date(
    text: str,
    dct: dt.date | None,
    chosen: Sequence[tuple[Candidate, int, int]],
    rules: RuleSet,
    tenses: TenseFinder,
) -> dt.date | None:
    """The first day-level date of the text if it is fully specified or pinned by its weekday, else None."""
    for cand, start, end in chosen[:_LOOK]:
        ctx = Ctx(tables=rules.tables, dct=dct, ref=dct, ref_tid="t0" if dct else None, last_day=None,
                  last_day_tid=None, tense=lambda s=start, e=end: tenses.tense_at(s, e), tid="t0",
                  story=None, set_story=_ignore, text=text, start=start, end=end)
        norm = NORMALIZERS[cand.rule.normalize](cand.groups, ctx, cand.rule.params)
        if norm is None or norm.day is None:
            continue
        if norm.full:
            return norm.day
        named = _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
        if named and _WEEKDAYS.index(named.group(1)) == norm.day.weekday() and cand.rule.normalize == "calendar":
            return norm.day
        return None
    return None

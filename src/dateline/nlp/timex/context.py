"""What a normalization function knows and returns: the reference time, the tense, the result record."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from dateline.nlp.timex.text import FUTURE, LAST_QUERY, PAST, PRESENT

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_NUMBER_PARTS = re.compile(r"[\s-]+")


@dataclass
class Norm:
    """A normalized expression before it becomes a Timex (type may override the rule's)."""

    value: str
    type: str | None = None
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    temporal_function: bool = False
    anchor_tid: str | None = None
    anchor: str | None = None
    offset: int | None = None
    unit: str | None = None
    day: dt.date | None = None  # the day-level date it names, for reference-time tracking
    full: bool = False  # fully specified in the text itself (no reference needed)


@dataclass
class StoryDay:
    """In an undated document with nothing to anchor on: the first weekday named, others relate to it."""

    tid: str
    weekday: int


@dataclass
class Ctx:
    """Reference time and cues for one candidate expression."""

    tables: dict[str, dict[str, tuple[str, ...]]]
    dct: dt.date | None
    ref: dt.date | None  # the DCT in news, else the last fully specified date mentioned before
    ref_tid: str | None  # "t0" for the DCT, else the tid of that date
    last_day: dt.date | None  # last day-level date mentioned (clock times attach to it)
    last_day_tid: str | None
    tense: Callable[[], str | None]
    tid: str  # the tid this expression will get
    story: StoryDay | None
    set_story: Callable[[StoryDay], None]
    text: str | None = None  # the document text and the expression's span, when the engine passes them
    start: int = 0
    end: int = 0
    story_date: dt.date | None = None  # the story's own day (`story.story_date`), when the text names it
    last_day_end: int = 0  # where the last day-level date mentioned ends in the text
    last_past_day: dt.date | None = None  # last day-level date mentioned that is not after the DCT
    last_past_day_tid: str | None = None

    def where(self) -> tuple[str, int, int] | None:
        """The document text and this expression's span (from the engine, else from the tense query)."""
        if self.text is not None:
            return self.text, self.start, self.end
        self.tense()
        return LAST_QUERY.get()

    def sentence(self) -> str:
        """The text of this expression's sentence (a cheap window when sentences are unknown)."""
        w = self.where()
        if w is None:
            return ""
        text, start, end = w
        left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
        right = min(x for x in (text.find(". ", end), text.find("\n", end), len(text)) if x >= 0)
        return text[left + 1 : right + 1]

    def lookup(self, table: str, surface: str | None, col: int = 0) -> str | None:
        """Table value for a surface form (lowercased, periods removed, apostrophes unified)."""
        if surface is None:
            return None
        key = " ".join(surface.lower().replace(".", "").replace("’", "'").split())
        row = self.tables[table].get(key)
        return row[col] if row else None

    def number(self, surface: str | None) -> str | None:
        """'4', 'four', 'twenty-four', 'a few' -> '4', '4', '24', 'X'."""
        if surface is None:
            return None
        s = surface.strip().lower()
        if re.fullmatch(r"\d+(?:\.\d+)?", s):
            return s.rstrip("0").rstrip(".") if "." in s else str(int(s))
        direct = self.lookup("numbers", s)
        if direct is not None:
            return direct
        total = 0
        for part in _NUMBER_PARTS.split(s):
            if part == "and":  # "a hundred and fifty"
                continue
            if part in ("hundred", "thousand"):  # multiplies what came before: "two hundred" is 200, not 102
                total = (total or 1) * (100 if part == "hundred" else 1000)
                continue
            v = self.lookup("numbers", part)
            if v is None or v == "X" or not v.isdigit():
                return None
            total += int(v)
        return str(total)

    def direction(self, default_past: bool = True) -> int:
        """-1 for past, +1 for future, 0 when the sentence gives no cue (or present tense)."""
        tense = self.tense()
        if tense == PAST:
            return -1
        if tense == FUTURE:
            return 1
        if tense == PRESENT:
            return 0
        return -1 if default_past else 0

"""Evidence an undated document gives about its own date: dates in its URL, full dates it writes, weekdays and
month-days it names (read from its stored timexes, which keep underspecified values for undated documents)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import sqlite3

from dateline.resolve.dating_facts import Constraint, Fact
from dateline.resolve.dating_urls import url_order_facts

LATER_MONTH_DAY = 180  # days: a past month-day this far after the latest full date is in the same year
DATELINE_CHARS = 160  # a full date this close to the start is the article's own dateline ("Jun 29, 2009 1:58 pm")

# Dates in URLs: /2025/1/9/, 2025-01-09, 20250109, 01-09-2025 (month first, as AP writes it).
_URL_PATTERNS: list[tuple[re.Pattern[str], tuple[int, int, int]]] = [
    (re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?=/|$|[-_.])"), (0, 1, 2)),
    (re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)"), (0, 1, 2)),
    (re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"), (0, 1, 2)),
    (re.compile(r"(?<!\d)(\d\d)-(\d\d)-((?:19|20)\d\d)(?!\d)"), (2, 0, 1)),
]
# A numeric date at the very start of the text, as wire feeds print it: "2009 06 13 00:11 JST GENEVA".
_NUMERIC_DATELINE = re.compile(r"(?<!\d)((?:19|20)\d\d)[ ./-](\d{1,2})[ ./-](\d{1,2})(?!\d)")
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_MONTH_NAME = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_MONTH_YEAR = re.compile(rf"(?<!\d)(\d{{1,2}})\s+{_MONTH_NAME}\s*,?\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH_NAME}\s+(\d{{1,2}})\s*,?\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_YEAR = re.compile(r"^\d{4}$")
_FULL_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T|$)")
_WEEKDAY_VALUE = re.compile(r"^XXXX-WXX-([1-7])(?:T.*)?$")
_WEEKDAY_RULES = frozenset({"date.weekday", "combine.date.weekday+clock"})
_MONTH_DAY_VALUE = re.compile(r"^XXXX-(\d\d)-(\d\d)$")
# What follows the day of a wire dateline: "RAFAH, Gaza, Feb 6 (Reuters) -", "GENEVA, June 11 -".
_WIRE_TAIL = re.compile(r"^\s*(?:\((?:[^()\n]{2,40})\)|-LRB-[^\n]{2,40}?-RRB-)?\s*(?:-{1,2}|\u2013|\u2014|:)\s")
# What precedes it on its line: a place in capitals, then a comma ("RAFAH, Gaza, ", "WASHINGTON, ").
_WIRE_HEAD = re.compile(r"(?:^|\n)\s*[A-Z][A-Z.'\- ]{1,40},[^\n]{0,50}$")


def url_date(url: str) -> dt.date | None:
    """The first plausible calendar date written in a URL, or None."""
    for pattern, (yi, mi, di) in _URL_PATTERNS:
        for m in pattern.finditer(url):
            groups = m.groups()
            try:
                return dt.date(int(groups[yi]), int(groups[mi]), int(groups[di]))
            except ValueError:
                continue
    return None


def url_facts(conn: sqlite3.Connection, doc_id: str, dates: dict[str, str]) -> list[Fact]:
    """One fact per distinct date found in the document's source URLs; else the date its article number implies."""
    facts: dict[str, Fact] = {}
    urls = [r[0] for r in conn.execute("SELECT url FROM sources WHERE doc_id = ? AND url IS NOT NULL", (doc_id,))]
    for url in urls:
        day = url_date(url)
        if day is not None and day.isoformat() not in facts:
            facts[day.isoformat()] = Fact("url", doc_id, -1, 0, 0, url, day.isoformat(), 1.0)
    if not facts:
        for url in urls:
            facts.update((f.date, f) for f in url_order_facts(conn, doc_id, url, dates))
    return list(facts.values())


def _tense(offset: int | None) -> str:
    if offset is not None and offset > 0:
        return "future"
    if offset == 0:
        return "present"
    return "past"


def full_day(value: str) -> dt.date | None:
    """The day of a fully specified TIMEX3 value ("2009-06-29", "2009-06-29T13:58"), else None."""
    m = _FULL_DAY.match(value)
    if not m or int(m.group(1)) < 1900:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def text_evidence(conn: sqlite3.Connection, doc_id: str) -> tuple[list[Fact], list[Constraint]]:
    """Written full dates (the latest, and a dateline near the start) and weekday / month-day constraints."""
    rows = conn.execute(
        'SELECT sentence, start, "end", text, CASE WHEN on_inferred_date = 1 AND base_value IS NOT NULL '
        "THEN base_value ELSE value END, offset, unit, rule, temporal_function FROM timexes WHERE doc_id = ? "
        "AND type IN ('DATE', 'TIME') ORDER BY start",
        (doc_id,),
    ).fetchall()
    facts: list[Fact] = []
    constraints: list[Constraint] = []
    written: list[tuple[dt.date, Fact]] = []
    stamps: list[Fact] = []
    early: list[Fact] = []
    seen: set[tuple[str, int | None, int | None, int | None, str]] = set()
    ref: dt.date | None = None  # the last full date written so far: the tagger resolved what follows against it
    for sentence, start, end, text, value, offset, unit, rule, temporal in rows:
        tense = _tense(offset)
        day = full_day(value)
        weekday: int | None = None
        if m := _WEEKDAY_VALUE.match(value):
            weekday = int(m.group(1)) - 1
        elif rule in _WEEKDAY_RULES and day is not None:
            weekday = day.weekday()  # resolved against a date written earlier in the text: the weekday still holds
            if ref is not None and offset is None:  # the direction the tagger chose tells the tense
                tense = "future" if day > ref else "present" if day == ref else "past"
        if weekday is not None:
            key = ("weekday", weekday, None, None, tense)
            if key not in seen:
                seen.add(key)
                constraints.append(Constraint("weekday", tense, text, sentence, start, end, weekday=weekday))
            continue
        if unit == "weekend" and tense == "past":
            if ("weekend", None, None, None, tense) not in seen:
                seen.add(("weekend", None, None, None, tense))
                constraints.append(Constraint("weekend", "weekend_past", text, sentence, start, end))
            continue
        month_day = _MONTH_DAY_VALUE.match(value)
        if month_day and start < DATELINE_CHARS and _is_wire_dateline(conn, doc_id, start, end):
            month, mday = int(month_day.group(1)), int(month_day.group(2))
            constraints.append(Constraint("month_day", "dateline", text, sentence, start, end, month=month, day=mday))
            continue
        if month_day or (rule == "date.month_day" and day is not None):
            month, mday = (int(month_day.group(1)), int(month_day.group(2))) if month_day else (day.month, day.day)
            key = ("month_day", None, month, mday, tense)
            if key not in seen and 1 <= month <= 12 and 1 <= mday <= 31:
                seen.add(key)
                constraints.append(Constraint("month_day", tense, text, sentence, start, end, month=month, day=mday))
            continue
        if _YEAR.match(value) and not temporal and 1900 <= int(value) <= 2100:
            if ("year", None, None, int(value), tense) not in seen:
                seen.add(("year", None, None, int(value), tense))
                constraints.append(Constraint("year", tense, text, sentence, start, end, year=int(value)))
            continue
        if day is not None and not temporal:
            ref = day
            fact = Fact("text_date", doc_id, sentence, start, end, text, day.isoformat(), 1.0)
            written.append((day, fact))
            if "T" in value:  # a date with a clock time is a time stamp: when the page was printed
                stamps.append(Fact("dateline", doc_id, sentence, start, end, text, day.isoformat(), 1.0))
            elif start < DATELINE_CHARS:
                early.append(Fact("dateline", doc_id, sentence, start, end, text, day.isoformat(), 1.0))
    # The dateline: the first time stamp (later ones are often readers' comments), else a date at the very start
    # that the tagger missed, else the first date near the start.
    dateline = stamps[:1] or _head_dateline(conn, doc_id) or early[:1]
    facts.extend(dateline)
    if written:
        latest_day, latest = max(written, key=lambda x: (x[0], -x[1].start))
        facts.append(_later_month_day(latest_day, latest, constraints) or latest)
    return facts, constraints


def _later_month_day(latest_day: dt.date, latest: Fact, constraints: list[Constraint]) -> Fact | None:
    """A past month-day later in the year than the latest full date written ("... 2 February 2009 ... on April
    6"): the text is at least that late, so the month-day, in that year, is the latest written date."""
    best: tuple[dt.date, Constraint] | None = None
    for c in constraints:
        if c.kind != "month_day" or c.tense != "past" or c.month is None or c.day is None:
            continue
        try:
            day = dt.date(latest_day.year, c.month, c.day)
        except ValueError:
            continue
        if latest_day < day <= latest_day + dt.timedelta(days=LATER_MONTH_DAY) and (best is None or day > best[0]):
            best = (day, c)
    if best is None:
        return None
    day, c = best
    return Fact("text_date", latest.doc_id, c.sentence, c.start, c.end, c.text, day.isoformat(), 1.0)


def _is_wire_dateline(conn: sqlite3.Connection, doc_id: str, start: int, end: int) -> bool:
    """A month-day without a year in a wire dateline ("RAFAH, Gaza, Feb 6 (Reuters) -") is the article's own day."""
    (head, tail) = conn.execute(
        "SELECT substr(text, 1, ?), substr(text, ? + 1, 60) FROM documents WHERE id = ?", (start, end, doc_id)
    ).fetchone()
    return bool(_WIRE_HEAD.search(head or "") and _WIRE_TAIL.match(tail or ""))


def _head_dateline(conn: sqlite3.Connection, doc_id: str) -> list[Fact]:
    """A date at the start of the text that the temporal tagger does not read.

    "2009 06 13 00:11 JST", "Last updated : 1 may , 2009 - 17:54 GMT" (a month name in lower case).
    """
    (head,) = conn.execute("SELECT substr(text, 1, ?) FROM documents WHERE id = ?", (DATELINE_CHARS, doc_id)).fetchone()
    head = head or ""
    found: list[tuple[int, int, dt.date]] = []
    if m := _NUMERIC_DATELINE.search(head):
        found.extend(_day(m, int(m.group(1)), int(m.group(2)), int(m.group(3))))
    if m := _DAY_MONTH_YEAR.search(head):
        found.extend(_day(m, int(m.group(3)), _MONTHS[m.group(2).lower()[:3]], int(m.group(1))))
    if m := _MONTH_DAY_YEAR.search(head):
        found.extend(_day(m, int(m.group(3)), _MONTHS[m.group(1).lower()[:3]], int(m.group(2))))
    if not found:
        return []
    start, end, day = min(found)
    return [Fact("dateline", doc_id, 0, start, end, head[start:end], day.isoformat(), 1.0)]


def _day(m: re.Match[str], year: int, month: int, day: int) -> list[tuple[int, int, dt.date]]:
    try:
        return [(m.start(), m.end(), dt.date(year, month, day))]
    except ValueError:
        return []

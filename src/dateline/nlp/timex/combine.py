"""Date + clock combinations: "Monday at 3pm", "Feb 5 at 10:30 a.m.", "tonight at 7", "9am every Sunday".

A post-pass over the normalized records: a day-level DATE (or a part of a day: "tomorrow morning") next to a
clock time becomes one TIME whose value is that day at that time. A bare hour counts only after "at",
"around" or "@" ("tonight at 7"); a part of the day turns it into the afternoon/evening hour ("this
evening at 7" = T19:00). TimeBank writes such pairs as one TIMEX3 ("5 p.m. EST Nov. 9"). A weekly SET
("every Sunday", "Tuesdays") with a clock stays a SET: XXXX-WXX-7T09:00.
"""

from __future__ import annotations

import re

from dateline.model import Timex
from dateline.nlp.timex.loader import RuleSet
from dateline.nlp.timex.values import interval

_DAY = re.compile(r"^(?P<day>(?:\d{4}|XXXX)-(?:(?:\d{2}|XX)-(?:\d{2}|XX)|WXX-[1-7]))(?:T(?P<pod>MO|AF|EV|NI))?$")
# a SET "every Monday" / "every night": at a clock time it stays a SET (XXXX-WXX-1T09:00, XXXX-XX-XXT21:00)
_WEEKLY = re.compile(r"^XXXX-(?:WXX-[1-7]|XX-XX(?:T(?:MO|AF|EV|NI))?)$")
_CLOCK_VALUE = re.compile(r"T(?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?$")
_AFTER_DAY = re.compile(
    r"(?:\s*,\s*|\s+(?:(?:early|late)\s+)?(?P<pod>morning|afternoon|evening|night)\s+(?:at|around)\s+"
    r"|\s*,?\s+(?:at|around|about|@)\s+|\s+(?P<for>for)\s+|\s+-\s+|\s+)"
)
# the clock's own text says which half of the day it is (no part of the day may move it)
_HALF_FIXED = re.compile(
    r"(?i:[ap]\.?\s?m\b|[ap]\s?\.\s?m|\bin\s+the\s|\bat\s+night|\d{4}|\b(?:1[3-9]|2[0-4])[:.]|noon|night)"
)
# a clock after "at": with minutes or a.m./p.m., or a bare hour that ends the clause ("at 1,015 francs",
# "at 7 percent", "at 8.45%" are no times)
_BARE_HOUR = re.compile(
    r"\s*(?:,\s*)?(?:at|around|@)\s+(?P<h>[01]?\d|2[0-3])(?:"
    r"(?:[:.](?P<m>[0-5]\d))(?::(?P<s>[0-5]\d))?(?:\s*(?P<ampm>[AaPp])\.?(?:\s?[Mm]\.?)?)?(?![\w:/]|[.,]\d)"
    r"(?!\s*(?:%|(?:percent|points?|cents?|yen|euros?|pounds?|dollars?|million|billion)\b))"
    r"|\s*(?P<ampm2>[AaPp])\.?(?:\s?[Mm]\.?)?(?![\w:/]|[.,]\d)"
    r"|(?=\s*(?:$|[.;:!?)\]](?!\d)|,(?!\d)|\s+(?:in\s+the|o['’]?clock|sharp|local\s+time|[A-Z]{2,4}T)\b)))"
)
# a colon clock right after a day, with no "at" ("23.04.2022 14:55", "Feb. 22 3:30 p.m.", "2016-12-16T12:23:59")
_COLON_AFTER_DAY = re.compile(
    r"(?:T|\s*,\s*|\s+-\s+|\s+)(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?"
    r"(?:\s*(?P<ampm>[AaPp])\.?(?:\s?[Mm]\.?)?)?(?![\w:/]|[.,]\d)"
    r"(?!\s*(?:%|(?:percent|points?|cents?|million|billion)\b))"
)
# a colon clock right before a day ("12:30 December 27th", "19:00, 2016-12-22")
_COLON_BEFORE_DAY = re.compile(
    r"(?<![\d:.,$])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\s*,\s*|\s+on\s+|\s+)$"
)
# a spelled clock after a day: after "at" ("this morning at seven", "tomorrow at seven twenty-seven",
# "tomorrow at six forty-three minutes") or with a.m./p.m. ("monday the twenty fourth six pm"); it ends the clause
_HOUR_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MINUTE_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_WORD_AMPM = r"(?P<ampm>[AaPp]\s?\.\s?[Mm]\b\.?|[AaPp]\s?[Mm]\b)"
_WORD_HOUR = re.compile(
    rf"\s*,?\s*(?:(?P<at>at|around)\s+)?(?P<hw>{_HOUR_WORDS})(?:[- ](?P<mw>{_MINUTE_WORDS})(?:\s+minutes)?)?"
    rf"(?:\s*{_WORD_AMPM})?"
    r"(?=\s*(?:$|[.;:!?)\]]|,|\s+(?:in\s+the|o['’]?clock|sharp|local\s+time)\b))"
)
# a spelled clock right before a day: hour and minutes ("five-thirty tomorrow evening"), or an hour after "at"
# ("at seven on 15")
_WORD_BEFORE_DAY = re.compile(
    rf"(?:\b(?P<hw>{_HOUR_WORDS})[- ](?P<mw>{_MINUTE_WORDS})|(?<=\bat\s)(?P<hw2>{_HOUR_WORDS}))"
    r"(?:\s*,\s*|\s+on\s+(?:the\s+)?|\s+)$"
)
_POD_AFTER = re.compile(r"\s+in\s+the\s+(?P<pod>morning|afternoon|evening|night)\b")
_PODS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_BEFORE_DAY = re.compile(r"(?:\s*,\s*|\s+on\s+(?:the\s+)?|\s+)")


def _hour(h: int, ampm: str | None, pod: str | None) -> int | None:
    """The 24-hour hour of a clock: a.m./p.m. first, else the part of the day ("tonight at 7" = 19)."""
    if ampm:
        if not 1 <= h <= 12:
            return None
        return (h % 12) + (12 if ampm.lower() == "p" else 0)
    if (pod in ("AF", "EV") and h < 12) or (pod == "NI" and 6 <= h < 12):
        return h + 12
    return h


def _merged(text: str, first: Timex, last: Timex, day: Timex, value: str) -> Timex:
    span = interval(value)
    return day.model_copy(update={
        "start": first.start, "end": last.end, "text": text[first.start : last.end], "tid": first.tid,
        "type": "SET" if day.type == "SET" else "TIME", "value": value, "interval_start": span[0] if span else None,
        "interval_end": span[1] if span else None, "rule": f"combine.{day.rule}+clock",
    })


def _clock(h: int, m: int, s: int) -> str:
    return f"T{h:02d}:{m:02d}" + (f":{s:02d}" if s else "")


def _spelled(
    hw: str, mw: str | None, ampm: str | None, pod: str | None, numbers: dict[str, tuple[str, ...]]
) -> str | None:
    """The clock value of a spelled hour and minutes ("seven twenty-seven", "six pm"); `numbers`: its table."""
    hour = int(numbers[hw.lower()][0])
    minute = sum(int(numbers[w][0]) for w in re.split(r"[- ]", mw.lower())) if mw else 0
    h = _hour(hour, ampm[0] if ampm else None, pod)
    return None if h is None or minute > 59 else _clock(h, minute, 0)


def _with_pod(clock: re.Match[str], clock_text: str, pod: str | None) -> str:
    """A clock value moved into the part of the day around it, unless its own text fixes the half of the day."""
    h, m, s = int(clock["h"]), int(clock["m"]), int(clock["s"] or 0)
    if pod and not _HALF_FIXED.search(clock_text):
        h = _hour(h, None, pod) or h
    return _clock(h, m, s)


def _after_day(
    text: str, t: Timex, nxt: Timex | None, day: re.Match[str], numbers: dict[str, tuple[str, ...]]
) -> tuple[Timex, int] | None:
    """`t` (a day) merged with the clock right after it, and how many records that consumes."""
    gap = _AFTER_DAY.fullmatch(text, t.end, nxt.start) if nxt else None
    clock = _CLOCK_VALUE.search(nxt.value) if nxt and gap and nxt.type == "TIME" else None
    # a part of the day between a named day and its clock only after a weekday, day word or calendar date
    # ("Sunday late evening at 10:00"); "Christmas early morning at 8:00" stays two expressions
    pod_gap_ok = gap is not None and (not gap["pod"] or not t.rule.startswith("date.holiday"))
    if nxt and gap and clock and not _DAY.match(nxt.value) and pod_gap_ok and (
        not gap["for"] or _HALF_FIXED.search(nxt.text)
    ):
        pod = _PODS[gap["pod"]] if gap["pod"] else day["pod"]
        return _merged(text, t, nxt, t, f"{day['day']}{_with_pod(clock, nxt.text, pod)}"), 2
    colon = _COLON_AFTER_DAY.match(text, t.end) if day["pod"] is None else None
    if colon and (nxt is None or colon.end() <= nxt.start):
        h = _hour(int(colon["h"]), colon["ampm"], None)
        if h is not None:
            value = f"{day['day']}{_clock(h, int(colon['m']), int(colon['s'] or 0))}"
            return _merged(text, t, t.model_copy(update={"end": colon.end()}), t, value), 1
    spelled = _WORD_HOUR.match(text, t.end)
    # a duration inside the spelled clock ("at six forty-three minutes") is part of it
    inside = nxt is not None and spelled is not None and spelled.start() <= nxt.start and nxt.end <= spelled.end()
    if spelled and (spelled["at"] or spelled["ampm"]) and (nxt is None or spelled.end() <= nxt.start or inside):
        later = _POD_AFTER.match(text, spelled.end())
        pod = _PODS[later["pod"]] if later else day["pod"]
        value = _spelled(spelled["hw"], spelled["mw"], spelled["ampm"], pod, numbers)
        if value is not None:
            end = t.model_copy(update={"end": later.end() if later else spelled.end()})
            return _merged(text, t, end, t, f"{day['day']}{value}"), 2 if inside else 1
    bare = _BARE_HOUR.match(text, t.end)
    if bare and (nxt is None or bare.end() <= nxt.start):
        later = _POD_AFTER.match(text, bare.end())  # "Monday at 7 in the evening"
        pod = _PODS[later["pod"]] if later else day["pod"]
        h = _hour(int(bare["h"]), bare["ampm"] or bare["ampm2"], pod)
        if h is not None:
            value = f"{day['day']}{_clock(h, int(bare['m'] or 0), int(bare['s'] or 0))}"
            end = t.model_copy(update={"end": later.end() if later else bare.end()})
            return _merged(text, t, end, t, value), 1
    return None


def _before_day(
    text: str, t: Timex, nxt: Timex | None, out: list[Timex], numbers: dict[str, tuple[str, ...]]
) -> tuple[Timex, int] | None:
    """A clock (a record, or spelled or colon text) right before the day `nxt` or `t`, merged with it."""
    clock = _CLOCK_VALUE.search(t.value) if t.type == "TIME" else None
    if clock and nxt and _BEFORE_DAY.fullmatch(text, t.end, nxt.start):
        nday = _DAY.match(nxt.value)
        if nday and (nxt.type in ("DATE", "TIME") or _WEEKLY.match(nxt.value)) and not _CLOCK_VALUE.search(nxt.value):
            return _merged(text, t, nxt, nxt, f"{nday['day']}{_with_pod(clock, t.text, nday['pod'])}"), 2
    day = _DAY.match(t.value) if t.type in ("DATE", "TIME") or _WEEKLY.match(t.value) else None
    if day is None:
        return None
    free = out[-1].end if out else 0
    before = _COLON_BEFORE_DAY.search(text, max(0, t.start - 16), t.start)
    if before and free <= before.start():
        value = f"{day['day']}{_with_pod(before, before[0], day['pod'])}"
        return _merged(text, t.model_copy(update={"start": before.start()}), t, t, value), 1
    word = _WORD_BEFORE_DAY.search(text, max(free, t.start - 40), t.start)
    if word:
        value = _spelled(word["hw"] or word["hw2"], word["mw"], None, day["pod"], numbers)
        if value is not None:
            return _merged(text, t.model_copy(update={"start": word.start()}), t, t, f"{day['day']}{value}"), 1
    return None


def combine_date_clock(text: str, timexes: list[Timex], rules: RuleSet) -> list[Timex]:
    """Records with each adjacent day + clock pair merged into one TIME (in text order)."""
    numbers = rules.tables["numbers"]
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        t = timexes[i]
        nxt = timexes[i + 1] if i + 1 < len(timexes) else None
        day = _DAY.match(t.value) if t.type in ("DATE", "TIME") or _WEEKLY.match(t.value) else None
        found = (_after_day(text, t, nxt, day, numbers) if day else None) or _before_day(text, t, nxt, out, numbers)
        if found:
            out.append(found[0])
            i += found[1]
            continue
        out.append(t)
        i += 1
    return out

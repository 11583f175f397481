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
from dateline.nlp.timex.loader import default_rules
from dateline.nlp.timex.values import interval

_DAY = re.compile(r"^(?P<day>(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|WXX-[1-7]))(?:T(?P<pod>MO|AF|EV|NI))?$")
_WEEKLY = re.compile(r"^XXXX-WXX-[1-7]$")  # a SET "every Monday": at a clock time it stays a SET
_CLOCK_VALUE = re.compile(r"T(?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?$")
_AFTER_DAY = re.compile(r"(?:\s*,\s*|\s+(?:at|around|@)\s+|\s+-\s+|\s+)")
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
_COLON_BEFORE_DAY = re.compile(r"(?<![\d:.,$])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\s*,\s*|\s+)$")
# a spelled hour after "at" that ends the clause ("this morning at seven", "Oct. 23 at seven")
_WORD_HOUR = re.compile(
    r"\s*,?\s*(?:at|around)\s+(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?=\s*(?:$|[.;:!?)\]]|,|\s+(?:in\s+the|o['’]?clock|sharp|local\s+time)\b))"
)
_POD_AFTER = re.compile(r"\s+in\s+the\s+(?P<pod>morning|afternoon|evening|night)\b")
_PODS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_BEFORE_DAY = re.compile(r"(?:\s*,\s*|\s+on\s+(?:the\s+)?|\s+)")


def _hour(h: int, ampm: str | None, pod: str | None) -> int | None:
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


def combine_date_clock(text: str, timexes: list[Timex]) -> list[Timex]:
    """Records with each adjacent day + clock pair merged into one TIME (in text order)."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        t = timexes[i]
        nxt = timexes[i + 1] if i + 1 < len(timexes) else None
        day = _DAY.match(t.value) if t.type in ("DATE", "TIME") or _WEEKLY.match(t.value) else None
        if day:
            gap = _AFTER_DAY.fullmatch(text, t.end, nxt.start) if nxt else None
            clock = _CLOCK_VALUE.search(nxt.value) if nxt and gap and nxt.type == "TIME" else None
            if nxt and clock and not _DAY.match(nxt.value):
                h, m, s = int(clock["h"]), int(clock["m"]), int(clock["s"] or 0)
                out.append(_merged(text, t, nxt, t, f"{day['day']}{_clock(h, m, s)}"))
                i += 2
                continue
            colon = _COLON_AFTER_DAY.match(text, t.end) if day["pod"] is None else None
            if colon and (nxt is None or colon.end() <= nxt.start):
                h = _hour(int(colon["h"]), colon["ampm"], None)
                if h is not None:
                    value = f"{day['day']}{_clock(h, int(colon['m']), int(colon['s'] or 0))}"
                    out.append(_merged(text, t, t.model_copy(update={"end": colon.end()}), t, value))
                    i += 1
                    continue
            before = _COLON_BEFORE_DAY.search(text, max(0, t.start - 12), t.start) if day["pod"] is None else None
            if before and (not out or out[-1].end <= before.start()):
                value = f"{day['day']}{_clock(int(before['h']), int(before['m']), int(before['s'] or 0))}"
                out.append(_merged(text, t.model_copy(update={"start": before.start()}), t, t, value))
                i += 1
                continue
            spelled = _WORD_HOUR.match(text, t.end)
            if spelled and (nxt is None or spelled.end() <= nxt.start):
                later = _POD_AFTER.match(text, spelled.end())
                pod = _PODS[later["pod"]] if later else day["pod"]
                h = _hour(int(default_rules().tables["numbers"][spelled["hw"]][0]), None, pod)
                if h is not None:
                    end = t.model_copy(update={"end": later.end() if later else spelled.end()})
                    out.append(_merged(text, t, end, t, f"{day['day']}{_clock(h, 0, 0)}"))
                    i += 1
                    continue
            bare = _BARE_HOUR.match(text, t.end)
            if bare and (nxt is None or bare.end() <= nxt.start):
                later = _POD_AFTER.match(text, bare.end())  # "Monday at 7 in the evening"
                pod = _PODS[later["pod"]] if later else day["pod"]
                h = _hour(int(bare["h"]), bare["ampm"] or bare["ampm2"], pod)
                if h is not None:
                    value = f"{day['day']}{_clock(h, int(bare['m'] or 0), int(bare['s'] or 0))}"
                    end = t.model_copy(update={"end": later.end() if later else bare.end()})
                    out.append(_merged(text, t, end, t, value))
                    i += 1
                    continue
        clock = _CLOCK_VALUE.search(t.value) if t.type == "TIME" else None
        if clock and nxt and _BEFORE_DAY.fullmatch(text, t.end, nxt.start):
            nday = _DAY.match(nxt.value)
            if nday and nday["pod"] is None and (nxt.type == "DATE" or _WEEKLY.match(nxt.value)):
                h, m, s = int(clock["h"]), int(clock["m"]), int(clock["s"] or 0)
                out.append(_merged(text, t, nxt, nxt, f"{nday['day']}{_clock(h, m, s)}"))
                i += 2
                continue
        out.append(t)
        i += 1
    return out

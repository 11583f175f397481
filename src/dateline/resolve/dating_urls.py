"""Dates from article numbers: many sites number their articles in order (dw.com/a-71234567, aa.com.tr/.../3512345),
so an undated URL's number falls between those of two dated articles of the same site, and so does its day."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from urllib.parse import urlsplit

from dateline.resolve.dating_facts import Fact

_NUMBER = re.compile(r"(?<![A-Za-z0-9])(\d{5,})(?![A-Za-z0-9])")
_HAS_DATE = re.compile(r"/(?:19|20)\d\d/|(?:19|20)\d\d-\d\d-\d\d")
MAX_GAP_DAYS = 10  # neighbours further apart than this do not pin a day
MAX_SITE_URLS = 20000  # URLs read per site


def article_number(url: str) -> int | None:
    """The last long number in the URL's path or query (the site's article id), None when the URL holds a date."""
    parts = urlsplit(url)
    where = f"{parts.path}?{parts.query}"
    if _HAS_DATE.search(where):
        return None
    numbers = _NUMBER.findall(where)
    return int(numbers[-1]) if numbers else None


def _site(url: str) -> str:
    return urlsplit(url).netloc.lower().removeprefix("www.")


def _prefixes(site: str) -> list[str]:
    return [f"{scheme}://{www}{site}/" for scheme in ("http", "https") for www in ("", "www.")]


def url_order_facts(conn: sqlite3.Connection, doc_id: str, url: str, dates: dict[str, str]) -> list[Fact]:
    """The day interpolated between the nearest lower- and higher-numbered dated articles of the same site."""
    number = article_number(url)
    if number is None:
        return []
    site = _site(url)
    numbered: list[tuple[int, dt.date]] = []
    for prefix in _prefixes(site):
        rows = conn.execute(
            "SELECT doc_id, url FROM sources WHERE url >= ? AND url < ? LIMIT ?",
            (prefix, prefix[:-1] + "0", MAX_SITE_URLS),
        )
        for other, other_url in rows:
            if other != doc_id and other in dates and (n := article_number(other_url)) is not None:
                numbered.append((n, dt.date.fromisoformat(dates[other])))
    below = max((x for x in numbered if x[0] <= number), default=None)
    above = min((x for x in numbered if x[0] >= number), default=None)
    if below is None or above is None:
        return []
    gap = (above[1] - below[1]).days
    if gap < 0 or gap > MAX_GAP_DAYS:
        return []
    share = (number - below[0]) / max(1, above[0] - below[0])
    day = below[1] + dt.timedelta(days=round(gap * share))
    weight = 1.0 / (1.0 + gap / 2)
    return [Fact("url_order", doc_id, -1, 0, 0, url, day.isoformat(), weight)]

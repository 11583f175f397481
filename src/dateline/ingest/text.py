"""The plain-text article format: an optional `date YYYY-MM-DD` header, an optional headline, the body."""

from __future__ import annotations

import datetime as dt
import re

from dateline.errors import DateHeaderError, EmptyInputError
from dateline.ingest.records import new_document
from dateline.model import DateSource, Document, SourceRef

# `date` (any case, optional colon) then a token starting with a digit, at the very start of the file.
# Requiring the digit keeps an article that opens with "Date palms ..." from being read as a header.
_HEADER = re.compile(r"\A\s*(?i:date):?[ \t]+(?P<value>\d\S*)")
# A written date on a `Date:` line of its own ("Date: February 6, 2024", "Date: Tue, 6 Feb 2024"): the colon and
# the line's end are required, so a sentence that opens with "Date" never qualifies.
_WRITTEN_HEADER = re.compile(r"\A\s*(?i:date):[ \t]+(?P<value>[A-Za-z0-9][^\n]{2,40}?)[ \t]*(?:\n|\Z)")
_WRITTEN_FORMATS = (
    "%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%A, %B %d, %Y", "%a, %d %b %Y",
    "%A, %d %B %Y", "%a %b %d %Y",
)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*")

# A headline is short, ends without sentence punctuation and is not a byline.
MAX_HEADLINE_CHARS = 150
MAX_HEADLINE_WORDS = 25
_FINAL_PUNCTUATION = ".,;:!?…-–—"
_CLOSERS = "\"'”’»)]"
_BYLINE = re.compile(r"(?i)^by\s")
# After a single newline (no blank line) the next line must be this much longer than the candidate,
# so a hard-wrapped first paragraph is not mistaken for a headline.
_WRAP_RATIO = 1.5


def parse_date_value(value: str) -> tuple[dt.date | None, str]:
    """Parse `YYYY-MM-DD` or an ISO 8601 datetime (its calendar date as written); returns (date, reason)."""
    try:
        if _ISO_DAY.fullmatch(value):
            return dt.date.fromisoformat(value), ""
        if _ISO_DATETIME.fullmatch(value):
            return dt.datetime.fromisoformat(value).date(), ""
    except ValueError as exc:
        return None, f"no such date ({exc})"
    return None, "expected YYYY-MM-DD or an ISO 8601 date-time"


def split_headline(body: str) -> tuple[str | None, str]:
    """Split a first short, unpunctuated line off as the headline; returns (headline, rest)."""
    first, sep, rest = body.partition("\n")
    candidate = first.strip()
    if not sep or not rest.strip() or not candidate:
        return None, body
    words = candidate.split()
    core = candidate.rstrip(_CLOSERS)
    if (
        len(candidate) > MAX_HEADLINE_CHARS
        or not 2 <= len(words) <= MAX_HEADLINE_WORDS
        or not core
        or core[-1] in _FINAL_PUNCTUATION
        or _BYLINE.match(candidate)
        or not any(ch.isalpha() for ch in candidate)
    ):
        return None, body
    next_line = rest.partition("\n")[0].strip()
    # No blank line after the candidate: make sure it is not the first line of a wrapped paragraph.
    if next_line and (next_line[:1].islower() or len(next_line) < _WRAP_RATIO * len(candidate)):
        return None, body
    return candidate, rest


def parse_written_date(value: str) -> dt.date | None:
    """'February 6, 2024', 'Feb. 6 2024', '6 February 2024', 'Tuesday, February 6, 2024'; None otherwise."""
    cleaned = " ".join(value.replace(".", " ").replace(",", ", ").split()).replace(" ,", ",")
    for fmt in _WRITTEN_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def parse_text_article(text: str, *, path: str) -> Document:
    """Read one plain-text article (already decoded) into a Document.

    Raises DateHeaderError for a malformed `date` header and EmptyInputError when no text is left.
    """
    date: dt.date | None = None
    evidence: str | None = None
    body = text
    written = _WRITTEN_HEADER.match(text)
    day = parse_written_date(written.group("value")) if written else None
    header = None if day else _HEADER.match(text)
    if header:
        value = header.group("value")
        line = text.count("\n", 0, header.start("value")) + 1
        date, reason = parse_date_value(value)
        if date is None:
            raise DateHeaderError(
                f"bad date header {value!r}: {reason}; write `date YYYY-MM-DD` (e.g. `date 2024-02-06`) as "
                "the first word of the file, or remove it if the date is not known",
                where=f"{path}:{line}",
            )
        evidence = f"date header, line {line}"
        body = text[header.end() :]
    elif written and day:
        date = day
        line = text.count("\n", 0, written.start("value")) + 1
        evidence = f"date line, line {line}"
        header = written
        body = text[written.end() :]
    body = body.strip()
    title, rest = split_headline(body)
    body = rest.strip()
    if not body:
        what = "has a date header but no article text" if header else "has no article text"
        raise EmptyInputError(f"the file {what}; put the article text after the header", where=path)
    return new_document(
        body,
        source=SourceRef(path=path, format="text"),
        title=title,
        date=date,
        date_source=DateSource.GIVEN if date else DateSource.UNKNOWN,
        date_evidence=evidence,
    )

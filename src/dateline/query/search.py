"""Full-text search over sentences (SQLite FTS5), ranked by bm25, with highlighted snippets.

Query language: plain words find sentences containing all of them, in any order and case, accents
ignored (`blinken cairo`). A query using FTS5 syntax — double quotes for a phrase (`"Mr Blinken"`),
`AND` / `OR` / `NOT` / `NEAR` in capitals, `*` for a prefix, parentheses — is passed to FTS5 as
written. The user's text only ever travels as a bound parameter.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3

from dateline.errors import QueryError
from dateline.query.common import check_limit, date_range
from dateline.query.rows import SearchHit, TextRange
from dateline.store import Store

# Private-use characters mark matches inside FTS5's snippet; they are turned into offsets and never
# reach the caller, so no caller has to guess what a "[" in the text means.
_OPEN, _CLOSE = "\ue000", "\ue001"
_SNIPPET_TOKENS = 40
_OPERATOR_RE = re.compile(r'["*()^]|\b(?:AND|OR|NOT|NEAR)\b')
_WORD_RE = re.compile(r"\w", re.UNICODE)

_HOW_TO = (
    'Put a phrase in double quotes ("Mr Blinken"), write AND/OR/NOT in capitals between words, '
    "or type plain words to find sentences containing all of them."
)

_SEARCH_SQL = """
SELECT s.doc_id, d.date, d.title, s.sentence, s.start, s."end", s.text,
       snippet(sentences_fts, 0, :open, :close, '…', :tokens) AS snippet,
       bm25(sentences_fts) AS rank,
       (SELECT json_group_array(json_object('text', t.text, 'value', t.value,
                                            'interval_start', t.interval_start, 'interval_end', t.interval_end))
        FROM timexes t
        WHERE t.doc_id = s.doc_id AND t.sentence = s.sentence AND t.interval_start IS NOT NULL) AS dates
FROM sentences_fts
JOIN sentences s ON s.id = sentences_fts.rowid
JOIN documents d ON d.id = s.doc_id
WHERE sentences_fts MATCH :query
{date_filter}
ORDER BY rank, s.doc_id, s.sentence
LIMIT :limit
"""

# A hit is in range when its document's date is, or when its sentence has a time expression whose
# interval overlaps the range (an undated article can still report what happened in it).
_DATE_FILTER = """
AND (
  (d.date IS NOT NULL AND (:date_from IS NULL OR d.date >= :date_from)
                      AND (:date_to IS NULL OR d.date <= :date_to))
  OR EXISTS (
    SELECT 1 FROM timexes t
    WHERE t.doc_id = s.doc_id AND t.sentence = s.sentence AND t.interval_start IS NOT NULL
      AND (:date_to IS NULL OR t.interval_start <= :date_to)
      AND (:date_from IS NULL OR COALESCE(t.interval_end, t.interval_start) >= :date_from)
  )
)
"""


def fts_query(text: str) -> str:
    """The FTS5 query for what the user typed: their own syntax if they used any, else all the words."""
    text = text.strip()
    if not text:
        raise QueryError("empty search: type one or more words", field="q")
    if _OPERATOR_RE.search(text):
        return text
    words = [w for w in text.split() if _WORD_RE.search(w)]
    if not words:
        raise QueryError(f"nothing to search for in {text!r}: type one or more words", field="q")
    return " ".join(f'"{w}"' for w in words)


def search(
    store: Store,
    query: str,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int = 20,
) -> list[SearchHit]:
    """Sentences matching `query`, best first; `date_from`/`date_to` keep hits dated in the range."""
    check_limit(limit)
    lo, hi = date_range(date_from, date_to)
    params = {
        "open": _OPEN, "close": _CLOSE, "tokens": _SNIPPET_TOKENS, "query": fts_query(query),
        "limit": limit, "date_from": lo, "date_to": hi,
    }
    sql = _SEARCH_SQL.format(date_filter=_DATE_FILTER if (lo or hi) else "")
    try:
        rows = store.connection.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if _is_syntax_error(message):
            raise QueryError(f"cannot search for {query!r} ({message}). {_HOW_TO}", field="q") from exc
        raise
    return [_hit(*row) for row in rows]


def _is_syntax_error(message: str) -> bool:
    return message.startswith("fts5:") or any(
        m in message
        for m in ("syntax error", "unterminated string", "no such column", "unknown special query")
    )


def _hit(
    doc_id: str, date: str | None, title: str | None, sentence: int, start: int, end: int, text: str,
    snippet: str, rank: float, dates: str,
) -> SearchHit:
    plain, matches = _unmark(snippet) if _OPEN not in text and _CLOSE not in text else (snippet, [])
    return SearchHit(
        doc_id=doc_id, doc_date=date, doc_title=title, sentence=sentence, sentence_start=start,
        sentence_end=end, sentence_text=text, snippet=plain, matches=matches,
        mentioned_dates=json.loads(dates), score=-rank,
    )


def _unmark(marked: str) -> tuple[str, list[TextRange]]:
    """Strip the match markers, returning the plain snippet and the matches' offsets in it."""
    out: list[str] = []
    matches: list[TextRange] = []
    length, opened = 0, None
    for ch in marked:
        if ch == _OPEN:
            opened = length
        elif ch == _CLOSE and opened is not None:
            matches.append(TextRange(start=opened, end=length))
            opened = None
        else:
            out.append(ch)
            length += 1
    return "".join(out), matches

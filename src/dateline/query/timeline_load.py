"""Read what a timeline is built from: the documents a query and its filters select, their sentences and the
calendar days each sentence mentions. One pass of a few SQL statements; everything after is in memory."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field

from dateline.errors import QueryError
from dateline.query.common import like_escape, with_fold
from dateline.query.search import _HOW_TO, _is_syntax_error, fts_query
from dateline.query.timeline_attribute import names_a_noun

_CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit
_PLACE_LABELS = ("GPE", "LOC", "FAC")
# An inferred publication date is a guess: its article counts for less when days are weighed.
_DATE_SOURCE_WEIGHT = {"inferred": 0.5}
_MAX_COARSE_DAYS = 31  # a week or a month mentioned lends a little support to each of its days
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Doc:
    id: str
    date: str | None
    weight: float
    title: str | None = None
    publisher: str | None = None
    url: str | None = None


@dataclass
class Sent:
    doc_id: str
    index: int
    text: str
    n_tokens: int
    match: bool = True  # matches the query / mentions the entity or event type asked for
    of_type: bool = True  # reports an event of the type asked for (always, when no type is asked for)
    days: list[str] = field(default_factory=list)  # day-precise dates the sentence mentions
    spans: list[tuple[str, str]] = field(default_factory=list)  # weeks / months it mentions (first, last day)
    # days it names only inside a noun phrase ("the January 19 ceasefire deal"): salient, but not what it reports
    named_only: set[str] = field(default_factory=set)

    def reports(self) -> list[str]:
        """The days this sentence can stand for on a timeline."""
        return [d for d in self.days if d not in self.named_only]


@dataclass
class Selection:
    """The documents in play and their sentences, in document order."""

    docs: dict[str, Doc]
    sents: list[Sent]
    date_from: str | None
    date_to: str | None

    def in_range(self, day: str) -> bool:
        return (self.date_from is None or day >= self.date_from) and (self.date_to is None or day <= self.date_to)


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
    return row is not None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def load(
    conn: sqlite3.Connection,
    *,
    query: str | None,
    entity: str | None,
    place: str | None,
    event_type: str | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
    published_from: dt.date | None = None,
    published_to: dt.date | None = None,
) -> Selection:
    """The documents matching every filter given (all of them when none is), with sentences and mentioned days."""
    lo, hi = _iso(date_from), _iso(date_to)
    doc_ids = _docs_in_range(conn, lo, hi, _iso(published_from), _iso(published_to))
    hits: list[set[tuple[str, int]]] = []
    if query:
        hits.append(_query_hits(conn, query))
    if entity:
        hits.append(_entity_hits(conn, entity, labels=None))
    if place:
        hits.append(_entity_hits(conn, place, labels=_PLACE_LABELS))
    typed: set[tuple[str, int]] | None = None
    if event_type:
        typed = _event_type_hits(conn, event_type)
        hits.append(typed)
    matched: set[tuple[str, int]] | None = None
    for h in hits:
        docs_h = {d for d, _ in h}
        doc_ids &= docs_h
        matched = h if matched is None else matched | h  # a sentence is evidence when it matches any filter
    if matched is not None:
        matched = {x for x in matched if x[0] in doc_ids}
    ids = sorted(doc_ids)
    docs = _load_docs(conn, ids)
    sents = _load_sentences(conn, ids, matched)
    if typed is not None:
        for sent in sents:
            sent.of_type = (sent.doc_id, sent.index) in typed
    return Selection(docs=docs, sents=sents, date_from=lo, date_to=hi)


def _docs_in_range(
    conn: sqlite3.Connection, lo: str | None, hi: str | None, pub_lo: str | None, pub_hi: str | None
) -> set[str]:
    """Documents published in the range, or mentioning a day in it (an undated article can still report it)."""
    where, params = [], []
    if pub_lo:
        where.append("d.date >= ?")
        params.append(pub_lo)
    if pub_hi:
        where.append("d.date <= ?")
        params.append(pub_hi)
    if lo or hi:
        where.append(
            "((d.date IS NOT NULL AND (? IS NULL OR d.date >= ?) AND (? IS NULL OR d.date <= ?)) OR EXISTS ("
            "SELECT 1 FROM timexes t WHERE t.doc_id = d.id AND t.interval_start IS NOT NULL"
            " AND (? IS NULL OR t.interval_start <= ?)"
            " AND (? IS NULL OR COALESCE(t.interval_end, t.interval_start) >= ?)))"
        )
        params += [lo, lo, hi, hi, hi, hi, lo, lo]
    sql = "SELECT d.id FROM documents d" + (" WHERE " + " AND ".join(where) if where else "")
    return {r[0] for r in conn.execute(sql, params)}


def _query_hits(conn: sqlite3.Connection, query: str) -> set[tuple[str, int]]:
    sql = (
        "SELECT s.doc_id, s.sentence FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
        "WHERE sentences_fts MATCH ?"
    )
    try:
        return {(d, i) for d, i in conn.execute(sql, (fts_query(query),))}
    except sqlite3.OperationalError as exc:
        if _is_syntax_error(str(exc)):
            raise QueryError(f"cannot search for {query!r} ({exc}). {_HOW_TO}", field="q") from exc
        raise


def _entity_hits(conn: sqlite3.Connection, name: str, labels: tuple[str, ...] | None) -> set[tuple[str, int]]:
    """Sentences mentioning an entity: by corpus entity name or alias where the corpus layer ran, else by the
    per-document entities' names and aliases, else by the mention's own text."""
    needle = name.strip().casefold()
    if not needle:
        raise QueryError("empty entity name: give a name such as --entity Blinken", field="entity")
    conn = with_fold(conn)
    pattern = f"%{like_escape(needle)}%"
    label_sql = f" AND label IN ({_marks(len(labels))})" if labels else ""
    label_params = list(labels or ())
    keys: set[tuple[str, str]] = set()  # (doc_id, per-document entity key)
    if _has_table(conn, "corpus_entities"):
        sql = (
            "SELECT en.doc_id, en.key FROM corpus_entities ce JOIN entity_links el ON el.corpus_id = ce.id "
            "JOIN entities en ON en.doc_id = el.doc_id AND en.seq = el.seq "
            "WHERE (dateline_fold(ce.name) LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM json_each(ce.aliases) a "
            f"WHERE dateline_fold(a.value) LIKE ? ESCAPE '\\')){label_sql.replace('label', 'ce.label')}"
        )
        keys |= {(d, k) for d, k in conn.execute(sql, [pattern, pattern, *label_params])}
    sql = (
        "SELECT doc_id, key FROM entities WHERE (dateline_fold(name) LIKE ? ESCAPE '\\' OR EXISTS ("
        f"SELECT 1 FROM json_each(entities.aliases) a WHERE dateline_fold(a.value) LIKE ? ESCAPE '\\')){label_sql}"
    )
    keys |= {(d, k) for d, k in conn.execute(sql, [pattern, pattern, *label_params])}
    hits: set[tuple[str, int]] = set()
    by_doc: dict[str, set[str]] = {}
    for d, k in keys:
        by_doc.setdefault(d, set()).add(k)
    for chunk in _chunks(sorted(by_doc)):
        rows = conn.execute(
            f"SELECT doc_id, sentence, entity FROM mentions WHERE doc_id IN ({_marks(len(chunk))})", chunk
        )
        hits |= {(d, s) for d, s, e in rows if e is not None and e in by_doc[d]}
    # Documents annotated without the entity step: their mentions carry no entity key, only text.
    sql = (
        "SELECT doc_id, sentence FROM mentions WHERE entity IS NULL AND dateline_fold(text) LIKE ? ESCAPE '\\'"
        + label_sql
    )
    hits |= {(d, s) for d, s in conn.execute(sql, [pattern, *label_params])}
    if not keys and not hits:  # a typo is no empty timeline: say that nothing in the store bears the name
        from dateline.query.entity_detail import close_names

        close = close_names(conn, name) if _has_table(conn, "corpus_entities") else []
        hint = f"; close matches: {', '.join(close)}" if close else "; `dateline entities --name PART` lists names"
        what = "place" if labels else "entity"
        raise QueryError(f"no {what} named {name!r} in any article{hint}", field=what)
    return hits


def _event_type_hits(conn: sqlite3.Connection, event_type: str) -> set[tuple[str, int]]:
    rows = conn.execute("SELECT doc_id, sentence FROM events WHERE type = ?", (event_type.strip().upper(),))
    return {(d, s) for d, s in rows}


def _load_docs(conn: sqlite3.Connection, ids: list[str]) -> dict[str, Doc]:
    docs: dict[str, Doc] = {}
    for chunk in _chunks(ids):
        rows = conn.execute(
            "SELECT d.id, d.date, d.date_source, d.title, "
            "(SELECT s.publisher FROM sources s WHERE s.doc_id = d.id ORDER BY s.seq LIMIT 1), "
            "(SELECT s.url FROM sources s WHERE s.doc_id = d.id ORDER BY s.seq LIMIT 1) "
            f"FROM documents d WHERE d.id IN ({_marks(len(chunk))})",
            chunk,
        )
        for doc_id, date, source, title, publisher, url in rows:
            docs[doc_id] = Doc(
                id=doc_id, date=date, weight=_DATE_SOURCE_WEIGHT.get(source, 1.0), title=title,
                publisher=publisher, url=url,
            )
    return docs


def _load_sentences(
    conn: sqlite3.Connection, ids: list[str], matched: set[tuple[str, int]] | None
) -> list[Sent]:
    sents: list[Sent] = []
    index: dict[tuple[str, int], Sent] = {}
    starts: dict[tuple[str, int], int] = {}
    for chunk in _chunks(ids):
        marks = _marks(len(chunk))
        for doc_id, i, text, n_tokens, sent_start in conn.execute(
            f"SELECT doc_id, sentence, text, n_tokens, start FROM sentences WHERE doc_id IN ({marks}) "
            "ORDER BY doc_id, sentence",
            chunk,
        ):
            s = Sent(doc_id=doc_id, index=i, text=text, n_tokens=n_tokens,
                     match=matched is None or (doc_id, i) in matched)
            sents.append(s)
            index[(doc_id, i)] = s
            starts[(doc_id, i)] = sent_start or 0
        plain: set[tuple[int, str]] = set()  # (id of sentence, day) said as a day of its own somewhere
        for doc_id, i, start, end, char_start, char_end in conn.execute(
            "SELECT doc_id, sentence, interval_start, interval_end, start, \"end\" FROM timexes "
            f"WHERE doc_id IN ({marks}) AND interval_start IS NOT NULL AND type IN ('DATE', 'TIME')",
            chunk,
        ):
            s = index.get((doc_id, i))
            if s is None:
                continue
            first, last = start[:10], (end or start)[:10]
            if not (_DAY_RE.match(first) and _DAY_RE.match(last)):  # BC years, five-digit years: not on a timeline
                continue
            if first == last:
                if first not in s.days:
                    s.days.append(first)
                offset = starts[(doc_id, i)]
                if names_a_noun(s.text, char_start - offset, char_end - offset):
                    s.named_only.add(first)
                else:
                    plain.add((id(s), first))
            elif _span_days(first, last) <= _MAX_COARSE_DAYS:
                s.spans.append((first, last))
    for s in sents:
        s.named_only = {d for d in s.named_only if (id(s), d) not in plain}
    return sents


def _span_days(first: str, last: str) -> int:
    try:
        return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days + 1
    except ValueError:
        return _MAX_COARSE_DAYS + 1

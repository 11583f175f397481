"""Facts an undated document shares with dated ones: near-identical sentences (wire copy), the same quote, the same
figure (category, value, qualifier), the same event (type, place, actor).

Sentences and quotes are found through the store's full-text index (a few six-word phrases per sentence), then
checked word by word, so the cost grows with the undated documents, not with the corpus. Figures and events are
matched on exact keys. `pool` restricts the dated side (to the documents new in this run, when re-checking).
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence

from dateline.resolve.dating_facts import Fact

_WORD = re.compile(r"[^\W_]+")
MIN_TOKENS = 8  # shorter sentences ("He said so.") are shared by chance
PHRASE = 6  # words per full-text probe
MAX_HITS = 200  # full-text hits read per probe
MAX_SENTENCE_SPREAD = 7  # a sentence found on dates further apart is boilerplate ("Reporting by ...")
SIMILAR = 0.6  # word-trigram overlap (of the shorter sentence) for "near-identical"
MAX_KEY_DOCS = 12  # a figure or event key shared by more dated documents says nothing about the day
MAX_TITLE_DOCS = 30  # a title shared by more dated documents is a section name, not a story
MIN_FIGURE = 5.0
ROUND_FIGURE = 0.3  # weight of a shared round figure  # "two people" is everywhere; "42 dead" is a fact


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _WORD.findall(text)]


def _shingles(words: Sequence[str], n: int = 3) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}


def overlap(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of the shorter text's word trigrams found in the other: 1.0 when one sentence contains the other."""
    sa, sb = _shingles(a), _shingles(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def _spread_days(facts: Sequence[Fact]) -> int:
    days = [f.day() for f in facts]
    return (max(days) - min(days)).days


def _probes(words: Sequence[str]) -> str:
    """An FTS5 query: a few six-word phrases from the start, middle and end of the sentence."""
    starts = sorted({0, max(0, len(words) // 2 - PHRASE // 2), max(0, len(words) - PHRASE)})
    return " OR ".join('"' + " ".join(words[s : s + PHRASE]) + '"' for s in starts)


class CorpusFacts:
    """Looks up dated documents sharing facts with an undated one. `dates`: dated doc id -> ISO date."""

    def __init__(self, conn: sqlite3.Connection, dates: dict[str, str]) -> None:
        self.conn = conn
        self.dates = dates

    def _fts(self, query: str) -> list[tuple[str, int, int, int, str]]:
        try:
            return self.conn.execute(
                'SELECT s.doc_id, s.sentence, s.start, s."end", s.text FROM sentences_fts f '
                "JOIN sentences s ON s.id = f.rowid WHERE sentences_fts MATCH ? LIMIT ?",
                (query, MAX_HITS),
            ).fetchall()
        except sqlite3.OperationalError:  # a query the FTS parser refuses: no evidence from it
            return []

    def sentence_facts(self, doc_id: str) -> list[Fact]:
        """Dated sentences nearly identical to one of the document's sentences (one fact per neighbour sentence)."""
        out: list[Fact] = []
        rows = self.conn.execute("SELECT sentence, text FROM sentences WHERE doc_id = ? ORDER BY sentence", (doc_id,))
        for own_sentence, text in rows.fetchall():
            words = tokens(text)
            if len(words) < MIN_TOKENS:
                continue
            found = []
            for other, sentence, start, end, other_text in self._fts(_probes(words)):
                if other == doc_id or other not in self.dates:
                    continue
                sim = overlap(words, tokens(other_text))
                if sim >= SIMILAR:
                    found.append(
                        Fact("sentence", other, sentence, start, end, other_text, self.dates[other], sim, own_sentence)
                    )
            if found and _spread_days(found) <= MAX_SENTENCE_SPREAD:
                out.extend(found)
        return out

    def facts_from_new(self, targets: Sequence[str], pool: Sequence[str]) -> dict[str, list[Fact]]:
        """Sentence and quote facts between the undated `targets` and a few new dated documents, searched from
        the new documents' side (the cost grows with the new documents, not with the undated ones)."""
        wanted = set(targets)
        out: dict[str, list[Fact]] = defaultdict(list)
        for other in pool:
            if other not in self.dates:
                continue
            date = self.dates[other]
            rows = self.conn.execute(
                'SELECT sentence, start, "end", text FROM sentences WHERE doc_id = ?', (other,)
            ).fetchall()
            for sentence, start, end, text in rows:
                words = tokens(text)
                if len(words) < MIN_TOKENS:
                    continue
                for own, own_sentence, _s, _e, own_text in self._fts(_probes(words)):
                    if own in wanted and (sim := overlap(words, tokens(own_text))) >= SIMILAR:
                        out[own].append(Fact("sentence", other, sentence, start, end, text, date, sim, own_sentence))
            quotes = self.conn.execute(
                'SELECT sentence, start, "end", text FROM quotes WHERE doc_id = ?', (other,)
            ).fetchall()
            for sentence, start, end, text in quotes:
                words = tokens(text)
                if len(words) < MIN_TOKENS:
                    continue
                for own in sorted({r[0] for r in self._fts(_probes(words)) if r[0] in wanted}):
                    for own_sentence, qtext in self.conn.execute(
                        "SELECT sentence, text FROM quotes WHERE doc_id = ?", (own,)
                    ):
                        if overlap(words, tokens(qtext)) >= SIMILAR:
                            out[own].append(Fact("quote", other, sentence, start, end, text, date, 1.0, own_sentence))
                            break
        return out

    def quote_facts(self, doc_id: str) -> list[Fact]:
        """Dated documents quoting the same words (the quote's text, compared word by word)."""
        out: list[Fact] = []
        quotes = self.conn.execute("SELECT sentence, text FROM quotes WHERE doc_id = ?", (doc_id,)).fetchall()
        for own_sentence, text in quotes:
            words = tokens(text)
            if len(words) < MIN_TOKENS:
                continue
            others = {row[0] for row in self._fts(_probes(words)) if row[0] != doc_id and row[0] in self.dates}
            for other in sorted(others):
                for sentence, start, end, qtext in self.conn.execute(
                    'SELECT sentence, start, "end", text FROM quotes WHERE doc_id = ?', (other,)
                ):
                    sim = overlap(words, tokens(qtext))
                    if sim >= SIMILAR:
                        out.append(
                            Fact("quote", other, sentence, start, end, qtext, self.dates[other], sim, own_sentence)
                        )
                        break
        return out

    def title_facts(self, doc_ids: Sequence[str], pool: Iterable[str] | None) -> dict[str, list[Fact]]:
        """Dated documents with the same title (versions of one story, or items under one heading)."""
        titles: dict[str, list[str]] = defaultdict(list)
        for doc_id, title in _rows(self.conn, "SELECT id, title FROM documents WHERE title IS NOT NULL", doc_ids, "id"):
            key = " ".join(tokens(str(title)))
            if key:
                titles[key].append(str(doc_id))
        if not titles:
            return {}
        sql = "SELECT id, title FROM documents WHERE title IS NOT NULL"
        scan = _rows(self.conn, sql, list(pool), "id") if pool is not None else _all_rows(self.conn, sql)
        hits: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for other, title in scan:
            if other in self.dates and (key := " ".join(tokens(str(title)))) in titles:
                hits[key].append((str(other), str(title)))
        out: dict[str, list[Fact]] = defaultdict(list)
        for key, others in hits.items():
            if len(others) > MAX_TITLE_DOCS:
                continue
            for own in titles[key]:
                for other, title in others:
                    if other != own:
                        out[own].append(
                            Fact("title", other, -1, 0, len(title), title, self.dates[other], 1.0 / len(others))
                        )
        return out

    def key_facts(self, doc_ids: Sequence[str], pool: Iterable[str] | None) -> dict[str, list[Fact]]:
        """Figures and events of the documents matched on exact keys against the dated pool (None: all dated)."""
        out: dict[str, list[Fact]] = defaultdict(list)
        for kind, own_sql, pool_sql in (("figure", _FIGURES, _FIGURES), ("event", _EVENTS, _EVENTS)):
            wanted: dict[tuple[object, ...], list[tuple[str, int]]] = defaultdict(list)
            for row in _rows(self.conn, own_sql, doc_ids):
                key = _key(kind, row)
                if key is not None:
                    wanted[key].append((row[0], row[1]))
            if not wanted:
                continue
            hits: dict[tuple[object, ...], list[Fact]] = defaultdict(list)
            scan = _rows(self.conn, pool_sql, list(pool)) if pool is not None else _all_rows(self.conn, pool_sql)
            for row in scan:
                if row[0] not in self.dates:
                    continue
                key = _key(kind, row)
                if key in wanted:
                    hits[key].append(Fact(kind, row[0], row[1], row[2], row[3], row[4], self.dates[row[0]], 1.0))
            for key, facts in hits.items():
                docs = {f.doc_id for f in facts}
                if len(docs) > MAX_KEY_DOCS:
                    continue
                weight = _specificity(kind, key) / len(docs)
                for own_doc, own_sentence in wanted[key]:
                    for f in facts:
                        if f.doc_id != own_doc:
                            out[own_doc].append(
                                Fact(
                                    f.kind,
                                    f.doc_id,
                                    f.sentence,
                                    f.start,
                                    f.end,
                                    f.text,
                                    f.date,
                                    weight,
                                    own_sentence,
                                )
                            )
        return out


_FIGURES = (
    'SELECT doc_id, sentence, start, "end", text, category, value, qualifier FROM figures '
    f"WHERE value IS NOT NULL AND value >= {MIN_FIGURE}"
)
_EVENTS = (
    'SELECT doc_id, sentence, start, "end", text, type, place, COALESCE(source_actor, target_actor) FROM events '
    "WHERE place IS NOT NULL AND COALESCE(source_actor, target_actor) IS NOT NULL"
)


def _specificity(kind: str, key: tuple[object, ...]) -> float:
    """A round figure (100, 2,000, "hundreds") is said of many things; 1,490 identifies one report."""
    if kind != "figure":
        return 1.0
    value = float(key[1])  # type: ignore[arg-type]
    return ROUND_FIGURE if value.is_integer() and int(value) % 10 == 0 else 1.0


def _key(kind: str, row: Sequence[object]) -> tuple[object, ...] | None:
    if kind == "figure":
        return (row[5], row[6], row[7] or "")
    place, actor = str(row[6]).lower().strip(), str(row[7]).lower().strip()
    if len(place) < 3 or len(actor) < 3:
        return None
    return (row[5], place, actor)


def _rows(
    conn: sqlite3.Connection, sql: str, doc_ids: Sequence[str], column: str = "doc_id"
) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    ids = list(doc_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        out.extend(conn.execute(f"{sql} AND {column} IN ({marks})", chunk).fetchall())
    return out


def _all_rows(conn: sqlite3.Connection, sql: str) -> Iterable[tuple[object, ...]]:
    return conn.execute(sql)

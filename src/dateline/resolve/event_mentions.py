"""Event mentions of the store as linking features: one query per table for a batch of documents.

Actors and places are compared through corpus entity ids (entity_links, written by the entities step that runs
before this one) and fall back to folded names when a document's entities are not linked.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Sequence

from dateline.resolve.event_features import MentionFeatures, Place, date_interval, fold_name, salient_words
from dateline.resolve.event_lemma import content_words, family_of, trigger_key
from dateline.resolve.event_sides import side_of

ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Negated and hypothetical events did not happen: they are never linked.
LINKED_MODALITIES = ("asserted", "historical", "planned")
RECALLED_MODALITIES = frozenset({"historical"})
RECALL_AGE_DAYS = 14  # an event dated this long before its article is recalled, not news
CONTEXT_SIZE = 8
BATCH = 500


def _chunks(ids: Sequence[str], size: int = BATCH) -> list[Sequence[str]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def placeholders(n: int) -> str:
    return ",".join("?" * n)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _entities(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[tuple[str, str], tuple[str, str, Place | None]]:
    """(doc_id, entity key) -> (identity, display name, Place when it is a place), via corpus entities if linked."""
    out: dict[tuple[str, str], tuple[str, str, Place | None]] = {}
    rows = conn.execute(
        f"""SELECT e.doc_id, e.key, e.name, e.label, el.corpus_id, ce.name, ce.place_kind, ce.country_code,
                   e.place_kind, e.country_code
            FROM entities e
            LEFT JOIN entity_links el ON el.doc_id = e.doc_id AND el.seq = e.seq
            LEFT JOIN corpus_entities ce ON ce.id = el.corpus_id
            WHERE e.doc_id IN ({placeholders(len(ids))})""",
        list(ids),
    )
    for doc_id, key, name, label, corpus_id, cname, ckind, ccountry, kind, country in rows:
        ident = f"c:{corpus_id}" if corpus_id is not None else "n:" + fold_name(name, label)
        display = cname or name
        place = None
        if label in PLACE_LABELS:
            place_kind = ckind or kind
            place = Place(ident, ccountry or country, place_kind == "country", display)
        out[(doc_id, key)] = (ident, display, place)
    return out


def document_context(conn: sqlite3.Connection, ids: Sequence[str], entities: dict) -> dict[str, frozenset[str]]:
    """Each document's main actors and places (most mentioned first): what the article is about."""
    ranked: dict[str, list[tuple[int, str]]] = defaultdict(list)
    rows = conn.execute(
        f"SELECT doc_id, key, label, n_mentions FROM entities WHERE doc_id IN ({placeholders(len(ids))})", list(ids)
    )
    for doc_id, key, label, n in rows:
        if label in ACTOR_LABELS | PLACE_LABELS and (doc_id, key) in entities:
            ranked[doc_id].append((-(n or 0), entities[(doc_id, key)][0]))
    return {d: frozenset(ident for _, ident in sorted(r)[:CONTEXT_SIZE]) for d, r in ranked.items()}


def idf_sample(conn: sqlite3.Connection, size: int = 4000) -> dict[str, float]:
    """Inverse sentence frequency of content words from an evenly spread, stable sample of the store's sentences."""
    total = conn.execute("SELECT max(id) FROM sentences").fetchone()[0] or 0
    step = max(1, total // size)
    df: Counter[str] = Counter()
    n = 0
    for (text,) in conn.execute("SELECT text FROM sentences WHERE id % ? = 0", (step,)):
        n += 1
        df.update(set(content_words(text)))
    return {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}


def load_mentions(
    conn: sqlite3.Connection,
    doc_ids: Sequence[str],
    idf: dict[str, float],
    only: set[tuple[str, int]] | None = None,
) -> list[MentionFeatures]:
    """Linkable event mentions of the documents (or only the given (doc_id, seq) keys), oldest document first."""
    out: list[MentionFeatures] = []
    for ids in _chunks(list(doc_ids)):
        docs = {
            r[0]: (_date(r[1]), r[2])
            for r in conn.execute(
                f"SELECT id, date, text FROM documents WHERE id IN ({placeholders(len(ids))})", list(ids)
            )
        }
        entities = _entities(conn, ids)
        context = document_context(conn, ids, entities)
        by_sentence: dict[tuple[str, int], list[tuple[str, str, Place | None]]] = defaultdict(list)
        for doc_id, sentence, label, key, text in conn.execute(
            f"SELECT doc_id, sentence, label, entity, text FROM mentions WHERE doc_id IN ({placeholders(len(ids))})",
            list(ids),
        ):
            if label not in ACTOR_LABELS | PLACE_LABELS:
                continue
            found = entities.get((doc_id, key or ""))
            if found is None:
                ident = "n:" + fold_name(text, label)
                found = (ident, text, Place(ident, name=text) if label in PLACE_LABELS else None)
            by_sentence[(doc_id, sentence)].append(found)
        sentences = {
            (r[0], r[1]): r[2]
            for r in conn.execute(
                # The sentences holding events, through a set of (doc_id, sentence) pairs built once: a correlated
                # EXISTS scans a document's events for each of its sentences (events has no sentence index).
                f"""SELECT s.doc_id, s.sentence, s.text FROM sentences s WHERE s.doc_id IN ({placeholders(len(ids))})
                    AND (s.doc_id, s.sentence) IN
                        (SELECT e.doc_id, e.sentence FROM events e WHERE e.doc_id IN ({placeholders(len(ids))}))""",
                [*ids, *ids],
            )
        }
        topics = {d: salient_words(content_words(text), idf) for d, (_, text) in docs.items()}
        rows = conn.execute(
            f"""SELECT doc_id, seq, sentence, type, trigger, modality, source_actor, source_entity, target_actor,
                       target_entity, place, place_entity, time_value, time_explicit
                FROM events WHERE doc_id IN ({placeholders(len(ids))})
                AND modality IN ({placeholders(len(LINKED_MODALITIES))}) ORDER BY doc_id, seq""",
            [*ids, *LINKED_MODALITIES],
        )
        for (doc_id, seq, sent, typ, trigger, modality, src, src_key, _tgt, tgt_key, place, place_key, value,
             explicit) in rows:
            if only is not None and (doc_id, seq) not in only:
                continue
            doc_date, _ = docs.get(doc_id, (None, ""))
            in_sentence = by_sentence.get((doc_id, sent), [])
            actors: dict[str, str] = {}
            places: dict[str, Place] = {}
            for key in (src_key, tgt_key):  # an unnamed actor ("protesters") says nothing across documents
                found = entities.get((doc_id, key or ""))
                if found and found[2] is None:
                    actors[found[0]] = found[1]
            for ident, display, pl in in_sentence:
                if pl is None:
                    actors.setdefault(ident, display)
                else:
                    places.setdefault(ident, pl)
            source = entities.get((doc_id, src_key or ""))
            side = side_of(source[1] if source else src,
                           source[2].country if source and source[2] is not None else None)
            main_place = entities.get((doc_id, place_key or ""))
            if main_place and main_place[2] is not None:
                mp = main_place[2]
                places = {mp.ident: Place(mp.ident, mp.country, mp.is_country, mp.name, own=True), **places}
            elif place:
                ident = "n:" + fold_name(place, "GPE")
                places = {ident: Place(ident, name=place, own=True), **places}
            interval = date_interval(value)
            first = last = precision = None
            if interval:
                first, last, precision = interval
                if not explicit and doc_date is not None and first == last == doc_date:
                    first = doc_date - dt.timedelta(days=1)  # news of the day: it may have happened overnight
            recalled = modality in RECALLED_MODALITIES or bool(
                explicit and last and doc_date and (doc_date - last).days >= RECALL_AGE_DAYS
            )
            text = sentences.get((doc_id, sent), "")
            out.append(
                MentionFeatures(
                    key=(doc_id, seq),
                    lemma=trigger_key(trigger),
                    family=family_of(typ),
                    type=typ,
                    first=first,
                    last=last,
                    precision=precision,
                    explicit=bool(explicit),
                    doc_date=doc_date,
                    recalled=recalled,
                    places=tuple(places.values()),
                    actors=frozenset(actors),
                    context=context.get(doc_id, frozenset()),
                    words=Counter(content_words(text)),
                    topic=topics.get(doc_id, Counter()),
                    sentence=text,
                    place_name=next(iter(places.values())).name if places else None,
                    actor_names=tuple(f"{i}\t{n}" for i, n in actors.items()),
                    side=side,
                )
            )
    out.sort(key=lambda m: (m.doc_date or dt.date.max, m.key))
    return out

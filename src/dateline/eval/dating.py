"""Dating undated articles, scored by hiding the dates of a dated corpus (`dateline eval dating`).

Protocol: read the corpus, pick a seeded random share of its dated documents and hide their dates (the date, and
the record `id`, which often carries the date, are dropped; the URL is kept, as a crawler would have it), ingest
everything into a store, run the dating step, and compare each hidden document's inferred day with its real one.
Accuracy figures are over ALL hidden documents (one left undated counts as wrong); coverage is the share that got
a day. Two baselines run on the same store: (a) the latest full date written in the article's text, (b) the date
of the most similar dated article by TF-IDF cosine.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import InputError
from dateline.ingest import read_inputs
from dateline.model import Document
from dateline.store import Store

METHODS = ("system", "latest_text_date", "most_similar")


@dataclass
class HiddenCorpus:
    """The corpus as ingested: records (JSONL objects) and the real dates of the hidden documents."""

    records: list[dict[str, Any]]
    hidden: dict[str, dt.date]  # doc id -> real date
    n_documents: int
    n_dated: int


def read_corpus(paths: Sequence[str | Path], *, limit: int | None = None) -> list[Document]:
    """Documents of the corpus, one per distinct text, in input order (bad records are skipped)."""
    docs: dict[str, Document] = {}
    for item in read_inputs([str(p) for p in paths]):
        if isinstance(item, Document) and item.id not in docs:
            docs[item.id] = item
            if limit is not None and len(docs) >= limit:
                break
    if not docs:
        raise InputError(f"no article could be read from {', '.join(map(str, paths))}; give JSONL files or folders")
    return list(docs.values())


def hide_dates(docs: Sequence[Document], *, hide: float, seed: int) -> HiddenCorpus:
    """Hide the dates of a seeded random `hide` share of the dated documents (at least one)."""
    if not 0 < hide < 1:
        raise InputError(f"--hide must be between 0 and 1 (a share, e.g. 0.1), not {hide}")
    dated = sorted(d.id for d in docs if d.date is not None)
    if len(dated) < 2:
        raise InputError("the corpus needs at least two dated articles to hide some of their dates")
    rng = random.Random(seed)
    n_hide = max(1, round(hide * len(dated)))
    hidden_ids = set(rng.sample(dated, n_hide))
    records = []
    hidden: dict[str, dt.date] = {}
    for doc in docs:
        src = doc.sources[0] if doc.sources else None
        secret = doc.id in hidden_ids
        if secret and doc.date is not None:
            hidden[doc.id] = doc.date
        records.append(
            {
                "text": doc.text,
                "title": doc.title,
                "date": None if secret or doc.date is None else doc.date.isoformat(),
                "url": src.url if src else None,
                "source": src.publisher if src else None,
                "id": None if secret or src is None else src.external_id,
            }
        )
    rng.shuffle(records)  # the input order (often by date) must not tell anything
    return HiddenCorpus(records, hidden, len(docs), len(dated))


def ingest_hidden(
    corpus: HiddenCorpus,
    store: Store,
    *,
    workers: int = 1,
    on_progress: Callable[[int, int | None], None] | None = None,
) -> None:
    """Ingest the records (annotation happens here: the hidden documents are annotated without a DCT)."""
    from dateline.ingest_job import ingest

    with tempfile.TemporaryDirectory(prefix="dateline-eval-dating-") as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for rec in corpus.records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        ingest([path], store, workers=workers, on_progress=on_progress)
    check_store(corpus, store)


def check_store(corpus: HiddenCorpus, store: Store) -> None:
    """A kept --db must hold this very split: the hidden documents undated, the others dated."""
    conn = store.connection
    rows = dict(conn.execute("SELECT id, date_source FROM documents").fetchall())
    missing = [d for d in corpus.hidden if d not in rows]
    if missing:
        raise InputError(f"{len(missing)} hidden documents are not in the store; use a new --db file")
    wrong = [d for d in corpus.hidden if rows[d] not in ("unknown", "inferred")]
    if wrong:
        raise InputError(
            f"{len(wrong)} documents meant to be hidden have a given date in the store (it was built with another "
            "--hide/--seed or corpus); use a new --db file"
        )


@dataclass
class MethodScore:
    """Accuracy of one method over the hidden documents."""

    exact: int = 0
    within_1: int = 0
    within_7: int = 0
    dated: int = 0
    total: int = 0

    def add(self, guess: dt.date | None, truth: dt.date) -> None:
        self.total += 1
        if guess is None:
            return
        self.dated += 1
        diff = abs((guess - truth).days)
        self.exact += diff == 0
        self.within_1 += diff <= 1
        self.within_7 += diff <= 7

    def to_dict(self) -> dict[str, Any]:
        n = max(1, self.total)
        return {
            "exact": round(self.exact / n, 4),
            "within_1": round(self.within_1 / n, 4),
            "within_7": round(self.within_7 / n, 4),
            "coverage": round(self.dated / n, 4),
            "n": self.total,
        }


@dataclass
class DatingReport:
    corpus: list[str]
    hide: float
    seed: int
    n_documents: int
    n_dated: int
    n_hidden: int
    scores: dict[str, MethodScore]
    seconds_ingest: float
    seconds_dating: float
    errors: list[dict[str, Any]] = field(default_factory=list)
    ceiling: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "hide": self.hide,
            "seed": self.seed,
            "documents": self.n_documents,
            "dated": self.n_dated,
            "hidden": self.n_hidden,
            "seconds_ingest": round(self.seconds_ingest, 1),
            "seconds_dating": round(self.seconds_dating, 2),
            "methods": {name: s.to_dict() for name, s in self.scores.items()},
            "evidence_ceiling": self.ceiling,
            "errors": self.errors,
        }

    def render_text(self) -> str:
        lines = [
            f"{self.n_hidden} of {self.n_dated} dated documents hidden (hide {self.hide}, seed {self.seed}); "
            f"{self.n_documents} documents in all",
            f"{'method':<20} {'exact':>7} {'±1 day':>7} {'±7 days':>8} {'coverage':>9}",
        ]
        for name, s in self.scores.items():
            d = s.to_dict()
            lines.append(
                f"{name:<20} {d['exact']:>7.3f} {d['within_1']:>7.3f} {d['within_7']:>8.3f} {d['coverage']:>9.3f}"
            )
        if self.ceiling:
            c = self.ceiling
            lines.append(
                f"{'evidence ceiling':<20} {c['exact']:>7.3f} {c['within_1']:>7.3f} {c['within_7']:>8.3f} "
                f"{c['coverage']:>9.3f}  (closest date among the facts; similar articles, story titles left out)"
            )
        lines.append(f"ingest {self.seconds_ingest:.1f} s, dating step {self.seconds_dating:.2f} s")
        return "\n".join(lines)


def score_store(corpus: HiddenCorpus, store: Store, *, max_errors: int = 20) -> dict[str, Any]:
    """System and baseline guesses for every hidden document, scored; plus a few of the system's misses."""
    from dateline.resolve.dating_baselines import latest_text_dates, most_similar_dates

    conn = store.connection
    ids = sorted(corpus.hidden)
    system: dict[str, dt.date | None] = {}
    for doc_id in ids:
        row = conn.execute("SELECT date FROM date_inferences WHERE doc_id = ?", (doc_id,)).fetchone()
        system[doc_id] = dt.date.fromisoformat(row[0]) if row and row[0] else None
    guesses = {
        "system": system,
        "latest_text_date": latest_text_dates(conn, ids),
        "most_similar": most_similar_dates(conn, ids),
    }
    scores = {name: MethodScore() for name in METHODS}
    errors = []
    for doc_id in ids:
        truth = corpus.hidden[doc_id]
        for name in METHODS:
            scores[name].add(guesses[name].get(doc_id), truth)
        guess = system[doc_id]
        if (guess is None or guess != truth) and len(errors) < max_errors:
            reason = conn.execute("SELECT reason FROM date_inferences WHERE doc_id = ?", (doc_id,)).fetchone()
            errors.append(
                {
                    "doc_id": doc_id,
                    "truth": truth.isoformat(),
                    "guess": guess.isoformat() if guess else None,
                    "reason": reason[0] if reason else None,
                }
            )
    return {"scores": scores, "errors": errors, "ceiling": evidence_ceiling(conn, corpus.hidden)}


LABELS = frozenset({"topic", "title"})  # facts that name a story, not a day


def evidence_ceiling(conn: sqlite3.Connection, hidden: dict[str, dt.date]) -> dict[str, float]:
    """What a perfect choice among the dated facts the dating step gathered would score (similar articles and
    shared story titles left out: one of ten similar articles, or of thirty items under the title "Gaza war", being
    on the right day is luck, not evidence). It tells a miss of the evidence from a miss of the scoring: the system
    cannot beat it without new kinds of evidence."""
    score = MethodScore()
    for doc_id, truth in sorted(hidden.items()):
        row = conn.execute("SELECT evidence FROM date_inferences WHERE doc_id = ?", (doc_id,)).fetchone()
        facts = json.loads(row[0]) if row and row[0] else []
        days = [dt.date.fromisoformat(f["date"]) for f in facts if f.get("date") and f.get("kind") not in LABELS]
        score.add(min(days, key=lambda d: abs((d - truth).days)) if days else None, truth)
    return {k: v for k, v in score.to_dict().items() if k != "n"}


def evaluate_dating(
    paths: Sequence[str | Path],
    *,
    hide: float = 0.1,
    seed: int = 0,
    db: Path | None = None,
    workers: int = 1,
    limit: int | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
) -> DatingReport:
    """Hide, ingest (into `db`, or a temporary store), date, compare."""
    from dateline.resolve import resolve_corpus

    docs = read_corpus(paths, limit=limit)
    corpus = hide_dates(docs, hide=hide, seed=seed)
    with tempfile.TemporaryDirectory(prefix="dateline-eval-store-") as tmp:
        path = db if db is not None else Path(tmp) / "eval.db"
        with Store.open(path) as store:
            t0 = time.perf_counter()
            ingest_hidden(corpus, store, workers=workers, on_progress=on_progress)
            t1 = time.perf_counter()
            resolve_corpus(store, full=True, steps=["dating"])
            t2 = time.perf_counter()
            scored = score_store(corpus, store)
    return DatingReport(
        corpus=[str(p) for p in paths],
        hide=hide,
        seed=seed,
        n_documents=corpus.n_documents,
        n_dated=corpus.n_dated,
        n_hidden=len(corpus.hidden),
        scores=scored["scores"],
        seconds_ingest=t1 - t0,
        seconds_dating=t2 - t1,
        errors=scored["errors"],
        ceiling=scored["ceiling"],
    )

"""Topical neighbours: the dated documents most similar to an undated one by TF-IDF cosine (scikit-learn).

A weak prior on its own (articles on one story spread over weeks), but the dates of several close neighbours
cluster around the day. IDF is fitted on the documents compared plus a fixed sample of the store, so a run that
compares against only the newly added documents still weighs words as the whole corpus does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

TEXT_CHARS = 4000  # the lead of an article says what it is about
IDF_SAMPLE = 3000  # documents read to estimate word rarity when comparing against a few new documents only
MIN_COSINE = 0.1


def _texts(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        for doc_id, title, text in conn.execute(
            f"SELECT id, title, substr(text, 1, {TEXT_CHARS}) FROM documents WHERE id IN ({marks})", chunk
        ):
            out[doc_id] = f"{title or ''}\n{text}"
    return out


def similar(
    conn: sqlite3.Connection, targets: Sequence[str], pool: Sequence[str], *, k: int = 10
) -> dict[str, list[tuple[str, float]]]:
    """For each target, up to k pool documents with cosine >= MIN_COSINE, most similar first."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
    except ImportError:  # scikit-learn not installed: no topical prior (the other evidence still works)
        return {}

    targets = list(targets)
    pool = [p for p in pool if p not in set(targets)]
    if not targets or not pool:
        return {}
    texts = _texts(conn, targets + pool)
    fit_ids = [d for d in targets + pool if d in texts]
    if len(fit_ids) < IDF_SAMPLE:
        extra = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id LIMIT ?", (IDF_SAMPLE,))]
        more = _texts(conn, [d for d in extra if d not in texts])
        fit_texts = [texts[d] for d in fit_ids] + list(more.values())
    else:
        fit_texts = [texts[d] for d in fit_ids]
    vectorizer = TfidfVectorizer(
        stop_words="english", sublinear_tf=True, max_df=0.5, token_pattern=r"(?u)\b[^\W\d_][\w'-]+\b"
    )
    try:
        vectorizer.fit(fit_texts)
    except ValueError:  # nothing but stop words
        return {}
    t_ids = [d for d in targets if d in texts]
    p_ids = [d for d in pool if d in texts]
    t_mat = vectorizer.transform([texts[d] for d in t_ids])
    p_mat = vectorizer.transform([texts[d] for d in p_ids])
    sims = (t_mat @ p_mat.T).tocsr()
    out: dict[str, list[tuple[str, float]]] = {}
    for row, doc_id in enumerate(t_ids):
        start, end = sims.indptr[row], sims.indptr[row + 1]
        pairs = sorted(zip(sims.indices[start:end], sims.data[start:end], strict=True), key=lambda x: -x[1])
        out[doc_id] = [(p_ids[j], float(v)) for j, v in pairs[:k] if v >= MIN_COSINE]
    return out

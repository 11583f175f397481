"""The two baselines reported next to the system: random dates, and the days most articles were published on,
each summarised by the opening sentences of that day's articles (the "lead" baseline of summarisation)."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from dateline.query.timeline_load import Selection

SEED = 13


def _leads(sel: Selection) -> dict[str, list[str]]:
    """Per publication day, the articles' sentences ordered by position (all first sentences, then seconds...)."""
    by_day: dict[str, list[tuple[int, str, str]]] = {}
    for s in sel.sents:
        doc = sel.docs[s.doc_id]
        if doc.date and sel.in_range(doc.date) and s.n_tokens >= 3:
            by_day.setdefault(doc.date, []).append((s.index, s.doc_id, s.text))
    return {d: [t for _, _, t in sorted(rows)] for d, rows in by_day.items()}


def _on_topic_days(sel: Selection) -> Counter[str]:
    docs = {s.doc_id for s in sel.sents if s.match}
    return Counter(d.date for d in sel.docs.values() if d.id in docs and d.date and sel.in_range(d.date))


def random_dates(sel: Selection, n_dates: int, n_sentences: int) -> dict[dt.date, list[str]]:
    leads = _leads(sel)
    days = sorted(_on_topic_days(sel))
    chosen = random.Random(SEED).sample(days, min(n_dates, len(days)))
    return {dt.date.fromisoformat(d): leads[d][:n_sentences] for d in chosen}


def publication_count(sel: Selection, n_dates: int, n_sentences: int) -> dict[dt.date, list[str]]:
    leads = _leads(sel)
    counts = _on_topic_days(sel)
    chosen = [d for d, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:n_dates]]
    return {dt.date.fromisoformat(d): leads[d][:n_sentences] for d in chosen}

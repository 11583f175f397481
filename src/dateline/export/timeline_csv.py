"""A timeline as CSV rows: one row per summary sentence, with its date and where it was read."""

from __future__ import annotations

import csv
from typing import TextIO

from dateline.query.timeline_rows import Timeline

COLUMNS = ["date", "rank", "text", "doc_id", "sentence", "reason", "publisher", "doc_date", "title", "url",
           "date_score", "n_articles"]


def write_csv(timeline: Timeline, out: TextIO) -> None:
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for d in timeline.dates:
        sources = {s.ref: s for s in d.sources}
        for rank, s in enumerate(d.sentences, 1):
            src = sources.get(s.source)
            writer.writerow([
                d.date.isoformat(), rank, " ".join(s.text.split()), s.doc_id, s.sentence, s.reason,
                s.publisher or "", s.doc_date or "", (src.title if src else None) or "",
                (src.url if src else None) or "", d.score, d.n_articles,
            ])

"""A timeline as TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html), loaded as is by its
viewer: `{"title": slide, "events": [slide, ...]}`, each event slide with a `start_date` {year, month, day} and a
`text` {headline, text}. Slide text is HTML, so article text is HTML-escaped; sources are listed as links."""

from __future__ import annotations

import html
from typing import Any

from dateline.query.timeline_rows import Timeline, TimelineDate

HEADLINE_CHARS = 90


def headline(text: str, limit: int = HEADLINE_CHARS) -> str:
    """The start of a sentence, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _slide(d: TimelineDate) -> dict[str, Any]:
    paragraphs = [f"<p>{html.escape(s.text)} <sup>[{s.source}]</sup></p>" for s in d.sentences]
    sources = []
    for src in d.sources:
        label = html.escape(" · ".join(x for x in (src.publisher, src.title, str(src.date or "")) if x) or src.doc_id)
        item = f'<a href="{html.escape(src.url, quote=True)}">{label}</a>' if src.url else label
        sources.append(f"<li>[{src.ref}] {item} <code>{html.escape(src.doc_id)}</code></li>")
    body = "".join(paragraphs) + (f"<ul>{''.join(sources)}</ul>" if sources else "")
    return {
        "start_date": {"year": d.date.year, "month": d.date.month, "day": d.date.day},
        "text": {"headline": html.escape(headline(d.sentences[0].text)) if d.sentences else str(d.date),
                 "text": body},
        "unique_id": f"d{d.date.isoformat()}",
    }


def to_timelinejs(timeline: Timeline) -> dict[str, Any]:
    return {
        "title": {"text": {
            "headline": html.escape(timeline.title),
            "text": f"<p>{html.escape(timeline.summary())}</p>",
        }},
        "events": [_slide(d) for d in timeline.dates],
    }

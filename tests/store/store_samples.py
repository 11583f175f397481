"""Hand-made annotated documents for store tests: every record type and optional field filled."""

from __future__ import annotations

import datetime as dt

from dateline.model import (
    AnnotatedDocument,
    Document,
    Entity,
    Event,
    Figure,
    Mention,
    Quote,
    Sentence,
    SourceRef,
    Timex,
    document_id,
)

SENTENCES = [
    "US Secretary of State Antony Blinken landed in Egypt on Feb 6.",
    "In Cairo, Mr Blinken met Egyptian President Abdel Fattah al-Sisi.",
    "“No place is safe,” Mohamad Kozaat said.",
    "At least 27,585 Palestinians have been killed since Oct 7, the Health Ministry said.",
]


def _at(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def full_document(sentences: list[str] = SENTENCES, **document_fields: object) -> AnnotatedDocument:
    """An AnnotatedDocument where every record type and every optional field is filled."""
    text = " ".join(sentences)
    doc_id = document_id(text)
    spans, offset = [], 0
    for i, s in enumerate(sentences):
        spans.append(Sentence(index=i, start=offset, end=offset + len(s), text=s, n_tokens=len(s.split())))
        offset += len(s) + 1

    def span(piece: str, nth: int = 0) -> dict:
        start, end = _at(text, piece, nth)
        sentence = max(s.index for s in spans if s.start <= start)
        return {"doc_id": doc_id, "sentence": sentence, "start": start, "end": end, "text": piece}

    feb6 = Timex(
        **span("Feb 6"), tid="t1", type="DATE", value="2024-02-06", mod="START", quant="EVERY", freq="1D",
        anchor_tid="t0", temporal_function=True, interval_start=dt.date(2024, 2, 6),
        interval_end=dt.date(2024, 2, 6), anchor="dct", offset=0, unit="day", rule="date_month_day",
    )
    fields: dict = {
        "id": doc_id, "text": text, "title": "Blinken in Cairo", "date": dt.date(2024, 2, 6),
        "date_source": "given", "date_confidence": 1.0, "date_evidence": "date header",
        "sources": [
            SourceRef(path="seeds/000.txt", line=3, url="https://example.org/a", publisher="AP",
                      external_id="ap-1", format="jsonl"),
        ],
        "gold_timexes": [feb6],
    }
    fields.update(document_fields)
    return AnnotatedDocument(
        document=Document(**fields),
        sentences=spans,
        mentions=[
            Mention(**span("Antony Blinken"), label="PERSON", entity="PERSON:antony blinken"),
            Mention(**span("Egypt"), label="GPE", entity="GPE:egypt"),
            Mention(**span("Blinken", 1), label="PERSON", entity="PERSON:antony blinken"),
        ],
        entities=[
            Entity(key="PERSON:antony blinken", doc_id=doc_id, name="Antony Blinken", label="PERSON",
                   aliases=["Mr Blinken", "Blinken"], titles=["US Secretary of State"], affiliation="US",
                   n_mentions=2),
            Entity(key="GPE:egypt", doc_id=doc_id, name="Egypt", label="GPE", aliases=[], titles=[],
                   place_kind="country", lat=26.0, lon=30.0, geonames_id=357994, country_code="EG",
                   n_mentions=1),
        ],
        timexes=[
            feb6,
            Timex(**span("Oct 7"), tid="t2", type="DATE", value="2023-10-07",
                  interval_start=dt.date(2023, 10, 7), interval_end=dt.date(2023, 10, 7)),
        ],
        quotes=[
            Quote(**span("No place is safe,"), kind="direct", speaker="Mohamad Kozaat",
                  speaker_entity="PERSON:mohamad kozaat", speaker_start=_at(text, "Mohamad Kozaat")[0],
                  speaker_end=_at(text, "Mohamad Kozaat")[1], cue="said", cue_start=_at(text, "said")[0],
                  cue_end=_at(text, "said")[1]),
        ],
        figures=[
            Figure(**span("At least 27,585 Palestinians"), id="f1", category="killed", value=27585.0,
                   value_max=27585.5, value_text="27,585", unit="people", qualifier="at least",
                   who="Palestinians", reporter="the Health Ministry", reporter_entity="ORG:health ministry",
                   time_tid="t2", time_value="2023-10-07", time_source="timex", place="Gaza", parent="f0"),
        ],
        events=[
            Event(**span("met"), id="e1", type="CONSULT", trigger="met", mode="visit", modality="asserted",
                  source_actor="Mr Blinken", source_entity="PERSON:antony blinken",
                  target_actor="Abdel Fattah al-Sisi", target_entity="PERSON:abdel fattah al-sisi",
                  place="Cairo", place_entity="GPE:cairo", place_precision="exact", time_tid="t1",
                  time_value="2024-02-06", time_precision="day", time_explicit=True),
        ],
        n_words=52,
    )


def plain_document(sentences: list[str], **document_fields: object) -> AnnotatedDocument:
    """A document with sentences only (no other records), for tests about ids and counts."""
    text = " ".join(sentences)
    fields: dict = {"id": document_id(text), "text": text, **document_fields}
    spans, offset = [], 0
    for i, s in enumerate(sentences):
        spans.append(Sentence(index=i, start=offset, end=offset + len(s), text=s, n_tokens=len(s.split())))
        offset += len(s) + 1
    return AnnotatedDocument(document=Document(**fields), sentences=spans, n_words=len(text.split()))

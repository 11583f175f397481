"""A small hand-made corpus for query tests: four articles about one story, dated, undated and re-dated.

Offsets are computed from the text, so every record satisfies `text[start:end] == record.text`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

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


class DocBuilder:
    """Builds one AnnotatedDocument from its sentences; records are located by the words they cover."""

    def __init__(self, sentences: list[str], **document_fields: Any) -> None:
        self.text = " ".join(sentences)
        self.id = document_fields.pop("id", document_id(self.text))
        self.fields = document_fields
        self.sentences: list[Sentence] = []
        offset = 0
        for i, s in enumerate(sentences):
            self.sentences.append(
                Sentence(index=i, start=offset, end=offset + len(s), text=s, n_tokens=len(s.split()))
            )
            offset += len(s) + 1
        self.records: dict[str, list] = {k: [] for k in ("mentions", "entities", "timexes", "quotes",
                                                         "figures", "events")}

    def span(self, piece: str, nth: int = 0) -> dict[str, Any]:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(piece, start + 1)
        sentence = max(s.index for s in self.sentences if s.start <= start)
        return {"doc_id": self.id, "sentence": sentence, "start": start, "end": start + len(piece), "text": piece}

    def mention(self, piece: str, label: str, entity: str | None = None, nth: int = 0) -> DocBuilder:
        self.records["mentions"].append(Mention(**self.span(piece, nth), label=label, entity=entity))
        return self

    def entity(self, name: str, label: str, **fields: Any) -> DocBuilder:
        key = f"{label}:{name.lower()}"
        self.records["entities"].append(Entity(key=key, doc_id=self.id, name=name, label=label, **fields))
        return self

    def timex(self, piece: str, value: str, first: dt.date, last: dt.date, tid: str) -> DocBuilder:
        self.records["timexes"].append(Timex(**self.span(piece), tid=tid, type="DATE", value=value,
                                             interval_start=first, interval_end=last))
        return self

    def quote(self, piece: str, **fields: Any) -> DocBuilder:
        self.records["quotes"].append(Quote(**self.span(piece), **fields))
        return self

    def figure(self, piece: str, **fields: Any) -> DocBuilder:
        n = len(self.records["figures"]) + 1
        self.records["figures"].append(Figure(**self.span(piece), id=f"f{n}", **fields))
        return self

    def event(self, trigger: str, **fields: Any) -> DocBuilder:
        n = len(self.records["events"]) + 1
        self.records["events"].append(Event(**self.span(trigger), id=f"e{n}", trigger=trigger, **fields))
        return self

    def build(self) -> AnnotatedDocument:
        document = Document(id=self.id, text=self.text, **self.fields)
        return AnnotatedDocument(document=document, sentences=self.sentences, n_words=len(self.text.split()),
                                 **self.records)


def cairo() -> AnnotatedDocument:
    """Dated 2024-02-06; the entity annotator ran (entities filled); one sentence recalls Oct 7."""
    b = DocBuilder(
        [
            "US Secretary of State Antony Blinken landed in Egypt on Feb 6.",
            "In Cairo, Mr Blinken met Egyptian President Abdel Fattah al-Sisi.",
            "“No place is safe,” Mohamad Kozaat said.",
            "At least 27,585 Palestinians have been killed since Oct 7, the Health Ministry said.",
        ],
        title="Blinken in Cairo", date=dt.date(2024, 2, 6), date_source="given",
        sources=[SourceRef(path="feed.jsonl", line=1, publisher="AP", url="https://example.org/cairo")],
    )
    blinken = "PERSON:antony blinken"
    b.mention("Antony Blinken", "PERSON", blinken).mention("Egypt", "GPE", "GPE:egypt")
    b.mention("Cairo", "GPE", "GPE:cairo").mention("Blinken", "PERSON", blinken, nth=1)
    b.mention("Abdel Fattah al-Sisi", "PERSON", "PERSON:abdel fattah al-sisi")
    b.mention("Mohamad Kozaat", "PERSON", "PERSON:mohamad kozaat")
    b.entity("Antony Blinken", "PERSON", aliases=["Mr Blinken"], titles=["US Secretary of State"], n_mentions=2)
    b.entity("Egypt", "GPE", n_mentions=1).entity("Cairo", "GPE", n_mentions=0)  # 0: counted from mentions
    b.entity("Abdel Fattah al-Sisi", "PERSON", n_mentions=1).entity("Mohamad Kozaat", "PERSON", n_mentions=1)
    b.timex("Feb 6", "2024-02-06", dt.date(2024, 2, 6), dt.date(2024, 2, 6), "t1")
    b.timex("Oct 7", "2023-10-07", dt.date(2023, 10, 7), dt.date(2023, 10, 7), "t2")
    b.quote("No place is safe,", kind="direct", speaker="Mohamad Kozaat",
            speaker_entity="PERSON:mohamad kozaat", cue="said")
    b.figure("At least 27,585 Palestinians", category="killed", value=27585, value_text="27,585",
             qualifier="at least", who="Palestinians", reporter="the Health Ministry", time_source="document")
    b.event("met", type="CONSULT", source_actor="Mr Blinken", target_actor="Abdel Fattah al-Sisi",
            place="Cairo", time_tid="t1", time_value="2024-02-06", time_explicit=True)
    return b.build()


def jerusalem() -> AnnotatedDocument:
    """Undated: only its time expression (7 February 2024) places it in time. Mentions only."""
    b = DocBuilder([
        "Blinken met Netanyahu in Jerusalem on 7 February 2024.",
        "The talks on a truce and the hostages lasted three hours.",
    ])
    b.mention("Blinken", "PERSON").mention("Netanyahu", "PERSON").mention("Jerusalem", "GPE")
    b.mention("7 February 2024", "DATE")
    b.timex("7 February 2024", "2024-02-07", dt.date(2024, 2, 7), dt.date(2024, 2, 7), "t1")
    b.event("met", type="CONSULT", source_actor="Blinken", target_actor="Netanyahu", place="Jerusalem",
            time_tid="t1", time_value="2024-02-07", time_explicit=True)
    return b.build()


def attack() -> AnnotatedDocument:
    """Dated 2023-10-07, mentions only (no entity annotator): the name is spelled BLINKEN here."""
    b = DocBuilder(
        [
            "Hamas fighters attacked southern Israel at dawn.",
            "Israeli officials said about 1,200 people were killed.",
            "BLINKEN condemned the attack.",
        ],
        title="Attack on Israel", date=dt.date(2023, 10, 7), date_source="parsed",
    )
    b.mention("Hamas", "ORG").mention("Israel", "GPE").mention("Israeli", "NORP").mention("BLINKEN", "PERSON")
    b.quote("about 1,200 people were killed", kind="indirect", speaker="Israeli officials", cue="said")
    b.figure("about 1,200 people were killed", category="killed", value=1200, value_text="about 1,200",
             qualifier="about", reporter="Israeli officials", time_source="document")
    b.event("attacked", type="ASSAULT", source_actor="Hamas fighters", target_actor="southern Israel",
            place="southern Israel")
    return b.build()


def hostages() -> AnnotatedDocument:
    """Dated 2024-03-01: one short sentence dense with the word "hostages", one long sentence using it once."""
    return DocBuilder(
        [
            "Hostages, hostages: the families asked again.",
            "Negotiators from Qatar and Egypt met in Doha for a long day of talks that touched on fuel, "
            "aid lorries, the border crossing at Rafah, the release of prisoners and of hostages.",
        ],
        title="Doha talks", date=dt.date(2024, 3, 1), date_source="given",
    ).build()


def corpus() -> list[AnnotatedDocument]:
    return [cairo(), jerusalem(), attack(), hostages()]

"""Linking features of ECB+ gold event mentions, read from the documents as dateline's pipeline annotated them.

The same parts the corpus step uses (resolve/event_features.py): trigger stem, type family from dateline's event
lexicon (or the annotator's event on that trigger), actors and places named in the mention's sentence, the
document's main entities, the sentence's content words, and a date when the annotator dated the event. ECB+
documents carry no publication date, so only dates written in the text count.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from dateline.eval.ecbplus import EcbDocument, GoldMention
from dateline.model import AnnotatedDocument
from dateline.resolve.event_features import MentionFeatures, Place, date_interval, fold_name, salient_words
from dateline.resolve.event_lemma import content_words, family_of, lexicon_types, trigger_key
from dateline.resolve.event_mentions import ACTOR_LABELS, PLACE_LABELS, RECALLED_MODALITIES

CONTEXT_SIZE = 8


def sentence_text(doc: EcbDocument, mention: GoldMention) -> str:
    for _, start, end in doc.sentences:
        if start <= mention.start < end + 1:
            return doc.text[start:end]
    return ""


def idf_table(docs: Iterable[EcbDocument]) -> dict[str, float]:
    """Inverse sentence frequency of content words over the documents' sentences."""
    df: Counter[str] = Counter()
    n = 0
    for doc in docs:
        for _, start, end in doc.sentences:
            n += 1
            df.update(set(content_words(doc.text[start:end])))
    return {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}


def mention_features(doc: EcbDocument, ad: AnnotatedDocument, idf: dict[str, float]) -> list[MentionFeatures]:
    """One MentionFeatures per gold mention of `doc`, in text order."""
    topic = salient_words(content_words(doc.text), idf)
    names = {e.key: (e.name, e.label) for e in ad.entities}
    context_entities = sorted(
        (e for e in ad.entities if e.label in ACTOR_LABELS | PLACE_LABELS), key=lambda e: -e.n_mentions
    )[:CONTEXT_SIZE]
    context = frozenset("n:" + fold_name(e.name, e.label) for e in context_entities)
    out = []
    for g in doc.mentions:
        span = next(((s, e) for _, s, e in doc.sentences if s <= g.start <= e), (g.start, g.end))
        sentence = doc.text[span[0] : span[1]]
        actors: set[str] = set()
        places: list[Place] = []
        for m in ad.mentions:
            if not (span[0] <= m.start < span[1]):
                continue
            name, label = names.get(m.entity or "", (m.text, m.label))
            ident = "n:" + fold_name(name, label)
            if label in PLACE_LABELS:
                places.append(Place(ident, name=name))
            elif label in ACTOR_LABELS:
                actors.add(ident)
        event = next((e for e in ad.events if e.start < g.end and g.start < e.end), None)
        if event and event.place:
            places.insert(0, Place("n:" + fold_name(event.place, "GPE"), name=event.place, own=True))
        lemma = trigger_key(g.head if len(g.text.split()) > 3 else g.text)
        typ = event.type if event else lexicon_types().get(lemma)
        first = last = precision = None
        if event and event.time_value and event.time_explicit:
            interval = date_interval(event.time_value)
            if interval:
                first, last, precision = interval
        out.append(
            MentionFeatures(
                key=(doc.doc_id, int(g.m_id)),
                lemma=lemma,
                family=family_of(typ),
                type=typ,
                first=first,
                last=last,
                precision=precision,
                explicit=first is not None,
                recalled=bool(event and event.modality in RECALLED_MODALITIES),
                places=tuple(places),
                actors=frozenset(actors),
                context=context,
                words=Counter(content_words(sentence)),
                topic=topic,
                sentence=sentence,
            )
        )
    return out

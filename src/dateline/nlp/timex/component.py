"""spaCy component `dateline_timex`: the temporal tagger inside a spaCy pipeline.

It runs the same rules as `tag()` on `doc.text` and takes sentence indexes from spaCy's sentences when the
Doc has them. When the Doc is parsed (the dateline pipeline), the tense that decides which side of the
reference time a date falls on comes from the governing verb (`parse_tense.py`) instead of the nearest cue
word, so values can differ from `tag()` on the same text (TBAQ: +12 right values of 1,735).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.extensions import dct_of, register_extensions
from dateline.nlp.timex.tagger import tag_with_sentences


class TimexComponent:
    """Appends `dateline.model.Timex` records to `doc._.dateline["timexes"]`."""

    def __call__(self, doc: Doc) -> Doc:
        starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        doc._.dateline_dct = dct = dct_of(doc)  # a string date becomes a date for the components after this one
        timexes = tag_with_sentences(doc.text, dct, doc._.dateline_doc_id, starts, doc=doc)
        doc._.dateline["timexes"].extend(timexes)
        return doc


@Language.factory("dateline_timex", assigns=["doc._.dateline"])
def make_timex_component(nlp: Language, name: str) -> TimexComponent:
    """Factory registered under `dateline_timex` (also exposed as a spacy_factories entry point)."""
    register_extensions()
    return TimexComponent()

"""spaCy component `dateline_timex` (interim: replaced by the temporal tagger)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.extensions import register_extensions


class TimexComponent:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("dateline_timex", assigns=["doc._.dateline"])
def make_timex_component(nlp: Language, name: str) -> TimexComponent:
    register_extensions()
    return TimexComponent()

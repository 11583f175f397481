"""A blank line ends a sentence: headlines, datelines and paragraphs are not run into the next sentence.

spaCy's parser decides sentence boundaries itself and often runs a headline into the first sentence of the body
("Plane bombs South Sudan refugee camp-witness\\n\\nA refugee camp was ..." became one sentence whose subject was
"bombs"). It respects boundaries set before it runs, so this component, placed before the parser, marks the
token after a blank line as a sentence start. It sets nothing else (no other token is forced either way).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "paragraph_breaks"  # no "dateline_" prefix: it belongs with spaCy's parse (chunked parses run it too)


@Language.component(NAME)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first token after a whitespace token holding two or more line breaks as a sentence start."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 2 and not tok.is_space:
            tok.is_sent_start = True
    return doc

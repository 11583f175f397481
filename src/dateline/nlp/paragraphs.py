"""A blank line ends a sentence: headlines, datelines and paragraphs are not run into the next sentence.

spaCy's parser decides sentence boundaries itself and often runs a headline into the first sentence of the body
("Plane bombs South Sudan refugee camp-witness\\n\\nA refugee camp was ..." became one sentence whose subject was
"bombs"). It respects boundaries set before it runs, so this component, placed before the parser, marks the
token after a blank line as a sentence start. It also keeps two kinds of false break out, where the small model
splits news sentences: after a possessive apostrophe ("in the wake of the militants’ Oct 7 attack": the model reads
the apostrophe as a closing quote) and after an ellipsis followed by a lower-case word ("where we have not yet
fought... right up to the last Hamas bastion"). No other token is forced either way.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

NAME = "paragraph_breaks"  # no "dateline_" prefix: it belongs with spaCy's parse (chunked parses run it too)


@Language.component(NAME)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first token after a whitespace token holding two or more line breaks as a sentence start."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 2 and not tok.is_space:
            tok.is_sent_start = True
        elif _possessive_apostrophe(prev) or (prev.text in ELLIPSES and tok.text[:1].islower()):
            tok.is_sent_start = False
    return doc


ELLIPSES = frozenset({"...", "…", ". . ."})
APOSTROPHES = frozenset({"’", "'"})


def _possessive_apostrophe(tok: Token) -> bool:
    """An apostrophe glued to a plural noun before a space ("the militants’ attack"), with no single quote left open
    before it in the same line ("‘the militants’ attack" closes a quote and may end a sentence)."""
    if tok.text not in APOSTROPHES or tok.i == 0 or not tok.whitespace_:
        return False
    word = tok.doc[tok.i - 1]
    if word.whitespace_ or word.text[-1:].lower() != "s" or not word.is_alpha:
        return False
    line_start = tok.doc.text.rfind("\n", 0, tok.idx) + 1
    before = tok.doc.text[line_start : tok.idx]
    return before.count("‘") <= before.count("’")

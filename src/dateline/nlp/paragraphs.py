"""A blank line ends a sentence: headlines, datelines and paragraphs are not run into the next sentence.

spaCy's parser decides sentence boundaries itself and often runs a headline into the first sentence of the body
("Plane bombs South Sudan refugee camp-witness\\n\\nA refugee camp was ..." became one sentence whose subject was
"bombs"). It respects boundaries set before it runs, so this component, placed before the parser, marks the
token after a blank line as a sentence start. It also keeps two kinds of false break out, where the small model
splits news sentences: after a possessive apostrophe ("in the wake of the militants’ Oct 7 attack": the model reads
the apostrophe as a closing quote) and after an ellipsis followed by a lower-case word ("where we have not yet
fought... right up to the last Hamas bastion"), and after an abbreviated title before a name ("Pres. Obama",
"1st Lt. John Smith"; `data/title_abbreviations.txt`). No other token is forced either way.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

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
        elif _false_break(prev, tok):
            tok.is_sent_start = False
    return doc


def _false_break(prev: Token, tok: Token) -> bool:
    """A place where the small model ends a sentence that goes on."""
    return _possessive_apostrophe(prev) or (prev.text in ELLIPSES and tok.text[:1].islower()) \
        or _after_title(tok) or _title_after_rank(tok)


@lru_cache(maxsize=1)
def title_abbreviations() -> frozenset[str]:
    path = Path(str(resources.files("dateline.nlp") / "data" / "title_abbreviations.txt"))
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def _after_title(tok: Token) -> bool:
    """The name after an abbreviated title and its stop ("Pres. Obama", "Lt . John Smith" as tokenised)."""
    doc = tok.doc
    prev = doc[tok.i - 1]
    if not tok.text[:1].isupper() or not prev.whitespace_:
        return False
    if prev.text.endswith(".") and prev.text[:-1].lower() in title_abbreviations():
        return True
    return prev.text == "." and tok.i >= 2 and not doc[tok.i - 2].whitespace_ and \
        doc[tok.i - 2].lower_ in title_abbreviations()


def _title_after_rank(tok: Token) -> bool:
    """A title split from the rank before it ("1st | Lt. John Smith"): the title and its stop carry on the sentence."""
    doc = tok.doc
    if tok.lower_.rstrip(".") not in title_abbreviations() or tok.i + 1 >= len(doc):
        return False
    prev = doc[tok.i - 1]
    return prev.text[:1].isdigit() or prev.lower_ in RANK_WORDS


RANK_WORDS = frozenset({"first", "second", "third", "staff", "lance", "chief", "major", "lieutenant", "vice", "rear"})


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

"""A plural possessive written with a typographic apostrophe ("the militants’ Oct 7 attack") reads to the parser as a
closing quotation mark, and the sentence around it falls apart (the attack becomes the object of the main verb). The
parse reads a copy where that apostrophe is the ASCII one, of the same length; the original text comes back before
dateline's components run, as for zero-width characters. A "’" that closes a quotation opened by "‘" in the same
sentence is left alone."""

from __future__ import annotations

import re

# "s’" then a space and a word: the place a plural possessive takes
POSSESSIVE = re.compile(r"(?<=[a-z]s)\u2019(?=[ \t]+[\w\u00c0-\u024f])")
SENTENCE_END = re.compile(r"[.!?]\s|\n")
LOOKBACK = 400  # characters looked back for the quotation mark that opens the sentence's quote


def plain_possessives(text: str) -> str | None:
    """`text` with each plural possessive "s’" written "s'"; None when it has none."""
    if "\u2019" not in text:
        return None
    chars = list(text)
    changed = False
    for match in POSSESSIVE.finditer(text):
        window = text[max(0, match.start() - LOOKBACK): match.start()]  # bounded: long articles stay linear
        before = window[max((m.end() for m in SENTENCE_END.finditer(window)), default=0):]
        if before.count("\u2018") > before.count("\u2019"):
            continue  # ‘... the militants’: the quotation opened in this sentence closes here
        chars[match.start()] = "'"
        changed = True
    return "".join(chars) if changed else None

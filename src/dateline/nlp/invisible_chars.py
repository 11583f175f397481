r"""Zero-width characters ("\u200b", "\u200c", "\u2060", a stray byte-order mark) that web copy carries inside
sentences: the tokenizer glues them to the next word ("\u200bkilling" is no verb), so the parse reads a copy where
each is a space, and the original text comes back before dateline's components run (same length, as for
sentence-cased headlines)."""

from __future__ import annotations

import re

INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def spaced_invisibles(text: str) -> str | None:
    """`text` with each zero-width character replaced by a space; None when it has none (the common case)."""
    return INVISIBLE.sub(" ", text) if INVISIBLE.search(text) else None

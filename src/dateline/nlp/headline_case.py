"""Title-case headlines are parsed from a sentence-cased copy, then given back their own letters.

The small English model reads every capitalised word of "Police Arrest Dozens After Protesters Storm Capitol" as a
proper noun: no verb, no event, no figure. A truecaser decides, word by word, whether a capital is a name's or the
headline style's, and lower-cases the style's in a copy of the text of the same length. spaCy tags, parses and
finds names in the copy; `restore_text` then rebuilds the Doc over the original characters with the copy's
annotation, so every offset, span and quoted word dateline reports is the text as written.

A word is a name when the rest of the document writes it capitalised inside a sentence more often than in lower case
("Trump" vs "trump"), and a common word when it is written lower-case more often ("arrest"). A word the body never
uses (or uses as often both ways) is lower-cased when it is a function word (spaCy's stop words), a word of the
event and figure lexicons ("Kills", "Rejects", "Says") or frequent in English (wordfreq: "Latest", "Suspect"); rare
words stay as written ("Tulsa", "Crutcher"). wordfreq folds case, so a name that is also a frequent word and that
only the headline uses ("Obama Administration" over a body that says "the administration") is lower-cased: a
headline's names are nearly always repeated in the body, where they are read as written. Bylines and wire credits
("Reporting by Idrees Ali and Phil Stewart") and lines of names with no word of the lexicons are not headlines.
Month and weekday names, capitals inside a word ("McCain"), words in capitals ("US"), the first word of the line and
the first word after a colon ("Breaking: Trump ...") are never touched.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

NAME = "headline_case"  # no "dateline_" prefix: it belongs with spaCy's parse (chunked parses run it too)
ORIGINAL_TEXT = "dateline_original_text"  # Doc.user_data key: the text a sentence-cased Doc stands for

WORD = re.compile(r"[^\W\d_][^\W\d_']*")  # letters of any script: "İstanbul" is one capitalised word
MIN_WORDS = 3  # a title-case line has at least three words longer than three letters...
CAPITALISED_SHARE = 0.9  # ...nearly all of them capitalised
COMMON_ZIPF = 3.5  # wordfreq's Zipf scale: 3.5 is about 3 uses a million words ("reclaim", "disgrace")
MAX_LINE = 300  # a longer line is body text, whatever its capitals
SENTENCE_OPENERS = frozenset(".!?:;\"“‘'([—–-\n")
ALWAYS_CAPITALISED = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
COPIED = [TAG, POS, MORPH, LEMMA, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


def is_title_case_line(line: str) -> bool:
    """Nearly every word longer than three letters is capitalised ("Gaza Protests Spread As Police Arrest Dozens"),
    the line tells something (a word of the lexicons: a list of names is no headline), and it is no byline or
    wire credit ("Reporting by ...", `data/byline_cues.txt`)."""
    if len(line) > MAX_LINE or line.lstrip().lower().startswith(byline_cues()):
        return False
    words = [w for w in WORD.findall(line) if len(w) > 3]
    if len(words) < MIN_WORDS or sum(w[0].isupper() for w in words) < CAPITALISED_SHARE * len(words):
        return False
    return any(_in_lexicons(w.lower()) for w in WORD.findall(line))


@lru_cache(maxsize=1)
def byline_cues() -> tuple[str, ...]:
    """Line openings of credits and bylines, lower-case."""
    lines = (Path(__file__).parent / "data" / "byline_cues.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip().lower() + " " for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def lexicon_words() -> frozenset[str]:
    """Lower-case words the event and figure annotators know as common words: trigger lemmas and forms, and
    the figure annotator's reporting verbs."""
    from dateline.nlp.events.lexicon import trigger_rules
    from dateline.nlp.figures.lexicon import load_lexicon

    figures = load_lexicon()
    return frozenset(trigger_rules()) | frozenset(figures.triggers) | figures.reporting


def _in_lexicons(low: str) -> bool:
    """A word (or an inflection of one) of the event or figure lexicons."""
    if low in lexicon_words():
        return True
    from dateline.nlp.events.lexicon import lemma_candidates

    return any(c in lexicon_words() for c in lemma_candidates(low))


def _is_common(low: str) -> bool:
    """A common English word: a stop word, a word of the lexicons, or one wordfreq finds frequent in English."""
    if low in STOP_WORDS or _in_lexicons(low):
        return True
    from wordfreq import zipf_frequency  # only for documents with a title-case line

    return zipf_frequency(low, "en") >= COMMON_ZIPF


def _body_usage(text: str, title_spans: list[tuple[int, int]]) -> tuple[Counter[str], Counter[str]]:
    """Counts of each lower-cased word written in lower case, and written capitalised inside a sentence, outside
    the title-case lines."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    inside = iter(title_spans)
    span = next(inside, None)
    for m in WORD.finditer(text):
        while span is not None and m.start() >= span[1]:
            span = next(inside, None)
        if span is not None and span[0] <= m.start() < span[1]:
            continue
        word = m.group()
        if word[0].islower():
            lower[word.lower()] += 1
            continue
        before = text[max(0, m.start() - 8) : m.start()].rstrip(" \t")
        if before and before[-1] not in SENTENCE_OPENERS:
            capital[word.lower()] += 1
    return lower, capital


def _lower_it(word: str, lower: Counter[str], capital: Counter[str]) -> bool:
    """Whether a capitalised word of a title-case line is the headline style's capital (see the module doc)."""
    low = word.lower()
    if word[0].islower() or len(low) != len(word) or low in ALWAYS_CAPITALISED:
        return False
    if word.isupper() or any(c.isupper() for c in word[1:]):
        return False  # "US", "McCain": capitals a headline does not add
    if lower[low] != capital[low]:
        return lower[low] > capital[low]
    return _is_common(low)


def sentence_cased(text: str) -> str | None:
    """A copy of `text`, of the same length, with the headline-style capitals of its title-case lines lower-cased;
    None when it has no such line (the common case: nothing to do)."""
    spans: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        if is_title_case_line(line):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    if not spans:
        return None
    lower, capital = _body_usage(text, spans)
    chars = list(text)
    changed = False
    for start, end in spans:
        for i, m in enumerate(WORD.finditer(text, start, end)):
            word = m.group()
            if i == 0 or text[start:m.start()].rstrip().endswith(":"):
                continue  # the line's first word, or the first after "Breaking:": capitalised in any style
            if _lower_it(word, lower, capital):
                chars[m.start():m.end()] = word.lower()
                changed = True
    return "".join(chars) if changed else None


def restore_text(doc: Doc, original: str) -> Doc:
    """The Doc over `original` (same length as the parsed copy) with the copy's tags, parse and names."""
    if doc.text == original:
        return doc
    if len(doc.text) != len(original):
        raise ValueError("a sentence-cased copy must have the length of the text it stands for")
    words = [original[t.idx : t.idx + len(t.text)] for t in doc]
    restored = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    # the parse gives the sentences; without a parser (a senter, a sentencizer) the boundaries are copied instead
    attrs = COPIED + ([HEAD, DEP] if doc.has_annotation("DEP") else
                      [SENT_START] if doc.has_annotation("SENT_START") else [])
    restored.from_array(attrs, doc.to_array(attrs))
    restored.user_data.update({k: v for k, v in doc.user_data.items() if k != ORIGINAL_TEXT})
    return restored


@Language.component(NAME)
def headline_case(doc: Doc) -> Doc:
    """After spaCy's own pipes: a Doc parsed from a sentence-cased copy gets its original text back."""
    original = doc.user_data.get(ORIGINAL_TEXT)
    return restore_text(doc, original) if original is not None else doc

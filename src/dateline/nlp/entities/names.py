"""Name forms: trimming NER spans to the bare name, and the words a name is matched on."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.nlp.entities.lexicon import Lexicon

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
# Labels whose spans must end on a capitalised word ("Al Jazeera news bureaus" -> "Al Jazeera").
_PROPER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_DETERMINERS = frozenset({"the", "a", "an"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’", "s"})
# Part-of-speech tags of a capitalised sentence opener that is not part of the name after it
# ("Following German defence minister ...", "After Israel ...").
_NON_NAME_TAGS = frozenset(
    {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "IN", "RB", "RBR", "RBS", "CC", "WRB", "WDT", "MD"}
)


@dataclass
class Cand:
    """A mention being worked on: token span [start, end), label, and where it came from."""

    start: int
    end: int
    label: str
    origin: str = "ner"  # ner, override, consistency, gazetteer


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


def _glued(doc: Doc, i: int) -> bool:
    """A hyphen inside a word ("al-Sisi", "Secretary-General"), not a dash between phrases."""
    return 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _drop_first(doc: Doc, i: int, end: int, label: str, lex: Lexicon) -> bool:
    tok = doc[i]
    low = tok.lower_.rstrip(".")
    if low in _DETERMINERS or tok.is_space or (tok.is_punct and not _glued(doc, i)):
        return True
    if label in _PROPER_LABELS and end - i > 1 and tok.is_sent_start and tok.tag_ in _NON_NAME_TAGS:
        return True
    person_prefix = lex.is_honorific(tok.text) or low in lex.demonyms or lex.is_role(tok.text)
    return label == "PERSON" and end - i > 1 and person_prefix


def _drop_last(doc: Doc, i: int, label: str) -> bool:
    tok = doc[i]
    if tok.is_space or tok.text in _POSSESSIVES or (tok.is_punct and not _glued(doc, i)):
        return True
    return label in _PROPER_LABELS and not _is_capitalised(tok)


def clean_span(doc: Doc, start: int, end: int, label: str, lex: Lexicon) -> tuple[int, int] | None:
    """Trim determiners, honorifics, leading nationality words, possessives and dangling words; None if empty."""
    while start < end and _drop_first(doc, start, end, label, lex):
        start += 1
    while end > start and _drop_last(doc, end - 1, label):
        end -= 1
    if start >= end or not any(_is_capitalised(t) for t in doc[start:end]):
        return None
    return start, end


def words(name: str) -> list[str]:
    """The words of a name, possessive dropped ("Blinken's" -> ["Blinken"])."""
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return name.split()


def bare_name(text: str, lex: Lexicon) -> str:
    """A name as a speaker is written, without determiners, courtesy titles and possessive ("Mr Blinken's")."""
    ws = words(text.strip())
    while len(ws) > 1 and (ws[0].lower() in _DETERMINERS or ws[0].lower().rstrip(".") in lex.courtesy):
        ws = ws[1:]
    return " ".join(ws)


def surname_forms(name: str) -> list[str]:
    """Shorter forms a full personal name is referred to by: the last word, and without "al-"/"el-" prefix."""
    ws = words(name)
    if len(ws) < 2:
        return []
    last = ws[-1]
    if not last[:1].isupper():
        return []  # "Inside Out 2": a number is nobody's surname
    forms = [last]
    for prefix in ("al-", "el-", "Al-", "El-"):
        if last.startswith(prefix) and len(last) > len(prefix) + 1:
            forms.append(last[len(prefix):])
    return forms


def title_case(name: str, lex: Lexicon) -> str:
    """An ALL-CAPS name as it is usually written ("DEIR AL-BALAH" -> "Deir al-Balah"); acronyms stay ("US")."""
    if len(name.replace(".", "")) <= 3 and " " not in name:
        return name  # "US", "U.N.", "UK": acronyms, not shouted words

    def word(w: str, first: bool) -> str:
        parts = w.split("-")
        out = []
        for k, part in enumerate(parts):
            low = part.lower()
            if low in lex.name_particles and not (first and k == 0) and (k < len(parts) - 1 or len(parts) == 1):
                out.append(low)
            else:
                out.append(part[:1].upper() + part[1:].lower())
        return "-".join(out)

    return " ".join(word(w, i == 0) for i, w in enumerate(name.split()))


def is_shouted(name: str) -> bool:
    """An all-caps form of a longer name ("GAZA STRIP"), not an acronym ("UN")."""
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) > 3 and name.isupper()

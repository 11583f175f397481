"""Trigger keys and type families for comparing event mentions across documents, without spaCy.

The key of a trigger is a crude stem ("arrested", "arrests", "arresting" -> "arrest"; "shot" -> "shoot"): two
mentions can only be compared by the words they use, and the same stem function serves the corpus step, the
same-lemma baseline and the ECB+ evaluation. The event annotator's lexicon (nlp/events/data/triggers.tsv) is read
as a plain file so that this module never imports spaCy.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dateline.errors import RuleFileError

DATA = Path(str(resources.files("dateline.resolve") / "data"))
EVENTS_DATA = Path(str(resources.files("dateline.nlp.events") / "data"))
QUOTES_DATA = Path(str(resources.files("dateline.nlp.quotes") / "data"))
_WORD = re.compile(r"[a-z][a-z'\-]*")
_VOWELS = set("aeiou")


def _table(path: Path, columns: int) -> list[list[str]]:
    if not path.is_file():
        raise RuleFileError(f"{path}: data file is missing; reinstall dateline")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < columns:
            raise RuleFileError(f"{path}: expected {columns} tab-separated columns in {line!r}")
        rows.append(cols)
    return rows


@lru_cache(maxsize=1)
def irregular() -> dict[str, str]:
    out = {cols[0].lower(): cols[1].lower() for cols in _table(EVENTS_DATA / "irregular_forms.tsv", 2)}
    out.update({cols[0].lower(): cols[1].lower() for cols in _table(DATA / "irregular_forms.tsv", 2)})
    return out


@lru_cache(maxsize=1)
def families() -> dict[str, str]:
    """PLOVER type -> family (data/event_families.tsv)."""
    return {cols[0]: cols[1] for cols in _table(DATA / "event_families.tsv", 2)}


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(cols[0].lower() for cols in _table(DATA / "stopwords.txt", 1))


@lru_cache(maxsize=1)
def lexicon_types() -> dict[str, str]:
    """Trigger stem -> the PLOVER type of its first unconditional lexicon row (else its first row; rows that type a
    saying verb by its content give the word no type)."""
    out: dict[str, str] = {}
    conditional: dict[str, str] = {}
    for cols in _table(EVENTS_DATA / "triggers.tsv", 3):
        key = stem(cols[0].split()[0])
        requires = cols[4] if len(cols) > 4 else ""
        if requires.startswith("content:"):
            continue  # a saying verb has the type of what it says ("said" alone is no accusation)
        target = conditional if requires else out
        target.setdefault(key, cols[2])
    for key, typ in conditional.items():
        out.setdefault(key, typ)
    return out


@lru_cache(maxsize=1)
def synonym_groups() -> dict[str, frozenset[int]]:
    """Trigger stem -> the numbers of the synonym groups (data/event_synonyms.txt) it belongs to."""
    out: dict[str, set[int]] = {}
    path = DATA / "event_synonyms.txt"
    if not path.is_file():
        raise RuleFileError(f"{path}: data file is missing; reinstall dateline")
    n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        n += 1
        for word in line.split():
            out.setdefault(stem(word), set()).add(n)
    return {k: frozenset(v) for k, v in out.items()}


def synonyms(a: str, b: str) -> bool:
    """Two trigger stems naming the same kind of occurrence ("quake" / "earthquake", "murder" / "kill")."""
    if a == b:
        return True
    groups = synonym_groups()
    return bool(groups.get(a, frozenset()) & groups.get(b, frozenset()))


@lru_cache(maxsize=1)
def reporting_stems() -> frozenset[str]:
    """Stems of verbs of saying (the quote annotator's cue verbs) that are not event triggers: "said", "told"."""
    events = lexicon_types()
    return frozenset(
        stem(cols[1]) for cols in _table(QUOTES_DATA / "cue_verbs.tsv", 2) if stem(cols[1]) not in events
    )


def family_of(event_type: str | None) -> str | None:
    if not event_type:
        return None
    return families().get(event_type, event_type.lower())


def _undouble(word: str) -> str:
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz" + "aeiou":
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, consistent stem of one word: irregular forms, then plural/past/-ing/-e suffixes."""
    w = word.lower().strip(" .,;:!?\"'()[]")
    if w in irregular():
        w = irregular()[w]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ying", "y")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return w[: -len(suffix)] + repl
    if w.endswith("ing") and len(w) > 5 and any(c in _VOWELS for c in w[:-3]):
        return _undouble(w[:-3]).removesuffix("e")
    if w.endswith("ed") and len(w) > 4 and any(c in _VOWELS for c in w[:-2]):
        return _undouble(w[:-2]).removesuffix("e")
    if w.endswith("es") and len(w) > 4 and w[-3] in "sxz":
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


def trigger_key(trigger: str) -> str:
    """The stem of a trigger's head word ("checked into" -> "check", "air strikes" -> "strike")."""
    words = _WORD.findall(trigger.lower())
    if not words:
        return trigger.lower()
    # "air strikes": a compound whose last word is an event trigger is keyed by it; "checked into", "found guilty"
    # by the first word (the verb).
    if len(words) > 1 and stem(words[-1]) in lexicon_types():
        return stem(words[-1])
    return stem(words[0])


def content_words(text: str) -> list[str]:
    """Stems of a sentence's content words, for TF-IDF comparison."""
    stop = stopwords()
    return [stem(w) for w in _WORD.findall(text.lower()) if w not in stop and len(w) > 2]

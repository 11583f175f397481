"""The quote annotator's language data (cue verbs, pronouns, group speakers), read from data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dateline.errors import DatelineError


def _lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of a data file; a missing or empty file is an error, not a warning."""
    path = resources.files("dateline.nlp.quotes") / "data" / name
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DatelineError(f"quote lexicon {name} is missing from the package", where=str(path)) from exc
    rows = [line.rstrip("\n") for line in raw.splitlines()]
    rows = [r for r in rows if r.strip() and not r.lstrip().startswith("#")]
    if not rows:
        raise DatelineError(f"quote lexicon {name} is empty", where=str(path))
    return rows


def _table(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for lineno, row in enumerate(_lines(name), start=1):
        parts = row.split("\t")
        if len(parts) != 2:
            raise DatelineError(f"expected 'form<TAB>value' in {name}, got {row!r}", where=f"{name}:{lineno}")
        table[parts[0].strip().lower()] = parts[1].strip()
    return table


@dataclass(frozen=True)
class QuoteLexicon:
    """Surface form -> lemma for verbs of saying, plus the word lists speaker resolution needs (incl. gender)."""

    cue_forms: dict[str, str]
    xcomp_lemmas: frozenset[str]
    pronouns: dict[str, str]
    group_heads: frozenset[str]
    first_names: dict[str, str]  # given name -> "m" / "f"
    gender_words: dict[str, str]  # honorific or gendered title -> "m" / "f"
    pronoun_gender: dict[str, str]  # he/she/his/her... -> "m" / "f"
    answer_objects: frozenset[str]  # "said yes", "said so", "said the same of X"
    inanimate_subjects: frozenset[str] = frozenset()  # "the plan" (calls for ...): a text, not a speaker
    inanimate_cues: frozenset[str] = frozenset()  # cue lemmas that are not speech with such a subject
    addressee_cues: frozenset[str] = frozenset()  # "told a conference that ...": the object is the addressee
    wire_datelines: tuple[re.Pattern[str], ...] = ()  # "GAZA CITY, March 3 (Reuters) - " opening a paragraph

    def cue_lemma(self, word: str) -> str | None:
        """Lemma of a verb of saying, or None when `word` is not one."""
        return self.cue_forms.get(word.lower())


@lru_cache(maxsize=1)
def load_lexicon() -> QuoteLexicon:
    """Load (once per process) the data files shipped under `dateline/nlp/quotes/data/`."""
    return QuoteLexicon(
        cue_forms=_table("cue_verbs.tsv"),
        xcomp_lemmas=frozenset(w.strip().lower() for w in _lines("xcomp_cues.txt")),
        pronouns=_table("pronouns.tsv"),
        group_heads=frozenset(w.strip().lower() for w in _lines("group_speakers.txt")),
        first_names=_table("first_names.tsv"),
        gender_words=_table("gender_words.tsv"),
        pronoun_gender=_table("pronoun_gender.tsv"),
        answer_objects=frozenset(w.strip().lower() for w in _lines("answer_objects.txt")),
        inanimate_subjects=frozenset(w.strip().lower() for w in _lines("inanimate_subjects.txt")),
        inanimate_cues=frozenset(w.strip().lower() for w in _lines("inanimate_cues.txt")),
        addressee_cues=frozenset(w.strip().lower() for w in _lines("addressee_cues.txt")),
        wire_datelines=tuple(_pattern(row, "wire_datelines.txt") for row in _lines("wire_datelines.txt")),
    )


def _pattern(row: str, name: str) -> re.Pattern[str]:
    """Compile one regular expression of a data file; a bad one names the file instead of a bare re.error."""
    try:
        return re.compile(row.strip())
    except re.error as exc:
        raise DatelineError(f"bad regular expression in {name}: {row!r} ({exc})", where=name) from exc

"""Name forms compared across documents: the folded name, the core name and the transliteration key.

`fold` is what a user types to find an entity (case and diacritics ignored). `core_words` drops the titles a
person's name is written with ("Secretary of State Antony Blinken" -> Antony Blinken) and middle initials
("Donald J. Trump" -> Donald Trump). `key` also folds spelling variants of transliterated names: vowel runs that
vary between spellings ("Younis"/"Yunis", "Zelenskyy"/"Zelensky", "Kyiv"/"Kiev"), doubled letters, "dh"/"d" and
"q"/"g" ("Gaddafi"/"Gadhafi"/"Qaddafi") and Arabic article prefixes ("al-Sisi"/"Sisi").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

# Labels whose names are transliterated often enough that spelling variants are folded together.
TRANSLITERATED = frozenset({"PERSON", "PLACE", "FAC"})
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02be\u02bf'`´]")
_SEPARATORS = re.compile(r"[\s\u2010-\u2015,]+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_VOWELS = "aeiouy"
_INITIAL = re.compile(r"^[a-z]\.?$")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _data_lines(name: str) -> list[str]:
    text = resources.files("dateline.resolve").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    return frozenset(line.lower() for line in _data_lines("entity_person_titles.txt"))


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    return frozenset(line.lower() for line in _data_lines("entity_name_particles.txt"))


@lru_cache(maxsize=1)
def label_groups() -> dict[str, str]:
    """label -> the kind it is compared as (GPE and LOC are both PLACE)."""
    out = {}
    for line in _data_lines("entity_label_groups.tsv"):
        label, _family, group = line.split("\t")
        out[label] = group
    return out


@lru_cache(maxsize=1)
def org_prefixes() -> dict[str, list[str]]:
    """Short first words of organisation names -> the words they stand for ("u.s." -> united states)."""
    out = {}
    for line in _data_lines("entity_org_prefixes.tsv"):
        short, long = line.split("\t")
        out[short.strip()] = long.split()
    return out


@lru_cache(maxsize=1)
def place_suffixes() -> frozenset[str]:
    return frozenset(line.lower() for line in _data_lines("entity_place_suffixes.txt"))


@lru_cache(maxsize=1)
def generic_orgs() -> frozenset[str]:
    """Folded organisation names every country has (kept apart per country)."""
    return frozenset(line.lower() for line in _data_lines("entity_generic_orgs.txt"))


def entity_annotator_rows(name: str) -> list[list[str]]:
    """Tab-separated rows of one of the entity annotator's tables (`nlp/entities/data/<name>`), read as a file:
    importing its package would load spaCy. A missing table reads as no rows."""
    import dateline

    path = Path(dateline.__file__).parent / "nlp" / "entities" / "data" / name
    if not path.exists():
        return []
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#") and "\t" in line]


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded nationality word -> ISO country code, from the entity annotator's table."""
    return {fold(row[0]): row[1].strip() for row in entity_annotator_rows("demonyms.tsv")}


def group_of(label: str) -> str:
    return label_groups().get(label, label)


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Case, diacritics, apostrophes and spacing ignored: the lookup form of a name."""
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    name = _APOSTROPHES.sub("", name) if not name.isascii() or "'" in name or "`" in name else name
    return _SEPARATORS.sub(" ", name).strip().casefold()


def core_words(name: str, label: str) -> list[str]:
    """The folded words that identify the entity: a person's titles and middle initials dropped."""
    text = _POSSESSIVE.sub("", name.strip())
    words = fold(text).split()
    if label != "PERSON":
        return words
    titles = person_titles()
    while len(words) > 1 and (words[0] in titles or words[0].rstrip(".") in titles):
        words = words[1:]
    if len(words) > 2:  # "donald j. trump" -> "donald trump"; the first and last words always stay
        words = [words[0], *(w for w in words[1:-1] if not _INITIAL.match(w)), words[-1]]
    return words


def _word_key(word: str, first: bool) -> str:
    """One word's transliteration key (see the module docstring); short words are kept as they are."""
    if "-" in word:
        head, _, rest = word.partition("-")
        if head in name_particles() and rest:
            word = rest
        word = word.replace("-", "")
    word = word.replace(".", "")
    if len(word) < 4:
        return word
    word = word.replace("dh", "d").replace("ph", "f").replace("ck", "k").replace("q", "g")
    out: list[str] = []
    i = 0
    while i < len(word):
        ch = word[i]
        if ch in _VOWELS and not (ch == "y" and i == 0):
            j = i
            while j < len(word) and word[j] in _VOWELS:
                j += 1
            run = word[i:j]
            out.append(_vowel_class(run))
            i = j
            continue
        if not (out and out[-1] == ch and len(word) >= 5):  # doubled consonants ("Benn" stays apart from "Ben")
            out.append(ch)
        i += 1
    return "".join(out)


def _vowel_class(run: str) -> str:
    """Vowel runs that transliterations swap: o/u/ou/oo -> u; i/y/ee/ie/iy/yy/ei -> i; others kept, undoubled."""
    if set(run) <= {"o", "u"}:
        return "u"
    if set(run) <= {"i", "y"} or run in {"ee", "ie", "ei", "iy", "yi", "ey"}:
        return "i"
    if set(run) == {"a"}:
        return "a"
    if set(run) == {"e"}:
        return "e"
    return run


def key(words: list[str], label: str) -> str:
    """The comparison key of a core name: transliteration variants folded for people and places."""
    group = group_of(label)
    if group not in TRANSLITERATED:
        if group == "ORG" and words:
            words = [*org_prefixes().get(words[0], [words[0]]), *words[1:]]
            if len(words) == 1 and len(words[0]) >= 6 and words[0].endswith("s") and words[0][-2] not in "su":
                words = [words[0][:-1]]  # "Houthis" and "Houthi": a group's plural and singular are one name
        return " ".join(w.replace(".", "") for w in words)
    particles = name_particles()
    kept = [w for i, w in enumerate(words) if not (i > 0 and w in particles and i < len(words) - 1)]
    if group == "PLACE":
        while len(kept) > 1 and kept[-1] in place_suffixes():
            kept = kept[:-1]
    return " ".join(_word_key(w, i == 0) for i, w in enumerate(kept))


def surname_key(words: list[str]) -> str | None:
    """The key a person is referred to by alone (the last word), for full names of two words or more."""
    words = [w for w in words if w not in _SUFFIXES]
    if len(words) < 2:
        return None
    last = words[-1]
    if not last[:1].isalpha():
        return None
    return _word_key(last, False)

"""Loads the figure annotator's word lists (data files next to this module), once per process."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dateline.errors import RuleFileError

DATA = Path(str(resources.files("dateline.nlp.figures") / "data"))


@dataclass(frozen=True)
class Trigger:
    """A word that makes a number a figure of some category, for counted nouns of one class."""

    category: str
    noun_class: str  # "people" or a thing class from things.tsv
    kind: str  # verb, adj or noun


@dataclass(frozen=True)
class Lexicon:
    """Every word list the figure annotator uses; built from the files in `data/`."""

    triggers: dict[str, tuple[Trigger, ...]]
    things: dict[str, str]
    qualifiers: dict[tuple[str, ...], str]
    numbers: dict[str, float]
    scales: dict[str, float]
    vague: dict[tuple[str, ...], tuple[float, float]]
    extensions: frozenset[str]
    reporting: frozenset[str]
    max_qualifier_len: int = field(default=3)
    interval_starts: frozenset[str] = field(default=frozenset())  # "since": a time under it starts a count

    def triggers_for(self, word: str) -> tuple[Trigger, ...]:
        return self.triggers.get(word.lower(), ())

    def noun_class(self, word: str) -> str:
        return self.things.get(word.lower(), "people")


def _rows(name: str, n_min: int) -> list[tuple[int, list[str]]]:
    """Non-comment rows of a TSV/TXT data file; a missing, empty or malformed file fails naming path:line."""
    path = DATA / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise RuleFileError(f"figure data file cannot be read: {exc}", where=str(path)) from exc
    rows = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < n_min or not all(c.strip() for c in cols[:n_min]):
            raise RuleFileError(f"expected {n_min} tab-separated columns", where=f"{path}:{lineno}")
        rows.append((lineno, [c.strip() for c in cols]))
    if not rows:
        raise RuleFileError("figure data file is empty", where=str(path))
    return rows


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read every data file; cached because the files never change while running."""
    triggers: dict[str, list[Trigger]] = {}
    for lineno, (form, category, noun_class, kind) in _rows("categories.tsv", 4):
        if kind not in {"verb", "adj", "noun"}:
            raise RuleFileError(f"unknown trigger kind {kind!r}", where=f"{DATA / 'categories.tsv'}:{lineno}")
        triggers.setdefault(form.lower(), []).append(Trigger(category, noun_class, kind))
    numbers: dict[str, float] = {}
    scales: dict[str, float] = {}
    for _, cols in _rows("number_words.tsv", 2):
        target = scales if len(cols) > 2 and cols[2] == "scale" else numbers
        target[cols[0]] = float(cols[1])
    qualifiers = {tuple(phrase.lower().split()): norm for _, (phrase, norm) in _rows("qualifiers.tsv", 2)}
    vague = {tuple(cols[0].lower().split()): (float(cols[1]), float(cols[2])) for _, cols in _rows("vague.tsv", 3)}
    return Lexicon(
        triggers={k: tuple(v) for k, v in triggers.items()},
        things={form.lower(): cls for _, (form, cls) in _rows("things.tsv", 2)},
        qualifiers=qualifiers,
        numbers=numbers,
        scales=scales,
        vague=vague,
        extensions=frozenset(cols[0] for _, cols in _rows("extensions.txt", 1)),
        reporting=frozenset(cols[0].lower() for _, cols in _rows("reporting.txt", 1)),
        max_qualifier_len=max(len(k) for k in qualifiers),
        interval_starts=frozenset(cols[0].lower() for _, cols in _rows("interval_starts.txt", 1)),
    )

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
    kind: str  # verb, adj, noun or event
    subject_affected: bool = False  # "died", "fled": the active subject is the one counted
    total: bool = False  # "shot": the count may mix outcomes a following participle splits ("killing one")
    state: bool = False  # "are being held": says only where people are; a noun naming its own category wins


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
    # "shot ... to death": head form -> (dependent form, trigger) pairs, read from the parse.
    phrasal: dict[str, tuple[tuple[str, Trigger], ...]] = field(default_factory=dict)
    people_nouns: frozenset[str] = field(default=frozenset())
    noun_endings: tuple[tuple[str, str], ...] = ()  # (ending, "person" | "thing"), longest first
    non_factual: dict[str, str] = field(default_factory=dict)  # word -> governor | modal | negative | capacity
    level_words: dict[str, str] = field(default_factory=dict)  # word -> noun | verb | prep
    citing: frozenset[str] = field(default=frozenset())  # "citing X": X is the source a report relies on
    source_documents: frozenset[str] = field(default=frozenset())  # "according to figures from X": X
    vague_starts: frozenset[str] = field(default=frozenset())  # first words of vague amounts ("tens", "dozens")
    destination_verbs: frozenset[str] = field(default=frozenset())  # "bringing the total up to 104": exact
    receiving_verbs: frozenset[str] = field(default=frozenset())  # "accepting 10,000 refugees": an intake
    suffixes: dict[str, float] = field(default_factory=dict)  # "50m", "1.2bn": a scale joined to digits
    rates: frozenset[tuple[str, ...]] = field(default=frozenset())  # "every year", "a day": a rate, no event
    illness: frozenset[str] = field(default=frozenset())  # "admitted to hospital with flu-like symptoms"
    issuing: frozenset[str] = field(default=frozenset())  # "the death toll given by the government": its source
    headline_sources: frozenset[str] = field(default=frozenset())  # "Sheriff: shooting kills 1"
    headline_topics: frozenset[str] = field(default=frozenset())  # "Kraft Shooting: ...": what, not who
    titles: frozenset[str] = field(default=frozenset())  # "Sgt.", "Const.": kept before a reporter's name
    ellipsis: dict[str, str] = field(default_factory=dict)  # word -> copula | anaphor ("The other two were ...")
    no_who: frozenset[str] = field(default=frozenset())  # "100 deaths": the noun names what happened, not who
    abstract_causes: frozenset[str] = field(default=frozenset())  # "the crisis that hurt millions": no injury
    illness_context: frozenset[str] = field(default=frozenset())  # "Of 100 infected, 10 were admitted to hospital"
    harm_words: frozenset[str] = field(default=frozenset())  # "... after the blast": a hospital stay is an injury
    revising: frozenset[str] = field(default=frozenset())  # "the ministry updates the total to 72,549"
    perpetrators: frozenset[str] = field(default=frozenset())  # "one of the attackers fled": no displacement

    def triggers_for(self, word: str) -> tuple[Trigger, ...]:
        return self.triggers.get(word.lower(), ())

    def phrasal_for(self, word: str) -> tuple[tuple[str, Trigger], ...]:
        return self.phrasal.get(word.lower(), ())

    def noun_class(self, word: str) -> str:
        return self.things.get(word.lower(), "people")

    def noun_kind(self, word: str) -> str:
        """Whether a noun names people ("person"), things ("thing") or neither list knows it ("unknown").

        Listed nouns first, then the longest matching ending (a stem of at least three letters before it).
        """
        low = word.lower()
        if low in self.things:
            return "thing"
        if low in self.people_nouns:
            return "person"
        for ending, kind in self.noun_endings:
            if low.endswith(ending) and len(low) >= len(ending) + 3:
                return kind
        return "unknown"


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


def _word_set(name: str) -> frozenset[str]:
    """A one-column word list, lower-cased."""
    return frozenset(cols[0].lower() for _, cols in _rows(name, 1))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read every data file; cached because the files never change while running."""
    triggers: dict[str, list[Trigger]] = {}
    phrasal: dict[str, list[tuple[str, Trigger]]] = {}
    for lineno, (form, category, noun_class, kind, *rest) in _rows("categories.tsv", 4):
        if kind not in {"verb", "adj", "noun", "event"}:
            raise RuleFileError(f"unknown trigger kind {kind!r}", where=f"{DATA / 'categories.tsv'}:{lineno}")
        flag = rest[0] if rest else ""
        if flag not in {"", "subject", "total", "state"}:
            raise RuleFileError(f"unknown trigger flag {flag!r}", where=f"{DATA / 'categories.tsv'}:{lineno}")
        trigger = Trigger(category, noun_class, kind, subject_affected=flag == "subject", total=flag == "total",
                          state=flag == "state")
        head, _, dependent = form.lower().partition("+")
        if dependent.startswith("@"):  # "lost+@kin": one phrase per word of `kin_nouns.txt`
            for word in sorted(_word_set(f"{dependent[1:]}_nouns.txt")):
                phrasal.setdefault(head, []).append((word, trigger))
        elif dependent:
            phrasal.setdefault(head, []).append((dependent, trigger))
        else:
            triggers.setdefault(head, []).append(trigger)
    numbers: dict[str, float] = {}
    scales: dict[str, float] = {}
    suffixes: dict[str, float] = {}
    for _, cols in _rows("number_words.tsv", 2):
        kind = cols[2] if len(cols) > 2 else ""
        target = scales if kind == "scale" else suffixes if kind == "suffix" else numbers
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
        reporting=_word_set("reporting.txt"),
        max_qualifier_len=max(len(k) for k in qualifiers),
        interval_starts=_word_set("interval_starts.txt"),
        phrasal={k: tuple(v) for k, v in phrasal.items()},
        people_nouns=_word_set("people_nouns.txt"),
        noun_endings=tuple(
            sorted(((e.lower(), k) for _, (e, k) in _rows("noun_endings.tsv", 2)), key=lambda p: -len(p[0]))
        ),
        non_factual={w.lower(): k for _, (w, k) in _rows("non_factual.tsv", 2)},
        level_words={w.lower(): k for _, (w, k) in _rows("level_words.tsv", 2)},
        citing=_word_set("citing.txt"),
        source_documents=_word_set("source_documents.txt"),
        vague_starts=frozenset(k[0] for k in vague),
        destination_verbs=_word_set("destination_verbs.txt"),
        receiving_verbs=_word_set("receiving_verbs.txt"),
        suffixes=suffixes,
        rates=frozenset(tuple(cols[0].lower().split()) for _, cols in _rows("rates.txt", 1)),
        illness=_word_set("illness_words.txt"),
        issuing=_word_set("issuing_participles.txt"),
        headline_sources=_word_set("headline_sources.txt"),
        headline_topics=_word_set("headline_topics.txt"),
        titles=_word_set("titles.txt"),
        ellipsis={w.lower(): k for _, (w, k) in _rows("ellipsis.tsv", 2)},
        no_who=_word_set("no_who.txt"),
        abstract_causes=_word_set("abstract_causes.txt"),
        illness_context=frozenset(w for w in _word_set("illness_context.txt") if not w.startswith("!")),
        harm_words=frozenset(w[1:] for w in _word_set("illness_context.txt") if w.startswith("!")),
        revising=_word_set("revising_verbs.txt"),
        perpetrators=_word_set("perpetrators.txt"),
    )

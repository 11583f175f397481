"""The event trigger lexicon: data files under `data/` loaded into lookup tables, and lemma guessing.

The pipeline runs without spaCy's lemmatizer, so inflected forms are reduced here: an irregular
table first, then regular suffix rules checked against the lexicon (a candidate counts only if the
lexicon knows it, which keeps the rules from inventing words).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from dateline.errors import RuleFileError

DATA = Path(str(resources.files("dateline.nlp.events") / "data"))
CONDITION_KINDS = frozenset({"child", "prt", "dobj", "objent", "mod", "subj", "subjent", "head", "place", "seq", "sub",
                             "poss", "owner", "inf", "oprd", "subjhead", "objhead", "clause", "govsubj", "content",
                             "bare", "near", "onent", "froment", "prev", "toent", "quoted", "question", "form",
                             "govinf"})
POS_KINDS = frozenset({"VERB", "NOUN", "ANY"})


@dataclass(frozen=True)
class Condition:
    kind: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class TriggerRule:
    """One lexicon row: a lemma with the part of speech and conditions under which it is an event."""

    lemma: str
    pos: str
    type: str
    mode: str | None
    requires: tuple[Condition, ...]
    victim: bool
    where: str  # path:line, for error messages and error analysis


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    if not path.is_file():
        raise RuleFileError(f"{path}: event data file is missing")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        rows.append((n, line.split("\t")))
    if not rows:
        raise RuleFileError(f"{path}: event data file is empty")
    return rows


def _condition(text: str, where: str) -> Condition:
    kind, _, words = text.partition(":")
    if kind not in CONDITION_KINDS:
        raise RuleFileError(f"{where}: unknown condition {kind!r} (known: {sorted(CONDITION_KINDS)})")
    return Condition(kind, tuple(w for w in words.split("|") if w))


@lru_cache(maxsize=1)
def trigger_rules() -> dict[str, tuple[TriggerRule, ...]]:
    """Lemma -> rules in file order (the first rule whose conditions hold wins)."""
    path = DATA / "triggers.tsv"
    types = set(plover_types())
    table: dict[str, list[TriggerRule]] = {}
    for n, cols in _rows(path):
        where = f"{path}:{n}"
        cols = [*cols, "", "", "", ""][:6]
        lemma, pos, typ, mode, requires, role = (c.strip() for c in cols)
        if pos not in POS_KINDS or (typ not in types and typ != "NONE"):
            raise RuleFileError(f"{where}: bad part of speech {pos!r} or PLOVER type {typ!r}")
        if mode and mode not in plover_types().get(typ, ()):
            raise RuleFileError(f"{where}: mode {mode!r} is not a mode of {typ}")
        conditions = tuple(_condition(c.strip(), where) for c in requires.split(";") if c.strip())
        rule = TriggerRule(lemma, pos, typ, mode or None, conditions, role == "victim", where)
        table.setdefault(lemma, []).append(rule)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, str]:
    path = DATA / "irregular_forms.tsv"
    out = {}
    for n, cols in _rows(path):
        if len(cols) != 2:
            raise RuleFileError(f"{path}:{n}: expected 'form<TAB>lemma'")
        out[cols[0].strip()] = cols[1].strip()
    return out


@lru_cache(maxsize=1)
def mode_cues() -> dict[str, tuple[tuple[str, str], ...]]:
    """Event type -> (word prefix, mode) pairs."""
    path = DATA / "mode_cues.tsv"
    out: dict[str, list[tuple[str, str]]] = {}
    for n, cols in _rows(path):
        if len(cols) != 3 or cols[1] not in plover_types() or cols[2] not in plover_types()[cols[1]]:
            raise RuleFileError(f"{path}:{n}: expected 'word<TAB>PLOVER type<TAB>mode of that type'")
        out.setdefault(cols[1], []).append((cols[0], cols[2]))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def plover_types() -> dict[str, tuple[str, ...]]:
    """PLOVER root type -> the modes dateline may emit for it."""
    path = DATA / "plover.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RuleFileError(f"{path}: {exc}") from exc
    return {name: tuple(spec["modes"]) for name, spec in data["types"].items()}


@lru_cache(maxsize=1)
def modality_cues() -> dict:
    path = DATA / "modality.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RuleFileError(f"{path}: {exc}") from exc


@lru_cache(maxsize=1)
def timing_cues() -> dict:
    """Cue words for dating events: past-referring durations, "a day after" anchoring, number words."""
    path = DATA / "timing.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RuleFileError(f"{path}: {exc}") from exc


def _word_list(name: str) -> frozenset[str]:
    path = DATA / name
    return frozenset(cols[0].strip().lower() for _, cols in _rows(path))


@lru_cache(maxsize=1)
def aggregate_words() -> frozenset[str]:
    """Quantity words that make an event noun a tally ("dozens of attacks")."""
    return _word_list("aggregate_words.txt")


@lru_cache(maxsize=1)
def placing_verbs() -> frozenset[str]:
    """Lemmas of verbs that put their subject into the state a noun names ("taken into custody")."""
    return _word_list("placing_verbs.txt")


@lru_cache(maxsize=1)
def support_verbs() -> frozenset[str]:
    """Lemmas of verbs that only carry an event noun ("host talks", "stage a protest"): one event, the noun's."""
    return _word_list("support_verbs.txt")


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Common nouns of places ("killed in the village"): where the harm happened, not its cause."""
    return _word_list("place_nouns.txt")


@lru_cache(maxsize=1)
def reference_heads() -> frozenset[str]:
    """Nouns whose compound modifier stays an event trigger ("a kidnapping case", "the shooting suspect")."""
    return _word_list("reference_heads.txt")


@lru_cache(maxsize=1)
def intent_nouns() -> frozenset[str]:
    """Nouns whose "to"-infinitive is a planned or possible event ("a plan to withdraw", "a truce to free")."""
    return _word_list("intent_nouns.txt")


@lru_cache(maxsize=1)
def grounds_heads() -> frozenset[str]:
    """Words of an accusation or trial whose "for"/"of" argument is the offence alleged ("on trial for rape")."""
    return _word_list("grounds_heads.txt")


@lru_cache(maxsize=1)
def new_incident_cues() -> frozenset[str]:
    """Words that mark a mention as another incident, not the story's incident told again ("another")."""
    return _word_list("new_incident_cues.txt")


@lru_cache(maxsize=1)
def new_incident_phrases() -> frozenset[str]:
    """Phrases that mark another incident: a time set apart from the first telling ("hours later")."""
    return _word_list("new_incident_phrases.txt")


@lru_cache(maxsize=1)
def characterizing_verbs() -> frozenset[str]:
    """Verbs that describe an event already told: "holds a meeting ..., marking the first talks"."""
    return _word_list("characterizing_verbs.txt")


@lru_cache(maxsize=1)
def continuation_verbs() -> frozenset[str]:
    return _word_list("continuation_verbs.txt")


@lru_cache(maxsize=1)
def stance_verbs() -> frozenset[str]:
    return _word_list("stance_verbs.txt")


@lru_cache(maxsize=1)
def habitual_words() -> frozenset[str]:
    """Modifiers that make a mention habitual or generic ("almost daily", "frequent clashes"): not annotated."""
    return _word_list("habitual_words.txt")


@lru_cache(maxsize=1)
def body_parts() -> frozenset[str]:
    """Where a wound is ("shot in her arm", "stabbed in the chest"): no place that tells incidents apart."""
    return _word_list("body_parts.txt")


@lru_cache(maxsize=1)
def disaster_nouns() -> frozenset[str]:
    """Disasters and accidents ("fire", "flooding"): as the subject of a harm verb they make it an accident."""
    return _word_list("disaster_nouns.txt")


@lru_cache(maxsize=1)
def generic_frames() -> dict[str, frozenset[str]]:
    """"in an average year": the adjectives and period nouns of a generic time frame; "in many hijackings": the
    quantifiers of a generic plural frame."""
    rows = [line.split() for line in _word_list("generic_frames.txt")]
    return {kind: frozenset(w for k, w in rows if k == kind) for kind in ("adj", "period", "quant", "occasion")}


@lru_cache(maxsize=1)
def generic_addressees() -> frozenset[str]:
    """"anyone", "members of the public": a subject that names no one in particular."""
    return _word_list("generic_addressees.txt")


@lru_cache(maxsize=1)
def vehicle_nouns() -> frozenset[str]:
    """Vehicles ("bus", "train"): one that overturns or crashes, "killing 19", is an accident, no attacker."""
    return _word_list("vehicle_nouns.txt")


@lru_cache(maxsize=1)
def accident_verbs() -> dict[str, frozenset[str]]:
    """Verbs that tell an accident: "any" subject ("two helicopters collide") or only a "vehicle" one ("a train
    strikes five civilians"; a missile that strikes is an attack)."""
    rows = [line.split() for line in _word_list("accident_verbs.txt")]
    return {kind: frozenset(w for k, w in rows if k == kind) for kind in ("any", "vehicle")}


@lru_cache(maxsize=1)
def terminating_verbs() -> frozenset[str]:
    """Verbs and nouns that end something in place ("lift sanctions", "the end of the blockade")."""
    return _word_list("terminating_verbs.txt")


@lru_cache(maxsize=1)
def perpetrator_words() -> frozenset[str]:
    """Nouns for the doers of an attack ("gunman", "perpetrator"): harm done to them is a new act."""
    return _word_list("perpetrator_words.txt")


@lru_cache(maxsize=1)
def violent_actors() -> frozenset[str]:
    """Nouns for people who act violently ("bomber", "gunman"): what they do is no accident."""
    return _word_list("violent_actors.txt")


@lru_cache(maxsize=1)
def strategy_nouns() -> frozenset[str]:
    """Nouns for a way of acting ("strategy", "policy"): an event noun in apposition to one describes it."""
    return _word_list("strategy_nouns.txt")


@lru_cache(maxsize=1)
def rule_verbs() -> frozenset[str]:
    """Verbs of permission and obligation: "required to consult" states a rule, not an occurrence."""
    return _word_list("rule_verbs.txt")


@lru_cache(maxsize=1)
def kind_heads() -> frozenset[str]:
    """Nouns whose "of" object is a kind of act ("the definition of a riot")."""
    return _word_list("kind_heads.txt")


@lru_cache(maxsize=1)
def norm_nouns() -> frozenset[str]:
    """Written norms ("guidelines", "law"): as a verb's subject they make it a rule, not an act."""
    return _word_list("norm_nouns.txt")


@lru_cache(maxsize=1)
def occurrence_verbs() -> frozenset[str]:
    """Lemmas of verbs saying an event noun occurred ("talks began", "the attack came"): the noun is eventive."""
    return _word_list("occurrence_verbs.txt")


@lru_cache(maxsize=1)
def impersonal_subjects() -> frozenset[str]:
    """Subjects that cannot ask, back, accuse, agree or reject ("the evidence supports"): no verbal act."""
    return _word_list("impersonal_subjects.txt")


@lru_cache(maxsize=1)
def not_actors() -> frozenset[str]:
    """Lemmas of nouns that name events or containers of events, never an actor."""
    path = DATA / "not_actors.txt"
    return frozenset(cols[0].strip().lower() for _, cols in _rows(path))


def lemma_candidates(word: str) -> list[str]:
    """Possible lemmas of a lower-cased word form, most likely first."""
    out = [word]
    irregular = irregular_forms().get(word)
    if irregular:
        out.insert(0, irregular)
    for suffix, replacements in (
        ("ies", ("y",)),
        ("ied", ("y",)),
        ("es", ("", "e")),
        ("s", ("",)),
        ("ed", ("", "e")),
        ("ing", ("", "e")),
    ):
        # "tried" -> "try": a y-stem may be two letters long
        if word.endswith(suffix) and len(word) > len(suffix) + (1 if suffix in ("ies", "ied") else 2):
            stem = word[: -len(suffix)]
            for rep in replacements:
                out.append(stem + rep)
            if len(stem) > 2 and stem[-1] == stem[-2] and suffix in ("ed", "ing"):
                out.append(stem[:-1])  # kidnapped -> kidnap, stopped -> stop
        elif word.endswith(suffix) and suffix in ("ed", "es", "ing") and len(word) == len(suffix) + 2:
            out.append(word[: -len(suffix)] + "e")  # "sued" -> "sue", "uses" -> "use": a two-letter stem takes its e
    return out


def lemma_of(token: Token) -> str:
    """The lemma of a token: spaCy's when a lemmatizer ran, else the first lexicon-known guess."""
    if token.lemma_ and token.lemma_ != token.text:
        return token.lemma_.lower()
    rules = trigger_rules()
    for cand in lemma_candidates(token.lower_):
        if cand in rules:
            return cand
    return lemma_candidates(token.lower_)[0]


def coarse_pos(token: Token) -> str:
    if token.pos_ in ("VERB", "AUX"):
        return "VERB"
    if token.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    return token.pos_

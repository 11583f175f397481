"""Load the temporal rules (pattern lists, normalization tables, rule files) from data files, once.

Layout under `rules/` (HeidelTime's, with its flaws fixed): `patterns/NAME.txt` is a pattern list, one
regex alternative per line, referred to as `{NAME}` inside rule patterns; `normalization/NAME.tsv` maps a
surface form (lowercase, periods removed) to its value; `*.toml` are rule files, each a list of `[[rule]]`
tables with an id, a pattern using named groups, a normalization function, an explicit priority and
`examples` / `not` that run as tests. Anything that does not load raises `RuleFileError` naming path:line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import RuleFileError
from dateline.nlp.timex.registry import Normalizer

RULES_DIR = Path(__file__).parent / "rules"
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
# Anchor classes: a rule runs only on sentences holding its anchor (dateparser's lesson: no anchor, no date).
ANCHORS = ("month", "weekday", "digit", "unit", "word")
_REF = re.compile(r"\{([a-z_]+)\}")
_RULE_KEYS = {
    "id", "type", "priority", "anchor", "pattern", "normalize", "params", "examples", "not", "flags",
}
_REQUIRED = ("id", "type", "priority", "anchor", "pattern", "normalize")


@dataclass(frozen=True)
class Rule:
    """One extraction rule: where it came from, what it matches and how its match is normalized."""

    id: str
    type: str
    priority: int
    anchor: str
    pattern: re.Pattern[str]
    normalize: str
    params: dict[str, object]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    where: str


@dataclass(frozen=True)
class RuleSet:
    """Every rule, table and anchor regex the tagger needs, compiled once per process."""

    rules: tuple[Rule, ...]
    tables: dict[str, dict[str, tuple[str, ...]]]
    patterns: dict[str, str]
    anchor_re: re.Pattern[str]
    by_anchor: dict[str, tuple[Rule, ...]] = field(default_factory=dict)
    example_dct: dict[str, str] = field(default_factory=dict)
    normalizers: Mapping[str, Normalizer] = field(default_factory=dict)  # rule `normalize` name -> function
    derived: dict[str, Any] = field(default_factory=dict, compare=False)  # per-rule-set caches (word sets...)


def _fail(message: str, path: Path, line: int) -> RuleFileError:
    return RuleFileError(message, where=f"{path}:{line}")


def _read_nonempty(path: Path) -> list[str]:
    if not path.is_file():
        raise _fail("rule data file is missing", path, 0)
    lines = path.read_text(encoding="utf-8").splitlines()
    if not any(ln.strip() and not ln.lstrip().startswith("#") for ln in lines):
        raise _fail("rule data file is empty (an empty file is an error, not a warning)", path, 1)
    return lines


def load_pattern_list(path: Path) -> str:
    """A pattern list as one non-capturing alternation, longest alternatives first."""
    alternatives: list[str] = []
    for n, raw in enumerate(_read_nonempty(path), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            compiled = re.compile(line)
        except re.error as exc:
            raise _fail(f"bad regex alternative {line!r}: {exc}", path, n) from exc
        if compiled.groups:
            raise _fail(f"pattern list lines may not capture (use (?:...)): {line!r}", path, n)
        alternatives.append(line)
    alternatives.sort(key=len, reverse=True)
    return "(?:" + "|".join(alternatives) + ")"


def load_table(path: Path) -> dict[str, tuple[str, ...]]:
    """A normalization table: first column (the key, lowercase) to the remaining columns."""
    table: dict[str, tuple[str, ...]] = {}
    width = None
    for n, raw in enumerate(_read_nonempty(path), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.rstrip("\n").split("\t")
        if len(cols) < 2 or any(not c.strip() for c in cols):
            raise _fail(f"expected KEY<TAB>VALUE..., got {raw!r}", path, n)
        if width is not None and len(cols) != width:
            raise _fail(f"expected {width} tab-separated columns, got {len(cols)}", path, n)
        width = len(cols)
        key = cols[0].strip()
        if key != key.lower():
            raise _fail(f"table keys are lowercase, got {key!r}", path, n)
        if key in table:
            raise _fail(f"duplicate key {key!r}", path, n)
        table[key] = tuple(c.strip() for c in cols[1:])
    return table


def expand(pattern: str, patterns: dict[str, str], path: Path, line: int) -> str:
    """Replace `{name}` references by the named pattern list."""

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in patterns:
            raise _fail(f"unknown pattern list {{{name}}} (no rules/patterns/{name}.txt)", path, line)
        return patterns[name]

    return _REF.sub(sub, pattern)


def _rule_lines(text: str) -> list[int]:
    return [n for n, ln in enumerate(text.splitlines(), start=1) if ln.strip() == "[[rule]]"]


def load_rule_file(
    path: Path, patterns: dict[str, str], normalizers: frozenset[str], seen: set[str]
) -> tuple[list[Rule], str | None]:
    """Parse and compile one rule file; returns its rules and its `dct` for examples."""
    text = "\n".join(_read_nonempty(path))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise _fail(f"not valid TOML: {exc}", path, int(m.group(1)) if m else 1) from exc
    raw_rules = data.get("rule")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise _fail("a rule file needs at least one [[rule]] table", path, 1)
    lines = _rule_lines(text)
    rules = []
    for i, raw in enumerate(raw_rules):
        line = lines[i] if i < len(lines) else 1
        unknown = set(raw) - _RULE_KEYS
        if unknown:
            raise _fail(f"unknown keys {sorted(unknown)}", path, line)
        missing = [k for k in _REQUIRED if k not in raw]
        if missing:
            raise _fail(f"rule lacks {missing}", path, line)
        rid = raw["id"]
        if rid in seen:
            raise _fail(f"duplicate rule id {rid!r}", path, line)
        seen.add(rid)
        if raw["type"] not in TYPES:
            raise _fail(f"type must be one of {sorted(TYPES)}, got {raw['type']!r}", path, line)
        if not isinstance(raw["priority"], int):
            raise _fail("priority must be an integer", path, line)
        if raw["anchor"] not in ANCHORS:
            raise _fail(f"anchor must be one of {ANCHORS}, got {raw['anchor']!r}", path, line)
        if raw["normalize"] not in normalizers:
            raise _fail(f"unknown normalization function {raw['normalize']!r}", path, line)
        source = expand(raw["pattern"], patterns, path, line)
        flags = re.IGNORECASE if "i" in raw.get("flags", "") else 0
        try:
            compiled = re.compile(source, flags)
        except re.error as exc:
            raise _fail(f"rule {rid!r}: bad pattern: {exc}", path, line) from exc
        if compiled.groups and not compiled.groupindex:
            raise _fail(f"rule {rid!r}: use named groups (?P<name>...), not positional ones", path, line)
        rules.append(
            Rule(
                id=rid,
                type=raw["type"],
                priority=raw["priority"],
                anchor=raw["anchor"],
                pattern=compiled,
                normalize=raw["normalize"],
                params=dict(raw.get("params", {})),
                examples=tuple(raw.get("examples", ())),
                counter_examples=tuple(raw.get("not", ())),
                where=f"{path}:{line}",
            )
        )
    dct = data.get("dct")
    return rules, (str(dct) if dct is not None else None)


def _anchor_regex(patterns: dict[str, str]) -> re.Pattern[str]:
    """One combined pre-filter: which anchor classes occur where (cheap compared to all rules)."""
    word = "|".join(
        patterns[n]
        for n in ("day_words", "ref_words", "seasons", "parts_of_day", "holidays", "set_words", "anchor_words")
    )
    parts = {
        "month": rf"\b{patterns['months']}",
        "weekday": rf"\b{patterns['weekdays']}",
        "digit": r"\d",
        "unit": rf"\b(?:{patterns['units']}|{patterns['units_singular']}|{patterns['anchor_units']})\b",
        "word": rf"\b(?:{word})\b",
    }
    return re.compile("|".join(f"(?P<{k}>{v})" for k, v in parts.items()))


def load_rules(rules_dir: Path, normalizers: Mapping[str, Normalizer]) -> RuleSet:
    """Load everything under `rules_dir`, whose rules may name `normalizers`; raises RuleFileError on a problem.

    The packaged rules with the packaged normalizers: `rulebook.default_rules()`.
    """
    pattern_dir, table_dir = rules_dir / "patterns", rules_dir / "normalization"
    if not pattern_dir.is_dir() or not table_dir.is_dir():
        raise RuleFileError("rules folder lacks patterns/ or normalization/", where=f"{rules_dir}:0")
    patterns = {p.stem: load_pattern_list(p) for p in sorted(pattern_dir.glob("*.txt"))}
    tables = {p.stem: load_table(p) for p in sorted(table_dir.glob("*.tsv"))}
    rule_files = sorted(rules_dir.glob("*.toml"))
    if not rule_files:
        raise RuleFileError("no rule files (*.toml)", where=f"{rules_dir}:0")
    seen: set[str] = set()
    rules: list[Rule] = []
    example_dct: dict[str, str] = {}
    for path in rule_files:
        file_rules, dct = load_rule_file(path, patterns, frozenset(normalizers), seen)
        rules.extend(file_rules)
        for r in file_rules:
            if dct:
                example_dct[r.id] = dct
    by_anchor = {a: tuple(r for r in rules if r.anchor == a) for a in ANCHORS}
    return RuleSet(
        rules=tuple(rules),
        tables=tables,
        patterns=patterns,
        anchor_re=_anchor_regex(patterns),
        by_anchor=by_anchor,
        example_dct=example_dct,
        normalizers=dict(normalizers),
    )


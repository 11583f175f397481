"""Rule files are data that test themselves: every `examples`/`not` entry runs here; bad files fail loudly."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from dateline.errors import RuleFileError
from dateline.nlp.timex import tag
from dateline.nlp.timex.loader import RULES_DIR
from dateline.nlp.timex.rulebook import default_rules, load_rules

RULES = default_rules()
EXAMPLES = [(r.id, e) for r in RULES.rules for e in r.examples]
COUNTER = [(r.id, e) for r in RULES.rules for e in r.counter_examples]


@pytest.mark.parametrize(("rule_id", "example"), EXAMPLES, ids=[f"{r}:{e}" for r, e in EXAMPLES])
def test_rule_example_is_matched_and_normalized(rule_id: str, example: str) -> None:
    rule = next(r for r in RULES.rules if r.id == rule_id)
    text, _, value = example.partition(" => ")
    # "the year [ended June 30]": trailing context in brackets is needed by a lookahead but is no part of the match
    text, _, context = text.partition(" [")
    context = f" {context.rstrip(']')}" if context else ""
    # the rule must match the example up to its end (leading context such as "in " may stay outside)
    ends = [m.end() for m in rule.pattern.finditer(text + context)]
    assert len(text) in ends, f"{rule.where}: {rule_id} vs {text!r}"
    if value:
        dct = dt.date.fromisoformat(RULES.example_dct.get(rule_id, "2024-02-06"))
        found = tag(text + context, dct)
        if context:
            found = [t for t in found if t.end <= len(text)]
        assert [t.value for t in found] == [value], f"{rule.where}: {text!r}"


@pytest.mark.parametrize(("rule_id", "example"), COUNTER, ids=[f"{r}:{e}" for r, e in COUNTER])
def test_rule_counter_example_is_not_matched(rule_id: str, example: str) -> None:
    rule = next(r for r in RULES.rules if r.id == rule_id)
    assert rule.pattern.search(example) is None, f"{rule.where}: {rule_id} matches {example!r}"


def test_every_rule_has_an_example() -> None:
    assert [r.id for r in RULES.rules if not r.examples] == []


def test_rules_are_compiled_once_per_process() -> None:
    assert default_rules() is RULES


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(RULES_DIR, target)
    return target


def _error(rules_dir: Path) -> str:
    with pytest.raises(RuleFileError) as info:
        load_rules(rules_dir)
    return str(info.value)


def test_empty_rule_file_is_an_error_naming_the_file(rules_copy: Path) -> None:
    (rules_copy / "set.toml").write_text("# nothing here\n", encoding="utf-8")
    assert "set.toml:1" in _error(rules_copy)


def test_empty_pattern_list_is_an_error(rules_copy: Path) -> None:
    (rules_copy / "patterns" / "months.txt").write_text("", encoding="utf-8")
    assert "months.txt:1" in _error(rules_copy)


def test_unknown_pattern_list_names_the_rule_line(rules_copy: Path) -> None:
    path = rules_copy / "set.toml"
    text = path.read_text(encoding="utf-8").replace("{weekdays}", "{weekday_names}", 1)
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("[[rule]]", text.splitlines().index("id = \"set.every_weekday\"") - 3) + 1
    message = _error(rules_copy)
    assert f"set.toml:{line}" in message and "weekday_names" in message


def test_positional_group_is_rejected(rules_copy: Path) -> None:
    path = rules_copy / "refs.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("(?P<ref>", "(", 1), encoding="utf-8")
    assert "named groups" in _error(rules_copy)


def test_bad_table_row_names_its_line(rules_copy: Path) -> None:
    path = rules_copy / "normalization" / "months.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "smarch\n", encoding="utf-8")
    n = len(path.read_text(encoding="utf-8").splitlines())
    assert f"months.tsv:{n}" in _error(rules_copy)


def test_missing_table_file_is_an_error(tmp_path: Path) -> None:
    assert "E200" in _error(tmp_path / "nowhere")


def test_unknown_normalizer_is_an_error(rules_copy: Path) -> None:
    path = rules_copy / "set.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('"frequency"', '"freq"', 1), encoding="utf-8")
    assert "unknown normalization function 'freq'" in _error(rules_copy)

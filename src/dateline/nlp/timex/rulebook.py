"""The packaged rule set with every normalization module registered, compiled once per process.

The one place that imports all normalizer modules (so they register) and loads the rules folder; the
tagger reads `default_rules()` here and passes the rule set down to every step as a parameter.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from dateline.nlp.timex import (  # noqa: F401  (each registers its normalization functions)
    normalize,
    normalize_duration,
    normalize_extra,
    normalize_finance,
    normalize_offset,
    normalize_time,
    normalize_week,
)
from dateline.nlp.timex.loader import RULES_DIR, RuleSet
from dateline.nlp.timex.loader import load_rules as _load_rules
from dateline.nlp.timex.registry import NORMALIZERS


def load_rules(rules_dir: Path = RULES_DIR) -> RuleSet:
    """The rules under `rules_dir` with the packaged normalizers; raises RuleFileError on the first problem."""
    return _load_rules(rules_dir, NORMALIZERS)


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    """The packaged rules, compiled once per process (never per sentence)."""
    return load_rules()

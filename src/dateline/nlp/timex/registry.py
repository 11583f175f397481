"""The normalization functions rule files may name: normalizer modules register here, the loader reads here.

It imports nothing of the timex package, so every normalizer module can use it without an import circle
(before, the registry lived in `normalize.py`, which the other normalizer modules both fed and imported).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Groups = dict[str, str | None]
Params = dict[str, object]
# (groups, context.Ctx, params) -> context.Norm | None; typed loosely here so this module needs no import
Normalizer = Callable[[Groups, Any, Params], Any]
NORMALIZERS: dict[str, Normalizer] = {}


def normalizer(fn: Normalizer) -> Normalizer:
    """Register `fn` under its function name (the `normalize` key of a rule)."""
    NORMALIZERS[fn.__name__] = fn
    return fn

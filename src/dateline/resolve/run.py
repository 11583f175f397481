"""The corpus step's orchestrator: run each resolution step on the documents it has not seen, in order.

Steps run in a fixed order because each reads what the one before wrote: dating first (so undated articles'
events and figures get dates), then entities (one row per real-world entity), then events (which compare actors
and places through the corpus entities). Each step runs in its own transaction and records the documents it has
seen in `resolved`, so a crash leaves the store at a step boundary and the next run picks up where it stopped.
A step may return document ids whose facts it changed (a new inferred date): the later steps see those again.
"""

from __future__ import annotations

import importlib
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from dateline.errors import StoreError
from dateline.store import Store

# step name -> module holding `run(conn, new_ids, *, full) -> StepResult`; imported only when the step runs.
_STEP_MODULES: dict[str, str] = {
    "dating": "dateline.resolve.dating",
    "entities": "dateline.resolve.entities",
    "events": "dateline.resolve.events",
}
STEP_NAMES: tuple[str, ...] = tuple(_STEP_MODULES)


@dataclass
class StepResult:
    """What one step returns: counts worth reporting, and documents whose facts it changed."""

    details: dict[str, Any] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)


class StepFn(Protocol):
    def __call__(self, conn: sqlite3.Connection, new_ids: Sequence[str], *, full: bool) -> StepResult: ...


@dataclass
class StepReport:
    step: str
    documents: int  # documents this step had not seen before the run
    seconds: float
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class ResolveReport:
    steps: list[StepReport] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "seconds": round(self.seconds, 3),
            "steps": [
                {"step": s.step, "documents": s.documents, "seconds": round(s.seconds, 3), **s.details}
                for s in self.steps
            ],
        }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def step_function(name: str) -> StepFn:
    if name not in _STEP_MODULES:
        raise StoreError(f"unknown resolution step {name!r}: choose from {', '.join(STEP_NAMES)}")
    module = importlib.import_module(_STEP_MODULES[name])
    return module.run  # type: ignore[no-any-return]


def unseen_ids(conn: sqlite3.Connection, step: str) -> list[str]:
    """Documents the step has not resolved yet, oldest first (so a resumed run keeps the ingest order)."""
    rows = conn.execute(
        "SELECT d.id FROM documents d WHERE NOT EXISTS "
        "(SELECT 1 FROM resolved r WHERE r.step = ? AND r.doc_id = d.id) ORDER BY d.added_at, d.id",
        (step,),
    )
    return [r[0] for r in rows]


def resolve_corpus(
    store: Store,
    *,
    full: bool = False,
    steps: Sequence[str] | None = None,
    on_step: Callable[[str], None] | None = None,
) -> ResolveReport:
    """Resolve what is new in the store (or, with `full`, redo every step over the whole store).

    Each step is one transaction; the caller must not hold one open.
    """
    chosen = list(steps) if steps else list(STEP_NAMES)
    for name in chosen:
        step_function(name)  # fail on a bad name before writing anything
    report = ResolveReport()
    started = time.perf_counter()
    conn = store.connection
    for name in STEP_NAMES:
        if name not in chosen:
            continue
        if on_step:
            on_step(name)
        fn = step_function(name)
        t0 = time.perf_counter()
        with store.transaction():
            if full:
                conn.execute("DELETE FROM resolved WHERE step = ?", (name,))
            new_ids = unseen_ids(conn, name)
            result = fn(conn, new_ids, full=full)
            conn.executemany(
                "INSERT OR REPLACE INTO resolved (step, doc_id, resolved_at) VALUES (?, ?, ?)",
                [(name, doc_id, _now()) for doc_id in new_ids],
            )
            if result.changed:
                later = [s for s in STEP_NAMES[STEP_NAMES.index(name) + 1 :]]
                conn.executemany(
                    "DELETE FROM resolved WHERE step = ? AND doc_id = ?",
                    [(s, d) for s in later for d in result.changed],
                )
        report.steps.append(StepReport(name, len(new_ids), time.perf_counter() - t0, result.details))
    report.seconds = time.perf_counter() - started
    return report

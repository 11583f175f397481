"""Named schema migrations, recorded in the `migrations` table (the `sqlite_utils/migrations.py` habit).

Each migration is a plain function `(connection) -> None` registered in order. `apply` runs every
migration the file has not seen, each inside its own transaction together with the row that records
it, so a crash leaves a store at one of its versions, never in between.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

MigrationFn = Callable[[sqlite3.Connection], None]

MIGRATIONS_TABLE_SQL = """
CREATE TABLE IF NOT EXISTS migrations (
    migration_set TEXT NOT NULL,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (migration_set, name)
)
"""


@dataclass
class Migrations:
    """An ordered set of named migrations; the version of a store is how many of them it has applied."""

    name: str
    _steps: list[tuple[str, MigrationFn]] = field(default_factory=list)

    def __call__(self) -> Callable[[MigrationFn], MigrationFn]:
        """Decorator registering a migration under its function name, in definition order."""

        def register(fn: MigrationFn) -> MigrationFn:
            if any(n == fn.__name__ for n, _ in self._steps):
                raise ValueError(f"migration {fn.__name__} registered twice")
            self._steps.append((fn.__name__, fn))
            return fn

        return register

    @property
    def names(self) -> list[str]:
        return [n for n, _ in self._steps]

    @property
    def version(self) -> int:
        return len(self._steps)

    def applied(self, conn: sqlite3.Connection) -> list[str]:
        """Names of this set's migrations already recorded in the file (in the order applied)."""
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
        ).fetchone()
        if not exists:
            return []
        rows = conn.execute(
            "SELECT name FROM migrations WHERE migration_set = ? ORDER BY rowid", (self.name,)
        )
        return [r[0] for r in rows]

    def pending(self, conn: sqlite3.Connection) -> list[str]:
        done = set(self.applied(conn))
        return [n for n in self.names if n not in done]

    def unknown(self, conn: sqlite3.Connection) -> list[str]:
        """Migrations recorded in the file that this code does not know: the file is newer than the code."""
        known = set(self.names)
        return [n for n in self.applied(conn) if n not in known]

    def apply(self, conn: sqlite3.Connection, on_applied: MigrationFn | None = None) -> list[str]:
        """Apply pending migrations, one transaction each; `on_applied` runs inside each (version bump)."""
        done = set(self.applied(conn))
        applied = []
        for name, fn in self._steps:
            if name in done:
                continue
            conn.execute("BEGIN IMMEDIATE")
            # Another process may have applied it while we waited for the write lock.
            if name in self.applied(conn):
                conn.execute("ROLLBACK")
                continue
            try:
                conn.execute(MIGRATIONS_TABLE_SQL)
                fn(conn)
                conn.execute(
                    "INSERT INTO migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                    (self.name, name, datetime.now(UTC).isoformat(timespec="seconds")),
                )
                if on_applied is not None:
                    on_applied(conn)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            applied.append(name)
        return applied

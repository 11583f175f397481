"""dateline's store: an open, documented SQLite file (see docs/schema.md)."""

from dateline.store.schema import SCHEMA_VERSION
from dateline.store.sqlite import Store

__all__ = ["SCHEMA_VERSION", "Store"]

"""Mapping between dateline's pydantic records and rows of the store's tables, one spec per table.

Columns are the model's fields under the same names (except `Sentence.index`, stored as `sentence`
like in every other table), so a reader of the SQLite file sees the JSON schema of `dateline annotate`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from pydantic import BaseModel

from dateline.model import Entity, Event, Figure, Mention, Quote, Sentence, SourceRef, Timex


@dataclass(frozen=True)
class TableSpec:
    """How one record type is stored: its table, its list on AnnotatedDocument, and renamed columns."""

    table: str
    model: type[BaseModel]
    attribute: str  # AnnotatedDocument attribute holding the list of records
    renames: dict[str, str] = field(default_factory=dict)  # model field -> column
    ordered_by: str = "seq"

    @property
    def fields(self) -> list[str]:
        return list(self.model.model_fields)

    @property
    def columns(self) -> list[str]:
        """Columns written for each record: doc_id, seq (if any), then one per model field."""
        cols = [self.renames.get(f, f) for f in self.fields if f != "doc_id"]
        lead = ["doc_id"] if self.ordered_by != "seq" else ["doc_id", "seq"]
        return lead + cols

    @property
    def json_fields(self) -> set[str]:
        return {name for name, info in self.model.model_fields.items() if _is_list(info.annotation)}


def _is_list(annotation: Any) -> bool:
    return getattr(annotation, "__origin__", None) is list or str(annotation).startswith("list[")


RECORD_TABLES: tuple[TableSpec, ...] = (
    TableSpec("sentences", Sentence, "sentences", renames={"index": "sentence"}, ordered_by="sentence"),
    TableSpec("mentions", Mention, "mentions"),
    TableSpec("entities", Entity, "entities"),
    TableSpec("timexes", Timex, "timexes"),
    TableSpec("quotes", Quote, "quotes"),
    TableSpec("figures", Figure, "figures"),
    TableSpec("events", Event, "events"),
)

SOURCES = TableSpec("sources", SourceRef, "sources")


def to_sql(value: Any) -> Any:
    """One Python value as SQLite stores it: ISO dates, 0/1 booleans, JSON lists, enum values."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def record_params(spec: TableSpec, doc_id: str, seq: int, record: BaseModel) -> list[Any]:
    """Parameters for `insert_sql(spec)` for one record."""
    values = [to_sql(getattr(record, f)) for f in spec.fields if f != "doc_id"]
    lead: list[Any] = [doc_id] if spec.ordered_by != "seq" else [doc_id, seq]
    return lead + values


def insert_sql(spec: TableSpec) -> str:
    cols = ", ".join(f'"{c}"' for c in spec.columns)
    marks = ", ".join("?" for _ in spec.columns)
    return f"INSERT INTO {spec.table} ({cols}) VALUES ({marks})"


def select_sql(spec: TableSpec) -> str:
    """Rows of one document in the annotator's order, columns in model-field order."""
    cols = ", ".join(f'"{spec.renames.get(f, f)}"' for f in spec.fields)
    return f"SELECT {cols} FROM {spec.table} WHERE doc_id = ? ORDER BY {spec.ordered_by}"


def from_row(spec: TableSpec, row: tuple[Any, ...]) -> BaseModel:
    """Rebuild a record from a row of `select_sql(spec)`."""
    data = dict(zip(spec.fields, row, strict=True))
    for name in spec.json_fields:
        if data[name] is not None:
            data[name] = json.loads(data[name])
    return spec.model.model_validate(data)

"""Fixtures for store tests: real SQLite stores (in memory and in a temp file) and a fully filled document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.model import AnnotatedDocument, Document, document_id
from dateline.store import Store
from tests.conftest import shared_data
from tests.store.store_samples import full_document


@pytest.fixture(params=["memory", "file"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same tests against an in-memory store and a store in a temp file."""
    path = ":memory:" if request.param == "memory" else tmp_path / "dateline.db"
    with Store.open(path) as s:
        yield s


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "dateline.db"


@pytest.fixture
def annotated() -> AnnotatedDocument:
    return full_document()


@pytest.fixture(scope="session")
def seed_texts() -> list[tuple[str, str]]:
    """(file name, text) of the seed articles."""
    folder = shared_data("seeds")
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]


@pytest.fixture(scope="session")
def seed_annotated(pipeline, seed_texts: list[tuple[str, str]]) -> list[AnnotatedDocument]:  # type: ignore[no-untyped-def]
    """The seed articles through the real pipeline, annotated once per session."""
    return [pipeline.annotate(Document(id=document_id(t), text=t)) for _, t in seed_texts]

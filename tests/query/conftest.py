"""The hand-made corpus written to a real store file once, then opened read-only as every query does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dateline.model import AnnotatedDocument
from dateline.store import Store
from tests.query.corpus import corpus


@pytest.fixture(scope="session")
def docs() -> dict[str, AnnotatedDocument]:
    """The corpus by title (the undated article has no title: key "undated")."""
    return {ad.document.title or "undated": ad for ad in corpus()}


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory, docs: dict[str, AnnotatedDocument]) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("query") / "dateline.db"
    with Store.open(path) as writer, writer.transaction():
        for ad in docs.values():
            writer.add_annotated(ad)
    with Store.open(path, readonly=True) as reader:
        yield reader

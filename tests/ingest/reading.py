"""Helpers for the ingest tests: the fixture folder and a `read_inputs` result split by kind."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dateline.errors import InputError
from dateline.ingest import InputNotice, read_inputs
from dateline.model import Document
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "data" / "ingest"


class Read:
    """Everything one `read_inputs` call yielded, split by kind, in order."""

    def __init__(self, paths: Iterable[str | Path], **options: Any) -> None:
        self.items = list(read_inputs(paths, **options))
        self.documents = [i for i in self.items if isinstance(i, Document)]
        self.errors = [i for i in self.items if isinstance(i, InputError)]
        self.notices = [i for i in self.items if isinstance(i, InputNotice)]

    @property
    def document(self) -> Document:
        """The one document read, failing loudly when there were errors or several documents."""
        assert not self.errors, [str(e) for e in self.errors]
        assert len(self.documents) == 1, self.items
        return self.documents[0]

    @property
    def error(self) -> InputError:
        """The one error yielded, failing loudly when a document was read too."""
        assert not self.documents, self.documents
        assert len(self.errors) == 1, self.items
        return self.errors[0]

"""The JSON that `dateline annotate` prints is documented by a schema file that must match the model."""

from __future__ import annotations

import json

from dateline.model import AnnotatedDocument, document_id, normalize_text
from tests.conftest import REPO


def test_published_json_schema_matches_the_model() -> None:
    published = json.loads((REPO / "docs" / "annotated-document.schema.json").read_text(encoding="utf-8"))
    assert published == AnnotatedDocument.model_json_schema(), (
        "model.py changed: regenerate docs/annotated-document.schema.json (see docs/annotate-json.md)"
    )


def test_document_id_ignores_whitespace_differences_only() -> None:
    assert document_id("Talks  resumed\n in Cairo. ") == document_id("Talks resumed in Cairo.")
    assert document_id("Talks resumed in Cairo.") != document_id("Talks resumed in Doha.")
    assert normalize_text(" a\u00a0b ") == "a b"

"""What the readers hand back besides errors: notices, and Documents built one consistent way."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateline.model import DateSource, Document, SourceRef, document_id


@dataclass(frozen=True)
class InputNotice:
    """Something the user should know about an input that was still read (e.g. a legacy encoding)."""

    where: str  # "path:line" or "path"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def new_document(
    text: str,
    *,
    source: SourceRef,
    title: str | None = None,
    date: dt.date | None = None,
    date_source: DateSource = DateSource.UNKNOWN,
    date_evidence: str | None = None,
    language: str | None = None,
) -> Document:
    """A Document whose id is the hash of its text and whose date fields agree with each other."""
    given = date is not None and date_source == DateSource.GIVEN
    return Document(
        id=document_id(text),
        text=text,
        title=title or None,
        date=date,
        date_source=date_source if date is not None else DateSource.UNKNOWN,
        date_confidence=1.0 if given else None,
        date_evidence=date_evidence if date is not None else None,
        language=language or "en",
        sources=[source],
    )

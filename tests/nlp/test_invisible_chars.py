"""Zero-width characters inside web copy are parsed as spaces: the word after one is still found, and every offset
points into the text as written."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id
from dateline.nlp.invisible_chars import spaced_invisibles

TEXT = ("Drones strike a fuel depot near Kursk, \u200bkilling at least four people, officials say, after "
        "\u200cfacing the largest raid in a year.\u2060")


def test_zero_width_characters_become_spaces_in_the_parse_copy_only() -> None:
    copy = spaced_invisibles(TEXT)
    assert copy is not None and len(copy) == len(TEXT) and "\u200b" not in copy
    assert spaced_invisibles("No invisible characters here.") is None


def test_a_figure_behind_a_zero_width_space_is_found_with_offsets_into_the_original(pipeline) -> None:
    doc = pipeline.annotate(Document(id=document_id(TEXT), text=TEXT, date=dt.date(2026, 5, 17)))
    killed = [f for f in doc.figures if f.category == "killed"]
    assert [(f.value, f.qualifier) for f in killed] == [(4.0, "at least")]
    assert TEXT[killed[0].start:killed[0].end] == killed[0].text
    for event in doc.events:
        assert TEXT[event.start:event.end] == event.trigger

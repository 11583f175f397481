"""The TimeML writer: round-trips through the reader, keeps the input outside TEXT, escapes safely."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.errors import TimeMLError
from dateline.export.timeml import resolve_overlaps, to_timeml_string, write_timeml
from dateline.ingest.timeml import iter_timeml_dir, parse_timeml_full, read_timeml_full
from dateline.model import DateSource, Document, Timex, document_id

TBAQ = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "timeml" / "TBAQ-cleaned"

INPUT = """<?xml version="1.0" ?>
<TimeML>
<DOCID>D1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-02-06" functionInDocument="CREATION_TIME">Feb 6</TIMEX3></DCT>
<TITLE>Talks</TITLE>
<TEXT>
Talks <EVENT eid="e1" class="OCCURRENCE">resumed</EVENT> <TIMEX3 tid="t9" type="DATE" value="2024-02-05" \
functionInDocument="NONE">Monday</TIMEX3> in Q&amp;A <SIGNAL sid="s1">after</SIGNAL> four months.
</TEXT>
<TLINK lid="l1" timeID="t9" relatedToTime="t0" relType="BEFORE"/>
</TimeML>
"""


def timex(doc: Document, phrase: str, tid: str, value: str, ttype: str = "DATE", **kw: object) -> Timex:
    start = doc.text.index(phrase)
    return Timex(
        doc_id=doc.id,
        sentence=0,
        start=start,
        end=start + len(phrase),
        text=phrase,
        tid=tid,
        type=ttype,
        value=value,
        **kw,
    )


def fields(t: Timex) -> tuple[object, ...]:
    return (t.tid, t.type, t.value, t.mod, t.quant, t.freq, t.anchor_tid, t.temporal_function, t.start, t.end)


def test_timeml_input_is_kept_outside_text_and_gold_tags_are_replaced_by_ours() -> None:
    src = parse_timeml_full(INPUT)
    ours = [timex(src.document, "four months", "t1", "P4M", "DURATION", mod="APPROX")]
    out = to_timeml_string(src, ours)
    start, end = src.text_span
    assert out.startswith(INPUT[:start]) and out.endswith(INPUT[end:])
    assert "<EVENT" not in out and "<SIGNAL" not in out and 'tid="t9"' not in out.split("<TLINK")[0]
    assert (
        'in Q&amp;A after <TIMEX3 tid="t1" type="DURATION" value="P4M" mod="APPROX" temporalFunction="false" '
        'functionInDocument="NONE">four months</TIMEX3>.' in out
    )


def test_reading_what_was_written_gives_the_same_text_and_timexes(tmp_path: Path) -> None:
    src = parse_timeml_full(INPUT)
    ours = [
        timex(src.document, "Monday", "t1", "2024-02-05", anchor_tid="t0", temporal_function=True),
        timex(src.document, "four months", "t2", "P4M", "DURATION", mod="APPROX"),
        timex(src.document, "Talks", "t3", "PRESENT_REF", quant="EVERY", freq="1X"),
    ]
    path = tmp_path / "out" / "D1.tml"
    write_timeml(src, ours, path)
    back = read_timeml_full(path)
    assert back.document.text == src.document.text
    assert back.document.date == dt.date(2024, 2, 6)
    assert back.docid == "D1"
    assert [fields(t) for t in back.document.gold_timexes] == sorted(
        (fields(t) for t in ours), key=lambda f: f[-2]
    )


def test_plain_document_becomes_a_minimal_valid_timeml_file() -> None:
    text = 'He said "5 < 6 & 7 > 2"\r\non Tuesday.\n'
    doc = Document(
        id=document_id(text), text=text, title="A & B", date=dt.date(2024, 2, 6), date_source=DateSource.GIVEN
    )
    out = to_timeml_string(doc, [timex(doc, "Tuesday", "t1", "2024-02-06")])
    back = parse_timeml_full(out)
    assert back.document.text == text  # the \r survives as &#13;
    assert back.docid == doc.id
    assert back.document.title == "A & B"
    assert back.dct_timex is not None and back.dct_timex.value == "2024-02-06"
    assert [t.text for t in back.document.gold_timexes] == ["Tuesday"]


def test_undated_document_is_written_without_dct() -> None:
    doc = Document(id=document_id("x"), text="x")
    back = parse_timeml_full(to_timeml_string(doc, []))
    assert (back.dct_timex, back.document.date, back.document.text) == (None, None, "x")


def test_attribute_values_are_escaped() -> None:
    doc = Document(id="d", text="soon")
    out = to_timeml_string(doc, [timex(doc, "soon", "t1", 'FUTURE_REF"<&>', mod='A"B')])
    back = parse_timeml_full(out).document.gold_timexes[0]
    assert (back.value, back.mod) == ('FUTURE_REF"<&>', 'A"B')


@pytest.mark.parametrize(
    ("spans", "kept"),
    [
        ([(0, 5), (3, 12)], [(3, 12)]),  # the longer wins
        ([(0, 5), (3, 8)], [(0, 5)]),  # same length: the earlier wins
        ([(0, 4), (4, 8)], [(0, 4), (4, 8)]),  # touching spans do not overlap
        ([(2, 6), (0, 12), (8, 10)], [(0, 12)]),  # one long span swallows both
        ([(0, 3), (2, 7), (6, 9)], [(2, 7)]),  # the chain is cut at the longest
        ([(5, 5), (0, 2)], [(0, 2)]),  # empty spans are dropped
    ],
)
def test_overlapping_system_timexes_keep_the_longer_then_the_earlier(
    spans: list[tuple[int, int]], kept: list[tuple[int, int]]
) -> None:
    text = "abcdefghijklmnop"
    ts = [
        Timex(doc_id="d", sentence=0, start=s, end=e, text=text[s:e], tid=f"t{i}", type="DATE", value="X")
        for i, (s, e) in enumerate(spans, 1)
    ]
    assert [(t.start, t.end) for t in resolve_overlaps(ts)] == kept


def test_duplicate_or_dct_tids_are_renumbered() -> None:
    doc = Document(id="d", text="Monday and Tuesday", date=dt.date(2024, 2, 6))
    ours = [timex(doc, "Monday", "t0", "2024-02-05"), timex(doc, "Tuesday", "t0", "2024-02-06")]
    back = parse_timeml_full(to_timeml_string(doc, ours))
    tids = [t.tid for t in back.document.gold_timexes]
    assert len(set(tids)) == 2 and "t0" not in tids


def test_timex_from_another_text_is_refused() -> None:
    doc = Document(id="d", text="Monday")
    wrong = Timex(doc_id="d", sentence=0, start=0, end=6, text="Sunday", tid="t1", type="DATE", value="X")
    with pytest.raises(TimeMLError, match="does not cover"):
        to_timeml_string(doc, [wrong])


def test_text_with_characters_xml_cannot_hold_is_refused() -> None:
    doc = Document(id="d", text="bell\x07")
    with pytest.raises(TimeMLError, match="U\\+0007"):
        to_timeml_string(doc, [])


def test_every_tbaq_file_round_trips_with_its_gold_timexes(tmp_path: Path) -> None:
    if not TBAQ.is_dir():
        pytest.skip("../shared/data not available")
    for sub in ("TimeBank", "AQUAINT"):
        for path in iter_timeml_dir(TBAQ / sub):
            src = read_timeml_full(path)
            out = tmp_path / path.name
            write_timeml(src, src.document.gold_timexes, out)
            back = read_timeml_full(out)
            assert back.document.text == src.document.text, path
            assert [fields(t) for t in back.document.gold_timexes] == [
                fields(t) for t in src.document.gold_timexes
            ], path
            raw = path.read_bytes()
            written = out.read_bytes()
            # Byte-for-byte outside TEXT: the prefix up to <TEXT> and the suffix from </TEXT>.
            assert written[: written.index(b"<TEXT>")] == raw[: raw.index(b"<TEXT>")], path
            assert written[written.index(b"</TEXT>") :] == raw[raw.index(b"</TEXT>") :], path

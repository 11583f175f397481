"""The TimeML reader: exact text and offsets, DCT, errors that name file:line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.errors import TimeMLError
from dateline.ingest.timeml import iter_timeml_dir, parse_timeml, parse_timeml_full, read_timeml_full
from dateline.model import document_id

TBAQ = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "timeml" / "TBAQ-cleaned"

SMALL = """<?xml version="1.0" ?>
<TimeML>
<DOCID>XYZ19980807.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18:00" \
functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
<TITLE>Bombs  in
 Nairobi</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07" \
temporalFunction="true" anchorTimeID="t0" functionInDocument="NONE">Friday</TIMEX3> that
  <TIMEX3 tid="t2" type="DURATION" value="P2Y" mod="APPROX">a couple of years</TIMEX3> &lt;ago&gt;.
<TIMEX3 tid="t3" type="SET" value="P1W" quant="EVERY" freq="1X">every week</TIMEX3></TEXT>
<TLINK lid="l1" timeID="t1" relatedToTime="t0" relType="IS_INCLUDED"/>
</TimeML>
"""


def test_text_is_text_content_with_tags_removed_and_entities_unescaped() -> None:
    doc = parse_timeml(SMALL)
    assert doc.text == "\nAT&T said Friday that\n  a couple of years <ago>.\nevery week"


def test_gold_timex_spans_point_into_the_text_with_their_attributes() -> None:
    doc = parse_timeml(SMALL)
    got = [(t.tid, t.type, t.value, t.text, doc.text[t.start : t.end]) for t in doc.gold_timexes]
    assert got == [
        ("t1", "DATE", "1998-08-07", "Friday", "Friday"),
        ("t2", "DURATION", "P2Y", "a couple of years", "a couple of years"),
        ("t3", "SET", "P1W", "every week", "every week"),
    ]
    t1, t2, t3 = doc.gold_timexes
    assert (t1.anchor_tid, t1.temporal_function, t1.mod) == ("t0", True, None)
    assert (t2.mod, t2.temporal_function) == ("APPROX", False)
    assert (t3.quant, t3.freq) == ("EVERY", "1X")
    assert {t.doc_id for t in doc.gold_timexes} == {doc.id}
    assert {t.sentence for t in doc.gold_timexes} == {0}


def test_document_metadata_comes_from_docid_dct_and_title() -> None:
    f = parse_timeml_full(SMALL, path="x.tml")
    doc = f.document
    assert doc.id == document_id(doc.text)
    assert doc.date == dt.date(1998, 8, 7)
    assert (doc.date_source, doc.date_confidence, doc.date_evidence) == ("given", 1.0, "TimeML DCT")
    assert doc.title == "Bombs in Nairobi"
    assert [(s.path, s.external_id, s.format) for s in doc.sources] == [
        ("x.tml", "XYZ19980807.0001", "timeml")
    ]
    assert f.docid == "XYZ19980807.0001"
    assert f.dct_timex is not None
    assert (f.dct_timex.tid, f.dct_timex.value, f.dct_timex.type) == ("t0", "1998-08-07T06:18:00", "TIME")
    assert f.dct_text == "08/07/1998"
    assert f.dct_timex not in doc.gold_timexes


def test_text_span_delimits_the_text_element_content_in_the_raw_file() -> None:
    f = parse_timeml_full(SMALL)
    start, end = f.text_span
    assert f.raw[start - len("<TEXT>") : start] == "<TEXT>"
    assert f.raw[end : end + len("</TEXT>")] == "</TEXT>"


def test_bytes_in_a_declared_encoding_are_decoded() -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-1"?><TimeML><TEXT>café <TIMEX3 tid="t1" type="DATE" \
value="2020">2020</TIMEX3></TEXT></TimeML>'.encode("latin-1")
    f = parse_timeml_full(data)
    assert f.document.text == "café 2020"
    assert f.document.gold_timexes[0].start == 5
    assert f.encoding == "iso-8859-1"


def test_document_without_dct_is_undated() -> None:
    doc = parse_timeml("<TimeML><TEXT>no date here</TEXT></TimeML>")
    assert (doc.date, doc.date_source, doc.gold_timexes) == (None, "unknown", [])


@pytest.mark.parametrize(
    ("xml", "line", "says"),
    [
        ("<TimeML>\n<TEXT>a <TIMEX3 tid='t1' type='DATE' value='X'>b</TEXT>\n</TimeML>", 2, "mismatched"),
        ("<TimeML>\n<DOCID>d</DOCID>\n</TimeML>", 1, "no <TEXT>"),
        ("<TimeML>\n\n<TEXT>AT&T</TEXT></TimeML>", 3, "&amp;"),
        (
            "<TimeML><TEXT>\n<TIMEX3 tid='t1' type='DATE' value='X'>a\n"
            "<TIMEX3 tid='t2' type='DATE' value='Y'>b</TIMEX3></TIMEX3></TEXT></TimeML>",
            3,
            "nested",
        ),
        (
            "<TimeML><TEXT>\n<TIMEX3 tid='t1' type='MONTH' value='X'>a</TIMEX3></TEXT></TimeML>",
            2,
            "DATE, TIME",
        ),
        ("<TimeML><TEXT>a</TEXT>\n<TEXT>b</TEXT></TimeML>", 2, "more than one"),
    ],
)
def test_bad_input_raises_timeml_error_naming_the_line(xml: str, line: int, says: str) -> None:
    with pytest.raises(TimeMLError) as info:
        parse_timeml(xml, path="bad.tml")
    assert info.value.where == f"bad.tml:{line}"
    assert says in info.value.message


def test_every_tbaq_file_parses_with_exact_spans() -> None:
    if not TBAQ.is_dir():
        pytest.skip("../shared/data not available")
    n_docs = n_timexes = 0
    for sub in ("TimeBank", "AQUAINT"):
        for path in iter_timeml_dir(TBAQ / sub):
            f = read_timeml_full(path)
            doc = f.document
            assert doc.date is not None, path
            assert f.dct_timex is not None and f.dct_timex.tid == "t0", path
            for t in doc.gold_timexes:
                assert doc.text[t.start : t.end] == t.text, (path, t.tid)
            start, end = f.text_span
            assert f.raw[start - 6 : start] == "<TEXT>" and f.raw[end : end + 7] == "</TEXT>", path
            n_docs += 1
            n_timexes += len(doc.gold_timexes)
    # Counts stated in the data's SOURCES.md: 256 documents, 1,822 TIMEX3 inside TEXT.
    assert (n_docs, n_timexes) == (256, 1822)

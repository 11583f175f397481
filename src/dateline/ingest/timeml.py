"""Read TimeML 1.2.1 files (TempEval-3, TimeBank, AQUAINT) into a Document with its gold TIMEX3s.

The text is the content of `<TEXT>` with every inner tag removed and XML entities unescaped, so gold
offsets point into exactly what an annotator sees. XML itself normalizes line ends (`\\r\\n` -> `\\n`)
and that normalization applies here as in any XML reader; nothing else is changed.

TIMEX3 elements outside `<TEXT>` other than the DCT (for instance inside `<TITLE>`) are not part of
the text and are ignored. A TIMEX3 nested in another TIMEX3 is invalid TimeML and raises TimeMLError.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import xml.parsers.expat
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import TimeMLError
from dateline.model import DateSource, Document, SourceRef, Timex, TimexType, document_id

_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_DECL_ENCODING_RE = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
# A start tag with its attributes; values may legally contain ">", so quoted values are skipped whole.
_TEXT_START_TAG_RE = re.compile(r"""<TEXT(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*>""")
_TIMEX_TYPES = {t.value for t in TimexType}


@dataclass
class TimeMLFile:
    """A parsed TimeML file: the Document plus what the TimeML writer needs to rebuild the file."""

    document: Document
    dct_timex: Timex | None  # the DCT TIMEX3; its span is empty (start = end = 0): the DCT is not in the text
    dct_text: str | None  # the DCT as written in the file, e.g. "19980108"
    docid: str | None
    raw: str  # the original file, decoded
    text_span: tuple[int, int]  # character offsets of the <TEXT> element's content in `raw`
    path: str
    encoding: str = "utf-8"  # the encoding `raw` was decoded from, used again when writing


@dataclass
class _OpenTimex:
    attrs: dict[str, str]
    start: int
    line: int


class _Collector:
    """Expat handlers that rebuild the TEXT content and the TIMEX3 spans while the file streams by."""

    def __init__(self, parser: xml.parsers.expat.XMLParserType, path: str) -> None:
        self.parser = parser
        self.path = path
        self.stack: list[str] = []
        self.text_parts: list[str] = []
        self.text_len = 0
        self.n_text = 0
        self.in_text = False
        self.text_start_byte: int | None = None
        self.text_end_byte: int | None = None
        self.timexes: list[tuple[dict[str, str], int, int, int]] = []  # attrs, start, end, line
        self.open_timex: _OpenTimex | None = None
        self.dct_attrs: dict[str, str] | None = None
        self.dct_text_parts: list[str] = []
        self.in_dct_timex = False
        self.docid_parts: list[str] = []
        self.title_parts: list[str] = []
        self.root_line = 1

    def where(self) -> str:
        return f"{self.path}:{self.parser.CurrentLineNumber}"

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if not self.stack:
            self.root_line = self.parser.CurrentLineNumber
        self.stack.append(name)
        if name == "TEXT" and not self.in_text:
            self.n_text += 1
            if self.n_text > 1:
                raise TimeMLError(
                    "more than one <TEXT> element: a TimeML document has exactly one; split the file",
                    where=self.where(),
                )
            self.in_text = True
            self.text_start_byte = self.parser.CurrentByteIndex
        elif name == "TIMEX3" and self.in_text:
            if self.open_timex is not None:
                raise TimeMLError(
                    f"TIMEX3 {attrs.get('tid', '?')!r} is nested inside TIMEX3 "
                    f"{self.open_timex.attrs.get('tid', '?')!r}: TimeML 1.2.1 does not allow nesting; "
                    "remove one of the two tags",
                    where=self.where(),
                )
            self.open_timex = _OpenTimex(dict(attrs), self.text_len, self.parser.CurrentLineNumber)
        elif name == "TIMEX3" and "DCT" in self.stack:
            self.dct_attrs = dict(attrs)
            self.in_dct_timex = True

    def end(self, name: str) -> None:
        self.stack.pop()
        if name == "TEXT" and self.in_text and "TEXT" not in self.stack:
            self.in_text = False
            self.text_end_byte = self.parser.CurrentByteIndex
        elif name == "TIMEX3" and self.in_text and self.open_timex is not None:
            t = self.open_timex
            self.timexes.append((t.attrs, t.start, self.text_len, t.line))
            self.open_timex = None
        elif name == "TIMEX3" and self.in_dct_timex:
            self.in_dct_timex = False

    def chars(self, data: str) -> None:
        if self.in_text:
            self.text_parts.append(data)
            self.text_len += len(data)
        elif self.in_dct_timex:
            self.dct_text_parts.append(data)
        elif self.stack and self.stack[-1] == "DOCID":
            self.docid_parts.append(data)
        elif "TITLE" in self.stack:
            self.title_parts.append(data)


def _decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode file bytes by BOM, then the XML declaration, then UTF-8; return (text, encoding)."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            encoding = enc
            break
    else:
        m = _DECL_ENCODING_RE.match(data)
        encoding = m.group(1).decode("ascii").lower() if m else "utf-8"
    try:
        return data.decode(encoding), encoding
    except LookupError as exc:
        raise TimeMLError(
            f"unknown encoding {encoding!r} in the XML declaration; re-save the file as UTF-8",
            where=f"{path}:1",
        ) from exc
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TimeMLError(
            f"bytes not valid in {encoding} at byte {exc.start}; check the file's encoding "
            "(and its XML declaration) or re-save it as UTF-8",
            where=f"{path}:{line}",
        ) from exc


def _char_offset(raw_utf8: bytes, byte_index: int) -> int:
    return len(raw_utf8[:byte_index].decode("utf-8"))


def _dct_date(value: str | None) -> dt.date | None:
    """The calendar day of a DCT value (`1998-01-08`, `1998-08-07T06:18:00`); None if it names no day."""
    m = _DATE_RE.match(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _timex(attrs: dict[str, str], *, doc_id: str, start: int, end: int, text: str, where: str) -> Timex:
    ttype = attrs.get("type", "")
    if ttype not in _TIMEX_TYPES:
        raise TimeMLError(
            f"TIMEX3 {attrs.get('tid', '?')!r} has type {ttype!r}; TimeML allows DATE, TIME, DURATION or SET",
            where=where,
        )
    tid = attrs.get("tid")
    if not tid:
        raise TimeMLError("TIMEX3 without a tid attribute; every TIMEX3 needs a unique tid", where=where)
    return Timex(
        doc_id=doc_id,
        sentence=0,
        start=start,
        end=end,
        text=text,
        tid=tid,
        type=TimexType(ttype),
        value=attrs.get("value", ""),
        mod=attrs.get("mod") or None,
        quant=attrs.get("quant") or None,
        freq=attrs.get("freq") or None,
        anchor_tid=attrs.get("anchorTimeID") or None,
        temporal_function=attrs.get("temporalFunction", "false").strip().lower() == "true",
    )


def parse_timeml_full(data: bytes | str, *, path: str = "<memory>") -> TimeMLFile:
    """Parse TimeML into a TimeMLFile: the Document, its DCT timex, and the raw file for the writer.

    Gold timexes carry `sentence = 0`: sentences are unknown at read time (the pipeline splits them).
    """
    if isinstance(data, bytes):
        raw, encoding = _decode(data, path)
    else:
        raw, encoding = data, "utf-8"
    parser = xml.parsers.expat.ParserCreate()
    parser.buffer_text = True
    collector = _Collector(parser, path)
    parser.StartElementHandler = collector.start
    parser.EndElementHandler = collector.end
    parser.CharacterDataHandler = collector.chars
    try:
        # A str is handed to expat as UTF-8 (overriding any declared encoding): byte indexes are UTF-8.
        parser.Parse(raw, True)
    except xml.parsers.expat.ExpatError as exc:
        raise TimeMLError(
            f"not well-formed XML ({xml.parsers.expat.ErrorString(exc.code)}, column {exc.offset + 1}); "
            "check for an unclosed or mismatched tag, or a bare '&' or '<' that should be &amp; or &lt;",
            where=f"{path}:{exc.lineno}",
        ) from exc
    if collector.text_start_byte is None or collector.text_end_byte is None:
        raise TimeMLError(
            "no <TEXT> element: a TimeML document keeps its article inside <TEXT>...</TEXT>",
            where=f"{path}:{collector.root_line}",
        )
    raw_utf8 = raw.encode("utf-8")
    tag_start = _char_offset(raw_utf8, collector.text_start_byte)
    m = _TEXT_START_TAG_RE.match(raw, tag_start)
    # A self-closing <TEXT/> has no content.
    text_span = (tag_start, tag_start) if m is None else (m.end(), _char_offset(raw_utf8, collector.text_end_byte))

    text = "".join(collector.text_parts)
    doc_id = document_id(text)
    docid = "".join(collector.docid_parts).strip() or None
    title = " ".join("".join(collector.title_parts).split()) or None
    dct_value = collector.dct_attrs.get("value") if collector.dct_attrs else None
    date = _dct_date(dct_value)

    gold = [
        _timex(attrs, doc_id=doc_id, start=s, end=e, text=text[s:e], where=f"{path}:{line}")
        for attrs, s, e, line in collector.timexes
    ]
    dct_timex = None
    dct_text = None
    if collector.dct_attrs is not None:
        dct_text = "".join(collector.dct_text_parts)
        dct_timex = _timex(collector.dct_attrs, doc_id=doc_id, start=0, end=0, text="", where=f"{path}:1")

    document = Document(
        id=doc_id,
        text=text,
        title=title,
        date=date,
        date_source=DateSource.GIVEN if date else DateSource.UNKNOWN,
        date_confidence=1.0 if date else None,
        date_evidence="TimeML DCT" if date else None,
        sources=[SourceRef(path=path, external_id=docid, format="timeml")],
        gold_timexes=gold,
    )
    return TimeMLFile(
        document=document,
        dct_timex=dct_timex,
        dct_text=dct_text,
        docid=docid,
        raw=raw,
        text_span=text_span,
        path=path,
        encoding=encoding,
    )


def parse_timeml(data: bytes | str, *, path: str = "<memory>") -> Document:
    """Parse TimeML text or bytes into a Document whose `gold_timexes` are the TIMEX3s inside TEXT."""
    return parse_timeml_full(data, path=path).document


def read_timeml_full(path: str | Path) -> TimeMLFile:
    """Read a `.tml` file into a TimeMLFile (Document, DCT timex, raw file and TEXT span)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise TimeMLError(f"cannot read the file ({exc.strerror}); check the path", where=f"{p}:0") from exc
    return parse_timeml_full(data, path=str(p))


def read_timeml(path: str | Path) -> Document:
    """Read a `.tml` file into a Document (text, DCT date, title, source, gold timexes)."""
    return read_timeml_full(path).document


def iter_timeml_dir(directory: str | Path) -> list[Path]:
    """The `.tml` files directly inside a directory, sorted by name (deterministic pairing and order)."""
    return sorted(p for p in Path(directory).glob("*.tml") if p.is_file())

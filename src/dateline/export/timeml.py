"""Write a document with our timexes as TimeML 1.2.1, the input format of the TempEval-3 scorer.

For a TimeMLFile the file is rebuilt byte-for-byte outside `<TEXT>` (DOCID, DCT, TITLE, and also the
input's MAKEINSTANCE/TLINK elements, which refer to the input's ids and are kept untouched); inside
`<TEXT>` the text is written unchanged (XML-escaped) with only our TIMEX3 tags: the input's own
TIMEX3, EVENT and SIGNAL tags are dropped. A plain Document becomes a minimal TimeML file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from dateline.errors import TimeMLError
from dateline.ingest.timeml import TimeMLFile
from dateline.model import Document, Timex

# Characters XML 1.0 cannot carry at all, not even as character references.
_XML_INVALID_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_ATTR_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "\t": "&#9;"}
_TEXT_ESCAPE_RE = re.compile("[&<>\r]")
_ATTR_ESCAPE_RE = re.compile('[&<>"\r\n\t]')

_HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
)


def escape_text(text: str) -> str:
    """Escape character data; `\\r` becomes `&#13;` so XML line-end normalization cannot change it."""
    return _TEXT_ESCAPE_RE.sub(lambda m: _TEXT_ESCAPES[m.group()], text)


def escape_attr(value: str) -> str:
    """Escape a double-quoted attribute value, keeping newlines and tabs (attribute normalization)."""
    return _ATTR_ESCAPE_RE.sub(lambda m: _ATTR_ESCAPES[m.group()], value)


def resolve_overlaps(timexes: Iterable[Timex]) -> list[Timex]:
    """Non-overlapping timexes in text order: of two that overlap keep the longer, then the earlier.

    TimeML cannot nest TIMEX3 tags, so overlapping system output must be reduced before writing.
    Empty spans (start == end) cover no text and are dropped. The choice is greedy over the order
    (longest first, then earliest start, then input order), so it is deterministic.
    """
    ranked = sorted(
        (t for t in timexes if t.end > t.start),
        key=lambda t: (-(t.end - t.start), t.start),
    )
    kept: list[Timex] = []
    for t in ranked:
        if all(t.end <= k.start or t.start >= k.end for k in kept):
            kept.append(t)
    return sorted(kept, key=lambda t: t.start)


def _check_spans(text: str, timexes: Sequence[Timex], where: str) -> None:
    for t in timexes:
        if not (0 <= t.start < t.end <= len(text)) or text[t.start : t.end] != t.text:
            raise TimeMLError(
                f"timex {t.tid!r} span {t.start}-{t.end} does not cover its text {t.text!r} in this "
                "document; timexes must come from the same Document text",
                where=where,
            )


def _assign_tids(timexes: list[Timex], reserved: set[str]) -> list[str]:
    """Each timex's tid, kept when unique and not the DCT's; otherwise a fresh `tN`."""
    used = set(reserved)
    tids: list[str | None] = []
    for t in timexes:
        if t.tid and t.tid not in used:
            used.add(t.tid)
            tids.append(t.tid)
        else:
            tids.append(None)
    n = 0
    out: list[str] = []
    for tid in tids:
        if tid is None:
            n += 1
            while f"t{n}" in used:
                n += 1
            tid = f"t{n}"
            used.add(tid)
        out.append(tid)
    return out


def _open_tag(t: Timex, tid: str) -> str:
    attrs = [("tid", tid), ("type", str(t.type)), ("value", t.value)]
    attrs += [(k, v) for k, v in (("mod", t.mod), ("quant", t.quant), ("freq", t.freq)) if v]
    if t.anchor_tid:
        attrs.append(("anchorTimeID", t.anchor_tid))
    attrs.append(("temporalFunction", "true" if t.temporal_function else "false"))
    attrs.append(("functionInDocument", "NONE"))
    return "<TIMEX3 " + " ".join(f'{k}="{escape_attr(v)}"' for k, v in attrs) + ">"


def annotate_text(text: str, timexes: Sequence[Timex], *, where: str, reserved_tids: set[str]) -> str:
    """The XML content of `<TEXT>`: the escaped text with inline TIMEX3 tags for the kept timexes."""
    bad = _XML_INVALID_RE.search(text)
    if bad:
        raise TimeMLError(
            f"the text holds character U+{ord(bad.group()):04X} at offset {bad.start()}, which XML 1.0 "
            "cannot represent; clean the text before exporting to TimeML",
            where=where,
        )
    _check_spans(text, timexes, where)
    kept = resolve_overlaps(timexes)
    tids = _assign_tids(kept, reserved_tids)
    parts: list[str] = []
    pos = 0
    for t, tid in zip(kept, tids, strict=True):
        parts.append(escape_text(text[pos : t.start]))
        parts.append(_open_tag(t, tid))
        parts.append(escape_text(text[t.start : t.end]))
        parts.append("</TIMEX3>")
        pos = t.end
    parts.append(escape_text(text[pos:]))
    return "".join(parts)


def _minimal_file(doc: Document, content: str) -> str:
    out = [_HEADER, f"\n<DOCID>{escape_text(doc.id)}</DOCID>\n"]
    if doc.date is not None:
        iso = doc.date.isoformat()
        out.append(
            f'\n<DCT><TIMEX3 tid="t0" type="DATE" value="{iso}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{iso}</TIMEX3></DCT>\n'
        )
    if doc.title:
        out.append(f"\n<TITLE>{escape_text(doc.title)}</TITLE>\n")
    out.append(f"\n<TEXT>{content}</TEXT>\n\n</TimeML>\n")
    return "".join(out)


def to_timeml_string(source: TimeMLFile | Document, timexes: Sequence[Timex]) -> str:
    """The TimeML file for `source` with `timexes` as the only tags inside TEXT (see module doc)."""
    if isinstance(source, TimeMLFile):
        reserved = {source.dct_timex.tid} if source.dct_timex else {"t0"}
        content = annotate_text(source.document.text, timexes, where=source.path, reserved_tids=reserved)
        start, end = source.text_span
        return source.raw[:start] + content + source.raw[end:]
    content = annotate_text(source.text, timexes, where=source.id, reserved_tids={"t0"})
    return _minimal_file(source, content)


def write_timeml(source: TimeMLFile | Document, timexes: Sequence[Timex], out_path: Path) -> None:
    """Write one `.tml` file (TimeML input keeps its encoding; a plain Document is written as UTF-8)."""
    encoding = source.encoding if isinstance(source, TimeMLFile) else "utf-8"
    data = to_timeml_string(source, timexes).encode(encoding, errors="xmlcharrefreplace")
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)

"""Which reader handles an input: by file name extension first, then by the first bytes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import PurePath

TEXT, JSONL, HTML, TIMEML = "text", "jsonl", "html", "timeml"
GZIP, SNIFF, UNSUPPORTED = "gzip", "sniff", "unsupported"
GZIP_MAGIC = b"\x1f\x8b"

_HTML_START = re.compile(rb"^(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_XML_DECL = re.compile(rb"^<\?xml[^>]*\?>\s*", re.IGNORECASE)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class FormatRule:
    """What the format table says about one extension."""

    format: str
    hint: str = ""


@cache
def format_table() -> dict[str, FormatRule]:
    """The extension table shipped as `formats.tsv` beside this module."""
    table: dict[str, FormatRule] = {}
    text = resources.files("dateline.ingest").joinpath("formats.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ext, fmt, *hint = line.split("\t")
        table[ext.lower()] = FormatRule(fmt, hint[0] if hint else "")
    return table


def format_from_name(name: str) -> FormatRule | None:
    """The rule for a file name's last extension; None when it has none or the table does not list it."""
    suffix = PurePath(name).suffix.lower()
    return format_table().get(suffix) if suffix else None


def format_from_content(head: bytes) -> str:
    """Guess the format from the first bytes: gzip, JSON Lines, HTML, TimeML, or else plain text."""
    if head.startswith(GZIP_MAGIC):
        return GZIP
    probe = _to_ascii_probe(head)
    stripped = probe.lstrip()
    if stripped.startswith(b"{"):
        return JSONL
    body = _XML_DECL.sub(b"", stripped, count=1)
    if _HTML_START.match(body):
        return HTML
    if b"<TimeML" in probe:
        return TIMEML
    if body.startswith(b"<") and re.search(rb"<html[\s>]", body[:4096], re.IGNORECASE):
        return HTML
    return TEXT


def _to_ascii_probe(head: bytes) -> bytes:
    """Drop a byte-order mark and, for UTF-16, the zero bytes, so the markup tests see ASCII."""
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            if bom != b"\xef\xbb\xbf":
                head = head.replace(b"\x00", b"")
            break
    return head

"""JSON Lines input: one article object per line, read as a stream so huge files stay cheap."""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from dateline.errors import EmptyInputError, EncodingInputError, InputError, JsonLineError, TooLargeError
from dateline.ingest.decode import decode_text, fallback_notice, has_utf16_bom
from dateline.ingest.records import InputNotice, new_document
from dateline.ingest.text import parse_date_value
from dateline.model import DateSource, Document, SourceRef

_OPTIONAL_STRINGS = ("title", "url", "source", "language")
_SKIP_CHUNK = 1 << 20


def iter_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | int]]:
    """Yield (line number, line bytes) or (line number, size) for a line longer than `max_bytes`.

    An overlong line is skipped in chunks, never held whole in memory.
    """
    lineno = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        if len(line) == max_bytes + 1 and not line.endswith(b"\n"):
            size = len(line)
            while chunk := stream.readline(_SKIP_CHUNK):
                size += len(chunk)
                if chunk.endswith(b"\n"):
                    size -= 1
                    break
            yield lineno, size
            continue
        yield lineno, line


def _utf16_as_utf8(stream: BinaryIO) -> BinaryIO:
    """Re-encode a UTF-16 stream (with BOM) as UTF-8 so lines can be split on b"\\n"."""
    reader = codecs.getreader("utf-16")(stream)
    return io.BufferedReader(_Utf8Recoder(reader))  # type: ignore[arg-type]


class _Utf8Recoder(io.RawIOBase):
    """A raw stream giving the UTF-8 bytes of a text reader, chunk by chunk."""

    def __init__(self, reader: codecs.StreamReader) -> None:
        self._reader = reader
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = self._reader.read(65536)
            if not chunk:
                return 0
            self._pending = chunk.encode("utf-8")
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def read_jsonl(
    stream: BinaryIO, *, path: str, max_article_bytes: int, head: bytes = b""
) -> Iterator[Document | InputNotice | InputError]:
    """Read a JSON Lines stream: a Document per good line, a JsonLineError (etc.) per bad one.

    `head` is the start of the stream already seen by the caller (only used to spot a UTF-16 BOM).
    """
    if has_utf16_bom(head):
        yield InputNotice(path, fallback_notice("utf-16"))
        stream = _utf16_as_utf8(stream)
    fallback: str | None = None
    n_records = 0
    for lineno, line in iter_lines(stream, max_article_bytes):
        where = f"{path}:{lineno}"
        if isinstance(line, int):
            n_records += 1
            yield TooLargeError(
                f"line is {line:,} bytes, more than the {max_article_bytes:,}-byte article limit; "
                "split it or raise the limit (dateline ingest --max-article-bytes N; read_inputs(max_article_bytes=N))",
                where=where,
            )
            continue
        if lineno == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        if not line.strip():
            continue
        n_records += 1
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text, used = _decode_line(line, fallback, where)
            except EncodingInputError as exc:
                yield exc
                continue
            if used and fallback is None:
                fallback = used
                yield InputNotice(where, fallback_notice(used) + " (this line and later non-UTF-8 lines)")
        try:
            yield parse_jsonl_record(text, path=path, line=lineno)
        except JsonLineError as exc:
            yield exc
    if n_records == 0:
        yield EmptyInputError("the file has no JSON lines; write one article object per line", where=path)


def _decode_line(line: bytes, fallback: str | None, where: str) -> tuple[str, str | None]:
    """Decode a non-UTF-8 line, reusing the encoding an earlier line of the file needed."""
    if fallback:
        try:
            return line.decode(fallback), fallback
        except UnicodeDecodeError:
            pass
    return decode_text(line, where=where)


def _type_name(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )


def parse_jsonl_record(raw: str, *, path: str, line: int) -> Document:
    """Turn one JSON line into a Document; raises JsonLineError saying which field is wrong and how."""
    where = f"{path}:{line}"
    try:
        obj = json.loads(raw.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        raise JsonLineError(
            f"bad JSON at column {exc.pos + 1}: {exc.msg}; each line must be one complete JSON object",
            where=where,
        ) from None
    if not isinstance(obj, dict):
        raise JsonLineError(
            f"the line is a JSON {_type_name(obj)}, not an object; write one article per line as "
            '{"text": "...", "date": "YYYY-MM-DD"}',
            where=where,
        )
    if "text" not in obj:
        raise JsonLineError("missing the required `text` field (the article text)", where=where)
    text = obj["text"]
    if not isinstance(text, str):
        raise JsonLineError(f"`text` must be a string, not a {_type_name(text)}", where=where)
    text = text.strip()
    if not text:
        raise JsonLineError("`text` is empty; every line needs the article text", where=where)
    fields: dict[str, str | None] = {}
    for name in _OPTIONAL_STRINGS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise JsonLineError(f"`{name}` must be a string or null, not a {_type_name(value)}", where=where)
        fields[name] = (value.strip() or None) if isinstance(value, str) else None
    external_id = obj.get("id")
    if external_id is not None and (isinstance(external_id, bool) or not isinstance(external_id, str | int)):
        raise JsonLineError(f"`id` must be a string or integer, not a {_type_name(external_id)}", where=where)
    date_value = obj.get("date")
    date = None
    # An empty string is how spreadsheets and many exports write "no date": read it as null.
    if date_value is not None and date_value != "":
        if not isinstance(date_value, str):
            raise JsonLineError(
                f"`date` must be a string YYYY-MM-DD (or an ISO 8601 date-time) or null, not a "
                f"{_type_name(date_value)} ({date_value!r})",
                where=where,
            )
        date, reason = parse_date_value(date_value.strip())
        if date is None:
            raise JsonLineError(f"bad `date` field value {date_value!r}: {reason}", where=where)
    return new_document(
        text,
        source=SourceRef(
            path=path,
            line=line,
            url=fields["url"],
            publisher=fields["source"],
            external_id=None if external_id is None else str(external_id),
            format="jsonl",
        ),
        title=fields["title"],
        date=date,
        date_source=DateSource.GIVEN,
        date_evidence=f"`date` field, line {line}",
        language=fields["language"],
    )

"""The one entry point: read PATHs of any supported format into Documents, notices and input errors."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import BinaryIO

from dateline.errors import EmptyInputError, InputError, TooLargeError, UnknownFormatError
from dateline.ingest import sniff
from dateline.ingest.decode import check_not_binary, decode_text, fallback_notice
from dateline.ingest.files import RawInput, iter_raw_inputs, read_exactly, rewound
from dateline.ingest.html import parse_html
from dateline.ingest.jsonl import read_jsonl
from dateline.ingest.records import InputNotice
from dateline.ingest.text import parse_text_article
from dateline.model import Document

Item = Document | InputNotice | InputError
# Largest article read, in bytes (per line for JSON Lines); `dateline ingest --max-article-bytes` raises it.
DEFAULT_MAX_ARTICLE_BYTES = 5_000_000
# How to raise the limit, for the error messages of every reader.
RAISE_LIMIT_HINT = (
    "split it or raise the limit (dateline ingest --max-article-bytes N; read_inputs(max_article_bytes=N))"
)
HEAD_BYTES = 65536  # enough to sniff any format and to judge binary content
_MAX_GZIP_DEPTH = 2


def read_inputs(
    paths: Iterable[str | Path],
    *,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    stdin: BinaryIO | None = None,
    skip: frozenset[Path] = frozenset(),
) -> Iterator[Item]:
    """Yield a Document per good article, an InputNotice per remark and an InputError per bad record.

    Errors are yielded, not raised, so one bad record never stops the rest of the input; the caller
    decides whether any error is fatal. `-` reads standard input (`stdin`, or `sys.stdin.buffer`).
    An article over `max_article_bytes` (a JSON Lines line, or a whole file otherwise) is a TooLargeError.
    `skip`: resolved paths a folder walk leaves out (`files.store_files`: the store being written).
    """
    if max_article_bytes < 1:
        raise InputError(f"max_article_bytes must be a positive number of bytes, not {max_article_bytes}")
    if isinstance(paths, str | Path):  # one path, not an iterable of characters
        paths = [paths]
    for raw in iter_raw_inputs(paths, stdin=stdin, skip=skip):
        if isinstance(raw, InputError):
            yield raw
            continue
        yield from _read_one(raw, max_article_bytes)


def _read_one(raw: RawInput, max_bytes: int) -> Iterator[Item]:
    """Read one file or stream, turning I/O and decompression failures into input errors."""
    try:
        with raw.open() as stream:
            yield from _read_stream(stream, raw=raw, name=raw.name, size=raw.size, max_bytes=max_bytes, depth=0)
    except EOFError:
        yield InputError(
            "the compressed data ends early (truncated .gz file); download or copy it again", where=raw.where
        )
    except (OSError, zlib.error) as exc:
        yield InputError(f"cannot read: {exc}; check the file is readable and not corrupt", where=raw.where)


def _read_stream(
    stream: BinaryIO, *, raw: RawInput, name: str, size: int | None, max_bytes: int, depth: int
) -> Iterator[Item]:
    where = raw.where
    rule = sniff.format_from_name(name) if name else None
    fmt = rule.format if rule else sniff.SNIFF
    if rule and fmt == sniff.UNSUPPORTED:
        yield UnknownFormatError(f"{PurePath(name).suffix} files are not read: {rule.hint}", where=where)
        return
    if size is not None and size > max_bytes and fmt not in (sniff.JSONL, sniff.SNIFF):
        # Known from the file system: refuse before reading a byte.
        yield TooLargeError(f"the file is {size:,} bytes, more than {_limit(max_bytes)}", where=where)
        return
    head = read_exactly(stream, HEAD_BYTES)
    if not head:
        yield EmptyInputError("the input is empty (0 bytes)", where=where)
        return
    if fmt in (sniff.SNIFF, sniff.GZIP):
        found = sniff.format_from_content(head)
        if found == sniff.GZIP:
            if depth >= _MAX_GZIP_DEPTH:
                yield UnknownFormatError("gzip inside gzip inside gzip: decompress it first", where=where)
                return
            inner_name = name[: -len(".gz")] if name.lower().endswith(".gz") else ""
            with gzip.GzipFile(fileobj=rewound(head, stream)) as inner:
                yield from _read_stream(
                    inner, raw=raw, name=inner_name, size=None, max_bytes=max_bytes, depth=depth + 1
                )
            return
        suffix = PurePath(name).suffix
        # Plain text is only assumed for names without an extension (and stdin): a `.md` or `.py` file
        # in an article folder is more likely a stray file than an article.
        if found == sniff.TEXT and suffix:
            yield UnknownFormatError(
                f"cannot tell the format of this {suffix} file: it is not JSON Lines, HTML or TimeML; "
                "if it is a plain-text article, name it .txt",
                where=where,
            )
            return
        fmt = found
    try:
        if fmt != sniff.JSONL and size is not None and size > max_bytes:
            raise TooLargeError(f"the file is {size:,} bytes, more than {_limit(max_bytes)}", where=where)
        check_not_binary(head, path=where)
        if fmt == sniff.JSONL:
            yield from read_jsonl(rewound(head, stream), path=where, max_article_bytes=max_bytes, head=head)
            return
        data = _read_bounded(head, stream, max_bytes=max_bytes, where=where)
        if not data.strip():
            raise EmptyInputError("the input holds only whitespace", where=where)
        yield from _read_document(fmt, data, where=where)
    except InputError as exc:
        yield exc


def _limit(max_bytes: int) -> str:
    return f"the {max_bytes:,}-byte article limit; {RAISE_LIMIT_HINT}"


def _read_bounded(head: bytes, stream: BinaryIO, *, max_bytes: int, where: str) -> bytes:
    """The whole input, refusing (before reading it all) anything over the article limit."""
    data = head if len(head) > max_bytes else head + read_exactly(stream, max_bytes + 1 - len(head))
    if len(data) > max_bytes:
        raise TooLargeError(f"the input is more than {_limit(max_bytes)}", where=where)
    return data


def _read_document(fmt: str, data: bytes, *, where: str) -> Iterator[Item]:
    """One whole-file article: plain text, HTML or TimeML."""
    if fmt == sniff.TEXT:
        text, used = decode_text(data, where=where)
        if used:
            yield InputNotice(where, fallback_notice(used))
        yield parse_text_article(text, path=where)
    elif fmt == sniff.HTML:
        document, notices = parse_html(data, path=where)
        yield from notices
        yield document
    elif fmt == sniff.TIMEML:
        from dateline.ingest.timeml import parse_timeml  # written separately; imported only when needed

        yield parse_timeml(data, path=where)
    else:
        raise UnknownFormatError(f"no reader for format {fmt!r}", where=where)

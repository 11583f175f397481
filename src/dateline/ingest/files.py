"""Turn the user's PATH arguments into byte streams: files, folders (recursive), .gz files and stdin."""

from __future__ import annotations

import errno
import gzip
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from dateline.errors import InputError

STDIN = "-"


@dataclass(frozen=True)
class RawInput:
    """One input to read: `where` names it in messages, `name` is what its format is sniffed from."""

    where: str
    name: str
    open: Callable[[], BinaryIO]
    size: int | None = None  # bytes on disk when known without reading (plain files)


STORE_SIDE_FILES = ("", "-wal", "-shm", "-journal")  # a SQLite file and the files SQLite keeps beside it


def store_files(store_path: str | Path) -> frozenset[Path]:
    """The files of the store being written: a folder walk must not read them back as articles."""
    base = Path(store_path).resolve()
    return frozenset(base.with_name(base.name + suffix) for suffix in STORE_SIDE_FILES)


def iter_raw_inputs(
    paths: Iterable[str | Path], *, stdin: BinaryIO | None = None, skip: frozenset[Path] = frozenset()
) -> Iterator[RawInput | InputError]:
    """Expand paths lazily: folders recursively in name order, skipping hidden files and folders, and the
    `skip` files (resolved paths: the store being written, when it lies inside a folder being read)."""
    for path in paths:
        spec = str(path)
        if spec == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield RawInput(where=STDIN, name="", open=lambda s=stream: _Unclosed(s))  # type: ignore[misc]
            continue
        p = Path(spec)
        if p.is_dir():
            yield from _walk(p, seen=set(), skip=skip)
        elif p.is_file():
            try:
                yield _file_input(p)
            except OSError as exc:
                yield InputError(f"cannot read: {exc.strerror or exc}", where=spec)
        elif p.exists() or p.is_symlink():
            yield _not_a_file(p)
        else:
            yield InputError("no such file or folder; check the path", where=spec)


def _walk(
    folder: Path, *, seen: set[tuple[int, int]], skip: frozenset[Path] = frozenset()
) -> Iterator[RawInput | InputError]:
    """Depth-first, name-sorted walk; symlinked folders are followed once (no cycles)."""
    try:
        stat = folder.stat()
        key = (stat.st_dev, stat.st_ino)
        if key in seen:
            return
        seen.add(key)
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield InputError(f"cannot list the folder: {exc.strerror or exc}", where=str(folder))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = folder / entry.name
        if skip and child.resolve() in skip:
            continue
        try:
            if entry.is_dir():
                yield from _walk(child, seen=seen, skip=skip)
            elif entry.is_file():
                yield _file_input(child)
            else:  # a broken link or a special file: say so rather than skip it silently
                yield _not_a_file(child)
        except OSError as exc:
            yield InputError(f"cannot read: {exc.strerror or exc}", where=str(child))


def _not_a_file(path: Path) -> InputError:
    """Why a path that is neither a readable file nor a folder cannot be read (a broken link, a FIFO...)."""
    where = str(path)
    if path.is_symlink():
        try:
            path.stat()
        except OSError as exc:
            target = os.readlink(path)
            if exc.errno == errno.ENOENT:
                reason = f"broken symbolic link: {target} does not exist; fix or remove the link"
            else:
                reason = f"cannot follow the symbolic link to {target}: {exc.strerror or exc}"
            return InputError(reason, where=where)
    return InputError("not a regular file or folder (a pipe, socket or device); pass article files", where=where)


def _file_input(path: Path) -> RawInput:
    """A plain file, or a .gz file whose inner name (without .gz) decides the format."""
    where = str(path)
    if path.suffix.lower() == ".gz":
        return RawInput(where=where, name=path.name[: -len(".gz")], open=lambda: gzip.open(path, "rb"))
    return RawInput(where=where, name=path.name, open=lambda: open(path, "rb"), size=path.stat().st_size)


class _Unclosed(io.RawIOBase):
    """Wraps stdin so that finishing one input does not close the process's stdin."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class Prefixed(io.RawIOBase):
    """A raw stream that first gives back bytes already read (the sniffed head), then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def rewound(head: bytes, rest: BinaryIO) -> io.BufferedReader:
    """A buffered stream reading `head` and then `rest`, with readline(limit)."""
    return io.BufferedReader(Prefixed(head, rest), buffer_size=1 << 16)


def read_exactly(stream: BinaryIO, n: int) -> bytes:
    """Read up to `n` bytes, looping over short reads (pipes and raw streams return less)."""
    parts: list[bytes] = []
    remaining = n
    while remaining > 0:
        chunk = stream.read(remaining)
        if not chunk:
            break
        parts.append(chunk)
        remaining -= len(chunk)
    return b"".join(parts)

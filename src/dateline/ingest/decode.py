"""Bytes to text: binary detection and the encoding fallbacks (UTF-8 first, legacy encodings named)."""

from __future__ import annotations

import codecs

import charset_normalizer

from dateline.errors import BinaryInputError, EncodingInputError

# Bytes that never appear in text files (tab, newlines, form feed and escape-free text excluded).
_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x20)) - {0x1B} | {0x7F}
_MAX_CONTROL_RATIO = 0.05
# Decoded text with more than this share of C0/C1 control characters is not a sensible decoding.
_MAX_CONTROL_CHAR_RATIO = 0.01
_BINARY_SAMPLE = 65536

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def has_utf16_bom(data: bytes) -> bool:
    """True when the data starts with a UTF-16 byte-order mark (it then legitimately holds NUL bytes)."""
    return data.startswith(UTF16_BOMS)


def binary_offset(sample: bytes) -> int | None:
    """Byte offset proving a sample is binary (first NUL, or first control byte when they are many)."""
    if has_utf16_bom(sample):
        return None
    sample = sample[:_BINARY_SAMPLE]
    nul = sample.find(b"\x00")
    if nul >= 0:
        return nul
    controls = [i for i, b in enumerate(sample) if b in _CONTROL_BYTES]
    if sample and len(controls) / len(sample) > _MAX_CONTROL_RATIO:
        return controls[0]
    return None


def check_not_binary(sample: bytes, *, path: str, base_offset: int = 0) -> None:
    """Raise BinaryInputError naming `path@byte N` if the sample looks like a binary file."""
    offset = binary_offset(sample)
    if offset is not None:
        raise BinaryInputError(
            f"byte {base_offset + offset} is a control byte ({sample[offset]:#04x}): this looks like a "
            "binary file, not text; dateline reads plain text, JSON Lines, HTML and TimeML (convert "
            "PDFs and office documents to text first)",
            where=f"{path}@byte {base_offset + offset}",
        )


def _sensible(text: str) -> bool:
    """A decoding is sensible when it produced (almost) no control characters."""
    if not text:
        return True
    bad = sum(1 for ch in text if (ord(ch) < 0x20 and ch not in "\t\n\r\f\v\x1b") or 0x7F <= ord(ch) <= 0x9F)
    return bad / len(text) <= _MAX_CONTROL_CHAR_RATIO


def _normalizer_guess(data: bytes) -> str | None:
    """charset-normalizer's best guess, preferring cp1252 when it is among the equally good ones."""
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best_chaos = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= best_chaos + 0.001]
    # Its first pick among byte-identical Latin code pages is arbitrary (cp1250 for English cp1252 text);
    # cp1252 is by far the most common legacy encoding of English news, so name it when it fits.
    for m in tied:
        if "cp1252" in m.could_be_from_charset:
            return "cp1252"
    return tied[0].encoding


def decode_text(data: bytes, *, where: str) -> tuple[str, str | None]:
    """Decode bytes; returns (text, name of the fallback encoding used or None for UTF-8).

    Newlines are normalized to "\\n" so that offsets mean the same on every platform.
    Raises EncodingInputError when no candidate gives sensible text.
    """
    text: str | None = None
    used: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict") if _is_utf8(data[3:]) else None
    elif has_utf16_bom(data):
        try:
            text, used = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            text = None
    elif _is_utf8(data):
        text = data.decode("utf-8")
    if text is None:
        candidates = [_normalizer_guess(data), "cp1252", "latin-1"]
        for enc in candidates:
            if enc is None:
                continue
            try:
                decoded = data.decode(enc)
            except (UnicodeDecodeError, LookupError):
                continue
            if _sensible(decoded):
                text, used = decoded, enc
                break
    if text is None:
        raise EncodingInputError(
            "not valid UTF-8 and no common encoding (utf-16, cp1252, latin-1, charset-normalizer's guess) "
            "gives readable text; re-save the file as UTF-8",
            where=where,
        )
    return normalize_newlines(text), used


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def fallback_notice(encoding: str) -> str:
    """The notice text for a file decoded with a legacy encoding."""
    return f"decoded as {encoding} (not valid UTF-8); re-save the file as UTF-8 to be sure of every character"

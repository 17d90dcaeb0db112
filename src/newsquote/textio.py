"""Read inputs as text: bytes in, decoded ``str`` out, never altered beyond decoding.

Decoding rules, in order: a UTF-8, UTF-32 or UTF-16 byte-order mark decides; otherwise strict
UTF-8; otherwise the bytes are taken as Windows-1252 (Latin-1 for the five bytes cp1252 leaves
undefined) and a warning says so. Input with NUL bytes and no UTF-16/32 mark is refused as
binary. Line endings (CRLF, CR) are kept, so offsets index the text exactly as given.

Messages name the input with its control characters escaped, so that every error stays on one
line and a file name cannot send escape codes to the terminal.
"""

from __future__ import annotations

import codecs
import os
import sys
from typing import NamedTuple

from newsquote.errors import InputError

STDIN = "-"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class Document(NamedTuple):
    """One decoded input: where it came from, its text, and how it was decoded. (A named tuple:
    a frozen dataclass costs every run three times as much to define.)"""

    source: str
    text: str
    encoding: str
    warning: str | None = None
    text_source: str = "as-given"  # "html-extracted" when a web page was reduced to its article


# C0 and C1 controls and the Unicode line separators, as escapes (see shown()).
_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))}
_ESCAPES |= {0x2028: "\\u2028", 0x2029: "\\u2029"}


def shown(source: str) -> str:
    """An input's name fit for a one-line message: control characters escaped.

    A printable name holds none (every escaped character is unprintable) and is returned as it
    is: str.translate raises and catches a KeyError for each character it has no entry for."""
    return source if source.isprintable() else source.translate(_ESCAPES)


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    """For cp1252: a byte it leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d) reads as Latin-1."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("newsquote-latin1", _latin1_fallback)

# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)


def decode(data: bytes, source: str = STDIN) -> Document:
    """Decode the bytes of one input; raise InputError when they are not text."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :] if codec == "utf-8" else data
            return _strict(body, codec, label, source)
    if b"\x00" in data:
        raise InputError(f"{shown(source)}: binary data (NUL bytes), not text")
    try:
        return Document(source, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        warning = f"{shown(source)}: not valid UTF-8; decoded as Windows-1252"
        return Document(source, data.decode("cp1252", "newsquote-latin1"), "cp1252", warning)


def _strict(data: bytes, codec: str, label: str, source: str) -> Document:
    """Decode with a codec the byte-order mark promised; broken bytes are an error."""
    try:
        return Document(source, data.decode(codec), label)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{shown(source)}: invalid {codec} after its byte-order mark ({exc.reason})"
        ) from None


def read_bytes(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read one path (or ``-`` for stdin), refusing what is too big or not a file."""
    name = shown(source)
    try:
        if source == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            if os.path.isdir(source):
                raise InputError(
                    f"{name}: is a directory (use --recursive to read the files in it)"
                )
            with open(source, "rb") as handle:
                data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: larger than {max_bytes} bytes (raise --max-bytes to allow it)")
    return data


def read_document(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and decode one input; a web page becomes its article text (see htmlinput)."""
    from newsquote.htmlinput import article_document

    return article_document(decode(read_bytes(source, max_bytes), source))


def expand_sources(sources: tuple[str, ...], recursive: bool = False) -> list[str]:
    """The inputs to read: stdin when none are given, directories expanded when asked."""
    if not sources:
        return [STDIN]
    expanded: list[str] = []
    for source in sources:
        if recursive and source != STDIN and os.path.isdir(source):
            from pathlib import Path  # only here: pathlib is 0.004 s of every run's start-up

            expanded.extend(str(p) for p in sorted(Path(source).rglob("*")) if p.is_file())
        else:
            expanded.append(source)
    return expanded

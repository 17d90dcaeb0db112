"""Read inputs as text: bytes in, decoded ``str`` out, never altered beyond decoding.

Decoding rules, in order: a UTF-8 or UTF-16 byte-order mark decides; otherwise strict UTF-8;
otherwise the bytes are taken as Windows-1252 (Latin-1 for the five bytes cp1252 leaves
undefined) and a warning says so. Input with NUL bytes and no UTF-16 mark is refused as binary.
Line endings (CRLF, CR) are kept, so offsets index the text exactly as given.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsquote.errors import InputError

STDIN = "-"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    """One decoded input: where it came from, its text, and how it was decoded."""

    source: str
    text: str
    encoding: str
    warning: str | None = None
    text_source: str = "as-given"  # "html-extracted" when a web page was reduced to its article


def _decode_legacy(data: bytes) -> str:
    """Windows-1252, with Latin-1 for the bytes cp1252 leaves undefined, so nothing is lost."""
    return "".join(
        chunk.decode("cp1252", errors="strict") if ok else chunk.decode("latin-1")
        for ok, chunk in _cp1252_runs(data)
    )


_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _cp1252_runs(data: bytes) -> Iterator[tuple[bool, bytes]]:
    """Split bytes into runs that cp1252 can decode and the odd bytes it cannot."""
    start = 0
    for i, byte in enumerate(data):
        if byte in _CP1252_UNDEFINED:
            if i > start:
                yield True, data[start:i]
            yield False, data[i : i + 1]
            start = i + 1
    if start < len(data):
        yield True, data[start:]


def decode(data: bytes, source: str = STDIN) -> Document:
    """Decode the bytes of one input; raise InputError when they are not text."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", "utf-8-sig", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "utf-16", source)
    if b"\x00" in data:
        raise InputError(f"{source}: binary data (NUL bytes), not text")
    try:
        return Document(source, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        warning = f"{source}: not valid UTF-8; decoded as Windows-1252"
        return Document(source, _decode_legacy(data), "cp1252", warning)


def _strict(data: bytes, codec: str, label: str, source: str) -> Document:
    """Decode with a codec the byte-order mark promised; broken bytes are an error."""
    try:
        return Document(source, data.decode(codec), label)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source}: invalid {codec} after its byte-order mark ({exc.reason})"
        ) from None


def read_bytes(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read one path (or ``-`` for stdin), refusing what is too big or not a file."""
    try:
        if source == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            path = Path(source)
            if path.is_dir():
                raise InputError(
                    f"{source}: is a directory (use --recursive to read the files in it)"
                )
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except PermissionError:
        raise InputError(f"{source}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{source}: larger than {max_bytes} bytes (raise --max-bytes to allow it)")
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
        path = Path(source)
        if recursive and source != STDIN and path.is_dir():
            expanded.extend(str(p) for p in sorted(path.rglob("*")) if p.is_file())
        else:
            expanded.append(source)
    return expanded

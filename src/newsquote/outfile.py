"""``--output FILE``: write to a temporary file beside the target, rename only when complete.

A crash, a Ctrl-C or a full disk therefore never leaves a half-written file behind.

Output never fails on a character: a file name that is not valid UTF-8 (which Python keeps as
surrogates) is written back as its original bytes, as ``ls`` does, and a character that a
legacy stdout encoding lacks (``PYTHONIOENCODING=ascii``) becomes a backslash escape.
"""

from __future__ import annotations

import codecs
import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TextIO

from newsquote.errors import NewsquoteError


@contextmanager
def output_stream(path: str | None) -> Iterator[TextIO]:
    """Stdout when no path is given; otherwise a temporary file renamed to ``path`` on success."""
    if path is None or path == "-":
        yield _stdout()
        return
    import tempfile  # only an output file needs it (0.005 s of start-up otherwise)

    folder, name = os.path.split(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", dir=folder or ".")
    except OSError as exc:
        raise NewsquoteError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="", errors="surrogateescape") as handle:
            yield handle
        os.chmod(tmp_name, _new_file_mode())
        os.replace(tmp_name, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def _new_file_mode() -> int:
    """The mode an ordinary new file gets (0o666 less the umask): mkstemp's 0o600 is too tight."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _stdout() -> TextIO:
    """Stdout, set to write every character instead of raising UnicodeEncodeError."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
        utf = codecs.lookup(stream.encoding).name.startswith("utf")
        stream.reconfigure(errors="surrogateescape" if utf else "backslashreplace")
    return stream

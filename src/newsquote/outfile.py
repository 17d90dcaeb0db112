"""``--output FILE``: write to a temporary file beside the target, rename only when complete.

A crash, a Ctrl-C or a full disk therefore never leaves a half-written file behind.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from newsquote.errors import NewsquoteError


@contextmanager
def output_stream(path: str | None) -> Iterator[TextIO]:
    """Stdout when no path is given; otherwise a temporary file renamed to ``path`` on success."""
    if path is None or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    except OSError as exc:
        raise NewsquoteError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise

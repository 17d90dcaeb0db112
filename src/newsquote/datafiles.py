"""Read the word lists shipped in ``newsquote/data``: one entry per line, ``#`` starts a comment.

One reader for every list, so the format is the same everywhere (an indented comment is a
comment too). The files are read through the loader that imported this package, as
``pkgutil.get_data`` does (without importing pkgutil, 0.2 ms of every run's start-up), so they
work from a wheel or a zip too; importlib.resources would cost more (its readers pull in
zipfile).
"""

from __future__ import annotations

import os

_DATA = os.path.join(os.path.dirname(__file__), "data")


def data_lines(name: str) -> list[str]:
    """The entries of ``data/<name>``: stripped lines, blank lines and comments left out."""
    raw = __loader__.get_data(os.path.join(_DATA, name))
    stripped = map(str.strip, raw.decode("utf-8").splitlines())  # map: no Python frame per line
    return [line for line in stripped if line and line[0] != "#"]

"""Read the word lists shipped in ``newsquote/data``: one entry per line, ``#`` starts a comment.

One reader for every list, so the format is the same everywhere (an indented comment is a
comment too) and the files work from a wheel or a zip via importlib.resources.
"""

from __future__ import annotations

from importlib import resources


def data_lines(name: str) -> list[str]:
    """The entries of ``data/<name>``: stripped lines, blank lines and comments left out."""
    raw = resources.files("newsquote").joinpath("data", name).read_text("utf-8")
    stripped = (line.strip() for line in raw.splitlines())
    return [line for line in stripped if line and not line.startswith("#")]

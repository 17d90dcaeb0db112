"""What a speaking phrase stands for, and the stand-in for a resolver that keeps it as written.

Apart from :mod:`newsquote.speakers` so that a caller who does not resolve names (a summary
keeping a quote with its speaker) never loads the resolver and its name tables.
"""

from __future__ import annotations

from typing import NamedTuple


class Resolved(NamedTuple):
    """What a speaking phrase stands for."""

    speaker: str
    named: bool | None  # None: not resolved, so not known
    role: str | None
    chain: str


class AsWritten:
    """Stands in for a :class:`Resolver` when whom a speaker is need not be worked out: a
    summary keeping a quote with its speaker needs only where the speaker is mentioned, and an
    article none of whose quotes has a speaker asks nothing. Each stays as written ("he")."""

    last_speaker: tuple[str, int] | None = None

    def resolve(self, phrase: str, offset: int) -> Resolved:
        return Resolved(phrase, None, None, "not resolved")

"""One exception family for the library; the CLI turns these into one-line messages."""


class NewsquoteError(Exception):
    """Base class for errors a user can fix (bad input, bad options)."""


class InputError(NewsquoteError):
    """An input could not be read, or is not text."""

"""Words and punctuation with their offsets: what the phrase readers walk through.

A quoted stretch is one token (``QUOTE_TOKEN``), so a reader sees "…," X said with the quote
as one word; the offsets index the text the user gave.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

# A number with thousands separators ("450,000") is one word, so a phrase is not cut inside it;
# possessive quantifiers throughout: nothing to give back. Group 1 is the white space before the
# token: where each token starts, counted without a search.
_TOKEN = re.compile(r"(\s*+)(\d{1,3}+(?:,\d{3})++(?!\d)|\w++(?:[’'\-.&]\w+)*+|[^\w\s])")
QUOTE_TOKEN = "“…”"


class Token(NamedTuple):
    """A word or punctuation mark with its offsets; a tuple, as readers build many thousands,
    and ``lower`` is kept since the readers ask for it again and again."""

    text: str
    start: int
    end: int
    lower: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def word_before(text: str, end: int, most: int) -> str:
    """The word characters (of ``\\w``) right before ``end``, at most ``most`` of them: a step
    back over a few characters costs less than setting up a regex search over them, and most
    words follow a space, found in C."""
    space = text.rfind(" ", max(0, end - most - 1), end)
    if space >= 0:
        word = text[space + 1 : end]
        if word.isalnum():  # letters and digits, no "_"
            return word
    start, floor = end, max(0, end - most)
    while start > floor and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:end]


def offsets_of(text: str, chars: str) -> list[int]:
    """Every offset in ``text`` of any of ``chars``, in order, found with str.find: for rare
    characters (stops are about one in a hundred), a regex pass led by their class would test
    every character of the text."""
    found = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    return sorted(found)


def tokenize(
    text: str, start: int, end: int, hidden: list[tuple[int, int]] | None = None
) -> list[Token]:
    """Words and punctuation of ``text[start:end]``; each hidden (quoted) range is one token.

    A third of the stretches an article's quotes ask for are asked for again (the sentence of a
    quote is read for its own tag, then as a neighbour's), so lists are cached: callers read
    them and must not change them. The key holds only the hidden ranges that reach into the
    stretch: the whole list would cost a pass over every quote per call, and one that ends
    before ``start`` would tell apart two equal stretches."""
    ranges = hidden or []
    # (n,) sorts right before every range that starts at n: no key function to call per step
    first = bisect.bisect_left(ranges, (start + 1,))  # the first that starts after start
    if first and ranges[first - 1][1] > start:
        first -= 1  # a range that covers start
    last = bisect.bisect_left(ranges, (end,))
    return _tokenize(text, start, end, tuple(ranges[first:last]))


@lru_cache(maxsize=256)
def _tokenize(text: str, start: int, end: int, ranges: tuple[tuple[int, int], ...]) -> list[Token]:
    """:func:`tokenize` with the hidden ranges that reach into the stretch as a tuple (a cache
    key)."""
    tokens: list[Token] = []
    k = 0
    pos = start
    while pos < end:
        while k < len(ranges) and ranges[k][1] <= pos:
            k += 1
        stop = min(end, ranges[k][0]) if k < len(ranges) and ranges[k][0] < end else end
        if k < len(ranges) and ranges[k][0] <= pos:
            tokens.append(Token(QUOTE_TOKEN, ranges[k][0], ranges[k][1], QUOTE_TOKEN))
            pos = ranges[k][1]
            continue
        # findall hands over the words without a match object each; only white space lies
        # between tokens, so each word starts after the space before it (a property test holds
        # every token to its offsets)
        for space, word in _TOKEN.findall(text, pos, stop):
            first = pos + len(space)
            pos = first + len(word)
            # what Token(...) and Token._make do, without their Python call: a fifth of the time
            tokens.append(tuple.__new__(Token, (word, first, pos, word.lower())))
        pos = stop
    return tokens

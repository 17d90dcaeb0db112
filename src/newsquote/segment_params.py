"""The sentence splitter's shipped parameters: abbreviations by kind, and sentence starters.

Plain data this project writes (``data/abbreviations.txt``, ``data/sentence_starters.txt``),
read once. Apart from :mod:`newsquote.segment_punkt` so the quote engine, which needs only the
abbreviations, does not load the splitter.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from newsquote.datafiles import data_lines

# A dotted initialism (f.b.i, u.s.a, a.m) as Punkt sees it: lower case, final period removed.
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
# A party and state after a politician's name, "(R-Mo.)": the state is abbreviated.
_PARTY_STATE = re.compile(r"[rdi]-([a-z]+)")


class Abbreviations(NamedTuple):
    """The shipped abbreviation table, by kind (see ``data/abbreviations.txt``). A named tuple:
    a frozen dataclass costs 0.6 ms more to define, on every run."""

    ordinary: frozenset[str]
    titles: frozenset[str]
    numbers: frozenset[str]
    states: frozenset[str]

    def is_abbreviation(self, word: str) -> bool:
        """True for an abbreviation Punkt should know (lower case, no final period). Asked of
        most words that end a sentence: the patterns run only on words with a "." or "-"."""
        if word in self.ordinary or word in self.titles:
            return True
        if "." in word:
            return _DOTTED.fullmatch(word) is not None
        party = _PARTY_STATE.fullmatch(word) if "-" in word else None
        return bool(party and party.group(1) in self.states)


@lru_cache(maxsize=1)
def abbreviations() -> Abbreviations:
    """Load ``data/abbreviations.txt`` once."""
    kinds: dict[str, set[str]] = {"": set(), "title": set(), "number": set(), "state": set()}
    for fields in map(str.split, data_lines("abbreviations.txt")):
        kinds[fields[1] if len(fields) > 1 else ""].add(fields[0])
    return Abbreviations(
        frozenset(kinds[""]),
        frozenset(kinds["title"]),
        frozenset(kinds["number"]),
        frozenset(kinds["state"]),
    )


@lru_cache(maxsize=1)
def sentence_starters() -> frozenset[str]:
    """Load ``data/sentence_starters.txt`` once (lower case)."""
    return frozenset(line.split()[0] for line in data_lines("sentence_starters.txt"))

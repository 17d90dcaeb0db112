"""The sentence splitter's shipped parameters: abbreviations by kind, sentence starters, and the
words that start a sentence run on without a stop.

Plain data this project writes (``data/abbreviations.txt``, ``data/sentence_starters.txt``,
``data/run_on_starters.txt``), read once, and the short table of words that cannot end a
sentence, which two of the splitter's rules read. Apart from :mod:`newsquote.segment_punkt` so
the quote engine, which needs only the abbreviations, does not load the splitter.
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
# Words that cannot end a sentence: an ellipsis right after one marks an omission ("The …"),
# and a capital right after one starts no run-on sentence ("ask for His forgiveness").
NO_END_WORDS = frozenset(("a", "an", "the", "of", "to", "and", "or", "but", "nor", "in", "on",
    "at", "for", "with", "by", "from", "into", "onto", "than", "as", "about"))  # fmt: skip


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


def _by_kind(name: str, *kinds: str) -> dict[str, frozenset[str]]:
    """The entries of ``data/<name>``, each a word and an optional kind, by kind ("": none)."""
    groups: dict[str, set[str]] = {kind: set() for kind in ("", *kinds)}
    for fields in map(str.split, data_lines(name)):
        kind = fields[1] if len(fields) > 1 else ""
        if kind not in groups:
            raise ValueError(f"data/{name}: unknown kind {kind!r} for {fields[0]!r}")
        groups[kind].add(fields[0])
    return {kind: frozenset(words) for kind, words in groups.items()}


@lru_cache(maxsize=1)
def abbreviations() -> Abbreviations:
    """Load ``data/abbreviations.txt`` once."""
    kinds = _by_kind("abbreviations.txt", "title", "number", "state")
    return Abbreviations(kinds[""], kinds["title"], kinds["number"], kinds["state"])


@lru_cache(maxsize=1)
def sentence_starters() -> frozenset[str]:
    """Load ``data/sentence_starters.txt`` once (lower case)."""
    return frozenset(line.split()[0] for line in data_lines("sentence_starters.txt"))


class RunOnStarters(NamedTuple):
    """``data/run_on_starters.txt`` by kind (lower case): the words that start a sentence run
    on from a lower-case word, those that also may after a capitalised word, the nouns a
    capital letter labels ("class A") and the nouns a title follows ("the film Her")."""

    after_word: frozenset[str]
    after_name: frozenset[str]
    labels: frozenset[str]
    titled: frozenset[str]


@lru_cache(maxsize=1)
def run_on_starters() -> RunOnStarters:
    """Load ``data/run_on_starters.txt`` once."""
    kinds = _by_kind("run_on_starters.txt", "any", "label", "title")
    return RunOnStarters(kinds[""] | kinds["any"], kinds["any"], kinds["label"], kinds["title"])

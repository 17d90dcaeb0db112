"""A brief for an editor: the summary plus the strongest attributed direct quotes.

A quote makes the brief when a reader can take it on its own: a direct quote from a named
speaker, a full sentence or clause (it opens with a capital and ends with . ! ? or the comma
before "she said"), neither a sound bite (under MIN_WORDS) nor a speech (over MAX_WORDS), and
not already inside a summary sentence. One quote per speaker, the most confident and fullest
first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsquote.models import Quote
from newsquote.speaker_report import count_words, group_key

if TYPE_CHECKING:  # summarize is imported when a brief is made
    from newsquote.summarize import Summary

MIN_WORDS = 8
MAX_WORDS = 60
# Quotes of this many words or more get full credit for length.
FULL_LENGTH = 15
_OPENS_SENTENCE = re.compile(r"^\W*[A-Z0-9]")
# Read from the end of the reversed text: a search for "[.!?,…]\W*$" is quadratic on a long
# run of punctuation followed by a word.
_TRAILING = re.compile(r"\W*")
_CLAUSE_ENDS = frozenset(".!?,…")


@dataclass(frozen=True)
class Brief:
    """What an editor reads first: the summary and a few quotes that stand alone."""

    summary: Summary
    quotes: tuple[Quote, ...]


def is_self_contained(quote: Quote) -> bool:
    """Direct, from a named speaker, a whole sentence, and a readable length."""
    words = count_words(quote.text)
    return (
        quote.kind == "direct"
        and bool(quote.speaker)
        and quote.named is not False
        and MIN_WORDS <= words <= MAX_WORDS
        and bool(_OPENS_SENTENCE.match(quote.text))
        and _closes_clause(quote.text)
    )


def _closes_clause(text: str) -> bool:
    """The text ends with . ! ? , or … (quote marks and spaces after it aside)."""
    tail = _TRAILING.match(text[::-1])
    return bool(tail and _CLAUSE_ENDS.intersection(tail.group()))


def _strength(quote: Quote) -> float:
    """Confidence in the attribution, discounted for quotes shorter than FULL_LENGTH words."""
    return quote.confidence * min(1.0, count_words(quote.text) / FULL_LENGTH)


def strongest_quotes(
    quotes: Sequence[Quote], limit: int, skip: Sequence[tuple[int, int]] = ()
) -> list[Quote]:
    """Up to ``limit`` self-contained quotes, one per speaker, strongest first.

    Quotes overlapping a ``skip`` span (the summary sentences) are left out, so the brief
    never says the same thing twice.
    """
    eligible = [q for q in quotes if is_self_contained(q) and not _overlaps(q, skip)]
    chosen: dict[str, Quote] = {}
    for quote in sorted(eligible, key=_strength, reverse=True):
        chosen.setdefault(group_key(quote), quote)
    return list(chosen.values())[:limit]


def _overlaps(quote: Quote, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in quote.spans for start, end in spans)


def make_brief(text: str, sentences: int = 3, quotes: int = 3) -> Brief:
    """Summarize ``text`` and pick the quotes that stand alone beside the summary."""
    from newsquote.quotes import extract_quotes
    from newsquote.summarize import summarize

    summary = summarize(text, sentences=sentences)
    skip = [(s.start, s.end) for s in summary.sentences]
    direct_candidates = extract_quotes(text, indirect=False)
    return Brief(summary, tuple(strongest_quotes(direct_candidates, quotes, skip)))

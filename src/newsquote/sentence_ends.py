"""Sentence ends outside quotes: the frames of quotes and the resolver's sentences use them.

A full stop inside a quote does not end the reporting sentence around it; nor does the stop of
an abbreviation, an initial or a title ("Sen.").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from newsquote.lexicon import titles
from newsquote.segment import load_abbreviations
from newsquote.tokens import offsets_of, word_before

# Matched at the first stop of a run only (no stop before it: the look-behind), and atomically:
# linear on "......".
# Tokenized copy spaces its marks off (`contract . ’ Next`, `said . ' I`): a spaced mark after
# the stop (group 1) closes the sentence's quote or opens the next one's.
_SENTENCE_END = re.compile(
    r"[.!?:](?<![.!?:]{2})[.!?:]*+(?: ?''|( ?[”\"’']))?(?=[)\]]?\s+(?:``\s*|[\"“‘'(] ?)?[A-Z0-9])"
)
_TITLE_ABBREVIATION = 5  # longest title written with a full stop ("Sen.", "Supt.")


def sentence_ends(text: str, hidden: list[tuple[int, int]]) -> list[int]:
    """Offsets just past each sentence end outside quotes ("Sen." and initials excluded).

    ``hidden`` holds the (open mark, close mark + 1) range of each quote: a full stop inside a
    quote ends a sentence only when the quote closes right after it.
    """
    opens = [s for s, _ in hidden]
    closes = {e for _, e in hidden}
    ends = []
    for stop in offsets_of(text, ".!?:"):
        match = _SENTENCE_END.match(text, stop)
        if not match:
            continue
        end = match.end()
        k = bisect.bisect_right(opens, stop) - 1
        if k >= 0 and end < hidden[k][1]:
            continue  # inside the quote that opened last before it, which closes later
        if text[stop] == "." and _after_abbreviation(text, stop):
            continue
        mark = match.group(1)
        # a spaced mark that closes no quote is the next sentence's opening mark
        spaced_opener = mark and mark[0] == " " and end not in closes
        ends.append(match.start(1) if spaced_opener else end)
    return ends


def _after_abbreviation(text: str, stop: int) -> bool:
    """Is the full stop at ``stop`` that of an abbreviation, an initial or a title ("Sen.")?"""
    before = word_before(text, stop, 20)
    lower = before.lower()
    if len(before) == 1 or lower in load_abbreviations():
        return True
    if not before[:1].isupper():
        return False  # most words before a stop: no title either
    plural = lower[:-1] if len(lower) <= 4 and lower.endswith("s") else lower  # "Govs."
    return lower in _short_titles() or plural in _short_titles()


@lru_cache(maxsize=1)
def _short_titles() -> frozenset[str]:
    """Titles written with a full stop: "Sen.", "Gov."."""
    return frozenset(t for t in titles() if len(t) <= _TITLE_ABBREVIATION)

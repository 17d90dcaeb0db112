"""Where layout starts a sentence inside a paragraph: list items, lines set apart, and
sentences run on from a caption whose line break was lost.

A list marker ("1.", "2)", "b.", "3.)") starts a new sentence only when it is part of a
sequence a reader would recognise: the first item (1, a or A) opens a paragraph, a line or
follows a colon or a finished sentence, and each later marker is the next number or letter in
the same style. So "Steps: 1. Mix 2. Bake" is two items, while "Plan A. Then plan B." and
"He won 2. Then..." are not lists. Bullets (•, ▪, ⁃ ...) always start an item.

A headline or byline on its own line, with no blank line after it, is a sentence of its own
when the next line is a whole paragraph set on one line (longer than any hard-wrapped line).

Copy that lost its line breaks runs a photo caption into the next sentence with no stop between
("...was banned from driving The brother of ex-footballer Ryan Giggs has lost his job"): a
capitalised function word after a word that can end a sentence, with only spaces or tabs
between, and followed by a lower-case word, starts a sentence (the words, and after which
words, are ``data/run_on_starters.txt``). A line break on either side is left to the rules
above: a line may be hard-wrapped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from newsquote.segment_params import NO_END_WORDS, RunOnStarters, run_on_starters

BULLETS = "•◦▪‣⁃●■►"
# Patterns of rarer layouts are strings, compiled when first used (re keeps them): most runs
# meet no list, and these patterns' bullet classes cost 2 M instructions each to compile.
# A marker: optional "(", a 1-3 digit number or one letter, then ".", ".)" or ")"; it stands
# alone (whitespace, a bullet or the paragraph edge before it, whitespace after it).
_MARKER = rf"(?:(?<!\S)|(?<=[{BULLETS}]))\(?(\d{{1,3}}|[A-Za-z])(\.\)|\.|\))(?=\s)"
# What may come right before the first item: a line break, a colon, a bullet or the end of a
# sentence (with its closing quotes or brackets), ignoring spaces and tabs.
_ITEM_OPENER = rf"(?:[\n\r:{BULLETS}]|[.?!][\"'”’)\]]*)[ \t]*\(?$"
_BULLET = rf"(?<=\s)[{BULLETS}]"
_LINE_START = r"[\n\r][ \t]*\(?$"
# Only a paragraph holding a possible first marker (1, a or A) can hold a list: a cheap test,
# "1." or "a.)" (or "1)") standing alone. Each pattern starts at the "." (or ")") and looks back
# at the 1, a or A: a search skips to a literal character in a tight loop, while starting from
# a class of characters it tests each one, and "a" is the commonest letter but one.
_FIRST_MARKER_STOP = re.compile(rf"\.(?<=(?<![^\s({BULLETS}])[1aA]\.)(?=\)?\s)")
_FIRST_MARKER_BRACKET = re.compile(rf"\)(?<=(?<![^\s({BULLETS}])[1aA]\))(?=\s)")
_LOOKBACK = 8  # characters enough to see what precedes a marker
_LONG_LINE = 120  # characters: longer than any hard-wrapped line
_HEADING_WORDS = 15  # at most, for a line to be taken as a headline or byline
_CONTINUED = ".?!:;,\"'”’)]…-—–"  # a line ending in one of these is not a heading
_WORD_WINDOW = 40  # characters read on each side of a run-on starter (a longer word: no cut)
_CURRENCY = "$£€¥"
# Starters that open a noun phrase: "The and", "A to" begin no sentence.
_ARTICLES = frozenset(("the", "a", "an", "his", "her", "its", "their"))


def _value(label: str) -> tuple[str, int]:
    """A marker's style and number: "3" -> ("digit", 3), "b" -> ("lower", 2)."""
    if label.isdigit():
        return "digit", int(label)
    return ("lower" if label.islower() else "upper"), ord(label.lower()) - ord("a") + 1


class _Item(NamedTuple):
    """A list marker found in the text."""

    position: int
    opens_line: bool  # the marker begins a line
    capital: bool  # the item's text begins with a capital (or a digit or quote)


def _item(text: str, start: int, match: re.Match[str]) -> _Item:
    before = text[max(start, match.start() - _LOOKBACK) : match.start()]
    after = text[match.end() : match.end() + 3].lstrip()[:1]
    capital = after.isupper() or after.isdigit() or after in "\"'“‘("
    return _Item(match.start(), bool(re.search(_LINE_START, before)), capital)


def _sequences(text: str, start: int, end: int) -> list[list[_Item]]:
    """Runs of consecutive markers (1, 2, 3 or a, b, c in one style) in text[start:end]."""
    runs: list[list[_Item]] = []
    current: tuple[str, str, int] | None = None  # (style, suffix, last value)
    for match in re.compile(_MARKER).finditer(text, start, end):
        style, value = _value(match.group(1))
        before = text[max(start, match.start() - _LOOKBACK) : match.start()]
        if current and current[:2] == (style, match.group(2)) and value == current[2] + 1:
            runs[-1].append(_item(text, start, match))
        elif value == 1 and (match.start() == start or re.search(_ITEM_OPENER, before)):
            runs.append([_item(text, start, match)])
        else:
            continue
        current = (style, match.group(2), value)
    return [run for run in runs if len(run) > 1]


def _may_hold_list(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold a possible first marker? (Searched from start + 1: the 1, a
    or A before the stop or bracket lies inside it.)"""
    return bool(
        _FIRST_MARKER_STOP.search(text, start + 1, end)
        or _FIRST_MARKER_BRACKET.search(text, start + 1, end)
    )


def item_starts(text: str, start: int, end: int) -> set[int]:
    """Positions in text[start:end] where a list item, and so a sentence, begins: a bullet,
    a marker that begins a line, or a later marker whose item opens with a capital (so the
    run-in list of "buy 1. apples, 2. pears" stays one sentence)."""
    cuts: set[int] = set()
    # a cheap test first: str.find runs through text far faster than a regex character class
    if any(text.find(bullet, start, end) >= 0 for bullet in BULLETS):
        cuts.update(match.start() for match in re.compile(_BULLET).finditer(text, start, end))
    runs = _sequences(text, start, end) if _may_hold_list(text, start, end) else []
    for run in runs:
        cuts.update(item.position for item in run if item.opens_line)
        cuts.update(item.position for item in run[1:] if item.capital)
    cuts.discard(start)
    return cuts


def _is_heading(line: str) -> bool:
    """A short line that starts like a title and has no closing punctuation."""
    return (
        bool(line)
        and line[-1] not in _CONTINUED
        and (line[0].isupper() or line[0].isdigit())
        and len(line.split()) <= _HEADING_WORDS
    )


def heading_ends(text: str, start: int, end: int) -> set[int]:
    """Starts of the long lines that follow a heading line in text[start:end]."""
    cuts: set[int] = set()
    line_end = start  # just past the current line and its line break
    for line, following in pairwise(text[start:end].splitlines(keepends=True)):
        line_end += len(line)
        if len(following.strip()) > _LONG_LINE and _is_heading(line.strip()):
            cuts.add(line_end)
    return cuts


@lru_cache(maxsize=1)
def _run_on_pattern() -> re.Pattern[str]:
    """A capitalised starter before spaces or tabs and a letter: where a run-on sentence may
    start; the words around it are checked next. It starts with the starter (led by a
    lookbehind, a search would cost six times as much) and has no groups (they cost a third
    more); the space after it is looked at, not taken, as it may lead to the next one."""
    words = "|".join(sorted(map(str.capitalize, run_on_starters().after_word)))
    return re.compile(rf"(?:{words})(?=[ \t]+[^\W\d_])")


def run_on_starts(text: str, start: int, end: int) -> set[int]:
    """Starts of the sentences in text[start:end] that run on from the word before them with
    no stop (see the module docstring)."""
    starters = run_on_starters()
    cuts: set[int] = set()
    for match in _run_on_pattern().finditer(text, start, end):
        at = word_end = match.start()
        while word_end > start and text[word_end - 1] in " \t":
            word_end -= 1
        last = text[word_end - 1] if start < word_end < at else ""  # what the word ends with
        if not (last.isalnum() or last == "%"):
            continue  # most often ". The": a sentence Punkt has already cut
        window_start = max(start, word_end - _WORD_WINDOW)
        window = text[window_start:word_end]
        word = window.split()[-1]
        cut_off = window_start > start and not text[window_start - 1].isspace()
        if cut_off and len(word) == len(window):
            continue  # a word longer than the window: its first letter is not seen
        next_start = match.end()
        while text[next_start] in " \t":  # the pattern saw a letter after the spaces
            next_start += 1
        following = text[next_start : next_start + _WORD_WINDOW].split()[0]
        if _runs_on(word, match.group(), following, starters):
            cuts.add(at)
    return cuts


def _runs_on(word: str, starter: str, following: str, starters: RunOnStarters) -> bool:
    """Whether ``starter`` starts a sentence between ``word`` and ``following``."""
    starter, lower = starter.lower(), word.lower()
    if not following[0].islower() or lower in starters.titled:  # "the film When in Rome"
        return False
    if starter in _ARTICLES and following in NO_END_WORDS:  # "A and E", "point A to point B"
        return False
    first = word.lstrip(_CURRENCY)[:1]  # "for $20 He was": a sum counts as a number
    if first.isupper():
        return starter in starters.after_name
    if lower in NO_END_WORDS or (len(starter) == 1 and lower in starters.labels):
        return False  # "ask for His forgiveness", "class A drugs"
    return first.islower() or first.isdigit()

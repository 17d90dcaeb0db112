"""Where list items start inside a paragraph: numbered or lettered items and bullets.

A list marker ("1.", "2)", "b.", "3.)") starts a new sentence only when it is part of a
sequence a reader would recognise: the first item (1, a or A) opens a paragraph, a line or
follows a colon or a finished sentence, and each later marker is the next number or letter in
the same style. So "Steps: 1. Mix 2. Bake" is two items, while "Plan A. Then plan B." and
"He won 2. Then..." are not lists. Bullets (•, ▪, ⁃ ...) always start an item.
"""

from __future__ import annotations

import re
from typing import NamedTuple

BULLETS = "•◦▪‣⁃●■►"
# A marker: optional "(", a 1-3 digit number or one letter, then ".", ".)" or ")"; it stands
# alone (whitespace, a bullet or the paragraph edge before it, whitespace after it).
_MARKER = re.compile(rf"(?:(?<!\S)|(?<=[{BULLETS}]))\(?(\d{{1,3}}|[A-Za-z])(\.\)|\.|\))(?=\s)")
_BULLET = re.compile(rf"(?<=\s)[{BULLETS}]")
# What may come right before the first item: a line break, a colon, a bullet or the end of a
# sentence (with its closing quotes or brackets), ignoring spaces and tabs.
_ITEM_OPENER = re.compile(rf"(?:[\n\r:{BULLETS}]|[.?!][\"'”’)\]]*)[ \t]*\(?$")
_LINE_START = re.compile(r"[\n\r][ \t]*\(?$")
# Only a paragraph holding a possible first marker (1, a or A) can hold a list: a cheap test.
_FIRST_MARKER = re.compile(rf"(?<![^\s({BULLETS}])[1aA](?:\.\)|\.|\))(?=\s)")
_LOOKBACK = 8  # characters enough to see what precedes a marker


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
    return _Item(match.start(), bool(_LINE_START.search(before)), capital)


def _sequences(text: str, start: int, end: int) -> list[list[_Item]]:
    """Runs of consecutive markers (1, 2, 3 or a, b, c in one style) in text[start:end]."""
    runs: list[list[_Item]] = []
    current: tuple[str, str, int] | None = None  # (style, suffix, last value)
    for match in _MARKER.finditer(text, start, end):
        style, value = _value(match.group(1))
        before = text[max(start, match.start() - _LOOKBACK) : match.start()]
        if current and current[:2] == (style, match.group(2)) and value == current[2] + 1:
            runs[-1].append(_item(text, start, match))
        elif value == 1 and (match.start() == start or _ITEM_OPENER.search(before)):
            runs.append([_item(text, start, match)])
        else:
            continue
        current = (style, match.group(2), value)
    return [run for run in runs if len(run) > 1]


def item_starts(text: str, start: int, end: int) -> set[int]:
    """Positions in text[start:end] where a list item, and so a sentence, begins: a bullet,
    a marker that begins a line, or a later marker whose item opens with a capital (so the
    run-in list of "buy 1. apples, 2. pears" stays one sentence)."""
    cuts = {match.start() for match in _BULLET.finditer(text, start, end)}
    runs = _sequences(text, start, end) if _FIRST_MARKER.search(text, start, end) else []
    for run in runs:
        cuts.update(item.position for item in run if item.opens_line)
        cuts.update(item.position for item in run[1:] if item.capital)
    cuts.discard(start)
    return cuts

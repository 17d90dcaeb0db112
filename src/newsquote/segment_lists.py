"""Where list items start inside a paragraph: numbered or lettered items and bullets.

A list marker ("1.", "2)", "b.", "3.)") starts a new sentence only when it is part of a
sequence a reader would recognise: the first item (1, a or A) opens a paragraph, a line or
follows a colon or a finished sentence, and each later marker is the next number or letter in
the same style. So "Steps: 1. Mix 2. Bake" is two items, while "Plan A. Then plan B." and
"He won 2. Then..." are not lists. Bullets (•, ▪, ⁃ ...) always start an item.
"""

from __future__ import annotations

import re

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


def _sequences(text: str, start: int, end: int) -> list[list[tuple[int, bool]]]:
    """Runs of consecutive markers in text[start:end], as (position, opens_a_line) pairs."""
    runs: list[list[tuple[int, bool]]] = []
    current: tuple[str, str, int] | None = None  # (style, suffix, last value)
    for match in _MARKER.finditer(text, start, end):
        style, value = _value(match.group(1))
        before = text[max(start, match.start() - _LOOKBACK) : match.start()]
        item = (match.start(), bool(_LINE_START.search(before)))
        if current and current[:2] == (style, match.group(2)) and value == current[2] + 1:
            runs[-1].append(item)
        elif value == 1 and (match.start() == start or _ITEM_OPENER.search(before)):
            runs.append([item])
        else:
            continue
        current = (style, match.group(2), value)
    return [run for run in runs if len(run) > 1]


def item_starts(text: str, start: int, end: int) -> set[int]:
    """Positions in text[start:end] where a list item, and so a sentence, begins."""
    cuts = {match.start() for match in _BULLET.finditer(text, start, end)}
    runs = _sequences(text, start, end) if _FIRST_MARKER.search(text, start, end) else []
    for run in runs:
        first, opens_line = run[0]
        if opens_line:
            cuts.add(first)
        cuts.update(position for position, _ in run[1:])
    cuts.discard(start)
    return cuts

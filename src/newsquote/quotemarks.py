"""Find quoted stretches by their marks, in one linear pass per paragraph.

News copy mixes “curly”, "straight", «guillemets», „German“ marks and, in UK copy, ‘single’
outer quotes. Apostrophes (don’t, the ’90s, Jones’ car) are never marks. A quote that runs
over several paragraphs opens each one with a mark and closes only at the end: that is one
quote with one span per paragraph. A quote that never closes ends with its paragraph, so a
stray mark can never swallow the rest of the article.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from newsquote.segment import paragraph_spans

OPEN, CLOSE, EITHER = "open", "close", "either"

_DOUBLE_MARKS = re.compile(r"[“”\"«»„]")
# A markup tag left in the copy (<tweet author="…">); bounded, so scanning stays linear.
_MARKUP_TAG = re.compile(r"<[A-Za-z/][^<>\n]{0,500}>")
_SINGLE_MARKS = re.compile(r"[‘’']")
# A single mark that opens a UK quote: after a space or an opening bracket, before a word.
_SINGLE_OPENER = re.compile(r"(?:^|(?<=[\s(\[—–-]))‘(?=\w)", re.M)


class Quoted(NamedTuple):
    """A quoted stretch: inner spans (marks excluded), one per paragraph it runs over."""

    spans: tuple[tuple[int, int], ...]
    open_mark: int  # offset of the first opening mark
    close_mark: int  # offset of the closing mark, or the paragraph end when it never closed
    closed: bool


# A single line break ends a paragraph when the line closes a sentence or the next line opens a
# quote (copy with one paragraph per line); a line wrapped mid-sentence goes on.
_LINE_PARAGRAPH = re.compile(r"(?<=[.!?:;”\"’')\]])[ \t]*\r?\n|\r?\n(?=[ \t]*[“\"‘«„])")


@functools.lru_cache(maxsize=4)
def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each paragraph: blank lines, and line breaks that end a paragraph.

    Cached (a tuple, so callers cannot change it): quote finding, framing and indirect speech
    all need the paragraphs of the same text."""
    spans = []
    for start, end in paragraph_spans(text):
        one_line = text.find("\n", start, end) < 0  # most are: no need to scan for breaks
        for brk in () if one_line else _LINE_PARAGRAPH.finditer(text, start, end):
            if brk.start() > start:
                spans.append((start, brk.start()))
            start = brk.end()
        spans.append((start, end))
    return tuple(_strip(text, s, e) for s, e in spans if text[s:e].strip())


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space at either end."""
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    return start, end


def uses_single_quotes(text: str) -> bool:
    """UK style: single marks open quotes and double marks are (nearly) absent."""
    if "‘" not in text:
        return False  # most copy has no opening single mark at all: no need to scan
    singles = len(_SINGLE_OPENER.findall(text))
    return singles > 0 and 2 * len(_DOUBLE_MARKS.findall(text)) < singles


def _role_double(text: str, pos: int, german: bool) -> str | None:
    """Whether a double mark opens, closes, or could do either (straight marks)."""
    char = text[pos]
    if char in "«„":
        return OPEN
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if char in "“”" and not german:
        # A typed-in curly mark facing the wrong way ("unusual,“ said") goes by its context.
        if char == "“" and not before.isspace() and (after.isspace() or after in ",.;:"):
            return CLOSE
        if char == "”" and before.isspace() and after.isalnum():
            return OPEN
        return OPEN if char == "“" else CLOSE
    if char in "»”":
        return CLOSE
    if char == "“":
        return CLOSE
    if before.isspace() or before in "([{":
        return CLOSE if after.isspace() else OPEN  # ' " said: closes a quote if one is open
    if after.isspace() or after in ".,;:!?)]}":
        return CLOSE
    return EITHER


def _role_single(text: str, pos: int) -> str | None:
    """Single marks in UK copy; an apostrophe between or after letters is no mark."""
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if text[pos] == "‘" or (text[pos] == "'" and not before.isalnum()):
        return OPEN if (before.isspace() or before in '([{—–-"“') and after.isalnum() else None
    if before.isalnum() and after.isalnum():
        return None  # don’t, it’s
    if after.isalnum() or before.isspace():
        return None  # ’90s
    return CLOSE


def _marks(text: str, start: int, end: int, single: bool, german: bool) -> list[tuple[int, str]]:
    """(offset, role) of each quote mark in one paragraph."""
    pattern = _SINGLE_MARKS if single else _DOUBLE_MARKS
    tags = [(m.start(), m.end()) for m in _MARKUP_TAG.finditer(text, start, end)]
    found = []
    k = 0
    for match in pattern.finditer(text, start, end):
        pos = match.start()
        while k < len(tags) and tags[k][1] <= pos:
            k += 1
        if k < len(tags) and tags[k][0] <= pos:
            continue  # an attribute value in markup: <tweet id="…">
        role = _role_single(text, pos) if single else _role_double(text, pos, german)
        if role:
            found.append((pos, role))
    return found


def _opens_paragraph(marks: list[tuple[int, str]], p_start: int) -> bool:
    """Does this paragraph begin with an opening mark (the multi-paragraph convention)?"""
    return bool(marks) and marks[0][0] == p_start and marks[0][1] != CLOSE


def _family(text: str, pos: int) -> bool:
    """Straight (True) or typographic (False) quote mark."""
    return text[pos] == '"'


def _nested(text: str, opened: int, pos: int, last: dict[bool, int]) -> bool:
    """A “curly” quote inside a "straight" one (or the other way round) is nested, unless the
    opening mark's own kind never comes again in the paragraph ("mixed,” Reid said)."""
    family = _family(text, opened)
    return _family(text, pos) != family and last.get(family, -1) > pos


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted stretch in ``text``, in order; linear in the length of the text."""
    single = uses_single_quotes(text)
    german = "„" in text
    blocks = paragraphs(text)
    marks = [_marks(text, s, e, single, german) for s, e in blocks]
    found: list[Quoted] = []
    carried: list[tuple[int, int]] = []  # spans of a quote still open from earlier paragraphs
    first_open = -1
    for index, (p_start, p_end) in enumerate(blocks):
        opened = -1
        inner = False  # a quote of the other kind is open inside the open one
        last = {_family(text, pos): pos for pos, _ in marks[index]}
        for pos, role in marks[index]:
            # “Mixed," he said: a mark of the other kind that can only close, with no nested
            # quote open, closes the open quote.
            if opened >= 0 and _nested(text, opened, pos, last) and (inner or role != CLOSE):
                inner = not inner
                continue
            inner = False
            if opened < 0 and role != CLOSE:
                if carried and pos != p_start:
                    carried, first_open = [], -1  # the run was not continued here
                opened = pos
            elif opened >= 0 and role != OPEN:
                spans = (*carried, (opened + 1, pos))
                found.append(Quoted(spans, first_open if carried else opened, pos, True))
                carried, first_open, opened = [], -1, -1
            elif opened >= 0:
                opened = pos  # an opening mark inside an open quote: the first one was stray
        if opened < 0:
            carried, first_open = [], -1
            continue
        following = marks[index + 1] if index + 1 < len(blocks) else []
        if following and _opens_paragraph(following, blocks[index + 1][0]):
            first_open = first_open if carried else opened
            carried = [*carried, (opened + 1, p_end)]
        else:
            spans = (*carried, (opened + 1, p_end))
            found.append(Quoted(spans, first_open if carried else opened, p_end, False))
            carried, first_open = [], -1
    return [q for q in found if all(e > s for s, e in q.spans)]

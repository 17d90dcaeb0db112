"""Find quoted stretches by their marks, in one linear pass per paragraph.

News copy mixes “curly”, "straight", «guillemets», „German“ marks and, in UK copy, ‘single’ or
'single' outer quotes; researchers' PTB-tokenized copy writes ``quotes like this'' and spaces
every mark off (' like this '). A quote that runs over several paragraphs opens each one with a
mark and closes only at the end: that is one quote with one span per paragraph. A quote that
never closes ends with its paragraph, so a stray mark can never swallow the rest of the article
(a lone ' in tokenized text, whose articles are one long paragraph, is dropped instead).

The style is decided once per text: single marks are the outer quotes when marks that open a
quote with a single mark outnumber double marks two to one; otherwise only double marks count.
In single-mark copy an apostrophe is told from a quote mark by what stands around it
(``apostrophes``). A lone ' (tokenized text) that nothing closes is dropped rather than read to
the end of the paragraph, and one that closed a quote mid-sentence was none when a sure closer
follows in that sentence with no quote open (the quote runs on to it: 'livin ' it up , ').
"""

from __future__ import annotations

import functools
import re
from itertools import chain
from typing import NamedTuple

from newsquote.apostrophes import CLOSE, EITHER, OPEN, role_single, single_opener
from newsquote.segment import paragraph_spans

_DOUBLE_CHARACTERS = '“”"«»„'
# A markup tag left in the copy (<tweet author="…">); bounded, so scanning stays linear.
_MARKUP_TAG = re.compile(r"<[A-Za-z/][^<>\n]{0,500}>")
_SINGLE_CHARACTERS = "‘’'"
_PTB_SINGLE_MARKS = re.compile(r"``|''|[‘’']")  # a tokenized double mark is no single one


class Quoted(NamedTuple):
    """A quoted stretch: inner spans (marks excluded), one per paragraph it runs over."""

    spans: tuple[tuple[int, int], ...]
    open_mark: int  # offset of the first opening mark
    close_mark: int  # offset of the closing mark's last character, or the paragraph end
    closed: bool


@functools.lru_cache(maxsize=1)
def _line_paragraph() -> re.Pattern[str]:
    """A line break that ends a paragraph: after a sentence, or before a line that opens a
    quote (a line wrapped mid-sentence goes on). Compiled on first use: most copy has none."""
    return re.compile(r"(?<=[.!?:;”\"’')\]])[ \t]*\r?\n|\r?\n(?=[ \t]*[“\"‘«„])")


@functools.lru_cache(maxsize=4)
def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each paragraph: blank lines, and line breaks that end a paragraph.

    Cached (a tuple, so callers cannot change it): quote finding, framing and indirect speech
    all need the paragraphs of the same text."""
    spans = []
    for start, end in paragraph_spans(text):
        one_line = text.find("\n", start, end) < 0  # most are: no need to scan for breaks
        for brk in () if one_line else _line_paragraph().finditer(text, start, end):
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
    """UK style: single marks open quotes and double marks (``PTB'' ones too) are nearly absent."""
    singles = sum(len(single_opener(mark).findall(text)) for mark in "'‘" if mark in text)
    return singles > 0 and 2 * _double_marks(text) < singles


def _double_marks(text: str) -> int:
    """The double marks :func:`ptb_double_marks` finds in ``text``, counted without a regex
    pass: ``pairs`` and each double mark. '' counts even without ``: the NYT archive writes
    ''quotes'' so."""
    return text.count("``") + text.count("''") + sum(map(text.count, _DOUBLE_CHARACTERS))


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


def _mark_patterns(text: str, single: bool) -> tuple[re.Pattern[str], ...]:
    """The marks to scan ``text`` for: ``tokenized'' double marks only where `` occurs (the NYT
    archive's ''quotes'' are left alone); else one literal per mark the text holds (single or
    double marks). The regex engine jumps from one literal to the next, where a class of the
    marks makes it stop at every character: a pass per mark is faster than one such pass, and
    a class of all six costs a millisecond to compile (``re`` keeps the compiled literals)."""
    if "``" in text:
        return (_PTB_SINGLE_MARKS if single else ptb_double_marks(),)
    marks = _SINGLE_CHARACTERS if single else _DOUBLE_CHARACTERS
    return tuple(re.compile(re.escape(mark)) for mark in marks if mark in text)


@functools.lru_cache(maxsize=1)
def ptb_double_marks() -> re.Pattern[str]:
    """Double marks, tokenized text's ``quote'' too. One class of first characters, then a
    second ` or ' only after the same character: the engine skips to candidates (2.5x faster).
    Compiled on first use: only tokenized copy needs it."""
    return re.compile(r"[`'“”\"«»„](?:(?<=`)`|(?<=')'|(?<=[“”\"«»„]))")


def _marks(
    text: str,
    span: tuple[int, int],
    patterns: tuple[re.Pattern[str], ...],
    style: tuple[bool, bool],
) -> list[tuple[int, int, str]]:
    """(offset, end offset, role) of each quote mark in one paragraph (``span``); ``style``:
    whether the text writes single marks (see :func:`_mark_patterns`), and German ones."""
    start, end = span
    single, german = style
    markup = text.find("<", start, end) >= 0  # most paragraphs have none: no regex pass
    tags = [(m.start(), m.end()) for m in _MARKUP_TAG.finditer(text, start, end)] if markup else []
    found = []
    k = 0
    passes = (pattern.finditer(text, start, end) for pattern in patterns)
    for match in sorted(chain.from_iterable(passes), key=re.Match.start):  # in text order
        pos = match.start()
        while k < len(tags) and tags[k][1] <= pos:
            k += 1
        if k < len(tags) and tags[k][0] <= pos:
            continue  # an attribute value in markup: <tweet id="…">
        if match.end() - pos == 2:  # ``tokenized'' double marks
            role = None if single else (OPEN if text[pos] == "`" else CLOSE)
        elif single:
            role = role_single(text, pos)
        else:
            role = _role_double(text, pos, german)
        if role:
            found.append((pos, match.end(), role))
    return found


def _opens_paragraph(marks: list[tuple[int, int, str]], p_start: int) -> bool:
    """Does this paragraph begin with an opening mark (the multi-paragraph convention)?"""
    return bool(marks) and marks[0][0] == p_start and marks[0][2] != CLOSE


def _family(text: str, pos: int) -> bool:
    """Straight (True) or typographic (False) quote mark."""
    return text[pos] == '"'


def _nested(text: str, opened: int, pos: int, last: dict[bool, int]) -> bool:
    """A “curly” quote inside a "straight" one (or the other way round) is nested, unless the
    opening mark's own kind never comes again in the paragraph ("mixed,” Reid said)."""
    family = _family(text, opened)
    return _family(text, pos) != family and last.get(family, -1) > pos


_STOP = re.compile(r"[.?!]\s")


def _closed_later(quote: Quoted, pos: int, mark_end: int) -> Quoted:
    """The quote run on to the closing mark at ``pos``: a sure closer later in the sentence,
    with no quote open, shows that the lone ' that closed it mid-sentence was an apostrophe
    (livin ' it) or closed a quote inside it."""
    *spans, (start, _) = quote.spans
    return Quoted((*spans, (start, pos)), quote.open_mark, mark_end - 1, True)


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted stretch in ``text``, in order; linear in the length of the text."""
    style = (uses_single_quotes(text), "„" in text)
    patterns = _mark_patterns(text, style[0])
    blocks = paragraphs(text)
    marks = [_marks(text, block, patterns, style) for block in blocks]
    found: list[Quoted] = []
    carried: list[tuple[int, int]] = []  # spans of a quote still open from earlier paragraphs
    first_open = -1
    for index, (p_start, p_end) in enumerate(blocks):
        opened = inside = -1  # the open mark, and where the words after it start
        sure = False  # the open mark can only open (not a mark that could close as well)
        inner = False  # a quote of the other kind is open inside the open one
        last = {_family(text, pos): pos for pos, _, _ in marks[index]}
        loose = False  # the last quote closed on a lone ' that might have been an apostrophe
        for pos, mark_end, role in marks[index]:
            # “Mixed," he said: a mark of the other kind that can only close, with no nested
            # quote open, closes the open quote.
            if opened >= 0 and _nested(text, opened, pos, last) and (inner or role != CLOSE):
                inner = not inner
                continue
            inner = False
            if opened < 0 and role != CLOSE:
                if carried and pos != p_start:
                    carried, first_open = [], -1  # the run was not continued here
                opened, inside, sure = pos, mark_end, role == OPEN
            elif opened >= 0 and role != OPEN:
                spans = (*carried, (inside, pos))
                found.append(Quoted(spans, first_open if carried else opened, mark_end - 1, True))
                carried, first_open, opened = [], -1, -1
                loose = role == EITHER and text[pos] == "'" and text[pos - 2] not in ".?!"
            elif opened >= 0:
                opened, inside, sure = pos, mark_end, True  # a second opener: the first was stray
            elif loose:  # asked once: a stop found now stays between for any later closer
                loose = False
                if not _STOP.search(text, found[-1].close_mark, pos):
                    found[-1] = _closed_later(found[-1], pos, mark_end)  # `'… livin ' it up , '`
        if opened < 0:
            carried, first_open = [], -1
            continue
        following = marks[index + 1] if index + 1 < len(blocks) else []
        if following and _opens_paragraph(following, blocks[index + 1][0]):
            first_open = first_open if carried else opened
            carried = [*carried, (inside, p_end)]
        # A lone ' that nothing closes (tokenized text) is dropped, not read to the paragraph end.
        elif carried or sure or text[opened] != "'":
            spans = (*carried, (inside, p_end))
            found.append(Quoted(spans, first_open if carried else opened, p_end, False))
            carried, first_open = [], -1
    return [q for q in found if all(e > s for s, e in q.spans)]

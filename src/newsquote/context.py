"""The words around each quote: its own sentence on either side, and the sentences next to it.

Sentence ends are found outside quote marks only (a full stop inside a quote does not end the
reporting sentence around it); the frames never cross a paragraph, except that a quote opening a
paragraph may lean on the last sentence of the paragraph before (``He said:``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsquote.quotemarks import Quoted
from newsquote.segment import load_abbreviations, paragraph_spans

_SENTENCE_END = re.compile(r"[.!?:]+(?=[)\]]?\s+[\"“‘(]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"(\w+)$")


@dataclass(frozen=True)
class Frame:
    """A quote and the stretches of text around it that may hold its reporting clause."""

    quoted: Quoted
    paragraph: int
    before_start: int
    before_end: int
    after_start: int
    after_end: int
    lead_in: tuple[int, int] | None
    follow: tuple[int, int] | None
    continues_previous: bool


def sentence_ends(text: str) -> list[int]:
    """Offsets just past each sentence-final mark (abbreviations such as "Sen." excluded)."""
    abbreviations = load_abbreviations()
    ends = []
    for match in _SENTENCE_END.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if (
            match.group() == "."
            and word
            and (word.group(1).lower() in abbreviations or len(word.group(1)) == 1)
        ):
            continue
        ends.append(match.end())
    return ends


def _paragraph_index(paragraphs: list[tuple[int, int]], offset: int) -> int:
    return max(0, bisect.bisect_right([s for s, _ in paragraphs], offset) - 1)


class _Layout:
    """Paragraphs, sentence ends and quote marks of one text, for building frames."""

    def __init__(self, text: str, quoted: list[Quoted]) -> None:
        self.text = text
        self.paragraphs = paragraph_spans(text) or [(0, len(text))]
        self.ends = sentence_ends(text)
        self.quoted = quoted

    def para(self, offset: int) -> tuple[int, int]:
        return self.paragraphs[_paragraph_index(self.paragraphs, offset)]

    def start_of(self, offset: int, floor: int) -> int:
        """The start of the sentence holding ``offset`` (never before ``floor``)."""
        k = bisect.bisect_right(self.ends, offset) - 1
        return max(floor, self.ends[k]) if k >= 0 else floor

    def end_of(self, offset: int, ceiling: int) -> int:
        """The end of the sentence holding ``offset`` (never after ``ceiling``)."""
        k = bisect.bisect_left(self.ends, offset)
        return min(ceiling, self.ends[k]) if k < len(self.ends) else ceiling

    def blank(self, start: int, end: int) -> bool:
        """Nothing but spaces and punctuation between two offsets."""
        return not self.text[start:end].strip(" \t\r\n.,;:—–-")

    def lead_in(self, sentence_start: int, p_start: int, floor: int) -> tuple[int, int] | None:
        """The sentence before (in the paragraph before, when the quote opens its paragraph)."""
        if sentence_start > p_start:
            return (self.start_of(sentence_start - 1, max(p_start, floor)), sentence_start)
        index = _paragraph_index(self.paragraphs, p_start)
        if index == 0:
            return None
        prev_start, prev_end = self.paragraphs[index - 1]
        start = self.start_of(prev_end - 1, max(prev_start, floor))
        return (start, prev_end) if start < prev_end else None

    def frame(self, index: int, previous_end: int) -> Frame:
        """The frame of the ``index``-th quote; ``previous_end`` ends the previous frame."""
        quote = self.quoted[index]
        p_start, _ = self.para(quote.open_mark)
        _, last_end = self.para(quote.close_mark)
        prev_close = self.quoted[index - 1].close_mark + 1 if index else 0
        has_next = index + 1 < len(self.quoted)
        next_open = self.quoted[index + 1].open_mark if has_next else len(self.text)
        before_start = self.start_of(quote.open_mark, max(p_start, prev_close))
        after_start = quote.close_mark + (1 if quote.closed else 0)
        ceiling = min(last_end, next_open)
        after_end = max(after_start, self.end_of(max(after_start, quote.close_mark - 1), ceiling))
        opens_sentence = self.blank(before_start, quote.open_mark)
        lead_in = self.lead_in(before_start, p_start, prev_close) if opens_sentence else None
        follow = None
        if after_end < ceiling and self.blank(after_start, after_end):
            follow = (after_end, self.end_of(after_end + 1, ceiling))
        continues = index > 0 and opens_sentence and self.blank(previous_end, before_start)
        paragraph = _paragraph_index(self.paragraphs, p_start)
        return Frame(
            quote,
            paragraph,
            before_start,
            quote.open_mark,
            after_start,
            after_end,
            lead_in,
            follow,
            continues,
        )


def frames(
    text: str,
    quoted: list[Quoted],
    join: Callable[[str, list[Quoted], list[int]], list[Quoted]],
) -> list[Frame]:
    """A frame per quote, after ``join`` has merged split quotes."""
    layout = _Layout(text, quoted)
    paragraph_of = [_paragraph_index(layout.paragraphs, q.open_mark) for q in quoted]
    layout.quoted = join(text, quoted, paragraph_of)
    result: list[Frame] = []
    for index in range(len(layout.quoted)):
        previous_end = result[-1].after_end if result else 0
        result.append(layout.frame(index, previous_end))
    return result

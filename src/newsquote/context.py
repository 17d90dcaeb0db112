"""The words around each quote: its own sentence on either side, and the sentences next to it.

The sentences are those of ``sentence_ends`` (outside quote marks only); the frames never cross
a paragraph, except that a quote opening a paragraph may lean on the last sentence of the
paragraph before (``He said:``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from newsquote.attribution import after_quote
from newsquote.lexicon import word_class
from newsquote.phrases import cue_indices, is_cue
from newsquote.quotemarks import Quoted, paragraphs
from newsquote.tokens import tokenize

_BLANK = re.compile(r"[\s.,;:—–-]*")
_TITLE_WORD = re.compile(r"[\w’'-]+")
_LAST_WORD = re.compile(r"([\w’']+)$")
_TITLE_MAX_WORDS = 6
_TITLE_MAX_CHARS = 80
_TITLE_LEAD = word_class("title_lead")
_MINOR_WORDS = word_class("minor")
_JOIN_MAX_GAP = 250  # characters between the parts of one quote
_TAG_MAX_TAIL = 8  # words after "he said" before the next part ("on Thursday in Iowa")


class Frame(NamedTuple):
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
    gaps: tuple[tuple[int, int], ...]  # the words between the parts of a split quote


@lru_cache(maxsize=256)
def is_title(text: str, open_mark: int, end: int) -> bool:
    """The title of a show or book ("on CNN’s “New Day”"): short, every word capitalised, and
    led by a possessive or a word such as "on" or "film". Cached: joining quotes asks it of
    each quote as the one after and the one before, and its kind once more."""
    if end - open_mark > _TITLE_MAX_CHARS:
        return False  # checked first: an unclosed quote may run to its paragraph's end
    body = text[open_mark + 1 : end]
    words = _TITLE_WORD.findall(body)
    if not words or len(words) > _TITLE_MAX_WORDS or body.rstrip()[-1:] in "!?":
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _MINOR_WORDS for w in words):
        return False
    lead = text[max(0, open_mark - 30) : open_mark].rstrip(" ,:")
    last = _LAST_WORD.search(lead)
    word = last.group(1) if last else ""
    return word.endswith(("’s", "'s")) or word.lower() in _TITLE_LEAD


def hidden_ranges(quoted: list[Quoted]) -> list[tuple[int, int]]:
    """The (open mark, just past the close mark) range of each quote."""
    return [(q.open_mark, q.close_mark + (1 if q.closed else 0)) for q in quoted]


def _paragraph_index(paragraphs: list[tuple[int, int]], offset: int) -> int:
    # (n,) sorts right before every span that starts at n: no key function to call per step
    return max(0, bisect.bisect_left(paragraphs, (offset + 1,)) - 1)


class _Layout:
    """Paragraphs, sentence ends and quote marks of one text, for building frames."""

    def __init__(self, text: str, quoted: list[Quoted], ends: list[int]) -> None:
        self.text = text
        self.paragraphs = paragraphs(text) or ((0, len(text)),)
        self.ends = ends
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
        """Nothing but spaces and punctuation between two offsets (matched in place: the
        stretch may be long)."""
        return start >= end or _BLANK.fullmatch(self.text, start, end) is not None

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

    def joins(self, prev: Quoted, quote: Quoted) -> bool:
        """Are two quotes parts of one: the same sentence, or split by a reporting tag?"""
        gap_start, gap_end = prev.close_mark + 1, quote.open_mark
        if not prev.closed or gap_end - gap_start > _JOIN_MAX_GAP:
            return False
        if "\n" in self.text[gap_start:gap_end]:
            return False  # a line break ends a paragraph in copy without blank lines
        if is_title(self.text, prev.open_mark, prev.close_mark) or is_title(
            self.text, quote.open_mark, quote.close_mark
        ):
            return False
        tokens = tokenize(self.text, gap_start, gap_end)
        tag = after_quote(tokens)
        if tag:
            tag_end = max(tag.speaker[1], tag.cue[1])
            if self._narrative_after(tag_end, quote.open_mark):
                return False
            rest = [t for t in tokens if t.start >= tag_end]
            short = sum(t.is_word for t in rest) <= _TAG_MAX_TAIL and not any(
                is_cue(rest, k) or rest[k].lower.endswith("ing") for k in range(len(rest))
            )
            return (short or self._ends_before(quote)) and not self._own_tag(quote)
        if self._lone_marks_abut(prev, quote):
            return False
        k = bisect.bisect_left(self.ends, gap_start)
        ends_between = k < len(self.ends) and self.ends[k] <= gap_end
        return not ends_between and not cue_indices(tokens)

    def _narrative_after(self, tag_end: int, open_mark: int) -> bool:
        """Does narrative stand between a tag and the next quote ("…,' reported the Herald.
        Smith agreed to go. 'I …'", "…," he said. Then she added: "…")? Only a sentence end
        right before the quote may: the tag's own ("…,' she said. 'And …'"). A colon ends no
        sentence ("said Ann Lee, author of Rule: A History")."""
        k = bisect.bisect_left(self.ends, tag_end)
        while k < len(self.ends) and self.ends[k] < open_mark:
            end = self.ends[k]
            if self.text[end - 1] != ":" and not self.blank(end, open_mark):
                return True
            k += 1
        return False

    def _lone_marks_abut(self, prev: Quoted, quote: Quoted) -> bool:
        """`a 'legend of the game ' ' I 've got`: in tokenized copy a mark standing alone that
        closes a quote, then one that opens the next with only a space between, part two quotes
        (a stop or paragraph break was lost between them), not the two parts of one."""
        close, open_ = prev.close_mark, quote.open_mark
        text = self.text
        return (
            text[close] == text[open_] == "'"
            and not text[close + 1 : open_].strip()
            and text[close - 1 : close].isspace()
            and text[open_ + 1 : open_ + 2].isspace()
        )

    def _own_tag(self, quote: Quoted) -> bool:
        """ "…," said X. "…," added Y: a quote that opens a sentence and has its own tag is a
        new quote, not the second part of the one before."""
        if not quote.closed or not self._ends_before(quote):
            return False
        start = quote.close_mark + 1
        end = self.end_of(start, min(len(self.text), start + _JOIN_MAX_GAP))
        return after_quote(tokenize(self.text, start, end)) is not None

    def _ends_before(self, quote: Quoted) -> bool:
        """Does a sentence end right before this quote opens (it starts a sentence)?"""
        k = bisect.bisect_right(self.ends, quote.open_mark) - 1
        return k >= 0 and self.blank(self.ends[k], quote.open_mark)

    def frame(self, index: int, previous_end: int) -> Frame:
        """The frame of the ``index``-th quote; ``previous_end`` ends the previous frame."""
        quote = self.quoted[index]
        p_start, _ = self.para(quote.open_mark)
        _, last_end = self.para(quote.close_mark)
        prev_close = self.quoted[index - 1].close_mark + 1 if index else 0
        has_next = index + 1 < len(self.quoted)
        next_open = self.quoted[index + 1].open_mark if has_next else len(self.text)
        before_start = self.start_of(quote.open_mark, p_start)
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
            tuple(self._gap(a[1], b[0]) for a, b in pairwise(quote.spans)),
        )

    def _gap(self, left_end: int, right_start: int) -> tuple[int, int]:
        """The words between two parts of a quote, without the marks (tokenized ``'' and ``
        are two characters wide, so a one-character step would leave half a mark)."""
        start = left_end + (2 if self.text.startswith("''", left_end) else 1)
        end = right_start - (2 if self.text.startswith("``", right_start - 2) else 1)
        return start, end


def _joined(group: list[Quoted], with_spans: bool = True) -> Quoted:
    """The parts of one quote as one (spans left out while still joining: linear time)."""
    first, last = group[0], group[-1]
    spans = tuple(span for part in group for span in part.spans) if with_spans else ()
    return Quoted(spans, first.open_mark, last.close_mark, last.closed)


def frames(text: str, quoted: list[Quoted], ends: list[int]) -> list[Frame]:
    """A frame per quote, once the parts of split quotes are joined; ``ends`` are the
    sentence ends of :func:`newsquote.sentence_ends.sentence_ends`."""
    layout = _Layout(text, quoted, ends)
    groups: list[list[Quoted]] = []
    for quote in quoted:
        if groups and layout.joins(_joined(groups[-1], with_spans=False), quote):
            groups[-1].append(quote)
        else:
            groups.append([quote])
    joined = [_joined(group) for group in groups]
    layout.quoted = joined
    result: list[Frame] = []
    for index in range(len(joined)):
        previous_end = result[-1].after_end if result else 0
        result.append(layout.frame(index, previous_end))
    return result

"""Sentence segmentation for news copy: paragraphs, then nltk's Punkt, then news fixes.

Punkt runs with parameters this project ships (``data/abbreviations.txt``,
``data/sentence_starters.txt``; see :mod:`newsquote.segment_params`); nothing is downloaded or
unpickled. Its breaks are then revised for news copy (:mod:`newsquote.segment_rules`). Sentences
never cross a paragraph break (a blank line), and their offsets index the text exactly as given.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from newsquote.models import Sentence
from newsquote.segment_params import abbreviations

__all__ = ["load_abbreviations", "paragraph_spans", "split_sentences"]


@cache
def load_abbreviations() -> frozenset[str]:
    """Every shipped abbreviation, as Punkt spells them (lower case, no final period); built
    once, as the quote engine asks at sentence ends."""
    table = abbreviations()
    return table.ordinary | table.titles | table.numbers | table.states


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph, trimmed of surrounding whitespace.

    Paragraphs are parted by blank lines: lines holding only whitespace, with line breaks as
    ``str.splitlines`` knows them (so one CRLF is one break, never a blank line).
    """
    spans: list[tuple[int, int]] = []
    start = end = 0
    for line in text.splitlines(keepends=True):
        end += len(line)
        if line.isspace():  # a blank line (trimmed off the paragraph it ends)
            spans.append((start, end))
            start = end
    spans.append((start, len(text)))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink a span past leading and trailing whitespace; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph: Punkt's cuts, revised, then trimmed."""
    # Imported here: the quote engine reads paragraphs and abbreviations from this module but
    # never splits sentences, and the splitter's patterns cost `quotes` 0.007 s to compile.
    from newsquote.segment_punkt import sentence_starts
    from newsquote.segment_rules import revise

    punkt_cuts = [start + cut for cut in sentence_starts(text[start:end])]
    bounds = [start, *revise(text, start, end, punkt_cuts), end]
    pieces = (_trim(text, lo, hi) for lo, hi in pairwise(bounds))
    return [piece for piece in pieces if piece]


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text`` in order, with offsets and paragraph index."""
    sentences: list[Sentence] = []
    for paragraph, (p_start, p_end) in enumerate(paragraph_spans(text)):
        for start, end in _sentence_spans(text, p_start, p_end):
            sentences.append(Sentence(len(sentences), start, end, paragraph, text[start:end]))
    return sentences

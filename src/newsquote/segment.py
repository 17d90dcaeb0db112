"""Sentence segmentation for news copy: paragraphs, then nltk's Punkt, then news fixes.

Punkt runs with parameters this project ships (``data/abbreviations.txt``); nothing is
downloaded or unpickled. Sentences never cross a paragraph break (a blank line), and their
offsets index the text exactly as given.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from newsquote.models import Sentence

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

# A blank line: a line break, then one or more lines holding only spaces or tabs.
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)(?:[ \t\f\v]*(?:\r\n|\r|\n))+")
# A sentence that ends in ?" or !" (any closing mark) and is followed by a lower-case word
# is one sentence with its attribution: "Why?" he asked.
_QUESTION_QUOTE_END = re.compile(r"[?!][\"”’']\s*$")
_LOWER_START = re.compile(r"\s*[a-z]")


def load_abbreviations() -> frozenset[str]:
    """The shipped abbreviation list, as Punkt wants it (lower case, no final period)."""
    raw = resources.files("newsquote").joinpath("data/abbreviations.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    """Build Punkt once from shipped parameters; importing nltk is deferred to here."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(load_abbreviations())
    return PunktSentenceTokenizer(params)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(text)))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink a span past leading and trailing whitespace; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _merge_attributions(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rejoin `"Why?" he asked.` that Punkt cut after the question mark."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged:
            prev_start, prev_end = merged[-1]
            if _QUESTION_QUOTE_END.search(text, prev_start, prev_end) and _LOWER_START.match(
                text, prev_end
            ):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    return merged


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text`` in order, with offsets and paragraph index."""
    tokenizer = _tokenizer()
    sentences: list[Sentence] = []
    for paragraph, (p_start, p_end) in enumerate(paragraph_spans(text)):
        chunk = text[p_start:p_end]
        spans = [(p_start + s, p_start + e) for s, e in tokenizer.span_tokenize(chunk)]
        for start, end in _merge_attributions(text, spans):
            sentences.append(Sentence(len(sentences), start, end, paragraph, text[start:end]))
    return sentences

"""Extractive summaries: pick the sentences that carry the story (placeholder: lead only)."""

from __future__ import annotations

from newsquote.models import Summary, SummarySentence
from newsquote.segment import split_sentences

METHODS = ("lead",)


def summarize(text: str, sentences: int = 3, method: str = "lead") -> Summary:
    """The first ``sentences`` sentences of ``text``."""
    all_sentences = split_sentences(text)
    chosen = all_sentences[:sentences]
    return Summary(
        sentences=tuple(
            SummarySentence(s.index, s.text, s.start, s.end, 1.0 / (s.index + 1)) for s in chosen
        ),
        total_sentences=len(all_sentences),
    )

"""Extractive summaries: the few sentences that carry the story, with honest notes.

One entry point, ``summarize``: it segments the text, sets boilerplate and the headline aside
(``summarizers.article``), resolves the wanted length (sentences, a share of the sentences, or
a word budget), runs the chosen method (``summarizers.METHODS``) and orders the result. Notes
say when the text was too short to choose from or empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsquote.errors import NewsquoteError
from newsquote.summarizers import DEFAULT_METHOD, METHODS
from newsquote.summarizers.article import Article, Length, Pick, build_article, link_quotes
from newsquote.summarizers.gist import SLACK, lead_window

ORDERS = ("document", "score")
DEFAULT_SENTENCES = 3
# Methods choose among the lead's first usable sentences (gist.lead_window), so quotes are read
# only that far: the usable sentences wanted, this many more (the window's slack and one to
# spare), then a margin of sentences for a speaker named after the quote ('"...," he said.').
QUOTE_REGION_EXTRA = SLACK + 1
QUOTE_REGION_MARGIN = 2


# The result types live with the function that returns them, not in models: a frozen
# dataclass is compiled on every start (~3.5 M instructions), and a quotes run needs neither.
@dataclass(frozen=True)
class SummarySentence:
    """A sentence chosen for a summary, with the score that ranked it."""

    index: int
    text: str
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class Summary:
    """An extractive summary and how much of the article it covers."""

    sentences: tuple[SummarySentence, ...]
    total_sentences: int
    notes: tuple[str, ...] = field(default=())


class SummaryOptionError(NewsquoteError):
    """The length, order or method asked for does not make sense."""


def lengths_given(sentences: int | None, ratio: float | None, words: int | None) -> list[str]:
    """The names of the length options that were given (a summary takes at most one)."""
    options = {"sentences": sentences, "ratio": ratio, "words": words}
    return [name for name, value in options.items() if value is not None]


def resolve_length(
    article: Article, sentences: int | None, ratio: float | None, words: int | None
) -> Length:
    """One length from the three ways of asking for one."""
    if len(given := lengths_given(sentences, ratio, words)) > 1:
        raise SummaryOptionError(f"give only one length, not {' and '.join(given)}")
    if words is not None:
        if words < 1:
            raise SummaryOptionError("words must be at least 1")
        return Length(words=words)
    if ratio is not None:
        if not 0 < ratio <= 1:
            raise SummaryOptionError("ratio must be more than 0 and at most 1")
        return Length(sentences=max(1, round(ratio * len(article.units))))
    count = DEFAULT_SENTENCES if sentences is None else sentences
    if count < 1:
        raise SummaryOptionError("sentences must be at least 1")
    return Length(sentences=count)


def _fits_whole(article: Article, length: Length) -> bool:
    """Is the whole article no longer than the summary asked for?"""
    if length.words is not None:
        return sum(u.words for u in article.units) <= length.words
    return len(article.units) <= (length.sentences or 0)


def _notes(article: Article, length: Length, picks: list[Pick]) -> list[str]:
    if not article.units:
        return ["no sentences to summarize: the text is empty or only boilerplate"]
    if _fits_whole(article, length):
        count = len(article.units)
        return [f"the article has only {count} sentence{'s' * (count != 1)}: all are returned"]
    if not picks:
        return [f"no sentence fits in {length.words} words: the summary is empty"]
    return []


def _last_candidate(article: Article, length: Length) -> int:
    """The position of the last unit a method may choose, and one to spare."""
    return max(lead_window(article.units, length, slack=QUOTE_REGION_EXTRA))


def _with_lead_quotes(text: str, article: Article, length: Length) -> Article:
    """Link the quotes of the lead region (reading every quote of a long text costs time).

    Only direct quotes are linked, so indirect speech is not looked for, and only where each
    speaker is mentioned matters, so names are not resolved (a region with no quote marks
    returns at once).
    """
    from newsquote.quotes import extract_quotes

    last = min(_last_candidate(article, length) + QUOTE_REGION_MARGIN, len(article.units) - 1)
    region = text[: article.units[last].end]
    return link_quotes(article, extract_quotes(region, indirect=False, resolve=False))


def summarize(
    text: str,
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    order: str = "document",
    method: str = DEFAULT_METHOD,
) -> Summary:
    """The summary of ``text``: ``sentences`` (default 3), a ``ratio`` of them, or ``words``."""
    from newsquote.segment import split_sentences

    if method not in METHODS:
        raise SummaryOptionError(f"unknown method {method!r} (choose from {', '.join(METHODS)})")
    if order not in ORDERS:
        raise SummaryOptionError(f"unknown order {order!r} (choose from {', '.join(ORDERS)})")
    all_sentences = split_sentences(text)
    article = build_article(text, all_sentences)
    length = resolve_length(article, sentences, ratio, words)
    if _fits_whole(article, length):
        picks = [Pick(unit, 1.0) for unit in article.units]
    else:
        picks = METHODS[method](_with_lead_quotes(text, article, length), length)
    if order == "score":
        picks = sorted(picks, key=lambda p: (-p.score, p.unit.position))
    chosen = tuple(
        SummarySentence(p.unit.index, p.unit.text, p.unit.start, p.unit.end, p.score) for p in picks
    )
    return Summary(chosen, len(all_sentences), tuple(_notes(article, length, picks)))

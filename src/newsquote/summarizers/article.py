"""An article as the summarizers see it: candidate sentences, a headline, and what each needs.

Built once per text and shared by every method. Boilerplate lines and the headline are not
candidates; a dateline or video-player prefix is skipped so a candidate starts where the story
does. Each candidate records which other candidates it leans on: a sentence that opens with a
pronoun, "But" or a connective ("Nonetheless"), or has a pronoun right after a short opening
phrase ("On Monday, he"), needs the one before it, and a quote needs the sentence naming its
speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from newsquote.boilerplate import boilerplate_kind, is_name_line, story_start
from newsquote.lexicon import pronouns
from newsquote.models import Quote, Sentence

# First words that point back to something the previous sentence said, also when they come
# right after a short opening phrase ("On Monday, he said"). First-person and second-person
# pronouns open a sentence in news copy only inside a quote, whose speaker is named before.
DANGLING_OPENERS = frozenset(
    {"he", "she", "it", "they", "him", "her", "his", "its", "their", "them"}
    | {"i", "we", "you", "me", "us", "my", "our", "your"}
    | {"this", "these", "those", "but", "however"}
    # Connectives that carry on from the sentence before ("Nonetheless, he has...").
    | {"nonetheless", "nevertheless", "meanwhile", "still", "yet", "instead", "also"}
    | {"moreover", "furthermore", "besides", "additionally", "therefore", "thus"}
    | {"consequently", "otherwise", "indeed", "likewise", "similarly"}
)
# Shorter sentences are rarely a summary sentence ("He was 88.", "No wonder.").
MIN_WORDS = 8
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# A short opening phrase, its comma, then the word that may point back ("Last year, she").
_OPENING_PHRASE_CHARACTERS = 40
_AFTER_OPENING_PHRASE = re.compile(
    rf"[^,;:.!?\"“”]{{1,{_OPENING_PHRASE_CHARACTERS}}},\s+([^\W\d_]+)"
)
_WORD_PATTERN = r"[^\W_]+(?:['’][^\W_]+)*"  # a word, not punctuation that stands alone
# MIN_WORDS words from the start, each taken whole (atomic) and the gaps between them at once
# (possessive), so they are the words re.finditer(_WORD_PATTERN) would find: one match, not
# eight.
_ENOUGH_WORDS = re.compile(rf"[\W_]*+(?:(?>{_WORD_PATTERN})[\W_]*+){{{MIN_WORDS}}}")
# A sentence that opens with a quotation mark (any style, including `` from tokenized text).
_QUOTE_LED = re.compile(r"\s*(?:``|[\"“‘«„']|”(?=\w))")
_CLOSING_MARKS = " \t\n'\"”’"  # stripped to see how a sentence with a quote ends
_FINAL_PUNCTUATION = (".", "!", "?", ":", ";", "…")  # before any closing marks and space
_AFTER_FINAL = "\"'”’)]"
_HEADLINE_MAX_WORDS = 25
_WEAK_CACHED = 1024  # units whose weakness is remembered (only the lead's are asked)

# The records below are named tuples, not dataclasses: a frozen dataclass costs about 0.6 ms to
# define and more to build (a unit per sentence of every article), for no behaviour needed here.


class Unit(NamedTuple):
    """A candidate sentence: its span (boilerplate prefix skipped) and the units it needs."""

    position: int  # among candidates
    index: int  # the sentence index in the document
    start: int
    end: int
    text: str
    requires: frozenset[int]  # positions of the units that must come with this one

    @property
    def words(self) -> int:
        """Its length in words, as a word budget counts them: asked under a word budget, and of
        the window's units when their sets are too many to try and are pruned."""
        return len(self.text.split())

    @property
    def weak(self) -> bool:
        """Too short to carry the story: chosen only when better sentences run out."""
        return _too_short(self.text)


@lru_cache(maxsize=_WEAK_CACHED)
def _too_short(text: str) -> bool:
    """Fewer than MIN_WORDS words (counting stops there). Asked of the lead's units only, more
    than once each: remembered."""
    return _ENOUGH_WORDS.match(text) is None


class Article(NamedTuple):
    """The candidates of one text and its headline (if any)."""

    units: tuple[Unit, ...]
    headline: str | None


class Length(NamedTuple):
    """How long a summary may be: a number of sentences, or a word budget."""

    sentences: int | None = None
    words: int | None = None


class Pick(NamedTuple):
    """A chosen unit and the score it was ranked by."""

    unit: Unit
    score: float


def is_headline(sentences: list[Sentence]) -> bool:
    """A first paragraph of one line with no final punctuation, followed by more text."""
    if len(sentences) < 2 or sentences[1].paragraph == sentences[0].paragraph:
        return False
    first = sentences[0].text
    return (
        "\n" not in first
        and "\r" not in first
        and not first.rstrip().rstrip(_AFTER_FINAL).endswith(_FINAL_PUNCTUATION)
        and len(first.split()) <= _HEADLINE_MAX_WORDS
        and boilerplate_kind(first) is None
    )


def _story_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences left once bylines (and the name lines after them) and furniture go."""
    kept: list[Sentence] = []
    after_byline = False
    for sentence in sentences:
        kind = boilerplate_kind(sentence.text)
        if kind is None and not (after_byline and is_name_line(sentence.text)):
            kept.append(sentence)
        after_byline = kind == "byline" or (after_byline and kind is not None)
    return kept


def _needs_previous(text: str) -> bool:
    """Opens with a pointing word ("He", "But"), has one right after a short opening phrase
    ("On Monday, he"), or opens with a quotation mark (the speaker comes first)."""
    word = _FIRST_WORD.match(text.lstrip("([ "))
    if word:  # then it opens with a letter (after spaces or brackets), not a quotation mark
        if word.group().lower() in DANGLING_OPENERS:
            return True
        if "," not in text[: _OPENING_PHRASE_CHARACTERS + 1]:
            return False  # most sentences: no regex run
        after = _AFTER_OPENING_PHRASE.match(text)
        return after is not None and after.group(1).lower() in DANGLING_OPENERS
    return bool(_QUOTE_LED.match(text))


def build_article(text: str, sentences: list[Sentence], quotes: Sequence[Quote] = ()) -> Article:
    """Candidates from the segmented text; ``quotes`` tie a quote to its speaker's sentence."""
    headline = sentences[0].text if is_headline(sentences) else None
    story = _story_sentences(sentences[1:] if headline else sentences)
    units: list[Unit] = []
    for sentence in story:
        offset = story_start(sentence.text, first=not units)
        start = sentence.start + offset
        body = text[start : sentence.end]
        requires = frozenset({len(units) - 1}) if units and _needs_previous(body) else frozenset()
        units.append(Unit(len(units), sentence.index, start, sentence.end, body, requires))
    return link_quotes(Article(tuple(units), headline), quotes)


class _Locator:
    """Which unit holds a text offset (units are in text order and do not overlap)."""

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        self.starts = [u.start for u in units]

    def at(self, offset: int) -> int | None:
        k = bisect_right(self.starts, offset) - 1
        return k if k >= 0 and offset < self.units[k].end else None

    def overlapping(self, start: int, end: int) -> list[int]:
        k = max(bisect_right(self.starts, start) - 1, 0)
        found = []
        while k < len(self.units) and self.units[k].start < end:
            if self.units[k].end > start:
                found.append(k)
            k += 1
        return found


def _speaker_unit(where: _Locator, quote: Quote, quoted: set[int]) -> int | None:
    """The unit naming the quote's speaker; None for a name after the full stop that ends the
    quote's last sentence (a tag opens the next sentence only after "?" or "!": "Why?" he
    asked)."""
    mention = quote.speaker_mention
    unit = where.at(mention.start) if mention else None
    if unit is None or not quoted or unit <= max(quoted):
        return unit
    closed = where.units[max(quoted)].text.rstrip(_CLOSING_MARKS).endswith(".")
    return None if closed else unit


def _opens_own_tag(unit: Unit, quote: Quote) -> bool:
    """Does the unit open with the quote and name its speaker, not by a pronoun ("…," the
    airline said)? Then it does not lean on the unit before."""
    mention = quote.speaker_mention
    named = mention is not None and mention.text.lower() not in pronouns()
    lead = unit.text[: quote.spans[0][0] - unit.start]
    return named and bool(_QUOTE_LED.match(lead)) and not _FIRST_WORD.search(lead)


def link_quotes(article: Article, quotes: Sequence[Quote]) -> Article:
    """A unit quoting someone named elsewhere needs that unit, and a quote running on from
    an earlier unit needs the unit where it opened: a quote is never cut from its speaker or
    from its start."""
    if not quotes:
        return article  # summaries link the lead's quotes later; most texts have none there
    units = list(article.units)
    where = _Locator(units)
    requires = [set(u.requires) for u in units]
    links = []
    for quote in (q for q in quotes if q.kind != "indirect"):
        quoted = {k for start, end in quote.spans for k in where.overlapping(start, end)}
        opening = where.at(quote.spans[0][0])
        anchor = _speaker_unit(where, quote, quoted)
        if anchor is not None and anchor == opening and _opens_own_tag(units[anchor], quote):
            requires[anchor].discard(anchor - 1)
        links.append((quoted, {unit for unit in (anchor, opening) if unit is not None}))
    for quoted, needed in links:
        for k in quoted:
            requires[k] |= needed - {k}
    linked = (  # units without quotes stay as they are (a long text has hundreds)
        u if r == u.requires else u._replace(requires=frozenset(r))
        for u, r in zip(units, requires, strict=True)
    )
    return article._replace(units=tuple(linked))

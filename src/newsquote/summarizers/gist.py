"""The default method: the lead, revised for the words a summary of this article should hold.

News puts the important things first, so the candidates are the lead sentences plus a little
slack: the first N+2 sentences that are not too short (a quote counts like any sentence,
but never comes without the sentence naming its speaker). A word's chance
of belonging to the gist grows with how often the article repeats it and shrinks with how late
it first appears (the headline counts as the first sentence): odds = e^-1.3 * count^1.4 /
(1 + first)^0.7, a two-feature logistic model of which words CNN/DailyMail highlights keep
(fitted on one dev set, the same within noise on the other). A set of sentences is worth the
expected number of gist words it holds (each distinct content word once, plus a small share of
its function words) per word of length plus a prior length: the shape of an F-measure, so it
rewards tight sentences and gives nothing for repeating what is already chosen. The method
keeps the best set of the wanted size whose sentences all have their antecedents: every set
while that is cheap, otherwise by dropping the least useful sentence, one at a time.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import chain, combinations, islice

from newsquote import stemming
from newsquote.lexicon import stopwords
from newsquote.summarizers.article import Article, Length, Pick, Unit

LOG_ODDS_BASE = -1.3
REPEAT_EXPONENT = 1.4
LATENESS_EXPONENT = 0.7
GLUE_MATCH = 0.1  # the share of function words ("the", "of") a summary shares with any text
PRIOR_WORDS_PER_SENTENCE = 10
PRIOR_SHARE_OF_BUDGET = 0.4  # the same prior for a word budget (sentences run ~25 words)
SLACK = 2  # sentences beyond the wanted length that the window takes in
MAX_SETS = 300  # above this many sets of the wanted size, prune greedily instead
_BASE_ODDS = math.exp(LOG_ODDS_BASE)

_WORD = re.compile(r"[^\W_]+")
# The same words in ASCII text, found with a fraction of the work: a byte table lowers each
# letter and turns each character that is no letter or digit into a space, then str.split cuts
# (the regex matches word by word and asks each character's Unicode category; str.translate
# looks each character up in a dict, bytes.translate indexes a table).
_ASCII_LOWER_OR_SPACE = bytes(
    ord(c.lower()) if c.isalnum() else ord(" ") for c in map(chr, range(128))
).ljust(256)  # a table has an entry for every byte; ASCII text reads the first 128
# Non-ASCII marks of news copy that are no part of a word: most sentences outside ASCII hold
# only these, and are split as ASCII text once they are spaces (str.replace runs in C).
_WORDLESS_MARKS = "’‘“”–—…\xa0£"


_KNOWN_TOKENS = 65536  # tokens remembered by _StemOf (each a short word)


class _StemOf(dict[str, str | None]):
    """Each lower-case token's stem, or None for glue (a function word or a lone character).

    Filled as tokens come, so a bag maps its tokens in one C-level pass (``map`` over the
    lookup) instead of testing and stemming each in Python.
    """

    def __missing__(self, token: str) -> str | None:
        if len(self) >= _KNOWN_TOKENS:
            self.clear()
        stem = None if token in stopwords() or len(token) < 2 else stemming.stem(token)
        self[token] = stem
        return stem


_STEM_OF = _StemOf()


def _words(text: str) -> list[str]:
    """The words of ``text`` in lower case: its runs of letters and digits."""
    if not text.isascii():
        text = text.lower()
        for mark in _WORDLESS_MARKS:
            text = text.replace(mark, " ")
        if not text.isascii():
            return _WORD.findall(text)
    return text.encode().translate(_ASCII_LOWER_OR_SPACE).decode().split()


def _stems(text: str) -> Iterator[str | None]:
    """The stem of each word of ``text``, None for glue (looked up in one C-level pass)."""
    return map(_STEM_OF.__getitem__, _words(text))


class Bag:
    """One unit as words: its distinct content stems, its function-word count, its length."""

    def __init__(self, text: str) -> None:
        stems = list(_stems(text))
        self.stems = frozenset(filter(None, stems))  # a stem is never empty: None is glue
        self.glue = stems.count(None)
        self.length = len(stems)


class Bags(dict[int, Bag]):
    """The units' bags by position: the window's made at once, any other's when first asked
    (only a word budget that no window sentence fits looks past the window)."""

    def __init__(self, units: tuple[Unit, ...], window: list[int]) -> None:
        super().__init__((p, Bag(units[p].text)) for p in window)
        self.units = units

    def __missing__(self, position: int) -> Bag:
        self[position] = bag = Bag(self.units[position].text)
        return bag


class Chances(dict[str, float]):
    """Each stem's chance of belonging to the gist, from how many units hold it and the first
    that does (the headline counts as the first unit). Worked out at once for the window's
    stems, the only ones a candidate set holds, so of every other unit only the window's
    stems are kept; the first stem asked from past the window has every unit's stems counted,
    once. Read it by key (``len`` and ``in`` see only the stems worked out).
    """

    def __init__(self, bags: Bags, headline: Bag | None) -> None:
        super().__init__()
        self.bags = bags
        self.headline = headline.stems if headline else frozenset()
        self._everything: tuple[Counter[str], dict[str, int]] | None = None
        window = frozenset().union(*[bag.stems for bag in bags.values()])
        held = [  # C-level intersections, a unit each (None, glue, is no window stem)
            bags[p].stems if p in bags else window.intersection(_stems(unit.text))
            for p, unit in enumerate(bags.units)
        ]
        count, first = _count_and_first(held, self.headline & window)
        counts = map(count.__getitem__, window)
        firsts = map(first.__getitem__, window)
        self.update(zip(window, map(_chance, counts, firsts), strict=True))

    def __missing__(self, stem: str) -> float:
        if self._everything is None:
            every = [self.bags[p].stems for p in range(len(self.bags.units))]
            self._everything = _count_and_first(every, self.headline)
        count, first = self._everything
        self[stem] = chance = _chance(count[stem], first[stem])
        return chance


def _count_and_first(
    held: list[frozenset[str]], headline: frozenset[str]
) -> tuple[Counter[str], dict[str, int]]:
    """How many units (and the headline) hold each stem, and the first position that does."""
    count = Counter(chain.from_iterable(held))
    count.update(headline)
    first = {  # last to first: a stem's first position is the one written last
        stem: position for position in range(len(held) - 1, -1, -1) for stem in held[position]
    }
    first.update(dict.fromkeys(headline, 0))
    return count, first


@lru_cache(maxsize=4096)
def _chance(count: int, first: int) -> float:
    """The chance of a stem seen in ``count`` units, first in unit ``first`` (the pairs recur:
    most stems are rare)."""
    odds = _BASE_ODDS * count**REPEAT_EXPONENT / (1 + first) ** LATENESS_EXPONENT
    return odds / (1 + odds)


def _density(mass: float, glue: int, length: int, prior: float) -> float:
    """Expected gist words per word, the length padded by a prior (an F-measure's shape)."""
    return (mass + GLUE_MATCH * glue) / (length + prior)


class Scorer:
    """The words of one article's units and each word's chance of belonging to the gist."""

    def __init__(self, article: Article, prior: float, window: list[int]) -> None:
        self.units = article.units
        self.bags = Bags(article.units, window)
        self.chance = Chances(self.bags, Bag(article.headline) if article.headline else None)
        self.prior = prior

    def mass(self, stems: Iterable[str]) -> float:
        """The expected number of gist words among distinct ``stems`` (fsum: exact, so the
        order of a set's stems, which follows the hash seed, cannot change a choice)."""
        return math.fsum(map(self.chance.__getitem__, stems))

    def sizes(self, positions: Iterable[int]) -> tuple[int, int]:
        """The function words and all words of the units at ``positions``."""
        bags = [self.bags[p] for p in positions]
        return sum(bag.glue for bag in bags), sum(bag.length for bag in bags)

    def unit_score(self, position: int) -> float:
        """One sentence's density on its own (its rank for --order score)."""
        bag = self.bags[position]
        return round(
            _density(self.mass(bag.stems), bag.glue, bag.length, PRIOR_WORDS_PER_SENTENCE), 4
        )

    def set_value(self, positions: tuple[int, ...]) -> float:
        """A set's value, as its :class:`Cover` would give it, without the stem counts that
        only shrinking a cover needs (each of many candidate sets is valued once)."""
        held = frozenset().union(*[self.bags[p].stems for p in positions])
        return _density(self.mass(held), *self.sizes(positions), self.prior)


class Cover:
    """A set of units: the stems it holds (with multiplicity) and its totals, kept as it shrinks."""

    def __init__(self, scorer: Scorer, positions: Iterable[int]) -> None:
        self.scorer = scorer
        self.positions = sorted(positions)
        self.held = Counter(chain.from_iterable(scorer.bags[p].stems for p in self.positions))
        self.mass = scorer.mass(self.held)
        self.glue, self.length = scorer.sizes(self.positions)
        self.words = sum(scorer.units[p].words for p in self.positions)

    @property
    def value(self) -> float:
        return _density(self.mass, self.glue, self.length, self.scorer.prior)

    def _loss(self, position: int) -> float:
        """The chance mass only this unit holds."""
        stems = self.scorer.bags[position].stems
        return self.scorer.mass(s for s in stems if self.held[s] == 1)

    def value_without(self, position: int) -> float:
        bag = self.scorer.bags[position]
        mass = self.mass - self._loss(position)
        return _density(mass, self.glue - bag.glue, self.length - bag.length, self.scorer.prior)

    def remove(self, position: int) -> None:
        bag = self.scorer.bags[position]
        self.mass -= self._loss(position)
        self.held.subtract(bag.stems)
        self.glue -= bag.glue
        self.length -= bag.length
        self.words -= self.scorer.units[position].words
        self.positions.remove(position)


def _complete(units: tuple[Unit, ...], positions: Iterable[int]) -> bool:
    """Every chosen unit has the units it leans on (its antecedent, its quote's speaker)."""
    chosen = set(positions)
    return all(units[p].requires <= chosen for p in chosen)


def _prune(units: tuple[Unit, ...], cover: Cover, fits: Callable[[Cover], bool]) -> list[int]:
    """Drop the unit whose loss costs least (and leaves no unit without its antecedent)."""
    while cover.positions and not fits(cover):
        needed = set().union(*(units[p].requires for p in cover.positions))
        safe = [p for p in cover.positions if p not in needed]
        cover.remove(max(safe or cover.positions, key=cover.value_without))
    return cover.positions


def _best_of_size(article: Article, scorer: Scorer, window: list[int], size: int) -> list[int]:
    """The best complete set of ``size`` units from the window (pruning when sets are many)."""
    if len(window) <= size:
        return window
    if math.comb(len(window), size) > MAX_SETS:
        return _prune(article.units, Cover(scorer, window), lambda c: len(c.positions) <= size)
    sets = list(combinations(window, size))
    complete = [s for s in sets if _complete(article.units, s)] or sets
    return list(max(complete, key=scorer.set_value))


def lead_window(units: tuple[Unit, ...], length: Length, slack: int = SLACK) -> list[int]:
    """The first sentences of usable length that the length takes (the wanted number, or as
    many as fill the word budget), then ``slack`` more: the candidates, in document order."""
    # Usable ones first, each in order; lazily, as the window rarely reaches past the lead.
    ordered = chain((u for u in units if not u.weak), (u for u in units if u.weak))
    if length.words is None:
        lead = list(islice(ordered, length.sentences or 1))
    else:
        lead, words = [], 0
        while words < length.words and (unit := next(ordered, None)) is not None:
            lead.append(unit)
            words += unit.words
    return sorted(u.position for u in chain(lead, islice(ordered, slack)))


def select(article: Article, length: Length) -> list[Pick]:
    """The chosen units in document order, each with its score."""
    window = lead_window(article.units, length)
    if length.words is None:
        size = length.sentences or 1
        scorer = Scorer(article, PRIOR_WORDS_PER_SENTENCE * size, window)
        chosen = _best_of_size(article, scorer, window, size)
    else:
        budget = length.words
        scorer = Scorer(article, PRIOR_SHARE_OF_BUDGET * budget, window)
        chosen = _prune(article.units, Cover(scorer, window), lambda c: c.words <= budget)
        if not chosen:
            fitting = [u.position for u in article.units if u.words <= budget]
            chosen = [max(fitting, key=scorer.unit_score)] if fitting else []
    return [Pick(article.units[p], scorer.unit_score(p)) for p in sorted(chosen)]

"""The gist method's word chances: worked out for the window's stems at once and for any other
stem when asked, they are those of counting every stem of the article; and a summary leaves
no garbage for the collector to find."""

from __future__ import annotations

import gc
from collections import Counter

import pytest

from newsquote.segment import split_sentences
from newsquote.summarize import summarize
from newsquote.summarizers.article import Length, build_article
from newsquote.summarizers.gist import Bag, Scorer, _chance, lead_window, select

# A made-up story with a headline; its words recur in different forms ("bridge", "bridges").
STORY = """Council backs new Millbrook bridge

The city council voted on Tuesday to build a new bridge over the river at Millbrook.
It will cost twelve million pounds and take two years to finish, officials said.
The bridge vote ended a decade of arguing between the council and the residents.
Residents had complained for years about the long detours to the station.
Other towns on the river have asked for bridges of their own, the council said.
The old ferry will spare walkers the detours until the bridge opens to traffic.
"""


@pytest.mark.parametrize("sentences", [1, 2, 4])
def test_chances_are_those_of_counting_every_stem(sentences: int) -> None:
    article = build_article(STORY, split_sentences(STORY))
    assert article.headline
    scorer = Scorer(article, 10.0, lead_window(article.units, Length(sentences=sentences)))
    bags = [Bag(unit.text) for unit in article.units]
    headline = Bag(article.headline).stems
    count = Counter(stem for bag in [*bags, Bag(article.headline)] for stem in bag.stems)
    first = {stem: p for p in reversed(range(len(bags))) for stem in bags[p].stems}
    first.update(dict.fromkeys(headline, 0))
    every_stem = set().union(*(bag.stems for bag in bags))
    for stem in sorted(every_stem):  # the window's, then (worked out when asked) the others
        assert scorer.chance[stem] == _chance(count[stem], first[stem]), stem
    assert scorer.bags[len(bags) - 1].stems == bags[-1].stems


def test_a_budget_no_window_sentence_fits_picks_the_best_short_sentence() -> None:
    """The fallback past the window ranks every fitting unit by chances counted over all."""
    short = " ".join(f"Bridge {word} now." for word in ("works", "opens", "waits", "closes"))
    text = STORY + short + "\n"
    article = build_article(text, split_sentences(text))
    [pick] = select(article, Length(words=3))
    assert pick.unit.text in short
    window = lead_window(article.units, Length(words=3))
    scorer = Scorer(article, 1.2, window)
    fitting = [u.position for u in article.units if u.words <= 3]
    best = max(fitting, key=scorer.unit_score)
    assert pick.unit.position == best


def test_a_summary_leaves_no_reference_cycles() -> None:
    """Nothing a summary builds waits for the garbage collector (a batch freezes what the
    first article leaves behind)."""
    gc.collect()
    gc.disable()
    try:
        summarize(STORY)
        assert gc.collect() == 0
    finally:
        gc.enable()

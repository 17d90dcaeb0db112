"""The baseline: the first sentences of the story (boilerplate and headline already gone)."""

from __future__ import annotations

from newsquote.summarizers.article import Article, Length, Pick, Unit


def select(article: Article, length: Length) -> list[Pick]:
    """The first N units, or the first units that fit a word budget."""
    if length.words is None:
        chosen = list(article.units[: length.sentences])
    else:
        chosen, used = [], 0
        for unit in article.units:
            if used + unit.words <= length.words:
                chosen.append(unit)
                used += unit.words
    return [Pick(unit, _score(unit)) for unit in chosen]


def _score(unit: Unit) -> float:
    """Earlier is better: 1, 1/2, 1/3, ..."""
    return round(1 / (1 + unit.position), 4)

"""Reporting clauses: find the cue (said, told, according to) and the phrase that speaks.

Works on the words outside quote marks next to a quote, without a parser: the patterns are the
ones reporters use (``"…," X said``, ``"…," said X, title``, ``X said: "…"``, ``according to
X``, ``X, a spokesman for Y, said``), read word by word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsquote.lexicon import cue_verbs, noun_cues, pronouns, word_class

_TOKEN = re.compile(r"\w+(?:[’'\-.&]\w+)*|[^\w\s]")

_BETWEEN = word_class("between")
_STOP = word_class("stop")
_DETERMINERS = word_class("determiner")
_JOINERS = word_class("joiner")
_MAX_PHRASE = 8


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark with its offsets."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class Attribution:
    """A reporting clause found next to a quote: the speaking phrase and the cue."""

    speaker: tuple[int, int]  # offsets of the speaking phrase
    cue: tuple[int, int]
    rule: str


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Words and punctuation of ``text[start:end]``."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def is_cue(tokens: list[Token], i: int) -> bool:
    """A reporting verb, or a verb followed by a noun cue ("shared in a statement")."""
    if tokens[i].lower in cue_verbs():
        return True
    return (
        tokens[i].text.isalpha() and tokens[i].lower.endswith("ed") and _noun_cue_at(tokens, i + 1)
    )


def _noun_cue_at(tokens: list[Token], i: int) -> tuple[str, ...] | None:
    """The noun cue that starts at token ``i``, if any."""
    for cue in noun_cues():
        words = tuple(t.lower for t in tokens[i : i + len(cue)])
        if words == cue:
            return cue
    return None


def _is_word(token: Token) -> bool:
    return token.text[:1].isalnum()


def phrase_before(tokens: list[Token], end: int, floor: int = 0) -> tuple[int, int] | None:
    """Token range [i, end) of the noun phrase that ends just before ``end``."""
    i = end
    while i > floor and (_is_word(tokens[i - 1]) or tokens[i - 1].text in "&.-’'"):
        token = tokens[i - 1]
        if token.lower in _STOP or end - i >= _MAX_PHRASE:
            break
        if token.lower in pronouns():
            i -= 1 if i == end else 0
            break
        if token.text == "." and not (i >= 2 and tokens[i - 2].capitalised):
            break
        i -= 1
    while i < end and (tokens[i].lower in _JOINERS or not _is_word(tokens[i])):
        i += 1
    return (i, end) if i < end else None


def phrase_after(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """Token range [start, j) of the noun phrase that starts at ``start`` ("said Sen. X")."""
    if start < len(tokens) and tokens[start].lower in pronouns():
        return (start, start + 1)
    j = start
    while j < len(tokens) and j - start < _MAX_PHRASE:
        token = tokens[j]
        if (
            token.text == "."
            and j > start
            and tokens[j - 1].capitalised
            and len(tokens[j - 1].text) <= 4
        ):
            j += 1
            continue
        if not (_is_word(token) or token.text in "&-’'") or (j > start and token.lower in _STOP):
            break
        j += 1
    while j > start and tokens[j - 1].lower in _JOINERS | _DETERMINERS:
        j -= 1
    return (start, j) if j > start else None


def _skip_back(tokens: list[Token], i: int, floor: int) -> int:
    """Step back over auxiliaries and adverbs between a subject and its verb."""
    while i > floor and (
        tokens[i - 1].lower in _BETWEEN
        or (tokens[i - 1].lower.endswith("ly") and not tokens[i - 1].capitalised)
    ):
        i -= 1
    return i


def subject_of(tokens: list[Token], cue: int, floor: int = 0) -> tuple[int, int] | None:
    """The subject of the cue verb at ``cue``: the phrase before it, across an appositive."""
    i = _skip_back(tokens, cue, floor)
    if i > floor and tokens[i - 1].text in ",)":
        closer = tokens[i - 1].text
        opener = "(" if closer == ")" else ","
        k = i - 2
        while k > max(floor, i - 18) and tokens[k].text != opener:
            k -= 1
        if k > floor and tokens[k].text == opener:
            return phrase_before(tokens, k, floor)
        return None
    return phrase_before(tokens, i, floor)


def clause_subject(tokens: list[Token], floor: int = 0) -> tuple[int, int] | None:
    """The phrase that opens a clause ("Arab nations have been …, emphasising …")."""
    j = floor
    while j < len(tokens) and j - floor < _MAX_PHRASE and _is_word(tokens[j]):
        if tokens[j].lower in _STOP or tokens[j].lower in cue_verbs():
            break
        j += 1
    return (floor, j) if j > floor else None


def _span(tokens: list[Token], rng: tuple[int, int]) -> tuple[int, int]:
    return tokens[rng[0]].start, tokens[rng[1] - 1].end


def _according_to(tokens: list[Token]) -> Attribution | None:
    """``according to X``, anywhere in the context."""
    for i in range(len(tokens) - 1):
        if tokens[i].lower == "according" and tokens[i + 1].lower == "to":
            rng = phrase_after(tokens, i + 2)
            if rng:
                return Attribution(_span(tokens, rng), _span(tokens, (i, i + 2)), "according to X")
    return None


def after_quote(tokens: list[Token], reach: int = 10) -> Attribution | None:
    """A tag after the quote: ``"…," X said`` or ``"…," said X``."""
    start = 1 if tokens and tokens[0].text in ",—–-" else 0
    for i in range(start, min(len(tokens), start + reach)):
        if tokens[i].text in ".;:!?(" or tokens[i].lower in {"that", "because", "and"}:
            break
        if not is_cue(tokens, i):
            continue
        if _skip_back(tokens, i, start) == start:
            rng = phrase_after(tokens, i + 1)
            rule = '"…," said X'
        else:
            rng = subject_of(tokens, i, start)
            rule = '"…," X said'
        if rng:
            return Attribution(_span(tokens, rng), _span(tokens, (i, i + 1)), rule)
    return _according_to(tokens[:reach])


def before_quote(tokens: list[Token]) -> Attribution | None:
    """A reporting clause that leads into the quote: ``X said: "…"``, ``X called it "…"``."""
    found = _according_to(tokens)
    if found:
        return found
    for i in range(len(tokens) - 1, -1, -1):
        if not is_cue(tokens, i):
            continue
        rng = subject_of(tokens, i)
        rule = 'X said "…"'
        if rng is None and i and tokens[i - 1].text == ",":
            rng, rule = clause_subject(tokens), 'X …, saying "…"'
        if rng is None and i == 0:
            rng, rule = phrase_after(tokens, 1), 'said X: "…"'
        if rng:
            return Attribution(_span(tokens, rng), _span(tokens, (i, i + 1)), rule)
    return None

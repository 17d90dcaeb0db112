"""When a quote's own sentence holds no reporting clause: the neighbours that may name its
speaker, surest first (a tag opening the next sentence, a credit line below, the run it
continues, the sentence before or after, a subject, the speaker of the quote before).
"""

from __future__ import annotations

import bisect
from functools import cached_property
from typing import NamedTuple

from newsquote.attribution import (
    Attribution,
    after_quote,
    before_quote,
    dash_credit,
    sentence_subject,
)
from newsquote.context import Frame
from newsquote.quotemarks import Quoted, paragraphs
from newsquote.tokens import Token, tokenize

SCARE_MAX_WORDS = 4  # a quote this short that nobody is said to have said is a scare quote
_TAG_NEAR = 3  # characters between a closing mark and the tag that starts the next sentence


class Found(NamedTuple):
    """A quote with the attribution found for it and how it was found."""

    frame: Frame
    attribution: Attribution | None
    rule: str
    confidence: float
    cued: bool  # a reporting verb stands in the quote's sentence


def quoted_words(quoted: Quoted, text: str) -> int:
    """How many words the quote holds (all its parts)."""
    return sum(len(text[s:e].split()) for s, e in quoted.spans)


def _root(rule: str) -> str:
    """The rule a chain of inherited attributions started from."""
    return rule.rsplit("(", 1)[-1].rstrip(")") if "(" in rule else rule


Guess = tuple[Attribution | None, str, float]
_NOTHING: Guess = (None, "", 0.0)


class _Neighbourhood:
    """What the fallback rules may look at for one quote; the tags around it, which several
    rules ask for, are read once and only when asked."""

    def __init__(
        self, text: str, frame: Frame, previous: Found | None, hidden: list[tuple[int, int]]
    ) -> None:
        self.text, self.frame, self.previous, self.hidden = text, frame, previous, hidden

    def tokens(self, span: tuple[int, int] | None) -> list[Token]:
        return tokenize(self.text, *span, self.hidden) if span else []

    @cached_property
    def next_tag(self) -> Attribution | None:
        """A reporting clause opening the sentence after ("Why?" Trump asked)."""
        return after_quote(self.tokens(self.frame.follow), reach=4)

    @cached_property
    def lead_tokens(self) -> list[Token]:
        """The sentence before the quote."""
        lead = self.frame.lead_in
        return tokenize(self.text, *lead) if lead else []

    @cached_property
    def lead_tag(self) -> Attribution | None:
        """A reporting clause in the sentence before ("He said:")."""
        return before_quote(self.lead_tokens) if self.frame.lead_in else None


def _tag_opening_next(ctx: _Neighbourhood) -> Guess:
    """ "Why?" Trump asked: a tag that opens the next sentence. A quote that a colon introduces
    (`Luis said: "…" Filipe Luis insists …`) is the lead-in's, whatever opens the next one."""
    if _colon_lead(ctx):
        return _NOTHING
    tag = ctx.next_tag
    if tag and ctx.frame.follow and tag.speaker[0] <= ctx.frame.follow[0] + _TAG_NEAR:
        return tag, tag.rule, 0.85
    return _NOTHING


def _credit_below(ctx: _Neighbourhood) -> Guess:
    """A quote that ends its paragraph, credited on the line below: "- Bernie Sanders."."""
    end = ctx.frame.quoted.close_mark + 1
    paras = paragraphs(ctx.text)
    k = bisect.bisect_left(paras, (end,))  # the first paragraph starting at end or later
    if k == len(paras) or ctx.text[end : paras[k][0]].strip():
        return _NOTHING
    credit = dash_credit(ctx.tokens(paras[k]))
    return (credit, f"line below: {credit.rule}", 0.85) if credit else _NOTHING


def _continuation(ctx: _Neighbourhood) -> Guess:
    """A quote that carries on the run of the one before."""
    prev = ctx.previous
    if prev and prev.attribution and ctx.frame.continues_previous:
        return prev.attribution, f"continuation ({_root(prev.rule)})", 0.7
    return _NOTHING


def _colon_lead(ctx: _Neighbourhood) -> bool:
    """The sentence before ends in a colon and names who speaks ("Luis said:")."""
    lead = ctx.frame.lead_in
    return bool(lead and ctx.text[lead[0] : lead[1]].rstrip().endswith(":") and ctx.lead_tag)


def _lead_in(ctx: _Neighbourhood) -> Guess:
    """A reporting clause in the sentence before ("He said:")."""
    lead = ctx.lead_tag
    return (lead, f"previous sentence: {lead.rule}", 0.6) if lead else _NOTHING


def _next_sentence(ctx: _Neighbourhood) -> Guess:
    """A reporting clause that opens the sentence after."""
    nxt = ctx.next_tag
    return (nxt, f"next sentence: {nxt.rule}", 0.5) if nxt else _NOTHING


def _own_subject(ctx: _Neighbourhood) -> Guess:
    """The subject of the quote's own sentence ("Moore thanked him for "…"")."""
    frame = ctx.frame
    subject = sentence_subject(ctx.tokens((frame.before_start, frame.before_end)))
    return (subject, subject.rule, 0.5) if subject else _NOTHING


def _lead_subject(ctx: _Neighbourhood) -> Guess:
    """The subject of the sentence before a quote that stands alone."""
    subject = sentence_subject(ctx.lead_tokens) if ctx.frame.lead_in else None
    if subject:
        return subject, f"subject of the sentence before ({subject.rule})", 0.45
    return _NOTHING


def _quote_before(ctx: _Neighbourhood) -> Guess:
    """Last resort for a long quote: whoever spoke the quote before, a paragraph away at most."""
    prev = ctx.previous
    near = prev and ctx.frame.paragraph - prev.frame.paragraph <= 1
    if near and prev.attribution and quoted_words(ctx.frame.quoted, ctx.text) > SCARE_MAX_WORDS:
        return prev.attribution, f"speaker of the quote before ({_root(prev.rule)})", 0.4
    return _NOTHING


_FALLBACKS = (
    _tag_opening_next,
    _credit_below,
    _continuation,
    _lead_in,
    _next_sentence,
    _own_subject,
    _lead_subject,
    _quote_before,
)


def from_neighbours(
    text: str, frame: Frame, previous: Found | None, hidden: list[tuple[int, int]]
) -> Guess:
    """No reporting clause in the quote's own sentence: the fallbacks, surest first."""
    ctx = _Neighbourhood(text, frame, previous, hidden)
    for rule in _FALLBACKS:
        guess = rule(ctx)
        if guess[0]:
            return guess
    return _NOTHING

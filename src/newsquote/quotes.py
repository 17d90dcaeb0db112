"""Quote finding and attribution: who said each quoted stretch of a news article.

The pipeline: find quoted stretches by their marks (``quotemarks``), join split quotes
("A," she said, "B."), read the reporting clause around each quote (``attribution``), fall back
on the sentence before, the run a continuation belongs to, or the sentence after, and resolve the
speaking phrase to a canonical name (``speakers``). Short quotes that nobody is said to have
said are scare quotes, titles or nicknames, and get the kind "scare" with no speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsquote.attribution import Attribution, after_quote, before_quote, tokenize
from newsquote.context import Frame, frames
from newsquote.models import Mention, Quote
from newsquote.quotemarks import Quoted, find_quoted
from newsquote.speakers import Resolver

_SCARE_MAX_WORDS = 4
_SPLIT_MAX_GAP = 100


@dataclass(frozen=True)
class _Found:
    """A quote with the attribution found for it and how it was found."""

    frame: Frame
    attribution: Attribution | None
    rule: str
    confidence: float


def _join_split(text: str, quoted: list[Quoted], paragraph_of: list[int]) -> list[Quoted]:
    """Join "A," she said, "B." into one quote with two spans."""
    joined: list[Quoted] = []
    for index, quote in enumerate(quoted):
        if joined and _is_split(text, joined[-1], quote, paragraph_of, index):
            prev = joined[-1]
            joined[-1] = Quoted(
                prev.spans + quote.spans, prev.open_mark, quote.close_mark, quote.closed
            )
        else:
            joined.append(quote)
    return joined


def _is_split(text: str, prev: Quoted, quote: Quoted, paragraph_of: list[int], index: int) -> bool:
    """Only a reporting clause stands between two quotes of one paragraph."""
    if not prev.closed or paragraph_of[index] != paragraph_of[index - 1]:
        return False
    gap_start, gap_end = prev.close_mark + 1, quote.open_mark
    if gap_end - gap_start > _SPLIT_MAX_GAP:
        return False
    return after_quote(tokenize(text, gap_start, gap_end)) is not None


def _attribute(text: str, frame: Frame) -> tuple[Attribution | None, str, float]:
    """The reporting clause in the quote's own sentence: after it first, then before it."""
    after = after_quote(tokenize(text, frame.after_start, frame.after_end))
    if after:
        return after, after.rule, 0.9
    before = before_quote(tokenize(text, frame.before_start, frame.before_end))
    if before:
        return before, before.rule, 0.8
    return None, "", 0.0


def _neighbour(
    text: str, frame: Frame, previous: _Found | None
) -> tuple[Attribution | None, str, float]:
    """No clause in its own sentence: the lead-in sentence, the run it continues, the next one."""
    if previous and previous.attribution and frame.continues_previous:
        return previous.attribution, f"continuation of {previous.rule}", 0.7
    if frame.lead_in:
        lead = before_quote(tokenize(text, *frame.lead_in))
        if lead:
            return lead, f"previous sentence: {lead.rule}", 0.6
    if frame.follow:
        nxt = after_quote(tokenize(text, *frame.follow), reach=4)
        if nxt:
            return nxt, f"next sentence: {nxt.rule}", 0.5
    return None, "", 0.0


def _kind(text: str, frame: Frame, attribution: Attribution | None) -> str:
    """direct, partial, or scare (a short quote that nobody is said to have said)."""
    quote = frame.quoted
    words = sum(len(text[s:e].split()) for s, e in quote.spans)
    if attribution is None and words <= _SCARE_MAX_WORDS:
        return "scare"
    lead = text[frame.before_start : frame.before_end].rstrip()
    first = text[quote.spans[0][0] : quote.spans[0][1]].lstrip()[:1]
    if (not lead or lead.endswith((":", ","))) and first.isupper():
        return "direct"
    return "partial" if words < 12 or lead else "direct"


def _record(text: str, found: _Found, resolver: Resolver) -> Quote:
    """The public record for one quote."""
    quote, attribution = found.frame.quoted, found.attribution
    spans = tuple(quote.spans)
    body = " ".join(text[s:e] for s, e in spans)
    kind = _kind(text, found.frame, attribution)
    if attribution is None or kind == "scare":
        return Quote(
            body, spans, kind, None, None, None, 0.3, "quote marks only; no reporting clause"
        )
    s, e = attribution.speaker
    resolved = resolver.resolve(text[s:e], s)
    cue = Mention(text[attribution.cue[0] : attribution.cue[1]], *attribution.cue)
    evidence = f"{found.rule}; {resolved.chain}"
    return Quote(
        body,
        spans,
        kind,
        resolved.speaker,
        Mention(text[s:e], s, e),
        cue,
        found.confidence,
        evidence,
        resolved.named,
        resolved.role,
    )


def extract_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text``, in document order, with its speaker where one is given."""
    quoted = find_quoted(text)
    found: list[_Found] = []
    for frame in frames(text, quoted, _join_split):
        attribution, rule, confidence = _attribute(text, frame)
        if attribution is None:
            attribution, rule, confidence = _neighbour(text, frame, found[-1] if found else None)
        found.append(_Found(frame, attribution, rule, confidence))
    resolver = Resolver(text, [(q.open_mark, q.close_mark) for q in quoted])
    return [_record(text, f, resolver) for f in found]

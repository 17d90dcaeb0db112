"""Quote finding and attribution: who said each quoted stretch of a news article.

The pipeline: find quoted stretches by their marks (``quotemarks``), join split quotes
("A," she said, "B."), read the reporting clause around each quote (``attribution``), fall back
on the sentence before, the run a continuation belongs to, or the sentence after
(``fallbacks``), and resolve the speaking phrase to a canonical name (``speakers``). Short
quotes that nobody is said to have said are scare quotes, titles or nicknames, and get the kind
"scare" with no speaker.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from newsquote.attribution import (
    Attribution,
    according_to,
    after_quote,
    before_quote,
    final_credit,
    owner_credit,
    passive_split,
    trailing_participle,
)
from newsquote.context import Frame, frames, hidden_ranges, is_title
from newsquote.fallbacks import SCARE_MAX_WORDS, Found, from_neighbours, quoted_words
from newsquote.models import NOBODYS_KINDS, Mention, Quote
from newsquote.phrases import cue_indices
from newsquote.quotemarks import find_quoted, paragraphs
from newsquote.resolution import AsWritten
from newsquote.sentence_ends import sentence_ends
from newsquote.tokens import tokenize

if TYPE_CHECKING:
    from newsquote.speakers import Resolver

_CUED = 0.6  # attributions at least this sure count as a reporting clause (no scare quote)
_RUN_PARAGRAPHS = 1  # a pronoun tag this many paragraphs after a quote may mean its speaker


def _has_cue(text: str, frame: Frame, hidden: list[tuple[int, int]]) -> bool:
    """Is there a reporting verb anywhere in the quote's own sentence?"""
    ranges = [(frame.before_start, frame.before_end), (frame.after_start, frame.after_end)]
    for start, end in ranges:
        tokens = tokenize(text, start, end, hidden)
        if cue_indices(tokens):
            return True
    return False


def _attribute(
    text: str, frame: Frame, hidden: list[tuple[int, int]]
) -> tuple[Attribution | None, str, float]:
    """The reporting clause in the quote's own sentence: inside a split, after, then before."""
    # the words before the quote, tokenized when a rule needs them: most tags follow the quote
    before = partial(tokenize, text, frame.before_start, frame.before_end, hidden)
    for gap in frame.gaps:
        gap_tokens = tokenize(text, *gap)
        inside = (
            according_to(gap_tokens)
            or after_quote(gap_tokens)
            or trailing_participle(before, gap_tokens)
        )
        if inside:
            return inside, f"split quote: {inside.rule}", 0.95
    after_tokens = tokenize(text, frame.after_start, frame.after_end, hidden)
    found = (
        according_to(after_tokens)
        or trailing_participle(before, after_tokens)
        or after_quote(after_tokens)
        or final_credit(after_tokens)
        or before_quote(before())
    )
    if found:
        return found, found.rule, 0.8 if found.cue[0] < frame.before_end else 0.9
    before_tokens = before()
    owner = owner_credit(before_tokens, after_tokens)
    if owner:
        return owner, owner.rule, 0.6
    passive = passive_split(before_tokens, after_tokens)
    return (passive, passive.rule, 0.8) if passive else (None, "", 0.0)


def _kind(text: str, found: Found) -> str:
    """direct, partial, or scare (a short quote that nobody is said to have said)."""
    frame = found.frame
    quote = frame.quoted
    words = quoted_words(frame.quoted, text)
    if not found.cued and words <= SCARE_MAX_WORDS:
        return "scare"
    if len(quote.spans) == 1 and is_title(text, quote.open_mark, quote.spans[0][1]):
        return "title"
    lead = text[frame.before_start : frame.before_end].rstrip()
    first = text[quote.spans[0][0] : quote.spans[0][1]].lstrip()[:1]
    if (not lead or lead.endswith((":", ","))) and first.isupper():
        return "direct"
    return "partial" if words < 12 or lead else "direct"


def _record(text: str, found: Found, resolver: Resolver | AsWritten) -> Quote:
    """The public record for one quote."""
    quote, attribution = found.frame.quoted, found.attribution
    spans = tuple(quote.spans)
    body = " ".join(text[s:e] for s, e in spans)
    kind = _kind(text, found)
    if attribution is None or kind in NOBODYS_KINDS:
        why = "a reporting verb but no speaker" if found.cued else "no reporting clause"
        why = "a title, not a quotation" if kind == "title" else why
        return Quote(body, spans, kind, None, None, None, 0.3, f"quote marks only; {why}")
    return _attributed(
        text, (body, spans, kind), attribution, (found.rule, found.confidence), resolver
    )


def _attributed(
    text: str,
    quote: tuple[str, tuple[tuple[int, int], ...], str],
    attribution: Attribution,
    how: tuple[str, float],
    resolver: Resolver | AsWritten,
) -> Quote:
    """A record (text, spans, kind) with its speaker resolved; the evidence names the rule
    (``how``: rule and confidence) and the resolution chain."""
    body, spans, kind = quote
    rule, confidence = how
    s, e = attribution.speaker
    named_s, named_e = attribution.refers_to or attribution.speaker
    resolved = resolver.resolve(text[named_s:named_e], named_s)
    cue = Mention(text[attribution.cue[0] : attribution.cue[1]], *attribution.cue)
    evidence = f"{rule}; {resolved.chain}"
    mention = Mention(text[s:e], s, e)
    return Quote(
        body,
        spans,
        kind,
        resolved.speaker,
        mention,
        cue,
        confidence,
        evidence,
        resolved.named,
        resolved.role,
    )


def _resolver(
    text: str, found: list[Found], hidden: list[tuple[int, int]], ends: list[int]
) -> Resolver:
    """The article's people, with the single names that speak here ("Carson said") as people."""
    from newsquote.speakers import Resolver  # the name tables load only when names are resolved

    speakers = frozenset(
        text[f.attribution.speaker[0] : f.attribution.speaker[1]]
        for f in found
        if f.attribution and text[f.attribution.speaker[0]].isupper()
    )
    return Resolver(text, hidden, ends, speakers)


def _indirect(
    text: str, ends: list[int], hidden: list[tuple[int, int]]
) -> list[tuple[tuple[int, int], Attribution]]:
    """Indirect speech with its attribution (imported here: summaries never ask for it)."""
    from newsquote.indirect import indirect_speech, sentences

    return list(indirect_speech(text, sentences(text, paragraphs(text), ends), hidden))


def extract_quotes(text: str, indirect: bool = True, resolve: bool = True) -> list[Quote]:
    """Every quotation in ``text``, in document order, with its speaker where one is given.

    ``indirect``: also report indirect speech (X said that ...); finding it costs about a third
    of the time, so callers that drop it can say so. ``resolve``: name each speaker in full
    ("he" -> "Donald Trump"); without it a speaker is the mention as written and ``named`` is
    None, for callers that only need where the speaker is mentioned (a third less work)."""
    quoted = find_quoted(text)
    if not quoted and not indirect:
        return []  # nothing to attribute: no need to read whom the article names
    hidden = hidden_ranges(quoted)
    found: list[Found] = []
    ends = sentence_ends(text, hidden)
    for frame in frames(text, quoted, ends):
        attribution, rule, confidence = _attribute(text, frame, hidden)
        if attribution is None:
            previous = found[-1] if found else None
            attribution, rule, confidence = from_neighbours(text, frame, previous, hidden)
        cued = confidence >= _CUED or _has_cue(text, frame, hidden)
        found.append(Found(frame, attribution, rule, confidence, cued))
    reported = _indirect(text, ends, hidden) if indirect else []
    if not found and not reported:
        return []  # no speaker to resolve
    # no quote has a speaker (all scare quotes, say): no need to read whom the article names
    any_speaker = bool(reported) or any(f.attribution for f in found)
    resolver = _resolver(text, found, hidden, ends) if resolve and any_speaker else AsWritten()
    records = []
    for index, f in enumerate(found):
        near = index and f.frame.paragraph - found[index - 1].frame.paragraph <= _RUN_PARAGRAPHS
        last = records[-1] if near else None
        named = last and last.named and last.speaker
        resolver.last_speaker = (last.speaker, last.spans[-1][1]) if named else None
        records.append(_record(text, f, resolver))
    resolver.last_speaker = None
    for content, attribution in reported:
        quote = (text[content[0] : content[1]], (content,), "indirect")
        records.append(_attributed(text, quote, attribution, (attribution.rule, 0.6), resolver))
    return sorted(records, key=lambda quote: quote.spans[0])

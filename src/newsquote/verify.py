"""Check a quotation against its source: where it is, what was changed, and who said it.

Matching works on words: quote marks, apostrophes, dashes, other punctuation, whitespace and
case never count as changes. An ellipsis in the quote may stand for any omitted words, words
in [square brackets] are editorial insertions, and the attribution between the two parts of a
split quote ("A," she said, "B") may be left out; all three are reported but are not
alterations. Finding and aligning the words is wordmatch's job.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsquote.errors import NewsquoteError
from newsquote.models import Quote
from newsquote.wordmatch import ELLIPSIS, Alignment, Token, closest, tokenize, words

# The word similarity (Dice) a passage needs for the quote to count as found in it.
FOUND_SIMILARITY = 0.6
EXIT_CODES = {"verbatim": 0, "altered": 3, "not-found": 4}
# Diff steps that leave a quote verbatim: see DiffOp.
_UNCHANGED = frozenset({"equal", "elided", "bracketed", "skipped"})


@dataclass(frozen=True)
class DiffOp:
    """One step of the word diff, from the quote's point of view.

    ``op`` is ``equal``, ``dropped`` (source words missing from the quote), ``added`` (quote
    words not in the source), ``changed``, ``elided`` (source words an ellipsis stands for),
    ``bracketed`` (an editorial [insertion]) or ``skipped`` (the attribution between two parts
    of a split quote). The last three are not alterations.
    """

    op: str
    quote: str
    source: str


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one quote against one or more sources."""

    quote: str
    status: str  # "verbatim" | "altered" | "not-found"
    match: str | None  # "exact" | "normalised" | "fuzzy" | None
    similarity: float
    source: str | None
    start: int | None
    end: int | None
    paragraph: int | None
    passage: str | None
    diff: tuple[DiffOp, ...]
    source_quote: Quote | None  # the quote the source gives the passage in: its speaker, cue
    in_quote: bool

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.status]


@dataclass(frozen=True)
class _Found:
    """The best alignment of the quote in one source."""

    source: str
    text: str
    tokens: list[Token]
    alignment: Alignment


def _best_in(quote: list[Token], source: str, text: str) -> _Found | None:
    """The closest passage to the quote in one source text."""
    tokens = tokenize(text)
    best = closest(quote, tokens)
    return _Found(source, text, tokens, best) if best else None


def _span(text: str, tokens: list[Token], lo: int, hi: int) -> str:
    return text[tokens[lo].start : tokens[hi - 1].end] if hi > lo else ""


def _diff(quote: str, qtokens: list[Token], found: _Found) -> tuple[DiffOp, ...]:
    """Name each difflib opcode as a journalist would: dropped, added, changed, elided..."""
    ops: list[DiffOp] = []
    offset = found.alignment.first
    for tag, i1, i2, j1, j2 in found.alignment.opcodes:
        qpart = qtokens[i1:i2]
        source = _span(found.text, found.tokens, offset + j1, offset + j2)
        if tag == "equal":
            name = "equal"
        elif qpart and all(t.norm == ELLIPSIS for t in qpart):
            name = "elided"
        elif qpart and all(t.bracketed or t.norm == ELLIPSIS for t in qpart):
            name = "bracketed"
        elif tag == "insert" and _between_quotes(found, offset + j1, offset + j2):
            name = "skipped"
        else:
            name = {"insert": "dropped", "delete": "added"}.get(tag, "changed")
        if name != "elided" or source:
            ops.append(DiffOp(name, _span(quote, qtokens, i1, i2), source))
    return tuple(ops)


_CLOSING = frozenset('"”’»')
_OPENING = frozenset('"“‘«')


def _between_quotes(found: _Found, lo: int, hi: int) -> bool:
    """Source words outside the quote marks between two parts of a split quote (the
    ``she said`` in ``"We will," she said, "win."``): leaving them out is no alteration."""
    text, tokens = found.text, found.tokens
    if lo == 0 or hi >= len(tokens):
        return False
    before = text[tokens[lo - 1].end : tokens[lo].start]
    after = text[tokens[hi - 1].end : tokens[hi].start]
    return bool(_CLOSING & set(before)) and bool(_OPENING & set(after))


def _similarity(diff: tuple[DiffOp, ...]) -> float:
    """Dice ratio over words, leaving out what ellipses and [brackets] stand for."""
    same = total = 0
    for op in diff:
        if op.op in _UNCHANGED - {"equal"}:
            continue
        said = len(words(tokenize(op.quote)))
        same += said if op.op == "equal" else 0
        total += said + len(words(tokenize(op.source)))
    return round(2 * same / total, 3) if total else 0.0


def clean_quote(quote: str) -> str:
    """The quote without surrounding whitespace and quote marks; refuse one with no words."""
    cleaned = quote.strip().strip("\"“”‘’'«»„").strip()
    if not words(tokenize(cleaned)):
        raise NewsquoteError("the quote to verify has no words")
    return cleaned


def verify_quote(quote: str, documents: list[tuple[str, str]]) -> Verdict:
    """Check ``quote`` against each (source, text) and report on the closest passage."""
    said = clean_quote(quote)
    qtokens = tokenize(said)
    found = [f for source, text in documents if (f := _best_in(qtokens, source, text))]
    if not found:
        return Verdict(said, "not-found", None, 0.0, None, None, None, None, None, (), None, False)
    scored = [(f, _diff(said, qtokens, f)) for f in found]
    best, diff = max(scored, key=lambda pair: _similarity(pair[1]))
    similarity = _similarity(diff)
    start = best.tokens[best.alignment.first].start
    end = best.tokens[best.alignment.last - 1].end
    exact = best.text.find(said)
    if exact >= 0 and all(op.op == "equal" for op in diff):
        start, end = exact, exact + len(said)
    return Verdict(
        quote=said,
        status=_status(diff, similarity),
        match=_match(diff, similarity, exact >= 0),
        similarity=similarity,
        source=best.source,
        start=start,
        end=end,
        paragraph=_paragraph(best.text, start),
        passage=best.text[start:end],
        diff=diff,
        source_quote=(owner := _owner(best.text, start, end)),
        in_quote=owner is not None and owner.kind != "indirect",
    )


def _status(diff: tuple[DiffOp, ...], similarity: float) -> str:
    if similarity < FOUND_SIMILARITY:
        return "not-found"
    return "verbatim" if all(op.op in _UNCHANGED for op in diff) else "altered"


def _match(diff: tuple[DiffOp, ...], similarity: float, exact: bool) -> str | None:
    if similarity < FOUND_SIMILARITY:
        return None
    if exact and all(op.op == "equal" for op in diff):
        return "exact"
    return "normalised" if all(op.op in _UNCHANGED for op in diff) else "fuzzy"


def _paragraph(text: str, offset: int) -> int:
    """The 0-based paragraph (blank-line separated) that holds ``offset``."""
    from newsquote.segment import paragraph_spans

    spans = paragraph_spans(text)
    return next((i for i, (_, end) in enumerate(spans) if offset < end), len(spans) - 1)


def _owner(text: str, start: int, end: int) -> Quote | None:
    """The quote the source gives the passage in (most overlap), if any: it names the speaker."""
    from newsquote.quotes import extract_quotes

    def overlap(quote: Quote) -> int:
        return sum(max(0, min(end, e) - max(start, s)) for s, e in quote.spans)

    best = max(extract_quotes(text), key=overlap, default=None)
    return best if best is not None and overlap(best) > 0 else None

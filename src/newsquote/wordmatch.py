"""Find where a quotation's words sit in a text, and align them word by word.

Words are compared in a folded form (case, width, curly apostrophes), so punctuation, quote marks
and whitespace never matter; an ellipsis is a token of its own, and words in [square brackets]
never match a plain word. The closest passage is found with a linear sliding-window vote over the
text's words (rare words weigh more), then aligned with difflib on a short window around the best
few windows, so long articles stay fast. A quote and passage that would cost difflib too much
(thousands of one repeated word) are aligned on their unique words instead (a patience diff).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from difflib import Match, SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

# Words keep inner apostrophes (don't, Assad’s); an ellipsis is a token of its own.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|\.\s?\.\s?\.|…|\[|\]")
ELLIPSIS = "…"
# How many best-voted windows are aligned in full before the best is kept.
CANDIDATES = 3
# Pairs of equal words (quote × passage) beyond which difflib's alignment gets slow.
PAIR_BUDGET = 200_000


class Token(NamedTuple):
    """One word (or ellipsis) with its offsets and its matching form (a tuple: articles are
    tokenized whole, so it has to be cheap)."""

    norm: str
    start: int
    end: int
    bracketed: bool = False


@lru_cache(maxsize=65536)
def _norm(piece: str) -> str:
    """The matching form of a word (case, width and curly apostrophes folded) or an ellipsis."""
    if piece == ELLIPSIS or piece.startswith("."):
        return ELLIPSIS
    return unicodedata.normalize("NFKC", piece).replace("’", "'").casefold()


def tokenize(text: str) -> list[Token]:
    """Words and ellipses with offsets; words inside [brackets] are flagged editorial."""
    if "[" not in text:  # the common case, kept tight: whole articles go through here
        return [
            Token(_norm(m.group()), m.start(), m.end())
            for m in _TOKEN.finditer(text)
            if m.group() != "]"
        ]
    tokens: list[Token] = []
    depth = 0
    for m in _TOKEN.finditer(text):
        piece = m.group()
        if piece in ("[", "]"):
            depth = max(0, depth + (1 if piece == "[" else -1))
            continue
        # An editorial word never matches a plain word: it marks what the writer supplied.
        norm = _norm(piece)
        tokens.append(Token("[" + norm if depth else norm, m.start(), m.end(), depth > 0))
    return tokens


@dataclass(frozen=True)
class Alignment:
    """A quote aligned to a stretch of one source: token range and how many words matched."""

    first: int
    last: int  # exclusive
    matched: int
    opcodes: tuple[tuple[str, int, int, int, int], ...]


def words(tokens: list[Token]) -> list[str]:
    """The words that must be found in the source: no ellipses, no [editorial] words."""
    return [t.norm for t in tokens if t.norm != ELLIPSIS and not t.bracketed]


def _window_starts(source: list[str], quote: list[str]) -> list[int]:
    """Starts of the best windows of len(quote) source words, by a rarity-weighted word vote."""
    size = len(quote)
    need = Counter(quote)
    freq = Counter(source)
    weight = {w: 1.0 / freq[w] ** 0.5 if freq[w] else 0.0 for w in need}
    have: Counter[str] = Counter()
    score, scored = 0.0, []
    for i, word in enumerate(source):
        if word in need:
            have[word] += 1
            score += weight[word] if have[word] <= need[word] else 0.0
        if i >= size:
            old = source[i - size]
            if old in need:
                score -= weight[old] if have[old] <= need[old] else 0.0
                have[old] -= 1
        scored.append((-score, i - size + 1 if i >= size else 0))
    scored.sort()
    starts: list[int] = []
    for value, start in scored:
        if value >= 0 or len(starts) == CANDIDATES:
            break
        if all(abs(start - s) >= size for s in starts):
            starts.append(start)
    return starts


def _align(quote: list[Token], source: list[str], lo: int, hi: int) -> Alignment | None:
    """Align the quote to source[lo:hi]; the passage runs from first to last matched word.

    A [bracketed] opening stands in for the source word before the match (``[Assad] said``
    for ``he said``); brackets elsewhere are insertions.
    """
    norms = [t.norm for t in quote]
    matcher = _matcher(norms, source[lo:hi])
    blocks = _trim_strays([b for b in matcher.get_matching_blocks() if b.size], norms)
    if not blocks:
        return None
    first, last = lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size
    if blocks[0].a and all(t.bracketed for t in quote[: blocks[0].a]):
        first = max(0, first - 1)
    matched = sum(b.size for b in blocks if norms[b.a] != ELLIPSIS)
    inner = _matcher(norms, source[first:last])
    return Alignment(first, last, matched, tuple(inner.get_opcodes()))


def _matcher(quote: list[str], source: list[str]) -> SequenceMatcher:
    """difflib's matcher, or the anchored one when difflib's work would be too large.

    difflib's work grows with the pairs of equal words (a quote and a passage that repeat
    one word thousands of times make millions), so past PAIR_BUDGET the anchored matcher,
    which is near linear, aligns instead.
    """
    counts = Counter(source)
    if sum(counts[word] for word in quote) <= PAIR_BUDGET:
        return SequenceMatcher(None, quote, source, autojunk=False)
    return AnchoredMatcher(None, quote, source, autojunk=False)


class AnchoredMatcher(SequenceMatcher):
    """A patience diff: words found once in each sequence anchor the alignment.

    Each anchor grows word by word both ways into a matching block; with no anchor, the common
    start is the one block. Words between blocks are left unmatched (a ``replace``).
    """

    def get_matching_blocks(self) -> list[Match]:
        a, b = self.a, self.b
        blocks: list[Match] = []
        i = j = 0
        for anchor_i, anchor_j in _unique_anchors(a, b) or [(0, 0)]:
            if anchor_i < i or anchor_j < j:
                continue  # inside the block grown from the previous anchor
            back = 0
            room = min(anchor_i - i, anchor_j - j)
            while back < room and a[anchor_i - back - 1] == b[anchor_j - back - 1]:
                back += 1
            size = _common_run(a, b, anchor_i, anchor_j)
            if back + size:
                blocks.append(Match(anchor_i - back, anchor_j - back, back + size))
            i, j = anchor_i + size, anchor_j + size
        return [*blocks, Match(len(a), len(b), 0)]


def _common_run(a: list[str], b: list[str], i: int, j: int) -> int:
    """How many words a[i:] and b[j:] have in common at their start."""
    size = 0
    while i + size < len(a) and j + size < len(b) and a[i + size] == b[j + size]:
        size += 1
    return size


def _unique_anchors(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Positions of words found once in each, the longest run in the same order in both."""
    in_a, in_b = Counter(a), Counter(b)
    where_b = {word: j for j, word in enumerate(b) if in_b[word] == 1}
    pairs = [(i, where_b[w]) for i, w in enumerate(a) if in_a[w] == 1 and w in where_b]
    # Longest increasing subsequence of the b positions (patience sorting).
    tops: list[int] = []  # per pile, the pair on top
    top_js: list[int] = []  # and its b position
    links: list[int] = []  # per pair, the top of the pile to its left when it was placed
    for index, (_, j) in enumerate(pairs):
        pile = bisect_left(top_js, j)
        links.append(tops[pile - 1] if pile else -1)
        tops[pile : pile + 1], top_js[pile : pile + 1] = [index], [j]
    chain, index = [], tops[-1] if tops else -1
    while index >= 0:
        chain.append(pairs[index])
        index = links[index]
    return chain[::-1]


def _trim_strays(blocks: list[Match], quote: list[str]) -> list[Match]:
    """Drop one- or two-word matches at the edges that jump far away from the rest."""
    while len(blocks) > 1 and _is_stray(blocks[0], blocks[0], blocks[1], quote):
        blocks = blocks[1:]
    while len(blocks) > 1 and _is_stray(blocks[-1], blocks[-2], blocks[-1], quote):
        blocks = blocks[:-1]
    return blocks


def _is_stray(edge: Match, left: Match, right: Match, quote: list[str]) -> bool:
    """An edge match is stray when the source skips far more words than the quote does."""
    quote_gap = quote[left.a + left.size : right.a]
    source_gap = right.b - left.b - left.size
    return edge.size <= 2 and source_gap - len(quote_gap) > 3 and ELLIPSIS not in quote_gap


def closest(quote: list[Token], tokens: list[Token]) -> Alignment | None:
    """The best alignment of the quote's tokens to a text's tokens, if any word is shared."""
    norms = [t.norm for t in tokens]
    size = len(words(quote))
    margin = size + 200 if any(t.norm == ELLIPSIS for t in quote) else size // 2 + 5
    aligned = [
        _align(quote, norms, max(0, start - margin), start + size + margin)
        for start in _window_starts(norms, words(quote))
    ]
    return max((a for a in aligned if a), key=lambda a: a.matched, default=None)

"""nltk's Punkt as newsquote runs it: Punkt's decisions, with our parameters and regexes.

Why not the stock tokenizer: its parameters come from a download, its regexes run under nltk's
wall-clock limit (a long paragraph can hit it), and it re-reads the same small context for every
candidate break. Here the parameters come from ``data/`` (abbreviations, sentence starters,
number collocations), the patterns are compiled with the standard ``re`` (they are linear, so no
time limit is needed), each candidate's decision is cached and the sentence spans are walked
in one pass over offsets (:func:`sentence_starts`, the same spans as nltk's). One fix: a
candidate is judged on its own stop, not on a stop inside the token after it (see
:func:`_without_next_stop`).
nltk's Punkt module is loaded (without the rest of nltk, see :mod:`newsquote.nltk_light`) only
in :func:`tokenizer`, never when this module is imported.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise, repeat
from typing import TYPE_CHECKING

from newsquote import nltk_light
from newsquote.segment_params import Abbreviations, abbreviations, sentence_starters
from newsquote.tokens import offsets_of

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer, PunktToken

Span = tuple[int, int]

# Punkt's English patterns, with curly quotes and guillemets counted as punctuation that can
# follow a sentence-final period, so that `.”` is a candidate break like `."`.
_QUOTES = "\u2018\u2019\u201c\u201d\xab\xbb"
_NON_WORD = r"(?:[)\";}\]\*:@\'\({\[" + _QUOTES + r"?!])"
_CLOSING = "\"')]}" + _QUOTES  # closing marks a sentence takes back from the next one
_REALIGN = "[" + re.escape(_CLOSING) + r"]+?(?:\s+|(?=--)|$)"
# The token after a candidate break when it ends in its own stop (and closing marks): "8.”",
# "(D-Pa.),".
_NEXT_TOKEN_STOP = re.compile(r"\s\S*?\w([.?!]+[\"'”’»)\],;:]*)$")
# The commonest candidate: a word of two or more letters, a full stop, then a space and the
# next word or a closing mark (`said.’`; Punkt's tokens are then "said." and "’" alike).
_PLAIN_STOP = re.compile(rf"([^\W\d_]{{2,}})\.(?:\s+\S|{_NON_WORD})")
# More candidates whose break is sure: a number, a full stop and a capitalised word ("20.
# Roberto"); a word then "?" or "!", or a closing quotation mark and a full stop, and anything
# after ("amphibian? Watch", "agenda’. Dated": Punkt reads "?" and "’." as tokens of their own).
_NUMBER_STOP = re.compile(r"(\d+)\.\s+(\S)")
_MARK_STOP = re.compile(rf"[^\W\d_]+(?:[?!]|['’]\.)(?:\s+\S|{_NON_WORD})")
_SPACE = frozenset(string.whitespace)  # what Punkt takes for the space before a word
_NUMBER_TYPE = "##number##"  # how Punkt spells any number-like token's type
_CACHED_CONTEXTS = 65536  # Punkt decisions remembered (each a few words of text)


class _AbbrevTypes(frozenset):
    """Punkt's abbreviation set, which also accepts any dotted initialism by its shape."""

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and abbreviations().is_abbreviation(word)


@lru_cache(maxsize=1)
def tokenizer() -> PunktSentenceTokenizer:
    """Punkt built once from shipped parameters; nltk's Punkt module is loaded here.

    Its decision for a candidate depends only on the few words around it, so the decision is
    cached: repeated contexts ("said. The") cost a dictionary lookup.
    """
    nltk_punkt = nltk_light.punkt()
    params = nltk_punkt.PunktParameters()
    table = abbreviations()
    params.abbrev_types = _AbbrevTypes(table.ordinary | table.titles)
    params.collocations = {(word, _NUMBER_TYPE) for word in table.numbers}
    params.sent_starters = set(sentence_starters())
    punkt = nltk_punkt.PunktSentenceTokenizer(
        params, lang_vars=_language_vars(), token_cls=_token_class()
    )
    decide = punkt.text_contains_sentbreak

    def breaks_at_candidate(context: str) -> bool:
        return _sure_break(table, context) or decide(_without_next_stop(context))

    punkt.text_contains_sentbreak = lru_cache(maxsize=_CACHED_CONTEXTS)(breaks_at_candidate)
    return punkt


def sentence_starts(text: str) -> list[int]:
    """Where Punkt starts each sentence of ``text`` but the first: the starts of nltk's
    ``span_tokenize`` (boundaries realigned), in one pass over plain offsets instead of nltk's
    stack of generators, slice objects and substrings."""
    punkt = tokenizer()
    spans = _realigned(punkt, text, _unaligned(punkt, text))
    return [start for start, _ in spans][1:]


def _contexts(punkt: PunktSentenceTokenizer, text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each candidate break and its context, as nltk's ``_match_potential_end_contexts``: the
    word before (from the last space, never overlapping the previous candidate's word; nltk
    takes a space at its first character for no space), the stop, then the next token."""
    previous = None
    word_start = word_end = 0
    for match in _candidates(punkt._lang_vars, text):
        space = match.start() - 1
        while space >= word_end and text[space] not in _SPACE:
            space -= 1
        start = space + 1 if space > word_end else word_start
        if previous and word_end <= start:
            yield previous, text[word_start:word_end] + previous[0] + previous["after_tok"]
        previous, word_start, word_end = match, start, match.start()
    if previous:
        yield previous, text[word_start:word_end] + previous[0] + previous["after_tok"]


def _candidates(lang_vars: PunktLanguageVars, text: str) -> Iterator[re.Match[str]]:
    """Punkt's period-context matches, as ``finditer`` gives them, found at far less cost:
    the pattern matches one stop and looks ahead, so it is tried only where ``str.find``
    finds a stop (its search tests every character of the text against a class)."""
    stops = offsets_of(text, "".join(lang_vars.sent_end_chars))
    return filter(None, map(lang_vars.period_context_re().match, repeat(text), stops))


def _unaligned(punkt: PunktSentenceTokenizer, text: str) -> Iterator[Span]:
    """Sentence spans cut at every candidate Punkt breaks at (nltk's ``_slices_from_text``)."""
    breaks = punkt.text_contains_sentbreak
    last_break = 0
    for match, context in _contexts(punkt, text):
        if breaks(context):
            yield last_break, match.end()
            last_break = match.start("next_tok") if match["next_tok"] else match.end()
    yield last_break, len(text.rstrip())


def _realigned(punkt: PunktSentenceTokenizer, text: str, spans: Iterator[Span]) -> Iterator[Span]:
    """Closing marks after a stop moved back into the sentence they close, empty sentences
    dropped (nltk's ``_realign_boundaries``)."""
    realign = punkt._lang_vars.re_boundary_realignment
    moved = 0
    for (start, end), following in pairwise([*spans, None]):
        start += moved
        # (a look at the first character spares most sentences a regex match)
        closing = following and text[following[0]] in _CLOSING and realign.match(text, *following)
        if closing:
            yield start, following[0] + len(closing[0].rstrip())
            moved = closing.end() - following[0]
        else:
            moved = 0
            if start < end:
                yield start, end


def _sure_break(table: Abbreviations, context: str) -> bool:
    """Contexts where Punkt's first pass breaks and no later rule of Punkt's undoes it,
    decided here (most candidates) to skip Punkt's tokenizing and two annotation passes.

    A stop after a plain word; after a number when a capital follows (a number's stop is
    kept only before lower case or punctuation); a "?" or "!" token, which Punkt's second
    pass never revisits, or a closing quote's "’." token (no abbreviation, initial or number),
    when any token follows it.
    """
    plain = _PLAIN_STOP.match(context)
    if plain:
        return _ordinary(table, plain.group(1).lower())
    number = _NUMBER_STOP.match(context)
    if number:
        return number.group(2).isupper() and _ordinary(table, number.group(1))
    return _MARK_STOP.match(context) is not None


def _ordinary(table: Abbreviations, word: str) -> bool:
    """A word Punkt always breaks after when a full stop and a space follow it: not an
    abbreviation, and not one it pairs with a number ("No. 5")."""
    return word not in table.numbers and not table.is_abbreviation(word)


def _without_next_stop(context: str) -> str:
    """Punkt's context for a candidate break: the word before it and the token after it.

    Punkt says "break" when any token of the context ends a sentence, so in `and Nov. 8.”` the
    full stop after 8 was taken as a break after "Nov.". That later stop is judged as its own
    candidate; here it is dropped from the next token ("8.”" -> "8", "(D-Pa.)," -> "(D-Pa").
    """
    match = _NEXT_TOKEN_STOP.search(context)
    return context[: match.start(1)] if match else context


def _language_vars() -> PunktLanguageVars:
    """Punkt's English language variables, aware of curly quotes, compiled with ``re``."""
    base = nltk_light.punkt().PunktLanguageVars
    fill = {"NonWord": _NON_WORD, "SentEndChars": base()._re_sent_end_chars}
    fill |= {"MultiChar": base._re_multi_char_punct}
    fill |= {"WordStart": base._re_word_start}
    flags = re.UNICODE | re.VERBOSE
    word_re = re.compile(base._word_tokenize_fmt % fill, flags)
    period_re = re.compile(base._period_context_fmt % fill, flags)

    class NewsLanguageVars(base):
        _re_non_word_chars = _NON_WORD
        re_boundary_realignment = re.compile(_REALIGN, re.MULTILINE)

        def _word_tokenizer_re(self) -> re.Pattern[str]:
            return word_re

        def period_context_re(self) -> re.Pattern[str]:
            return period_re

    return NewsLanguageVars()


def _token_class() -> type[PunktToken]:
    """Punkt's token with its shape patterns compiled by ``re`` (same patterns)."""

    class NewsToken(nltk_light.punkt().PunktToken):
        __slots__ = ()
        _RE_ELLIPSIS = re.compile(r"\.\.+$")
        _RE_NUMERIC = re.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
        _RE_INITIAL = re.compile(r"[^\W\d]\.$")
        _RE_ALPHA = re.compile(r"[^\W\d]+$")

    return NewsToken

"""Indirect speech: what someone said, reported without quote marks.

"Trump said that the wall would be built" gives a record of kind "indirect" whose span is the
reported clause. Only sentences with no quote marks are read; the verb must be a verb of saying
(``data/speech_verbs.txt``), it must have a speaker, and a clause must follow it: "that …", or
a clause that starts right away after "said" ("Trump said the wall …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from newsquote.attribution import Attribution
from newsquote.lexicon import speech_verbs, word_class
from newsquote.phrases import pronoun
from newsquote.subjects import subject_of
from newsquote.tokens import Token, tokenize

_WORD = re.compile(r"\w+")
_THAT_REACH = 5  # words between the verb and "that" ("told reporters on Monday that")
_SAID = frozenset({"said", "says", "say"})
_DETERMINERS = word_class("determiner")
_VERB_NOUNS = word_class("verb_noun")
_ARTICLES = frozenset({"a", "an", "the", "this", "that", "his", "her", "their", "its"})


def sentences(
    text: str, paragraphs: Sequence[tuple[int, int]], ends: list[int]
) -> list[tuple[int, int]]:
    """(start, end) of each sentence: paragraphs cut at the sentence ends (sorted offsets)."""
    found = []
    k = 0
    for start, end in paragraphs:
        while k < len(ends) and ends[k] <= start:
            k += 1
        while k < len(ends) and ends[k] < end:
            found.append((start, ends[k]))
            start = ends[k]
            k += 1
        found.append((start, end))
    return found


def indirect_speech(
    text: str, spans: list[tuple[int, int]], quoted: list[tuple[int, int]]
) -> Iterator[tuple[tuple[int, int], Attribution]]:
    """(reported clause, attribution) for each sentence in ``spans`` that reports speech and
    holds no quote (``quoted`` are the quotes' ranges, sorted)."""
    k = 0
    for start, end in spans:
        while k < len(quoted) and quoted[k][1] <= start:
            k += 1
        if k < len(quoted) and quoted[k][0] < end:
            continue
        if speech_verbs().isdisjoint(_WORD.findall(text[start:end].lower())):
            continue  # most sentences have no verb of saying: no need to tokenize them
        tokens = tokenize(text, start, end)
        found = _report(tokens)
        if found:
            yield found


def _report(tokens: list[Token]) -> tuple[tuple[int, int], Attribution] | None:
    """The first verb of saying with a speaker and a reported clause after it."""
    for i, token in enumerate(tokens):
        if token.lower not in speech_verbs() or token.capitalised or _noun(tokens, i):
            continue
        clause = _clause_start(tokens, i)  # the cheap test first: often no clause follows
        subject = subject_of(tokens, i) if clause is not None else None
        if subject is None or clause is None:
            continue
        last = next(
            k for k in range(len(tokens) - 1, clause - 1, -1) if tokens[k].is_word or k == clause
        )
        content = (tokens[clause].start, tokens[last].end)
        speaker = (tokens[subject[0]].start, tokens[subject[1] - 1].end)
        return content, Attribution(speaker, (token.start, token.end), "X said that …")
    return None


def _noun(tokens: list[Token], i: int) -> bool:
    """ "a hopeful note that …": a verb of saying used as a noun, after an article."""
    before = {t.lower for t in tokens[max(0, i - 2) : i]}
    return tokens[i].lower in _VERB_NOUNS and bool(before & _ARTICLES)


def _clause_start(tokens: list[Token], verb: int) -> int | None:
    """Where the reported clause starts: after "that", or right after "said"."""
    for k in range(verb + 1, min(len(tokens) - 1, verb + 1 + _THAT_REACH)):
        if tokens[k].lower == "that":
            return k + 1
        if not tokens[k].is_word:
            break
    after = tokens[verb + 1] if verb + 1 < len(tokens) else None
    if after and tokens[verb].lower in _SAID:
        starts_clause = pronoun(after) or after.lower in _DETERMINERS or after.capitalised
        if starts_clause and verb + 2 < len(tokens):
            return verb + 1
    return None

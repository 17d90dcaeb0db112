"""The patterns that find people in a whole article: name runs, "he"/"she", descriptions.

They run over every character of every article, so each starts with a literal or a character
class: the regex engine then skips to the next candidate instead of trying every position (two
to three times faster); the look-behind "no word before" comes right after that start. The long
ones are compiled on first use: compiling them costs a few milliseconds of every run.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsquote.lexicon import titles, word_class

PARTICLES = "de|van|von|al|bin|la|le|du|da|del"

# "he" and "she": a pattern that starts with the literal "he" finds "he", "she" and "She" (the
# "s" of "she" is captured behind), and one that starts with "He" the rest. The regex engine
# jumps from one literal to the next, where a pattern that starts with a class stops at every
# "h" and "s" (twice as slow); and two passes cost half of one per spelling.
HE_SHE = (
    re.compile(r"he(?!\w)(?:(?<![\w’']he)|(?<=(?<![\w’'])([Ss])he))"),
    re.compile(r"He(?<![\w’']He)(?!\w)"),
)


@lru_cache(maxsize=1)
def name_run() -> re.Pattern[str]:
    """A run of capitalised words: a candidate name ("Sen. Bernie Sanders", "George H.W. Bush").

    A full stop joins a run only after an initial or a short title, so that the end of one
    sentence and the start of the next ("Cruz. Trump") never make one name.

    A match starts at its first capital, so the first word is spelled from its second letter
    on: a short title checks itself behind ("\\w{2}(?<=Gen|Gov|Sen)"), and a particle before the
    capital ("de Blasio", "al-Assad") is captured by a look-behind (see
    :func:`newsquote.names.name_events`).
    """
    short = sorted(w.capitalize() for w in titles() | {"jr", "sr", "st"} if len(w) <= 4)
    # a short title is tried only before a full stop (most words are none): a look-ahead for
    # the stop turns the others away without a pass over every title
    any_title = rf"(?=\w{{1,4}}\.)(?:{'|'.join(short)})"
    word = rf"(?:(?:[A-Z]\.)+|{any_title}\.|[A-Z][\w’'\-]*|(?:{PARTICLES})(?=[ \-][A-Z]))"
    rests = "|".join(rf"\w{{{len(t[0]) - 1}}}(?<={'|'.join(t)})" for t in _by_length(short))
    short_rest = rf"(?=\w{{0,3}}\.)(?:{rests})"
    particles = _by_length(PARTICLES.split("|"))
    before = "|".join(rf"(?<=(?<![\w’'])({'|'.join(p)})[ \-].)" for p in particles)
    first = rf"[A-Z](?<![\w’'].)(?:{before})?(?:\.(?:[A-Z]\.)*|{short_rest}\.|[\w’'\-]*)"
    return re.compile(rf"{first}(?:[ \-]{word})*")


def _by_length(words: list[str]) -> list[list[str]]:
    """``words`` grouped by length, shortest first: a look-behind has one width, and one
    look-behind per length compiles faster than one per word."""
    groups: dict[int, list[str]] = {}
    for word in sorted(words, key=len):
        groups.setdefault(len(word), []).append(word)
    return list(groups.values())


@lru_cache(maxsize=1)
def description() -> re.Pattern[str]:
    """ "the Florida senator", "The billionaire businessman": a person described, not named.

    The match starts at "he ", one character into "the" or "The": a literal start lets the
    regex engine jump from one candidate to the next instead of stopping at every "t", and one
    pattern for both spellings compiles the long list of nouns once. The nouns are grouped by
    their first letter (longest first within each, as in one list): a word is compared with
    the nouns of its letter only, not with all of them, at each of four places a noun may stand.
    """
    by_letter: dict[str, list[str]] = {}
    for noun in sorted(word_class("person_noun"), key=len, reverse=True):
        by_letter.setdefault(noun[0], []).append(noun[1:])
    heads = "|".join(f"{letter}(?:{'|'.join(rest)})" for letter, rest in by_letter.items())
    return re.compile(rf"he (?<=(?<![\w’'])[Tt]he )(?:[\w-]+ ){{0,3}}(?:{heads})(?![\w’'])")


@lru_cache(maxsize=1)
def capitalised_run() -> re.Pattern[str]:
    """A run of capitalised words, "The" and "&" included ("New York Daily News")."""
    return re.compile(r"[A-Z](?<![\w’'].)[\w.&’'-]*(?: [A-Z][\w.&’'-]*)*")

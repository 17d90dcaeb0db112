"""Where an article mentions its people, for resolving "he", "she" and "the senator".

A pronoun or a description stands for the subject of the nearest sentence that names a
compatible person, and each one on the way stands for the person it resolves to, so chains
keep their referent. Only a speaker who is a pronoun or a description asks for this, and only
for the mentions before it: most speakers are named, so the pronouns and descriptions are
found on first need, and resolved only as far as a speaker asks (the "he"s after the last such
speaker are never resolved).
"""

from __future__ import annotations

import bisect
import math
import re
from operator import itemgetter
from typing import NamedTuple

from newsquote.lexicon import pronouns, tag_verbs, word_class
from newsquote.name_patterns import HE_SHE, description
from newsquote.names import Event, Outside, Person, oblique_at

_LOOKBACK_SENTENCES = 8
_LOOKBACK_MENTIONS = 200  # bounds the search, so resolving stays linear
_VERB_AFTER = re.compile(r" (?:\w+ly )?([a-z]+)[.,]")  # starts at a space: fast to scan
_APPOSITION = re.compile(r"[^,.;:()“”\"]+, ")  # "Clinton, " before "the 68-year-old"
# The genders a pronoun may stand for, in the order to look for them ("she": a known woman
# first); a description may mean anyone.
_ACCEPT = {"f": (frozenset("f"), frozenset({"", "f"})), "m": (frozenset({"", "m"}),)}
_ANY_GENDER = (frozenset({"", "m", "f"}),)
# Each word checks behind for a letter (as \b would): literals first, the engine skips ahead.
_SUBORDINATE = re.compile(
    "(?:" + "|".join(rf"{w}(?<!\w{w})" for w in sorted(word_class("subordinator"))) + r")\b"
)


class Mentioned(NamedTuple):
    """A person named or referred to ("he", "the senator") at an offset of the text."""

    offset: int
    sentence: int
    person: Person
    subject: bool  # may be what a later pronoun refers to (not "Trump's rallies")
    end: int  # of the name or pronoun: a tag verb after it ("…, Viguerie argues.") speaks


class Mentions:
    """The mentions of people outside quotes, in text order, read as far as asked."""

    def __init__(
        self,
        text: str,
        ends: list[int],
        outside: Outside,
        named: list[tuple[Event, Person]],
    ) -> None:
        """``named``: each name outside quotes with the person it names, in text order."""
        self._text = text
        self._ends = ends
        self._outside = outside
        self._named = named
        self._mentions: list[Mentioned] = []
        self._offsets: list[int] = []  # of the mentions, for bisecting
        self._events: list[tuple[Event, Person | None]] | None = None  # found on first need
        self._read = 0  # how many of the events are read

    def _read_to(self, offset: int) -> None:
        """Read the mentions up to ``offset``, resolving each pronoun and description."""
        if self._events is None:
            found = [(event, None) for event in references(self._text, self._outside)]
            # a name and a pronoun at one offset ("He Jiankui"): the name comes first
            self._events = sorted([*self._named, *found], key=_offset)
        events = self._events
        while self._read < len(events) and events[self._read][0].offset <= offset:
            event, person = events[self._read]
            self._read += 1
            oblique = event.oblique
            if event.refers:
                person = self._antecedent(event.offset, event.gender, as_of=event.offset)
            elif not oblique:
                oblique = oblique_at(self._text, event.offset)
            if person:
                sentence = self._sentence(event.offset)
                mention = Mentioned(event.offset, sentence, person, not oblique, event.end)
                self._mentions.append(mention)
                self._offsets.append(event.offset)

    def _sentence(self, offset: int) -> int:
        return bisect.bisect_right(self._ends, offset)

    def between(self, start: int, end: int) -> list[Mentioned]:
        """The mentions from ``start`` up to ``end``."""
        self._read_to(end)
        return self._mentions[
            bisect.bisect_left(self._offsets, start) : bisect.bisect_left(self._offsets, end)
        ]

    def antecedent(self, offset: int, gender: str) -> Person | None:
        """Whom a pronoun ("m", "f") or a description ("") at ``offset`` refers to."""
        self._read_to(offset)
        return self._antecedent(offset, gender, as_of=math.inf)

    def _antecedent(self, offset: int, gender: str, as_of: float) -> Person | None:
        """Whom a pronoun at ``offset`` refers to: the first compatible person named in its
        sentence before it, else the first one named in each earlier sentence (the subject).
        ``as_of``: the genders as known there (a full name later may tell one).

        "she" looks for a known woman first: most people of unknown gender in political news
        are men, and a woman is usually named with her given name.
        """
        k = bisect.bisect_left(self._offsets, offset)
        if k < len(self._offsets) and self._offsets[k] == offset:
            return self._mentions[k].person  # resolved when the article was read
        sentence = self._sentence(offset)
        if not gender:  # a description: "Trump, the billionaire", or someone named before
            before = self._mentions[k - 1] if k else None
            if (
                before
                and before.sentence == sentence
                and _APPOSITION.fullmatch(self._text, before.offset, offset)
            ):
                return before.person
        for genders in _ACCEPT.get(gender, _ANY_GENDER):
            found = self._subject_before(k, sentence, genders, as_of, own=bool(gender))
            if found:
                return found
        return None

    def _subject_before(
        self, k: int, sentence: int, genders: frozenset[str], as_of: float, own: bool
    ) -> Person | None:
        """The first person of the nearest sentence (within reach) that has one of ``genders``,
        among the mentions before index ``k``, or the one it quotes ("Cruz is able, Viguerie
        argues."); ``own``: may be in the sentence itself (a description rarely means someone
        its own clause names: "Bush, who says the senator")."""
        recent = self._mentions[max(0, k - _LOOKBACK_MENTIONS) : k]
        best: Mentioned | None = None
        main: Mentioned | None = None  # in the main clause: not "whether Clinton will run"
        for mention in reversed(recent):
            if sentence - mention.sentence > _LOOKBACK_SENTENCES:
                break
            if mention.sentence == sentence and not own:
                continue
            if best and mention.sentence != best.sentence:
                break
            if mention.person.gender_at(as_of) not in genders or not mention.subject:
                continue
            in_main = self.in_main_clause(mention)
            if in_main or mention.sentence != sentence:  # its own clause, not the pronoun's
                best = mention
                if in_main and not (main and tag_follows(self._text, main.end)):
                    main = mention
        if best:
            return (main or best).person
        return next(
            (
                m.person
                for m in reversed(recent)
                if m.person.gender_at(as_of) in genders and m.subject
            ),
            None,
        )

    def in_main_clause(self, mention: Mentioned) -> bool:
        """Does no "that", "whether" or "who" stand before the mention in its clause? "Asked
        whether Clinton will win, she said": Clinton is in a clause of its own."""
        start = self._ends[mention.sentence - 1] if mention.sentence else 0
        start = max(start, self._text.rfind(",", start, mention.offset))  # the clause so far
        return not _SUBORDINATE.search(self._text, start, mention.offset)


def _offset(pair: tuple[Event, Person | None]) -> int:
    return pair[0].offset


def references(text: str, outside: Outside) -> list[Event]:
    """ "he", "she" and person descriptions outside quotes, in text order."""
    genders = pronouns()
    events = []
    for pattern in HE_SHE:
        for match in outside.finditer(pattern, text):
            start = match.start(match.lastindex or 0)  # "she": its "s" is captured behind
            gender = genders[text[start : match.end()].lower()]
            events.append(Event(start, (), None, gender, True, False, match.end()))
    for match in outside.finditer(description(), text):
        start = match.start() - 1  # at the "t" of "the" (see description)
        events.append(Event(start, refers=True, oblique=oblique_at(text, start), end=match.end()))
    return sorted(events, key=itemgetter(0))  # by offset: the patterns' matches interleave


def tag_follows(text: str, end: int) -> bool:
    """Is a mention ending at ``end`` the subject of a tag verb closing its clause ("…,
    Viguerie argues.")? Asked of the few mentions a pronoun may mean, not of every name."""
    verb = _VERB_AFTER.match(text, end)
    return bool(verb) and verb.group(1) in tag_verbs()

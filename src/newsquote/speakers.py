"""Resolve a speaking phrase to the name the article means.

A surname becomes the full name first introduced ("Mekdad" → "Faisal Mekdad"); a pronoun
becomes the most recent compatible named person before it; titles are stripped and kept as the
role; unnamed sources ("officials", "a source familiar with the talks") stay as the phrase.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from newsquote.lexicon import cue_verbs, given_names, pronouns, titles, unnamed_heads, word_class

_PARTICLES = "de|van|von|al|bin|la|le|du|da|del"
_POSSESSIVE = re.compile(r"[’']s?$")
_FUNCTION_WORDS = word_class("function")
_NOT_PERSON = word_class("institution")
_CALENDAR = word_class("calendar")
_PLACE_START = word_class("place_start")
_SUFFIXES = word_class("suffix")
_LOOKBACK_SENTENCES = 8
_AFFILIATION = frozenset({"of", "from", "at", "for", "with"})
_LOOKBACK_MENTIONS = 200  # bounds the search, so resolving stays linear
_HE_SHE = re.compile(r"(?<![\w’'])(?:[Hh]e|[Ss]he)(?![\w])")
_DEFINITE = frozenset({"the", "this", "that"})
_PERSONS = word_class("person_noun")


@lru_cache(maxsize=1)
def _name_run() -> re.Pattern[str]:
    """A run of capitalised words: a candidate name ("Sen. Bernie Sanders", "George H.W. Bush").

    A full stop joins a run only after an initial or a short title, so that the end of one
    sentence and the start of the next ("Cruz. Trump") never make one name.
    """
    short = "|".join(sorted(w.capitalize() for w in titles() | {"jr", "sr", "st"} if len(w) <= 4))
    word = rf"(?:(?:[A-Z]\.)+|(?:{short})\.|[A-Z][\w’'\-]*|(?:{_PARTICLES})(?=[ \-][A-Z]))"
    return re.compile(rf"(?<![\w’']){word}(?:[ \-]{word})*")


@dataclass
class Person:
    """A named person introduced in the article (a surname alone until the full name comes)."""

    name: str
    gender: str  # "m", "f" or "" when unknown


@dataclass(frozen=True)
class Resolved:
    """What a speaking phrase stands for."""

    speaker: str
    named: bool
    role: str | None
    chain: str


def _words(phrase: str) -> list[str]:
    """The words of a name: no possessive, no trailing full stop, no hyphen on its own."""
    words = (_POSSESSIVE.sub("", w).rstrip(".") for w in phrase.replace("-", " - ").split())
    return [w for w in words if w and w != "-"]


def _before_affiliation(words: list[str]) -> list[str]:
    """ "Jonah Goldberg of the National Review" → "Jonah Goldberg": the name before "of"."""
    for k, word in enumerate(words[1:], start=1):
        if word in _AFFILIATION and words[k - 1][:1].isupper():
            _, role = strip_title(" ".join(words[:k]))
            if role is not None or words[k - 1].lower() not in titles():
                return words[:k]  # not "Secretary of State Madeleine Albright"
    return words


def _surname(words: list[str]) -> str:
    """The word a person is referred to by: the last one, before any "Jr." or "III"."""
    core = [w for w in words if w not in _SUFFIXES] or words
    return core[-1]


def strip_title(phrase: str) -> tuple[str, str | None]:
    """Split a name from the titles before it: ("Mevlut Cavusoglu", "Turkish Foreign Minister")."""
    words = phrase.split()
    cut = 0
    for k, word in enumerate(words):
        if word.rstrip(".").lower() in titles():
            cut = k + 1
    if cut == len(words):
        return "", phrase  # titles only ("Former Secretary")
    if cut == 0:
        return phrase, None
    return " ".join(words[cut:]), " ".join(words[:cut])


_SUBJECT_VERB = re.compile(r"(?<![\w’'])([A-Z][a-z][\w’'-]*) (?:\w+ly )?([a-z]+)")


def _subjects_of_cues(text: str) -> frozenset[str]:
    """Single names right before a reporting verb ("Carson said"): people."""
    found = (m.group(1) for m in _SUBJECT_VERB.finditer(text) if m.group(2) in cue_verbs())
    skip = _FUNCTION_WORDS | _CALENDAR | _NOT_PERSON
    return frozenset(
        w for w in found if w not in skip and w.lower() not in titles() and not w.endswith("s")
    )


def _from_given_name(name: str, role: str | None) -> tuple[str, str | None]:
    """("Democrat Hillary Clinton", None) → ("Hillary Clinton", "Democrat"): a name starts at
    its given name; the words before it describe the person."""
    words = name.split()
    if len(words) > 2 and words[0].endswith("s") and words[0] not in given_names():
        words = words[1:]  # "Celebrities Julianne Moore"
    for k, word in enumerate(words[1:-1], start=1):
        if word in given_names() and words[0] not in given_names():
            return " ".join(words[k:]), " ".join(filter(None, [role, *words[:k]]))
    return " ".join(words), role


def _gender(name: str, role: str | None) -> str:
    lead = (role or "").split()[-1:] or [""]
    if lead[0].rstrip(".") in {"Mrs", "Ms", "Miss", "Congresswoman", "Spokeswoman", "Chairwoman"}:
        return "f"
    if lead[0].rstrip(".") in {"Mr", "Congressman", "Spokesman", "Chairman"}:
        return "m"
    return given_names().get(name.split()[0], "")


def _looks_like_person(words: list[str], role: str | None, standalone: Counter[str]) -> bool:
    """A person's name: 2-4 words, no institution or place word, and some sign of a person.

    The signs: a known given name, a title before it, or the surname used on its own elsewhere
    in the article (reporters call people by surname; places are not shortened that way).
    """
    if not 1 < len(words) <= 4 or words[0] in _PLACE_START:
        return False
    if any(w in _NOT_PERSON or w.lower() in titles() or not w[:1].isupper() for w in words):
        return False  # "Kentucky Republican", "leaning New Jersey"
    if all(w.isupper() for w in words):
        return False  # "US UK"
    return bool(role) or words[0] in given_names() or standalone[_surname(words)] > 0


@dataclass(frozen=True)
class _Mention:
    offset: int
    sentence: int
    person: Person
    subject: bool  # may be what a later pronoun refers to (not "Trump's rallies")


@dataclass(frozen=True)
class _Event:
    """Something in the text that names a person or points back to one."""

    offset: int
    words: tuple[str, ...] = ()  # a name as written (titles off)
    role: str | None = None
    gender: str = ""  # for "he"/"she"
    refers: bool = False  # a pronoun or a description: resolve to an earlier person
    possessive: bool = False


class _Outside:
    """Tells whether an offset lies outside every quote."""

    def __init__(self, hidden: list[tuple[int, int]]) -> None:
        self._hidden = hidden
        self._starts = [s for s, _ in hidden]

    def __call__(self, pos: int) -> bool:
        k = bisect.bisect_right(self._starts, pos) - 1
        return not (k >= 0 and self._hidden[k][0] <= pos < self._hidden[k][1])


def _scan(text: str, outside: _Outside) -> list[_Event]:
    """Names, "he"/"she" and person descriptions outside quotes, in text order."""
    events = []
    skip = _FUNCTION_WORDS | _CALENDAR
    for match in filter(lambda m: outside(m.start()), _name_run().finditer(text)):
        words = [w for w in _words(match.group()) if w not in skip]
        name, role = _from_given_name(*strip_title(" ".join(words)))
        if name.split():
            possessive = bool(_POSSESSIVE.search(match.group()))
            events.append(_Event(match.start(), tuple(name.split()), role, possessive=possessive))
    for match in filter(lambda m: outside(m.start()), _HE_SHE.finditer(text)):
        gender = pronouns()[match.group().lower()]
        events.append(_Event(match.start(), gender=gender, refers=True))
    for match in filter(lambda m: outside(m.start()), _description().finditer(text)):
        events.append(_Event(match.start(), refers=True))
    return sorted(events, key=lambda event: event.offset)


@lru_cache(maxsize=1)
def _description() -> re.Pattern[str]:
    """ "the Florida senator", "The billionaire businessman": a person described, not named."""
    heads = "|".join(sorted(_PERSONS, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'])[Tt]he (?:[\w-]+ ){{0,3}}(?:{heads})(?![\w’'])")


class Resolver:
    """The people an article introduces, in order, for resolving surnames and pronouns."""

    def __init__(
        self,
        text: str,
        hidden: list[tuple[int, int]],
        ends: list[int],
        speakers: frozenset[str] = frozenset(),
    ) -> None:
        """``speakers``: single names the article has as speakers ("Carson said"), people even
        when their full name is never given."""
        self._by_surname: dict[str, Person] = {}
        self._mentions: list[_Mention] = []
        self._offsets: list[int] = []  # of the mentions, for bisecting
        self._ends = ends
        self._speakers = speakers | _subjects_of_cues(text)
        self._collect(text, sorted(hidden))

    def _sentence(self, offset: int) -> int:
        return bisect.bisect_right(self._ends, offset)

    def _collect(self, text: str, hidden: list[tuple[int, int]]) -> None:
        """Register every person named outside quotes, and where each mention stands; each
        "he", "she" and "the senator" on the way stands for the person it resolves to, so
        chains keep their referent."""
        events = _scan(text, _Outside(hidden))
        standalone = Counter(e.words[0] for e in events if len(e.words) == 1)
        for event in events:
            if event.refers:
                person = self._antecedent(event.offset, event.gender)
            else:
                person = self._person(list(event.words), event.role, standalone)
            if person:
                self._offsets.append(event.offset)
                sentence = self._sentence(event.offset)
                self._mentions.append(
                    _Mention(event.offset, sentence, person, not event.possessive)
                )

    def _person(
        self, words: list[str], role: str | None, standalone: Counter[str]
    ) -> Person | None:
        """The person this name mention refers to, registering a new one when first named."""
        known = self._by_surname.get(_surname(words))
        if len(words) == 1 and not known and words[0] in self._speakers:
            known = self._by_surname[words[0]] = Person(words[0], "")
        if len(words) == 1 or (known and known.name.split()[0] == words[0]):
            return known
        if not _looks_like_person(words, role, standalone):
            return None
        name = " ".join(words)
        if known and " " not in known.name:
            known.name, known.gender = name, _gender(name, role)  # "Ginsburg", then in full
            return known
        person = Person(name, _gender(name, role))
        self._by_surname.setdefault(_surname(words), person)
        return known or person

    def _antecedent(self, offset: int, gender: str) -> Person | None:
        """Whom a pronoun at ``offset`` refers to: the first compatible person named in its
        sentence before it, else the first one named in each earlier sentence (the subject).

        "she" looks for a known woman first: most people of unknown gender in political news
        are men, and a woman is usually named with her given name.
        """
        k = bisect.bisect_left(self._offsets, offset)
        if k < len(self._offsets) and self._offsets[k] == offset:
            return self._mentions[k].person  # resolved when the article was read
        accept = {"f": [{"f"}, {"", "f"}], "m": [{"", "m"}]}.get(gender, [{"", "m", "f"}])
        for genders in accept:
            found = self._subject_before(k, self._sentence(offset), genders)
            if found:
                return found
        return None

    def _subject_before(self, k: int, sentence: int, genders: set[str]) -> Person | None:
        """The first person of the nearest sentence (within reach) that has one of ``genders``,
        among the mentions before index ``k``."""
        best: _Mention | None = None
        for mention in reversed(self._mentions[max(0, k - _LOOKBACK_MENTIONS) : k]):
            if sentence - mention.sentence > _LOOKBACK_SENTENCES:
                break
            if best and mention.sentence != best.sentence:
                break
            if mention.person.gender in genders and mention.subject:
                best = mention
        if best:
            return best.person
        window = reversed(self._mentions[max(0, k - _LOOKBACK_MENTIONS) : k])
        return next((m.person for m in window if m.person.gender in genders and m.subject), None)

    def resolve(self, phrase: str, offset: int) -> Resolved:
        """The canonical speaker of a speaking phrase found at ``offset``."""
        lower = phrase.lower().replace("'", "’").split("’")[0]
        gender = pronouns().get(lower)
        if gender in ("m", "f"):
            person = self._antecedent(offset, gender)
            if person:
                return Resolved(person.name, True, None, f"pronoun '{phrase}' → {person.name}")
            return Resolved(phrase, False, None, f"pronoun '{phrase}' unresolved")
        if gender:
            return Resolved(phrase, False, None, f"pronoun '{phrase}' (group or writer)")
        return self._resolve_phrase(phrase, offset)

    def _resolve_phrase(self, phrase: str, offset: int) -> Resolved:
        words = _words(phrase)
        head = words[-1].lower() if words else ""
        if len(words) > 1 and words[0].lower() in _DEFINITE and head in _PERSONS:
            person = self._antecedent(offset, "")
            if person:
                return Resolved(person.name, True, None, f"'{phrase}' → {person.name}")
        if not words or not words[-1][:1].isupper() or head in unnamed_heads():
            named = head not in unnamed_heads()
            return Resolved(phrase, named, None, "phrase" if named else "unnamed source")
        return self._resolve_name(_before_affiliation(words))

    def _resolve_name(self, words: list[str]) -> Resolved:
        """A name as written: titles off, then the person it is short for, if any."""
        name, role = strip_title(" ".join(w for w in words if w not in _FUNCTION_WORDS))
        if not name.split():
            return Resolved(" ".join(words), True, role, "title only")
        parts = name.split()
        person = self._by_surname.get(_surname(parts)) or self._by_given_name(parts)
        if person and (len(parts) == 1 or person.name.split()[0] == parts[0]):
            return Resolved(person.name, True, role, f"name '{name}' → {person.name}")
        return Resolved(name, True, role, "name as written")

    def _by_given_name(self, parts: list[str]) -> Person | None:
        """ "Hillary" alone: the one person introduced with that given name."""
        if len(parts) != 1:
            return None
        found = {id(p): p for p in self._by_surname.values() if p.name.split()[0] == parts[0]}
        return next(iter(found.values())) if len(found) == 1 else None

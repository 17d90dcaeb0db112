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

from newsquote.lexicon import given_names, pronouns, titles, unnamed_heads, word_class

_PARTICLES = "de|van|von|al|bin|la|le|du|da|del"
_POSSESSIVE = re.compile(r"[’']s?$")
_FUNCTION_WORDS = word_class("function")
_NOT_PERSON = word_class("institution")
_CALENDAR = word_class("calendar")
_PLACE_START = word_class("place_start")
_SUFFIXES = word_class("suffix")
_LOOKBACK_SENTENCES = 8


@lru_cache(maxsize=1)
def _name_run() -> re.Pattern[str]:
    """A run of capitalised words: a candidate name ("Sen. Bernie Sanders", "George H.W. Bush").

    A full stop joins a run only after an initial or a short title, so that the end of one
    sentence and the start of the next ("Cruz. Trump") never make one name.
    """
    short = "|".join(sorted(w.capitalize() for w in titles() | {"jr", "sr", "st"} if len(w) <= 4))
    word = rf"(?:(?:[A-Z]\.)+|(?:{short})\.|[A-Z][\w’'\-]*|(?:{_PARTICLES})(?=[ \-][A-Z]))"
    return re.compile(rf"{word}(?:[ \-]{word})*")


@dataclass(frozen=True)
class Person:
    """A named person introduced in the article."""

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
    if cut == 0 or cut == len(words):
        return phrase, None
    return " ".join(words[cut:]), " ".join(words[:cut])


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
    if any(w in _NOT_PERSON for w in words):
        return False
    return bool(role) or words[0] in given_names() or standalone[_surname(words)] > 0


@dataclass(frozen=True)
class _Mention:
    offset: int
    sentence: int
    person: Person


class Resolver:
    """The people an article introduces, in order, for resolving surnames and pronouns."""

    def __init__(self, text: str, hidden: list[tuple[int, int]], ends: list[int]) -> None:
        self._by_surname: dict[str, Person] = {}
        self._mentions: list[_Mention] = []
        self._ends = ends
        self._collect(text, sorted(hidden))

    def _sentence(self, offset: int) -> int:
        return bisect.bisect_right(self._ends, offset)

    def _runs(
        self, text: str, hidden: list[tuple[int, int]]
    ) -> list[tuple[int, list[str], str | None]]:
        """(offset, name words, role) of each capitalised run outside quotes."""
        starts = [s for s, _ in hidden]
        runs = []
        for match in _name_run().finditer(text):
            k = bisect.bisect_right(starts, match.start()) - 1
            if k >= 0 and hidden[k][0] <= match.start() < hidden[k][1]:
                continue
            skip = _FUNCTION_WORDS | _CALENDAR
            words = [w for w in _words(match.group()) if w not in skip]
            name, role = strip_title(" ".join(words))
            if name.split():
                runs.append((match.start(), name.split(), role))
        return runs

    def _collect(self, text: str, hidden: list[tuple[int, int]]) -> None:
        """Register every person named outside quotes, and where each mention stands."""
        runs = self._runs(text, hidden)
        standalone = Counter(words[0] for _, words, _ in runs if len(words) == 1)
        for offset, words, role in runs:
            person = self._person(words, role, standalone)
            if person:
                self._mentions.append(_Mention(offset, self._sentence(offset), person))

    def _person(
        self, words: list[str], role: str | None, standalone: Counter[str]
    ) -> Person | None:
        """The person this name mention refers to, registering a new one when first named."""
        known = self._by_surname.get(_surname(words))
        if len(words) == 1 or (known and known.name.split()[0] == words[0]):
            return known
        if not _looks_like_person(words, role, standalone):
            return None
        name = " ".join(words)
        person = Person(name, _gender(name, role))
        self._by_surname.setdefault(_surname(words), person)
        return known or person

    def _antecedent(self, offset: int, gender: str) -> Person | None:
        """Whom a pronoun at ``offset`` refers to: the first compatible person named in its
        sentence before it, else the first one named in each earlier sentence (the subject)."""
        k = bisect.bisect_left([m.offset for m in self._mentions], offset)
        sentence = self._sentence(offset)
        best: _Mention | None = None
        for mention in reversed(self._mentions[:k]):
            if sentence - mention.sentence > _LOOKBACK_SENTENCES:
                break
            if best and mention.sentence != best.sentence:
                break
            if mention.person.gender in ("", gender):
                best = mention
        if best:
            return best.person
        for mention in reversed(self._mentions[:k]):
            if mention.person.gender in ("", gender):
                return mention.person
        return None

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
        return self._resolve_phrase(phrase)

    def _resolve_phrase(self, phrase: str) -> Resolved:
        words = _words(phrase)
        if not words or not words[-1][:1].isupper():
            named = (words[-1].lower() if words else "") not in unnamed_heads()
            return Resolved(phrase, named, None, "phrase" if named else "unnamed source")
        name, role = strip_title(" ".join(w for w in words if w not in _FUNCTION_WORDS))
        if not name.split():
            return Resolved(phrase, True, role, "title only")
        parts = name.split()
        person = self._by_surname.get(_surname(parts))
        if person and (len(parts) == 1 or person.name.split()[0] == parts[0]):
            return Resolved(person.name, True, role, f"name '{name}' → {person.name}")
        return Resolved(name, True, role, "name as written")

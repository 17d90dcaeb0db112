"""Resolve a speaking phrase to the name the article means.

A surname becomes the full name first introduced ("Mekdad" → "Faisal Mekdad"); a pronoun
becomes the most recent compatible named person before it; titles are stripped and kept as the
role; unnamed sources ("officials", "a source familiar with the talks") stay as the phrase.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newsquote.lexicon import given_names, pronouns, titles, unnamed_heads, word_class

# A run of capitalised words (initials and particles allowed): a candidate name.
_NAME_RUN = re.compile(
    r"(?:[A-Z][\w’'\-]*\.?|(?:de|van|von|al|bin|la|le|du|da|del)(?=[ \-][A-Z]))"
    r"(?:[ \-](?:[A-Z][\w’'\-]*\.?|(?:de|van|von|al|bin|la|le|du|da|del)(?=[ \-][A-Z])))*"
)
_POSSESSIVE = re.compile(r"[’']s?$")
_FUNCTION_WORDS = word_class("function")
_NOT_PERSON = word_class("institution")


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
    return [_POSSESSIVE.sub("", w) for w in phrase.replace("-", " - ").split() if w != "-"]


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


def _looks_like_person(name: str, role: str | None) -> bool:
    """Two or three name words, none of them an institution word; or a given name; or a title."""
    words = name.split()
    if not 1 < len(words) <= 4 or any(w in _NOT_PERSON for w in words):
        return False
    return bool(role) or words[0] in given_names() or all(w[:1].isupper() for w in words)


class Resolver:
    """The people an article introduces, in order, for resolving surnames and pronouns."""

    def __init__(self, text: str, hidden: list[tuple[int, int]]) -> None:
        self._by_surname: dict[str, Person] = {}
        self._offsets: list[int] = []
        self._people: list[Person] = []
        self._collect(text, sorted(hidden))

    def _collect(self, text: str, hidden: list[tuple[int, int]]) -> None:
        """Register every person named outside quotes, and where each mention stands."""
        starts = [s for s, _ in hidden]
        for match in _NAME_RUN.finditer(text):
            k = bisect.bisect_right(starts, match.start()) - 1
            if k >= 0 and hidden[k][0] <= match.start() < hidden[k][1]:
                continue
            words = [w for w in _words(match.group()) if w not in _FUNCTION_WORDS]
            name, role = strip_title(" ".join(words))
            person = self._person(name, role)
            if person:
                self._offsets.append(match.start())
                self._people.append(person)

    def _person(self, name: str, role: str | None) -> Person | None:
        """The person this name mention refers to, registering a new one when first named."""
        words = name.split()
        if not words:
            return None
        if len(words) == 1:
            return self._by_surname.get(words[0])
        if not _looks_like_person(name, role):
            return None
        known = self._by_surname.get(words[-1])
        if known and known.name.split()[0] == words[0]:
            return known
        person = Person(name, _gender(name, role))
        self._by_surname.setdefault(words[-1], person)
        return known or person

    def _recent(self, offset: int, gender: str) -> Person | None:
        """The most recent person named before ``offset`` whom the pronoun can refer to."""
        k = bisect.bisect_left(self._offsets, offset) - 1
        while k >= 0:
            person = self._people[k]
            if not person.gender or person.gender == gender:
                return person
            k -= 1
        return None

    def resolve(self, phrase: str, offset: int) -> Resolved:
        """The canonical speaker of a speaking phrase found at ``offset``."""
        lower = phrase.lower()
        gender = pronouns().get(lower)
        if gender in ("m", "f"):
            person = self._recent(offset, gender)
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
        person = self._by_surname.get(name.split()[-1])
        if person and (len(name.split()) == 1 or person.name.split()[0] == name.split()[0]):
            return Resolved(person.name, True, role, f"name '{name}' → {person.name}")
        return Resolved(name, True, role, "name as written")

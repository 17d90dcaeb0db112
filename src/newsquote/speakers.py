"""Resolve a speaking phrase to the name the article means.

A surname becomes the full name first introduced ("Mekdad" → "Faisal Mekdad"); a pronoun or a
description ("the Florida senator") becomes the person it points back to, the subject of the
nearest sentence that names a compatible person; titles are stripped and kept as the role;
unnamed sources ("officials", "a source familiar with the talks") stay as the phrase.
"""

from __future__ import annotations

from collections import Counter

from newsquote.lexicon import given_names, pronouns, unnamed_heads, word_class
from newsquote.mentions import Mentions
from newsquote.names import (
    FUNCTION_WORDS,
    NOT_PERSON,
    PERSON_NOUNS,
    Event,
    Outside,
    Person,
    before_affiliation,
    gender_of,
    looks_like_person,
    name_events,
    name_words,
    outlet_before,
    person_shaped,
    role_before,
    strip_title,
    subjects_of_cues,
    surname,
    title_name,
)
from newsquote.resolution import Resolved

_TITLE_ONLY = "title only"
_DEFINITE = frozenset({"the", "this", "that"})
_DOCUMENTS = word_class("document")
_OUTLETS = word_class("outlet_noun")


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
        self._by_given: dict[str, list[Person]] = {}  # "Hillary": Hillary Clinton
        self._by_name: dict[str, Person] = {}  # full names
        self._text = text
        self._speakers = (speakers - NOT_PERSON) | subjects_of_cues(text)  # not "Reuters said"
        self._outside = Outside(sorted(hidden))
        named = self._register(name_events(text, self._outside))
        self._mentions = Mentions(text, ends, self._outside, named)
        # The named speaker of the quote just before, when the caller goes through quotes in
        # order: in a run of quotes, "he said" is the man who was speaking.
        self.last_speaker: tuple[str, int] | None = None  # (name, end of that quote)

    def _register(self, events: list[Event]) -> list[tuple[Event, Person]]:
        """Register every person named outside quotes, in text order; each name with the
        person it names."""
        standalone = Counter(e.words[0] for e in events if len(e.words) == 1)
        named = []
        for event in events:
            if len(event.words) == 1:
                person = self._one_word(event.words[0])
            else:
                person = self._person(event.words, event.role, standalone, event.offset)
            if person:
                named.append((event, person))
        return named

    def _one_word(self, word: str) -> Person | None:
        """The person a name of one word refers to: a surname, a given name, or a speaker."""
        known = self._by_surname.get(word)
        if not known and word in given_names():
            known = self._by_given_name([word])  # "Hillary" after "Hillary Clinton"
        if not known and word in self._speakers:
            known = self._by_surname[word] = Person(word, "")
        return known

    def _person(
        self, words: tuple[str, ...], role: str | None, standalone: Counter[str], offset: int
    ) -> Person | None:
        """The person a name of several words refers to, registering a new one when first
        named."""
        known = self._by_surname.get(surname(words))
        if known and known.name.split()[0] == words[0]:
            return known
        if not looks_like_person(words, role, standalone):
            if role or not person_shaped(words):
                return None  # a role found before it would change nothing
            role = role_before(self._text, offset)  # "professor Brigid Harrison"
            if not role:
                return None
        name = " ".join(words)
        if name in self._by_name:
            return self._by_name[name]  # "Hillary Clinton" again, after "Bill Clinton"
        if known and " " not in known.name:
            known.name, known.gender = name, gender_of(name, role)  # "Ginsburg", then in full
            known.named_at = offset
            return known
        person = Person(name, gender_of(name, role))
        self._by_surname.setdefault(surname(words), person)
        self._by_given.setdefault(words[0], []).append(person)
        self._by_name[name] = person
        return person  # "Melania Trump" after "Donald Trump" is someone else

    def resolve(self, phrase: str, offset: int) -> Resolved:
        """The canonical speaker of a speaking phrase found at ``offset``."""
        lower = phrase.lower().replace("'", "’").split("’")[0]
        gender = pronouns().get(lower)
        if gender in ("m", "f"):
            last = self._last_speaker(gender, offset)
            if last:
                return Resolved(
                    last.name, True, None, f"pronoun '{phrase}' → {last.name} (speaking before)"
                )
            person = self._mentions.antecedent(offset, gender)
            if person:
                return Resolved(person.name, True, None, f"pronoun '{phrase}' → {person.name}")
            return Resolved(phrase, False, None, f"pronoun '{phrase}' unresolved")
        if gender:
            return Resolved(phrase, False, None, f"pronoun '{phrase}' (group or writer)")
        return self._resolve_phrase(phrase, offset)

    def _last_speaker(self, gender: str, offset: int) -> Person | None:
        """The speaker of the quote before, if a pronoun of ``gender`` may stand for them and
        nobody else it could mean is named since that quote."""
        if not self.last_speaker:
            return None
        name, since = self.last_speaker
        person = self._by_name.get(name) or self._by_surname.get(surname(name.split()))
        genders = {"f", ""} if gender == "f" else {"m", ""}
        if not person or person.name != name or person.gender not in genders:
            return None
        between = self._mentions.between(since, offset)
        others = [m for m in between if m.subject and m.person is not person]
        others = [m for m in others if m.person.gender in genders]
        return None if any(self._mentions.in_main_clause(m) for m in others) else person

    def _resolve_phrase(self, phrase: str, offset: int) -> Resolved:
        words = name_words(phrase)
        head = words[-1].lower() if words else ""
        # "the Wisconsin Republican", "the statement"; not "the Washington Post"
        pointing = head in PERSON_NOUNS or (head in _DOCUMENTS and words[-1].islower())
        if len(words) > 1 and words[0].lower() in _DEFINITE and pointing:
            person = self._mentions.antecedent(offset, "")
            if person:
                return Resolved(person.name, True, None, f"'{phrase}' → {person.name}")
        if len(words) > 1 and words[0].lower() in _DEFINITE and words[-1] in _OUTLETS:
            outlet = outlet_before(self._text, offset, self._outside)  # "the newspaper"
            if outlet:
                return Resolved(outlet, True, None, f"'{phrase}' → {outlet}")
        if not words or not words[-1][:1].isupper() or head in unnamed_heads():
            # "the audience", "one man": without a proper name the source is not named.
            proper = any(w[:1].isupper() and w not in FUNCTION_WORDS for w in words)
            named = proper and head not in unnamed_heads()
            return Resolved(phrase, named, None, "phrase" if named else "unnamed source")
        titled = title_name(words)
        if titled:
            return Resolved(" ".join(titled), True, None, "title and place as written")
        resolved = self._resolve_name(before_affiliation(words))
        if resolved.chain == _TITLE_ONLY:  # "Secretary of State Madeleine Albright"
            return self._resolve_name(words)
        return resolved

    def _resolve_name(self, words: list[str]) -> Resolved:
        """A name as written: titles off, then the person it is short for, if any."""
        name, role = strip_title(" ".join(w for w in words if w not in FUNCTION_WORDS))
        if not name.split() and len(words) == 1 and words[0] in self._by_surname:
            name, role = words[0], None  # "King" after "Billie Jean King"
        if not name.split():
            return Resolved(" ".join(words), True, role, _TITLE_ONLY)
        parts = name.split()
        person = self._by_surname.get(surname(parts)) or self._by_given_name(parts)
        if person and (len(parts) == 1 or person.name.split()[0] == parts[0]):
            return Resolved(person.name, True, role, f"name '{name}' → {person.name}")
        return Resolved(name, True, role, "name as written")

    def _by_given_name(self, parts: list[str]) -> Person | None:
        """ "Hillary" alone: the one person introduced with that given name."""
        found = self._by_given.get(parts[0], []) if len(parts) == 1 else []
        return found[0] if len(found) == 1 else None

"""Names in news copy: what a person's name looks like, and where people are mentioned.

A capitalised run is a person's name when it has a given name, a title, or a surname that the
article also uses on its own; places, weekdays, outlets and institutions are not. Titles are
split off as the role ("Turkish Foreign Minister" | "Mevlut Cavusoglu").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from newsquote.lexicon import cue_verbs, given_names, titles, word_class
from newsquote.name_patterns import capitalised_run, name_run
from newsquote.tokens import word_before

_POSSESSIVE_ENDS = ("’", "'", "’s", "'s")  # a run that ends so is possessive ("Trump’s")
_POSSESSIVE_WORD = re.compile(r"[’']s?(?!\S)")  # at the end of any word of a phrase
FUNCTION_WORDS = word_class("function")
NOT_PERSON = word_class("institution")
_CALENDAR = word_class("calendar")
_PLACE_START = word_class("place_start")
_SUFFIXES = word_class("suffix")
_AFFILIATION = frozenset({"of", "from", "at", "for", "with"})
_RANKS = word_class("rank")
PERSON_NOUNS = word_class("person_noun")
_PREPOSITIONS = word_class("preposition") | word_class("oblique")


class Person:
    """A named person introduced in the article (a surname alone until the full name comes)."""

    __slots__ = ("gender", "name", "named_at")

    def __init__(self, name: str, gender: str) -> None:
        self.name = name
        self.gender = gender  # "m", "f" or "" when unknown
        self.named_at = 0  # where a full name came after the surname (0: known from the start)

    def gender_at(self, offset: float) -> str:
        """The gender as known at ``offset``: "Ginsburg" is of unknown gender until "Ruth
        Bader Ginsburg" names her in full."""
        return self.gender if offset >= self.named_at else ""


def name_words(phrase: str) -> list[str]:
    """The words of a name: no possessive, no trailing full stop, no hyphen on its own."""
    if phrase.replace(" ", "").isalpha():  # most names: plain words, nothing to take off
        return phrase.split()
    phrase = phrase.replace("-", " - ")
    if "’" in phrase or "'" in phrase:  # most names hold no apostrophe: no regex pass for them
        phrase = _POSSESSIVE_WORD.sub("", phrase)
    words = (w.rstrip(".") for w in phrase.split())
    return [w for w in words if w and w != "-"]


def before_affiliation(words: list[str]) -> list[str]:
    """ "Jonah Goldberg of the National Review" → "Jonah Goldberg": the name before "of"."""
    for k, word in enumerate(words[1:], start=1):
        if word in _AFFILIATION and words[k - 1][:1].isupper():
            _, role = strip_title(" ".join(words[:k]))
            if role is not None or words[k - 1].lower() not in titles():
                return words[:k]  # not "Secretary of State Madeleine Albright"
    return words


def title_name(words: list[str]) -> list[str] | None:
    """ "the Duke of York", "the Mayor of London": a title or rank, "of" and a place name of
    one or two words is what the person is called, not a title before the name "of York"."""
    core = words[1:] if words and words[0].lower() == "the" else words
    capitalised = all(w[:1].isupper() for w in core[:1] + core[2:])  # not "president of X"
    if not 3 <= len(core) <= 4 or core[1] != "of" or not capitalised:
        return None
    rank = core[0].lower()
    place = not any(w in given_names() or w.lower() in titles() for w in core[2:])
    return core if place and (rank in titles() or rank in _RANKS) else None


def surname(words: Sequence[str]) -> str:
    """The word a person is referred to by: the last one, before any "Jr." or "III"."""
    if words[-1] not in _SUFFIXES:
        return words[-1]  # most names: no need to look further
    return ([w for w in words if w not in _SUFFIXES] or words)[-1]


def _surname_title(words: Sequence[str], k: int) -> bool:
    """ "Billie Jean King", "John Major": a title word last, after a given name, is a surname."""
    return 0 < k == len(words) - 1 and words[k - 1] in given_names()


def strip_title(phrase: str) -> tuple[str, str | None]:
    """Split a name from the titles before it: ("Mevlut Cavusoglu", "Turkish Foreign Minister")."""
    words = phrase.split()
    cut = 0
    for k, word in enumerate(words):
        if word.rstrip(".").lower() in titles() and not _surname_title(words, k):
            cut = k + 1
    if cut == len(words):
        return "", phrase  # titles only ("Former Secretary")
    if cut == 0:
        return phrase, None
    return " ".join(words[cut:]), " ".join(words[:cut])


_NO_SUBJECT = FUNCTION_WORDS | _CALENDAR | NOT_PERSON
# possessive where a shorter word would not match either (a name ends at a space): no retries
_SUBJECT_VERB = re.compile(r"([A-Z](?<![\w’'].)[a-z][\w’'-]*+) (?:\w+ly )?([a-z]++)")


def _paragraph_openers(text: str) -> Iterator[re.Match[str]]:
    """A name and the word after it opening a paragraph ("Carson defied the question."):
    matched at the start and after each line break only (no match runs over one)."""
    pos = 0
    while True:
        match = _SUBJECT_VERB.match(text, pos)
        if match:
            yield match
        pos = text.find("\n", pos) + 1
        if not pos:
            return


def _past(word: str) -> bool:
    """A regular past tense: "defied"; not "need" or "seed" (nor "was": "Orlando was hit")."""
    return word.endswith("ed") and not word.endswith("eed")


_WORD_CHAR = re.compile(r"\w")
_WORD_OR_APOSTROPHE = re.compile(r"[\w’']")


def _occurs_alone(text: str, needle: str, after: re.Pattern[str]) -> bool:
    """Does ``needle`` occur with no word character or apostrophe right before it and nothing
    ``after`` matches right after? A plain search, then a look at each end of each find."""
    pos = text.find(needle)
    while pos >= 0:
        joined = pos and _WORD_OR_APOSTROPHE.match(text, pos - 1)
        if not joined and not after.match(text, pos + len(needle)):
            return True
        pos = text.find(needle, pos + 1)
    return False


def _name_only(text: str, word: str) -> bool:
    """Is ``word`` never written in lower case ("nothing") nor after "in" ("in Spain"), and
    no adverb, participle or contraction ("Especially", "Having", "We’ve")?"""
    if word.endswith(("ly", "ing")) or "’" in word or "'" in word:
        return False
    lower_case = _occurs_alone(text, word.lower(), _WORD_CHAR)
    return not (lower_case or _occurs_alone(text, f"in {word}", _WORD_OR_APOSTROPHE))


def subjects_of_cues(text: str) -> frozenset[str]:
    """Single names right before a reporting verb ("Carson said"), or opening a paragraph
    before a past tense ("Carson defied the question"): people."""
    verbs = cue_verbs()
    found = {name for name, verb in _SUBJECT_VERB.findall(text) if verb in verbs}
    opening = {m.group(1) for m in _paragraph_openers(text) if _past(m.group(2))}
    found |= {word for word in opening - found if _name_only(text, word)}
    found = {w for w in found if w not in _NO_SUBJECT and w.lower() not in titles()}
    return frozenset(w for w in found if not w.endswith("s"))


def _from_given_name(name: str, role: str | None) -> tuple[str, str | None]:
    """("Democrat Hillary Clinton", None) → ("Hillary Clinton", "Democrat"): a name starts at
    its given name; the words before it describe the person."""
    if name.count(" ") < 2:  # most names: two words, or one
        return name, role
    words = name.split()
    if len(words) > 2 and words[0].endswith("s") and words[0] not in given_names():
        words = words[1:]  # "Celebrities Julianne Moore"
    for k, word in enumerate(words[1:-1], start=1):
        if word in given_names() and words[0] not in given_names():
            return " ".join(words[k:]), " ".join(filter(None, [role, *words[:k]]))
    return " ".join(words), role


def gender_of(name: str, role: str | None) -> str:
    lead = (role or "").split()[-1:] or [""]
    if lead[0].rstrip(".") in {"Mrs", "Ms", "Miss", "Congresswoman", "Spokeswoman", "Chairwoman"}:
        return "f"
    if lead[0].rstrip(".") in {"Mr", "Congressman", "Spokesman", "Chairman"}:
        return "m"
    return given_names().get(name.split()[0], "")


def looks_like_person(words: Sequence[str], role: str | None, standalone: Counter[str]) -> bool:
    """A person's name: 2-4 words, no institution or place word, and some sign of a person.

    The signs: a known given name, a title before it, or the surname used on its own elsewhere
    in the article (reporters call people by surname; places are not shortened that way).
    """
    if not person_shaped(tuple(words)):
        return False
    return bool(role) or words[0] in given_names() or standalone[surname(words)] > 0


@lru_cache(maxsize=4096)
def person_shaped(words: tuple[str, ...]) -> bool:
    """Could ``words`` name a person, whatever the article says about them? Cached, as an
    article names the same people and places again and again."""
    if not 1 < len(words) <= 4 or words[0] in _PLACE_START:
        return False
    if any(w in NOT_PERSON or not w[:1].isupper() for w in words):
        return False  # "leaning New Jersey"
    if any(w.lower() in titles() and not _surname_title(words, k) for k, w in enumerate(words)):
        return False  # "Kentucky Republican"
    return not all(w.isupper() for w in words)  # not "US UK"


class Event(NamedTuple):
    """Something in the text that names a person or points back to one (a tuple: an article
    has thousands, and they are made fast)."""

    offset: int
    words: tuple[str, ...] = ()  # a name as written (titles off)
    role: str | None = None
    gender: str = ""  # for "he"/"she"
    refers: bool = False  # a pronoun or a description: resolve to an earlier person
    oblique: bool = False  # possessive, or a description after a preposition: not a subject
    end: int = 0  # where the name or pronoun ends (for :func:`newsquote.mentions.tag_follows`)


class Outside:
    """Tells whether an offset lies outside every quote."""

    def __init__(self, hidden: list[tuple[int, int]]) -> None:
        self._hidden = hidden
        self._starts = [s for s, _ in hidden]

    def __call__(self, pos: int) -> bool:
        k = bisect.bisect_right(self._starts, pos) - 1
        return not (k >= 0 and self._hidden[k][0] <= pos < self._hidden[k][1])

    def finditer(self, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` in the stretches between quotes, in text order: the
        regex engine never reads a quote, and no match needs testing."""
        ends = [0] + [end for _, end in self._hidden]
        stretches = zip(ends, [*self._starts, len(text)], strict=True)
        return chain.from_iterable(pattern.finditer(text, s, e) for s, e in stretches if s < e)


def _word_before(text: str, start: int) -> str:
    """The word (of at most 15 letters) right before ``start`` and one space ("" if none)."""
    word = word_before(text, start - 1, 16) if text[start - 1 : start] == " " else ""
    return word if len(word) <= 15 else ""


def oblique_at(text: str, start: int) -> bool:
    """Does a mention at ``start`` stand where no subject does: "(Reuters)", "of the senator",
    "to Clinton"? A later pronoun means the subject of a sentence, not these. Asked only of
    mentions of people (not of every capitalised run)."""
    mark = text[start - 1 : start]
    return mark == "(" if mark != " " else _word_before(text, start) in _PREPOSITIONS


def role_before(text: str, start: int) -> str | None:
    """A lower-case role right before a name: "professor Brigid Harrison"."""
    word = _word_before(text, start)
    return word if word in titles() or word in PERSON_NOUNS else None


def name_events(text: str, outside: Outside) -> list[Event]:
    """Names outside quotes, in text order."""
    events = []
    for match in outside.finditer(name_run(), text):
        # a run starts at the particle captured before its capital, if any ("de Blasio"); no
        # quote mark can stand between the two
        start = match.start(match.lastindex) if match.lastindex else match.start()
        words, role, possessive = _name_in_run(text[start : match.end()])
        if words:
            events.append(Event(start, words, role, "", False, possessive, match.end()))
    return events


@lru_cache(maxsize=4096)
def _name_in_run(run: str) -> tuple[tuple[str, ...], str | None, bool]:
    """The name in a capitalised run (titles off), its role, and whether it is possessive;
    cached, as an article names the same people and places again and again."""
    if run.isalpha():  # one plain word, half the runs ("The", "Thursday"): nothing to take apart
        if run in FUNCTION_WORDS or run in _CALENDAR:
            return (), "", False
        return ((), run, False) if run.lower() in titles() else ((run,), None, False)
    words = [w for w in name_words(run) if w not in FUNCTION_WORDS and w not in _CALENDAR]
    name, role = _from_given_name(*strip_title(" ".join(words)))
    return tuple(name.split()), role, run.endswith(_POSSESSIVE_ENDS)


_OUTLET_REACH = 3000  # characters back to the outlet a description means
_OUTLET_NAMES = word_class("outlet_name")


def outlet_before(text: str, offset: int, outside: Outside) -> str | None:
    """The news outlet last named before ``offset`` outside quotes: what "the newspaper" means
    ("New York Daily News", "CNN": a capitalised run that ends as an outlet's name does)."""
    found = None
    for match in capitalised_run().finditer(text, max(0, offset - _OUTLET_REACH), offset):
        words = name_words(match.group().removeprefix("The "))
        if words and words[-1] in _OUTLET_NAMES and outside(match.start()):
            found = " ".join(words)
    return found

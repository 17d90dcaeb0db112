"""Reading noun phrases without a parser: who is the subject of a reporting verb.

The readers take tokens (``newsquote.tokens``: a quoted stretch is one token) and walk away
from a verb word by word ("Turkish Foreign Minister Mevlut Cavusoglu emphasised", "said Sen.
Ted Cruz, R-Texas", "Cory James, 22, of Flint, said") and accept a phrase only when it ends in a
name, a pronoun or a noun that can speak ("the ministry", "officials", "one commenter").
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsquote.lexicon import (
    cue_verbs,
    noun_cue_starts,
    noun_cues,
    pronouns,
    source_nouns,
    titles,
    word_class,
)
from newsquote.segment_params import abbreviations
from newsquote.tokens import QUOTE_TOKEN, Token

_BETWEEN = word_class("between")
_GO = frozenset({"go", "goes", "went"})  # "she went on": carried on speaking
_STOP = word_class("stop")
_DETERMINERS = word_class("determiner")
_JOINERS = word_class("joiner")
_FUNCTION = word_class("function")
MAX_PHRASE = 8
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
_NOT_AGENTS = word_class("not_agent")
_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "could", "also", "later"})
PASSIVE = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_EDGE_WORDS = _JOINERS | {"and"}  # words a phrase never starts with
_PERSON_NOUNS = word_class("person_noun")
_CALENDAR = word_class("calendar")
_PAST = word_class("past")
_AGE = re.compile(r"\d+-year-old")
_PREPOSITIONS = word_class("preposition")
_CONTRACTIONS = frozenset({"", "s", "d", "ll", "ve", "re", "m"})
_QUANTIFIERS = tuple(tuple(words.split("-")) for words in sorted(word_class("quantifier")))
_QUANTIFIER_OPENERS = frozenset(words[0] for words in _QUANTIFIERS)


def abbreviation_dot(tokens: list[Token], i: int) -> bool:
    """The full stop of "Sen.", "J." or "U.S.": after a short capitalised word that is an
    initial, an initialism or a known abbreviation; after a word ("Lehigh Valley Live.") it
    ends the sentence, and a phrase does not run over it."""
    word = tokens[i - 1].text if i > 0 and tokens[i].text == "." else ""
    if not word[:1].isupper() or len(word) > 4:
        return False
    return len(word) == 1 or "." in word or word.isupper() or _known_abbreviation(word.lower())


def _known_abbreviation(word: str) -> bool:
    """A title or an abbreviation of the shipped table ("gov", "calif"), or a party and state
    ("R-Ky.")."""
    table = abbreviations()
    state = word.rpartition("-")[2]
    return word in titles() or table.is_abbreviation(state) or state in table.states


def _noun_cue_at(tokens: list[Token], i: int) -> bool:
    """Does a noun cue ("in a statement") start at token ``i``?"""
    if i >= len(tokens) or tokens[i].lower not in noun_cue_starts():
        return False  # most words start no cue: no need to compare every one
    return any(tuple(t.lower for t in tokens[i : i + len(cue)]) == cue for cue in noun_cues())


def pronoun(token: Token) -> str | None:
    """The pronoun a token is, contractions included ("He’s" is "he")."""
    base, _, suffix = token.lower.replace("'", "’").partition("’")
    if base in pronouns() and suffix in _CONTRACTIONS:
        return base
    return None


def _noun_here(tokens: list[Token], i: int) -> bool:
    """ "Arab states met": a word that is a noun as well as a verb, followed by another verb."""
    if tokens[i].lower not in source_nouns() or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    function = after.lower in _STOP or after.lower in _DETERMINERS or pronoun(after)
    return after.is_word and not after.capitalised and not function


@lru_cache(maxsize=1)
def _cue_candidates() -> frozenset[str]:
    """Words besides -ed forms that may be a cue: reporting verbs, and the "on" of "went on"."""
    return cue_verbs() | {"on"}


def is_cue(tokens: list[Token], i: int) -> bool:
    """A reporting verb, or a past-tense verb followed by a noun cue ("shared in a statement")."""
    token = tokens[i]
    if token.lower not in _cue_candidates() and not token.lower.endswith("ed"):
        return False  # most words: none of the cases below, decided in one step
    if token.capitalised and i > 0:
        return False  # "the United States" is no verb
    if token.lower in cue_verbs():
        return not _noun_here(tokens, i)
    if token.lower == "on" and i > 0 and tokens[i - 1].lower in _GO:
        return i + 1 == len(tokens) or not tokens[i + 1].is_word  # '"…," she went on.'
    return token.text.isalpha() and token.lower.endswith("ed") and _noun_cue_at(tokens, i + 1)


def cue_indices(tokens: list[Token]) -> list[int]:
    """Where the cues in ``tokens`` are: the first test of :func:`is_cue`, made here, passes
    over most words without a call each."""
    candidates = _cue_candidates()
    return [
        i
        for i, token in enumerate(tokens)
        if (token.lower in candidates or token.lower.endswith("ed")) and is_cue(tokens, i)
    ]


@lru_cache(maxsize=1)
def _speaking_nouns() -> frozenset[str]:
    """Nouns that head a speaking phrase: sources and people (one set, built once)."""
    return source_nouns() | _PERSON_NOUNS


def can_speak(tokens: list[Token], rng: tuple[int, int]) -> bool:
    """A speaking phrase ends in a name, a pronoun or a noun that can speak, and does not
    start with a verb ("issued a statement") or a date."""
    head, first = tokens[rng[1] - 1], tokens[rng[0]]
    if rng[1] - rng[0] > 1 and (first.text in _CALENDAR or _opens_with_verb(tokens, rng[0])):
        return False
    if head.lower.endswith(("’s", "'s")) and not pronoun(head):
        return False  # "Trump's comments": a possessive is no subject
    if pronoun(head):
        return rng[1] - rng[0] == 1 and pronoun(head) != "it"
    if head.capitalised:
        if head.text in _FUNCTION or head.text in _CALENDAR:
            return False  # "In December, the prince called …": a date does not speak
        return not _opening_participle(tokens, rng)
    word = head.lower.removesuffix("s")
    if {word, head.lower} & _speaking_nouns() or _AGE.fullmatch(head.lower):
        return True
    return word.endswith(_AGENT_ENDINGS) and word not in _NOT_AGENTS and len(word) > 5


def _opens_with_verb(tokens: list[Token], i: int) -> bool:
    """ "issued a statement", "carrying signs": a lower-case verb cannot open a noun phrase."""
    token = tokens[i]
    if token.capitalised or not token.is_word or token.lower in _speaking_nouns():
        return False
    if i + 1 < len(tokens) and tokens[i + 1].capitalised:
        return False  # "retired Army Lt. Gen. Mick Bednarek": an adjective before a name
    if i + 2 < len(tokens) and token.lower.endswith("ed") and tokens[i + 2].capitalised:
        after = tokens[i + 1]
        if after.is_word and after.lower not in _DETERMINERS | _PREPOSITIONS | _STOP:
            return False  # "retired neurosurgeon Ben Carson": a title before a name
    return token.lower in cue_verbs() or token.lower.endswith(("ed", "ing")) or token.lower in _PAST


def _opening_participle(tokens: list[Token], rng: tuple[int, int]) -> bool:
    """ "Speaking at a rally, …", "Immediately after …": a capitalised -ing word or a long
    adverb that opens a phrase is no name (an -ed word may be: "Famed doctor Ann Lee")."""
    first = tokens[rng[0]]
    after = tokens[rng[0] + 1].lower if rng[0] + 1 < len(tokens) else ""
    adverb = first.lower.endswith("ly") and len(first.text) >= 8
    if not (first.lower.endswith("ing") or adverb) or rng[0] + 1 >= len(tokens):
        return False
    verb_next = after in cue_verbs() or after in PASSIVE | _AUXILIARIES  # "Ebeling said"
    return tokens[rng[0] + 1].is_word and not tokens[rng[0] + 1].capitalised and not verb_next


def _ends_phrase(tokens: list[Token], k: int) -> bool:
    """A word that ends a noun phrase; "and" joins two names ("Gov. and Chairman Ed Rendell")."""
    if tokens[k].lower == "and":
        return not (k + 1 < len(tokens) and tokens[k + 1].capitalised)
    return tokens[k].lower in _STOP


def _before_parenthesis(tokens: list[Token], end: int, floor: int) -> int:
    """ "Sen. Claire McCaskill (D-Mo.)": the phrase ends before the parenthesis."""
    if end > floor and tokens[end - 1].text == ")":
        k = end - 2
        while k > max(floor, end - 10) and tokens[k].text != "(":
            k -= 1
        if k > floor and tokens[k].text == "(":
            return k
    return end


def _verb_before_name(token: Token) -> bool:
    """A verb that stands before a name ("who has endorsed Clinton", "expects Obama")."""
    word = token.lower
    if not token.is_word or token.capitalised or word in titles() or word in _PERSON_NOUNS:
        return False
    return word in cue_verbs() or word in _BETWEEN or word in _STOP


def phrase_before(tokens: list[Token], end: int, floor: int = 0) -> tuple[int, int] | None:
    """Token range [i, end) of the noun phrase that ends just before ``end``."""
    end = _before_parenthesis(tokens, end, floor)
    i = end
    name_head = end > floor and tokens[end - 1].capitalised
    while i > floor and end - i < MAX_PHRASE:
        token = tokens[i - 1]
        if not (token.is_word or token.text in "&.-’'") or _ends_phrase(tokens, i - 1):
            break
        if pronoun(token):
            i -= 1 if i == end else 0
            break
        if token.text == "." and not abbreviation_dot(tokens, i - 1):
            break
        if name_head and _verb_before_name(token):
            break  # "expects President Barack Obama": the verb is not part of the name
        i -= 1
    while i < end and (tokens[i].lower in _EDGE_WORDS or not tokens[i].is_word):
        i += 1
    i = _with_quantifier(tokens, i, end, floor)
    rng = (i, end)
    if i < end and can_speak(tokens, rng):
        return rng
    return _source_with_modifier(tokens, i, end, floor)


def _with_quantifier(tokens: list[Token], i: int, end: int, floor: int) -> int:
    """Where a phrase ``[i, end)`` starts with the quantifier of its number: "At least 16 men",
    not "least 16 men"; "more than 1,200 nurses", not "1,200 nurses"."""
    for start in range(max(floor, i - 3), i):
        if i <= start + quantifier_length(tokens, start) < min(end, i + 2):
            return start
    return i


def quantifier_length(tokens: list[Token], i: int) -> int:
    """How many words of a quantifier open a number phrase at ``i`` (0: none)."""
    if i >= len(tokens) or tokens[i].lower not in _QUANTIFIER_OPENERS:
        return 0  # most words open no quantifier: no pass over them all
    for words in _QUANTIFIERS:
        number = i + len(words)
        opens = number < len(tokens) and tokens[number].text[:1].isdigit()
        if opens and tuple(t.lower for t in tokens[i:number]) == words:
            return len(words)
    return 0


def _source_with_modifier(
    tokens: list[Token], i: int, end: int, floor: int
) -> tuple[int, int] | None:
    """ "a source familiar with the talks": a speaking noun, an adjective, a preposition."""
    k = i - 1  # the preposition that stopped the phrase
    if k < floor + 1 or tokens[k].lower not in _PREPOSITIONS:
        return None
    head = k - 1 if tokens[k - 1].lower in source_nouns() else k - 2
    if head < floor or tokens[head].lower not in source_nouns():
        return None
    start = head
    while start > floor and tokens[start - 1].lower in _DETERMINERS:
        start -= 1
    return (start, end)


def phrase_after(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """Token range [start, j) of the noun phrase that starts at ``start`` ("said Sen. X")."""
    if start < len(tokens) and pronoun(tokens[start]):
        return (start, start + 1) if pronoun(tokens[start]) != "it" else None
    if start < len(tokens) and tokens[start].lower in _JOINERS | _PREPOSITIONS:
        return None  # "offered at the GOP gathering": no speaker follows
    j = start
    while j < len(tokens) and j - start < MAX_PHRASE:
        token = tokens[j]
        if j > start and abbreviation_dot(tokens, j):
            j += 1
            continue
        if not (token.is_word or token.text in "&-’'") or (j > start and _ends_phrase(tokens, j)):
            break
        j += 1
    for end in range(j, start, -1):
        if tokens[end - 1].is_word and can_speak(tokens, (start, end)):
            # "the base chief known as Bob" stops at "chief"
            return _appositive_name(tokens, end) or (start, end)
    return None


def _appositive_name(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """ "said the site manager, Tom Reddy.": a description, then the name that closes the
    clause in apposition; the name is who spoke."""
    if end + 1 >= len(tokens) or tokens[end].text != "," or tokens[end - 1].capitalised:
        return None
    j = end + 1
    while j < len(tokens) and j - end <= 4:
        token = tokens[j]
        if token.capitalised and token.text not in _FUNCTION and token.text not in _CALENDAR:
            j += 1
        elif abbreviation_dot(tokens, j) and j + 1 < len(tokens) and tokens[j + 1].capitalised:
            j += 1  # "Tom J. Reddy"
        else:
            break
    closes = j == len(tokens) or tokens[j].text in {".", ",", ";", QUOTE_TOKEN}
    if j > end + 1 and closes:
        return (end + 1, j)
    return None

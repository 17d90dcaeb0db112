"""Who is the subject of a reporting verb: walking back from the verb to the phrase that speaks.

Built on the phrase readers in ``phrases``: time words and appositives between subject and verb
are skipped ("Trump on Friday said", "Jane Smith, a spokeswoman for the ministry, said"), a
reporting aside speaks ("The plan, Lopez said, was"), and failing all that the nearest phrase
that can speak is taken.
"""

from __future__ import annotations

from newsquote.lexicon import source_nouns, word_class
from newsquote.phrases import (
    MAX_PHRASE,
    abbreviation_dot,
    can_speak,
    is_cue,
    phrase_after,
    phrase_before,
    pronoun,
    quantifier_length,
)
from newsquote.tokens import QUOTE_TOKEN, Token

_BETWEEN = word_class("between")
_WHEN = word_class("when")
_STOP = word_class("stop")
_JOINERS = word_class("joiner")
_FUNCTION = word_class("function")
_CALENDAR = word_class("calendar")
_PAST = word_class("past")
_PREPOSITIONS = word_class("preposition")
_APPOSITIVE_REACH = 24  # tokens between a subject and its verb across appositives
_RELATIVES = frozenset({"who", "which", "whose", "whom", "that", "where", "when"})
# Words that open an appositive part that is no speaking phrase of its own ("of Flint", "who ...").
_NOT_A_PART_START = _JOINERS | _PREPOSITIONS
_NOT_A_SUBJECT_START = _RELATIVES | _PREPOSITIONS
# Where an opening phrase may end: a comma, the dash after a dateline ("WASHINGTON (AP) —"),
# or a quote ("“…,” Trump told a rally, saying").
_DASHES = frozenset({"—", "–", "-"})
_CLAUSE_BREAKS = frozenset({",", "—", "–", QUOTE_TOKEN})
# Passive reporting verbs whose agent passes on or asks for words another says ("quoted by
# Reuters as saying", "asked by reporters about"): the agent is no speaker.
_RELAYING = frozenset({"quoted", "cited", "referred", "asked"})
# Between a by-phrase and the quote it leads into: "described by X as "…"", "told by X that".
_AGENT_LEADS = frozenset({"as", "that", ",", ":"})
# What may end the by-phrase after a quote: a stop, a comma, a time or place ("by police on
# Sunday."); not "to" ("called by the party to force a vote") nor "of" (see by_agent).
_AGENT_ENDS = frozenset({".", ",", ";", ":", "!", "?", "—", "on", "in", "at", "during"}) | _WHEN


def _time_word(token: Token) -> bool:
    """A word of a time phrase between subject and verb: "last week", "on Friday"."""
    return token.text in _CALENDAR or (token.lower in _WHEN and token.text == token.lower)


def skip_back(tokens: list[Token], i: int, floor: int) -> int:
    """Step back over auxiliaries and adverbs between a subject and its verb."""
    while i > floor and (
        tokens[i - 1].lower in _BETWEEN
        or (tokens[i - 1].lower.endswith("ly") and not tokens[i - 1].capitalised)
        or _time_word(tokens[i - 1])
    ):
        i -= 1
    return i


def _opening(tokens: list[Token], closing: int, floor: int) -> int:
    """The "(" that the ")" at ``closing`` closes, within a short reach (-1: none)."""
    k = closing - 1
    while k > max(floor, closing - 17) and tokens[k].text != "(":
        k -= 1
    return k if k > floor and tokens[k].text == "(" else -1


def subject_of(tokens: list[Token], cue: int, floor: int = 0) -> tuple[int, int] | None:
    """The subject of the cue verb at ``cue``: the phrase before it, across appositives."""
    i = skip_back(tokens, cue, floor)
    if i > floor + 1 and tokens[i - 1].text == "," and tokens[i - 2].text == ")":
        k = _opening(tokens, i - 2, floor)
        if k > floor and tokens[k - 1].capitalised:
            return phrase_before(tokens, k, floor)  # "Gov. John Kasich (R-OH), said"
    if i > floor and tokens[i - 1].text == ")":
        k = _opening(tokens, i - 1, floor)
        return phrase_before(tokens, k, floor) if k > floor else None
    if i > floor and tokens[i - 1].text == ",":
        return _before_appositives(tokens, i - 1, floor)
    return phrase_before(tokens, i, floor)


def _named_next(
    tokens: list[Token], rng: tuple[int, int], rest: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """ "A top strategist, John Weaver, tells": a description, then the name in apposition."""
    if tokens[rng[1] - 1].capitalised or not rest:
        return None
    start, end = rest[0]
    name = phrase_before(tokens, end, start) if end > start else None
    return name if name and name[0] == start and tokens[end - 1].capitalised else None


def _before_appositives(tokens: list[Token], comma: int, floor: int) -> tuple[int, int] | None:
    """``Cory James, 22, of Flint, Mich., said``: the first comma-separated part that is a
    speaking phrase from its first word, else the part nearest the verb that can speak."""
    window = max(floor, comma - _APPOSITIVE_REACH)
    commas = [k for k in range(window, comma + 1) if tokens[k].text == ","]
    starts = [window] + [k + 1 for k in commas[:-1]]
    nearest = None
    parts = list(zip(starts, commas, strict=True))
    for index, (start, end) in enumerate(parts):
        rng = phrase_before(tokens, end, start) if end > start else None
        if not rng:
            continue
        opener = tokens[_part_start(tokens, start, floor) if index == 0 else start].lower
        if rng[0] == start and opener not in _NOT_A_PART_START:
            return _named_next(tokens, rng, parts[index + 1 :]) or rng
        if tokens[start].lower not in _NOT_A_SUBJECT_START:  # ", who …", ", in Iowa,"
            nearest = rng
    return nearest


def _part_start(tokens: list[Token], window: int, floor: int) -> int:
    """Where the part that the reach cuts into starts, so that it is judged by its own first
    word ("At Boca West" read from "Boca" is still a place, not a speaker)."""
    k = window
    while k > floor and window - k < MAX_PHRASE and tokens[k - 1].text != ",":
        k -= 1
    return k if k == floor or tokens[k - 1].text == "," else window


def _verb_like(tokens: list[Token], j: int) -> bool:
    """A reporting verb or a past tense ("ended"), unless the word is a speaking noun."""
    token = tokens[j]
    if token.lower in source_nouns() or token.capitalised:
        return False
    return is_cue(tokens, j) or token.lower.endswith("ed") or token.lower in _PAST


def _speaking_prefix(tokens: list[Token], floor: int, before: int) -> tuple[int, int] | None:
    """The longest phrase from ``floor`` (stopping at a verb) that can speak."""
    # "More than 200 nurses signed": the quantifier alone is no phrase, nor does it end one
    words = floor + quantifier_length(tokens, floor)
    j = words
    while j < before and j - floor < MAX_PHRASE:
        token = tokens[j]
        abbreviation = j > floor and abbreviation_dot(tokens, j)
        if not (token.is_word or abbreviation) or token.lower in _STOP or _verb_like(tokens, j):
            break
        j += 1
    for end in range(j, words, -1):
        if tokens[end - 1].is_word and can_speak(tokens, (floor, end)):
            return (floor, end)
    return None


def _dateline(tokens: list[Token], end: int) -> bool:
    """Is the phrase ending at ``end`` a dateline: a parenthesised agency, then a dash?"""
    if end >= len(tokens) or tokens[end].text != "(":
        return False
    close = next((k for k in range(end, min(len(tokens), end + 5)) if tokens[k].text == ")"), -1)
    return 0 < close + 1 < len(tokens) and tokens[close + 1].text in _DASHES


def clause_subject(tokens: list[Token], before: int) -> tuple[int, int] | None:
    """The subject of the clause holding token ``before``, past any opening phrase.

    "Speaking in Salem, New Hampshire, Trump went after Bush, calling him …" gives "Trump": each
    comma may end an opening phrase, and a subject is followed by its verb, not by a comma.
    """
    fallback = None
    for floor in [0] + [k + 1 for k in range(before) if tokens[k].text in _CLAUSE_BREAKS]:
        rng = _speaking_prefix(tokens, floor, before)
        if rng and _dateline(tokens, rng[1]):
            continue  # "Washington (AFP) –": where the story was filed, not who speaks
        if rng and rng[1] < len(tokens) and tokens[rng[1]].text == ",":
            fallback = fallback or rng
        elif rng:
            return rng
    return fallback


def nearest_speaker(tokens: list[Token], before: int) -> tuple[int, int] | None:
    """The closest pronoun or name before token ``before`` (a last resort for "by saying")."""
    for i in range(before - 1, -1, -1):
        token = tokens[i]
        if pronoun(token) and pronoun(token) not in {"it", "her"}:
            return (i, i + 1)
        if token.capitalised and token.text not in _FUNCTION and i + 1 < before:
            rng = phrase_before(tokens, i + 1)
            if rng:
                return rng
    return None


def passive_cue(tokens: list[Token], i: int) -> bool:
    """Can the reporting verb at ``i`` be a passive one, its agent named in a by-phrase (the
    "described" of "was described by", "a storm described as")? Not "says" nor "saying", nor
    a verb whose agent relays words."""
    return tokens[i].lower not in _RELAYING and not tokens[i].lower.endswith(("s", "ing"))


def _by_phrase(tokens: list[Token], k: int, closers: frozenset[str]) -> tuple[int, int] | None:
    """The speaking phrase after a "by" at ``k``, if one of ``closers`` (or the end) follows
    it: not "by phone", which cannot speak, nor "by supporters of the mayor", a group around
    someone rather than clearly the describer."""
    if k >= len(tokens) or tokens[k].lower != "by":
        return None
    rng = phrase_after(tokens, k + 1)
    if not rng or any(t.lower == "of" for t in tokens[rng[0] : rng[1]]):
        return None
    return rng if rng[1] == len(tokens) or tokens[rng[1]].lower in closers else None


def agent_before_quote(tokens: list[Token], cue: int) -> tuple[int, int] | None:
    """ "described by Mayor Ann Whitfield as", "told by the Palace that …": the agent of the
    passive cue at ``cue``, when its clause leads into the quote (no other cue after it:
    "Gingrich — mentioned by Newsmax as the choice — told O'Reilly that "…"")."""
    rng = _by_phrase(tokens, cue + 1, _AGENT_LEADS) if passive_cue(tokens, cue) else None
    if rng and not any(is_cue(tokens, k) for k in range(rng[1], len(tokens))):
        return rng
    return None


def agent_after_quote(tokens: list[Token]) -> tuple[int, int] | None:
    """ "… "a betrayal" by union leader Tom Reyes.": a by-phrase opening the words after a
    quote and ending its clause (the cue before the quote is the caller's to check)."""
    return _by_phrase(tokens, 1 if tokens and tokens[0].text == "," else 0, _AGENT_ENDS)

"""Reporting clauses: find the cue (said, told, according to) and the phrase that speaks.

Works on the words outside quote marks next to a quote, without a parser: the patterns are the
ones reporters use (``"…," X said``, ``"…," said X, title``, ``X said: "…"``, ``according to
X``, ``X, a spokesman for Y, said``, ``"…" — X``), read word by word (``newsquote.phrases``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from newsquote.lexicon import word_class
from newsquote.phrases import (
    PASSIVE,
    abbreviation_dot,
    cue_indices,
    is_cue,
    phrase_after,
    phrase_before,
)
from newsquote.subjects import (
    agent_after_quote,
    agent_before_quote,
    clause_subject,
    nearest_speaker,
    passive_cue,
    skip_back,
    subject_of,
)
from newsquote.tokens import QUOTE_TOKEN, Token

_DETERMINERS = word_class("determiner")
_OBJECT_OF = word_class("preposition") | {"of"}
_SPEECH_NOUNS = word_class("speech_noun")
_OWNER_REACH = 6  # words between a speech noun and the quote ("pledge to be "…"")
_DASHES = "—–-"
_LEAD_IN_REACH = 5  # a verb this close to the quote leads into it ("the heckler yelled:")
_PAREN = 8  # tokens a parenthesis inside a reporting clause may hold
_RELATIVE_SUBJECTS = frozenset({"who", "which"})
_CLAUSE_JOINS = frozenset(
    {",", ";", "—", "–", "as", "when", "while", "after", "before", "because", "and", "but"}
)
_MODALS = frozenset({"will", "would", "could", "can", "might", "may", "should", "must", "to"})
_COORDINATION = frozenset({",", "and", "but", "by", "to", "then", "before", "after", "while"})


class Attribution(NamedTuple):
    """A reporting clause found next to a quote: the speaking phrase and the cue."""

    speaker: tuple[int, int]  # offsets of the speaking phrase
    cue: tuple[int, int]
    rule: str
    refers_to: tuple[int, int] | None = None  # what a speaking "who" stands for


def _span(tokens: list[Token], rng: tuple[int, int]) -> tuple[int, int]:
    return tokens[rng[0]].start, tokens[rng[1] - 1].end


def according_to(tokens: list[Token]) -> Attribution | None:
    """``according to X``, anywhere in the context: the source the reporter relies on, even
    when the words are someone else's ("…," Sanders said, according to CNN)."""
    for i in range(len(tokens) - 1):
        if tokens[i].lower == "according" and tokens[i + 1].lower == "to":
            rng = phrase_after(tokens, i + 2)
            if rng:
                return Attribution(_span(tokens, rng), _span(tokens, (i, i + 2)), "according to X")
    return None


def dash_credit(tokens: list[Token]) -> Attribution | None:
    """``"…" — X``: a dash, then a name that ends the sentence."""
    if len(tokens) < 2 or tokens[0].text not in _DASHES or not tokens[1].capitalised:
        return None
    rng = phrase_after(tokens, 1)
    if rng and (rng[1] == len(tokens) or not tokens[rng[1]].is_word):
        return Attribution(_span(tokens, rng), _span(tokens, (0, 1)), '"…" — X')
    return None


def _in_parentheses(tokens: list[Token], i: int, floor: int) -> bool:
    """Is token ``i`` inside (or the mark of) a short parenthesis that closes: "(D-N.Y.)"?"""
    back = range(i, max(floor, i - _PAREN) - 1, -1)
    opening = next((k for k in back if tokens[k].text == "("), -1)
    if opening < 0 or any(tokens[k].text == ")" for k in range(opening, i)):
        return False
    return any(t.text == ")" for t in tokens[i : opening + _PAREN + 1])


def after_quote(tokens: list[Token], reach: int = 24) -> Attribution | None:
    """A tag right after the quote: ``"…," X said`` or ``"…," said X``."""
    start = 1 if tokens and tokens[0].text in ",—–-" else 0
    # most tags hold no parenthesis: then no token needs looking back for one
    parenthesis = any(t.text == "(" for t in tokens[start : start + reach])
    for i in range(start, min(len(tokens), start + reach)):
        if parenthesis and _in_parentheses(tokens, i, start):
            continue  # "Sen. Chuck Schumer (D-N.Y.) said"
        if tokens[i].text in ".;:!?(" and not abbreviation_dot(tokens, i):
            break
        if tokens[i].text == QUOTE_TOKEN:
            break
        if not is_cue(tokens, i):
            continue
        if tokens[i].lower.endswith("ing") and skip_back(tokens, i, start) == start:
            return None  # '"…," saying …' speaks for the sentence subject (trailing_participle)
        if skip_back(tokens, i, start) == start:
            rng, rule = phrase_after(tokens, i + 1), '"…," said X'
        else:
            rng, rule = subject_of(tokens, i, start), '"…," X said'
            rng = rng or _it_range(tokens, i, start)
        lead_words = {t.lower for t in tokens[start : rng[0]]} if rng else set()
        adjacent = rng and (lead_words <= _DETERMINERS or tokens[rng[0] - 1].text == ",")
        if rng and (rule == '"…," said X' or adjacent):
            return Attribution(_span(tokens, rng), _span(tokens, (i, i + 1)), rule)
        lead = phrase_after(tokens, start)  # '"…," Katie Packer, who chairs the PAC, said'
        if lead and lead[1] < len(tokens) and tokens[lead[1]].text == "," and rng:
            return Attribution(_span(tokens, lead), _span(tokens, (i, i + 1)), '"…," X, …, said')
        return None
    return dash_credit(tokens) or according_to(tokens[:reach])


def final_credit(tokens: list[Token]) -> Attribution | None:
    """``… "…" for the EU, said Geert Wilders, founder of …``: an inverted tag that ends the
    sentence credits everything the sentence quotes."""
    for i in range(len(tokens) - 2, 0, -1):
        if tokens[i - 1].text != "," or tokens[i].lower.endswith("ing") or not is_cue(tokens, i):
            continue
        rng = phrase_after(tokens, i + 1)
        if rng and (rng[1] == len(tokens) or tokens[rng[1]].text in ",.("):
            return Attribution(_span(tokens, rng), _span(tokens, (i, i + 1)), '"…" …, said X')
        return None
    return _closing_tag(tokens)


def _closing_tag(tokens: list[Token]) -> Attribution | None:
    """``… was "doing the right thing," CNN reported.``: a short tag that closes the sentence."""
    end = len(tokens) - 1 if tokens and tokens[-1].text == "." else len(tokens)
    cue = end - 1
    if cue < 2 or not is_cue(tokens, cue) or tokens[cue].lower.endswith("ing"):
        return None
    rng = phrase_before(tokens, cue)
    if rng and rng[0] > 0 and tokens[rng[0] - 1].text == ",":
        return Attribution(_span(tokens, rng), _span(tokens, (cue, cue + 1)), '"…" …, X said')
    return None


def _clause_speaker(tokens: list[Token], i: int) -> tuple[tuple[int, int] | None, str]:
    """The speaker of the cue at ``i``: its subject, else the clause's, else the nearest name.

    A participle ("…, saying", "by calling") takes the subject of its clause.
    """
    agent = agent_before_quote(tokens, i)
    if agent:
        return agent, 'described by X as "…"'
    if i == 0:
        return phrase_after(tokens, 1), 'said X: "…"'
    if tokens[i - 1].lower in PASSIVE and not tokens[i].lower.endswith(("s", "ing")):
        return None, ""  # "the winner was declared": the subject did not speak
    participle = tokens[i].lower.endswith("ing")
    # "McCain calling it …", "protesters chanting …": a participle right after its subject.
    rng = phrase_before(tokens, i) if not participle or tokens[i - 1].is_word else None
    rng = subject_of(tokens, i) if not participle else rng
    if rng:
        return rng, 'X said "…"'
    rng = phrase_after(tokens, i + 1) if tokens[i - 1].text == "," else None
    inverted = rng and rng[1] + 1 == len(tokens) and tokens[rng[1]].text in ",:"
    if inverted and tokens[rng[1] - 1].capitalised:
        return rng, ', said X, "…"'
    if participle or tokens[i - 1].lower in _COORDINATION:
        rng = clause_subject(tokens, i) or subject_of(tokens, i) or nearest_speaker(tokens, i)
        return rng, 'X …, saying "…"'
    return None, ""


def _colon_credit(tokens: list[Token]) -> Attribution | None:
    """``Pew Research: "…"``, ``Pollsters agree - Carl Bialik: "…"``, ``From the report: "…"``:
    a name and a colon, opening the sentence or after a dash or "from"."""
    colon = len(tokens) - 1
    if colon < 1 or tokens[colon].text != ":":
        return None
    marks = [k for k in range(colon) if tokens[k].text in _DASHES or tokens[k].lower == "from"]
    floor = marks[-1] + 1 if marks else 0
    rng = phrase_before(tokens, colon, floor)
    if rng and rng[0] == floor:
        return Attribution(_span(tokens, rng), _span(tokens, (colon, colon + 1)), 'X: "…"')
    return None


def _aside(tokens: list[Token], i: int) -> bool:
    """Is the cue at ``i`` a reporting aside between commas (", Cruz said,")?"""
    if i + 1 >= len(tokens) or tokens[i + 1].text != ",":
        return False
    rng = phrase_before(tokens, skip_back(tokens, i, 0))
    return bool(rng) and rng[0] > 0 and tokens[rng[0] - 1].text == ","


def _leads_in(tokens: list[Token], cues: list[int]) -> bool:
    """Does the last of the ``cues`` lead straight into the quote ("as the heckler yelled:
    "…"")?

    A cue after a modal, or one that follows an earlier cue with no conjunction or comma
    between, sits in a clause the earlier cue reports ("Obama said Americans will say "no"",
    "He says he believes"): the earlier cue's subject speaks."""
    i = cues[-1]
    if i < len(tokens) - _LEAD_IN_REACH or (i and tokens[i - 1].lower in _MODALS):
        return False
    # "He says he believes …": right after the first cue, a cue reports in its clause.
    first = cues[0] if len(cues) > 1 else None
    if first is not None and _aside(tokens, first):
        return False  # "The plan, Lopez said, was "dead"": the aside credits the sentence
    return first is None or any(t.lower in _CLAUSE_JOINS for t in tokens[first + 1 : i])


def _it_range(tokens: list[Token], i: int, floor: int = 0) -> tuple[int, int] | None:
    """ "It said", "the ad … it reads": a statement, report or body speaks through "it"."""
    k = skip_back(tokens, i, floor) - 1
    if k < floor or tokens[k].lower != "it" or tokens[i].lower.endswith("ing"):
        return None
    if tokens[i - 1].lower in PASSIVE:
        return None  # "it was called "…"": not said by it
    return (k, k + 1)


def _it_subject(tokens: list[Token], i: int) -> Attribution | None:
    rng = _it_range(tokens, i)
    if not rng:
        return None
    return Attribution(_span(tokens, rng), _span(tokens, (i, i + 1)), 'it said "…"')


def _relative_subject(tokens: list[Token], i: int) -> Attribution | None:
    """``Trump, who has called the pact "insanity"``: the speaker is "who", standing for the
    phrase before the comma."""
    k = skip_back(tokens, i, 0) - 1
    if k < 2 or tokens[k].lower not in _RELATIVE_SUBJECTS or tokens[k - 1].text != ",":
        return None
    rng = phrase_before(tokens, k - 1)
    if not rng:
        return None
    cue = _span(tokens, (i, i + 1))
    return Attribution(_span(tokens, (k, k + 1)), cue, 'X, who said "…"', _span(tokens, rng))


def before_quote(tokens: list[Token]) -> Attribution | None:
    """A reporting clause that leads into the quote: ``X said: "…"``, ``X called it "…"``.

    The first reporting verb of the sentence speaks (its main clause), unless another one
    leads straight into the quote ("Cruz said as the heckler yelled: "…"").
    """
    found = according_to(tokens) or _colon_credit(tokens)
    if found:
        return found
    cues = cue_indices(tokens)
    if cues and _leads_in(tokens, cues):
        cues.insert(0, cues.pop())
    fallback = None
    for i in cues:
        relative = _relative_subject(tokens, i) or _it_subject(tokens, i)
        if relative:
            return relative
        rng, rule = _clause_speaker(tokens, i)
        if rng and rng[0] > 0 and tokens[rng[0] - 1].lower in _OBJECT_OF:
            # "the divide in America highlighted by …, Fallin said": a later cue may have
            # a real subject ("four in 10 voters said" has none)
            fallback = fallback or Attribution(_span(tokens, rng), _span(tokens, (i, i + 1)), rule)
        elif rng:
            return Attribution(_span(tokens, rng), _span(tokens, (i, i + 1)), rule)
    return fallback


def owner_credit(before: list[Token], after: list[Token]) -> Attribution | None:
    """``Trump's pledge to be "…"``, ``Romney's "…" comment``: a named owner of what is said."""
    nouns = [k for k in range(max(0, len(before) - _OWNER_REACH), len(before))]
    nouns += [len(before) + k for k in range(min(2, len(after)))]
    tokens = before + after[:2]
    for k in reversed(nouns):
        if tokens[k].lower not in _SPEECH_NOUNS:
            continue
        j = k - 1
        while j > 0 and tokens[j].is_word and not tokens[j].capitalised and k - j <= 3:
            j -= 1  # "Trump's recent evidence-free assertion"
        if j >= 0 and tokens[j].capitalised and tokens[j].lower.endswith(("’s", "'s")):
            first = j
            while first > 0 and tokens[first - 1].capitalised and tokens[first - 1].is_word:
                first -= 1
            speaker = (tokens[first].start, tokens[j].end - 2)
            return Attribution(speaker, _span(tokens, (k, k + 1)), 'X’s claim "…"')
    return None


def passive_split(before: list[Token], after: list[Token]) -> Attribution | None:
    """ "The deal was called "a betrayal" by Tom Reyes.": a passive reporting verb right before
    the quote (with "as" after it, or not), and a by-phrase right after it that names a speaker."""
    cue = len(before) - (2 if before and before[-1].lower == "as" else 1)
    if cue < 0 or not is_cue(before, cue) or not passive_cue(before, cue):
        return None
    agent = agent_after_quote(after)
    if not agent:
        return None
    return Attribution(_span(after, agent), _span(before, (cue, cue + 1)), '"…" by X')


def trailing_participle(lead: Callable[[], list[Token]], after: list[Token]) -> Attribution | None:
    """``X praised the "…," saying …``: a participle after the quote speaks for the subject."""
    start = 1 if after and after[0].text == "," else 0
    if start < len(after) and after[start].lower.endswith("ing") and is_cue(after, start):
        tokens = lead()  # the words before the quote, tokenized only now: most have no need
        rng = clause_subject(tokens, len(tokens))
        if rng:
            cue = _span(after, (start, start + 1))
            return Attribution(_span(tokens, rng), cue, 'X … "…," saying')
    return None


def sentence_subject(tokens: list[Token]) -> Attribution | None:
    """``Moore thanked him for "…"``: no reporting verb, but the sentence's subject and verb
    lead into the quote (PolNeAR counts any verb that carries content)."""
    rng = clause_subject(tokens, len(tokens))
    if rng and rng[1] < len(tokens) and tokens[rng[1]].is_word and not tokens[rng[1]].capitalised:
        verb = _span(tokens, (rng[1], rng[1] + 1))
        return Attribution(_span(tokens, rng), verb, 'X <verb> … "…"')
    return None

"""Single marks in UK and tokenized copy: a quote mark or an apostrophe, by what stands around it.

- between two letters it is an apostrophe: don't, o'clock, y'all, Ma'am;
- before an elided word it is an apostrophe, even after a space: the '90s, 'em, rock 'n' roll,
  and the clitics of tokenized text (he 's, do n't, I 'm; didn ’ t);
- after a space (or bracket, dash or colon) and before a word it opens a quote; after a word or
  a stop and before a space or punctuation it closes one, except that s' before a content word
  is a plural possessive (Jones' car, the players' union; but 'the champions' and …);
- standing alone between spaces (tokenized text) it closes after a comma or semicolon, opens
  after a colon, and elsewhere does whichever the quote state asks;
- a curly mark keeps its facing: ‘ never closes and ’ never opens.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsquote.lexicon import stopwords

OPEN, CLOSE, EITHER = "open", "close", "either"  # the roles a quote mark may play

# Words that begin with an apostrophe: a mark before one is no quote mark. The clitics of
# tokenized text count in lower case only ('M&S is …' opens a quote); 'em, 'tis, 'cos, rock 'n'
# roll and the '90s in any case.
_CLITICS = ("s", "t", "d", "m", "ll", "re", "ve", "n")
_ELIDED_WORDS = ("em", "tis", "twas", "til", "cos", "cause")
_ELIDED = r"(?:" + "|".join(_CLITICS) + r"|(?i:" + "|".join(_ELIDED_WORDS) + r"))(?![\w&-])"
_ELISION = re.compile(r"[‘’'] ?" + _ELIDED)
# A decade, right after a straight or closing mark: the '90s ('20 people died' is a quote).
_DECADE = r"(?<=['’])\d0s?(?!\w)"
_OPEN_BEFORE = '([{—–-"“”«„:/'  # what may stand before an opening mark, besides a space
_OPEN_AFTER = '([{$£€#@…"“'  # what may follow one, besides a letter or digit
_CLOSE_BEFORE = '.,;:!?…)]}%"”'  # what may stand before a closing mark, besides a word
_CLOSE_AFTER = ".,;:!?…)]}—–-\"”'’"  # what may follow one, besides a space


@lru_cache(maxsize=2)
def single_opener(mark: str) -> re.Pattern[str]:
    """A single ``mark`` (' or ‘) that opens a quote: after a space, bracket, dash or colon,
    before a word that is not elided (a space may come between in tokenized text).

    One pattern per mark, each starting with its mark: the regex engine jumps from one to the
    next, where a class of the two would make it stop at every character (five times slower).
    Compiled on first use: most copy has no ‘."""
    before = rf"(?<![^\s{re.escape(_OPEN_BEFORE)}]{mark})"  # looks back from after the mark
    return re.compile(
        rf"{mark}{before}(?= ?[\w{re.escape(_OPEN_AFTER)}])(?! ?{_ELIDED})(?!{_DECADE})"
    )


_DECADE_AFTER = re.compile(r"['’]" + _DECADE[len(r"(?<=['’])") :])
_NEXT_WORD = re.compile(r" (\w{1,40})")


def role_single(text: str, pos: int) -> str | None:
    """Single marks in UK or tokenized copy: a quote mark or an apostrophe, by the rules of the
    module docstring."""
    char = text[pos]
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if (before.isalnum() and after.isalnum()) or _ELISION.match(text, pos):
        return None  # don't, he 's
    rock_n_roll = pos > 1 and before in "nN" and text[pos - 2] in "‘’'"
    if rock_n_roll or _DECADE_AFTER.match(text, pos):
        return None  # the '90s; the second mark of rock 'n' roll
    if before.isspace() and (after.isspace() or after in _CLOSE_AFTER):
        left = text[pos - 2] if pos > 1 else " "  # a mark standing alone: look past the space
        if char != "'":
            role = OPEN if char == "‘" else CLOSE
        elif left in ",;":
            role = CLOSE
        else:
            role = OPEN if left == ":" else EITHER
    elif (before.isspace() or before in _OPEN_BEFORE) and (after.isalnum() or after in _OPEN_AFTER):
        role, left = OPEN, before
    elif (before.isalnum() or before in _CLOSE_BEFORE) and (
        after.isspace() or after in _CLOSE_AFTER
    ):
        role, left = CLOSE, before
    else:
        return None
    if (char == "‘" and role == CLOSE) or (char == "’" and role == OPEN):
        return None  # a curly mark keeps its facing
    if role != OPEN and left in "sS" and _possessive(text, pos):
        return None
    return role


def _possessive(text: str, pos: int) -> bool:
    """s' before a content word owns it (the players' union); before a function word or a
    stop it closes a quote ('the champions' and …)."""
    word = _NEXT_WORD.match(text, pos + 1)
    return bool(word) and word.group(1).lower() not in stopwords()

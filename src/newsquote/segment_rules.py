"""News corrections to Punkt's sentence breaks, each one a rule a copy editor would name.

Punkt decides from the word before a period and the word after it. News copy adds quotations,
titles, datelines, lists and ellipses, so its breaks ("cuts": the position where the next
sentence starts) are revised here, one paragraph at a time:

* a cut is dropped when the next sentence would start in lower case or with punctuation
  (`"Why?" he asked.`), after a title (`Dr. He Jiankui`), after "City, St." before a word that
  does not open sentences, before a bare attribution (`"Stop!" Smith shouted.`) and after a list
  marker that opens its item;
* a cut is added after an ellipsis followed by a capital, after an initial followed by a
  frequent sentence starter (`you and I. Did you...`), after an abbreviation followed by an
  opening quote (`the U.S. "We...`), before each list item, after a heading line and where a
  caption runs into the next sentence without a stop (`died at the scene The victim had`).

Every rule reads a bounded window around the cut, so the whole pass stays linear.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from newsquote.lexicon import tag_verbs
from newsquote.segment_layout import BULLETS, heading_ends, item_starts, run_on_starts
from newsquote.segment_params import NO_END_WORDS, abbreviations, sentence_starters

_WINDOW = 80  # characters of context a rule may read on either side of a cut
_COURTESY = frozenset(("mr", "mrs", "ms", "messrs", "mmes", "dr"))
_QUOTE_OPENERS = "\"'“‘«"
_OPENERS = _QUOTE_OPENERS + "(["
_TOKEN_LEADS = _OPENERS + BULLETS  # taken off the front of a token
_CLOSERS = "\"'”’»)]"
# Names spelt with an exclamation mark: "Yahoo! Finance" goes on; "Yahoo! The firm..." stops.
_EXCLAIMED_NAMES = frozenset(("yahoo", "jeopardy", "jeb", "wham"))
_WEB = ("http:", "https:", "www.")  # an address opens a sentence in lower case
_CONTINUING = ",;:.…%”’»)]}"
# A quotation that ends in a question, an exclamation or trails off, then its closing mark.
_QUOTE_CLOSERS = "\"'”’»"
_OPEN_ENDS = ("?", "!", "…", "...")
_MARKER = re.compile(r"\(?(?:\d{1,3}|[A-Za-z])(?:\.\)|\.|\))")
_ITEM_LEADS = (":", "\n", "\r", *BULLETS)  # what comes before an item (and spaces or tabs)
# Rare rules' patterns are strings, compiled on first use (re keeps them): most texts need none
# (of the 100 dev articles, 6 need the attribution and 10 an ellipsis pattern).
_CITY_COMMA = r"[A-Z][\w.'’-]*,\s+$"
_STOP = r"[.?!][\"'”’)\]]*\s+"
# An attribution after a quotation: one to four capitalised words (a name), then a word that
# must be a verb of speaking from ``data/tag_verbs.txt`` ("Smith shouted", "Mayor Jane Smith
# asked"). Those verbs are single lower-case words, so no name word can be one.
_NAME_THEN_WORD = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(\w+)"
_ELLIPSIS_END = r"(?:\.\.\.|…|\.\s\.\s\.)$"
# A spaced ellipsis after a word and a space ("the thing is . . . I"): an omission inside a
# sentence (Chicago style). With a fourth dot ("words. . . .") the sentence has ended.
_SPACED_ELLIPSIS = r"(?<![.\s])\s\.\s\.\s\.$"
# An extra cut: "." or "…", closing marks, space, a word; a pattern per stop (found as a literal).
_THEN_WORD = r"([\"'”’»)\]]*)\s+(?=[\"'“‘«(\[]*[^\W\d_])"
_STOPS_THEN_WORD = (re.compile(r"\." + _THEN_WORD), re.compile("…" + _THEN_WORD))


def _head_word(head: str) -> str:
    """The first word of a stretch of text, without opening quotes or brackets."""
    match = re.match(r"\w+", head.lstrip(_OPENERS))
    return match.group(0) if match else ""


def _last_token(tail: str) -> str:
    """The last whitespace-separated token, without opening quotes, brackets or bullets."""
    parts = tail.rsplit(None, 1)
    return parts[-1].lstrip(_TOKEN_LEADS) if parts else ""


def _ellipsis_end(tail: str) -> re.Match[str] | None:
    """The ellipsis that ends ``tail``, if any (read from its last few characters only)."""
    before_last = tail[-2:-1]
    if tail[-1:] != "…" and before_last != "." and not before_last.isspace():
        return None  # the common case, "word.", decided without a regex
    return re.compile(_ELLIPSIS_END).search(tail, max(0, len(tail) - 5))


def _spaced_ellipsis(tail: str) -> bool:
    """Tail ends with an omission mark inside a sentence: "word . . .", not "word. . . ."."""
    return bool(re.compile(_SPACED_ELLIPSIS).search(tail, max(0, len(tail) - 7)))


def _continues(head: str) -> bool:
    """True when text cannot open a sentence: lower case (not "iPhone"), or punctuation that
    belongs to the sentence before (a comma, the rest of an ellipsis, a closing bracket, a dash
    as in "and -- voila! -- you have cake")."""
    if head[:1] in _CONTINUING or head.startswith(("—", "–", "--")):
        return True
    rest = head.lstrip(_OPENERS)
    if not rest[:1].islower() or rest.startswith(_WEB):
        return False
    return not (len(rest) > 1 and rest[1].isupper())


def _is_starter(word: str) -> bool:
    """A capitalised frequent sentence starter ("The", "He"), not a name."""
    return word[:1].isupper() and word.lower() in sentence_starters()


def _is_title(token: str) -> bool:
    """A title that always precedes a name (Mr., Dr., ex-Gov.)."""
    return token.endswith(".") and token[:-1].lower().split("-")[-1] in abbreviations().titles


def _exclaimed_name(token: str, head: str) -> bool:
    """`Yahoo! Finance reported` is one sentence: the "!" belongs to the name."""
    return token[:-1].lower() in _EXCLAIMED_NAMES and not _is_starter(_head_word(head))


def _after_state(tail: str, token: str, head: str) -> bool:
    """`Springfield, Ill. Officials said` is one sentence; `fell ill. Doctors` is two."""
    at = len(tail) - len(token)
    return (
        token[:-1].lower() in abbreviations().states
        and bool(re.compile(_CITY_COMMA).search(tail, max(0, at - 40), at))
        and not _is_starter(_head_word(head))
    )


def _before_attribution(text: str, cut: int, end: int, token: str) -> bool:
    """`"Stop!" Smith shouted on Monday.`: a quoted question, exclamation or trailing-off and
    its attribution by name are one sentence. After a quoted full stop, or before a capitalised
    pronoun (`"Really?" He left.`), a new sentence starts."""
    quote = token.rstrip(_QUOTE_CLOSERS)
    if quote == token or not quote.endswith(_OPEN_ENDS):
        return False
    name = re.compile(_NAME_THEN_WORD).match(text, cut, min(end, cut + _WINDOW))
    if not name or name.group(1) not in tag_verbs():
        return False
    return not _is_starter(_head_word(name.group(0)))


def _in_headline_case(tail: str, token: str) -> bool:
    """`Troops To Leave The U.S. And Iran`: in headline capitals an abbreviation followed by a
    capitalised "And" or "The" is no sign of a new sentence."""
    if not abbreviations().is_abbreviation(token[:-1].lower()):
        return False
    words = tail[: len(tail) - len(token)].split()[-4:]
    return (
        len(words) == 4
        and all(word[:1].isupper() for word in words)
        and any(word.lower() in NO_END_WORDS or _is_starter(word) for word in words)
    )


def _opens_item(text: str, lo: int, position: int, token: str, items: set[int]) -> bool:
    """A list marker ("2.", "b)") at ``position`` that opens its item stays with its text."""
    if not _MARKER.fullmatch(token):
        return False
    before = text[max(lo, position - 8) : position]
    return position == lo or position in items or before.rstrip(" \t").endswith(_ITEM_LEADS)


def _plain_word(token: str) -> bool:
    """A word, its stop and any closing quotation marks ("said.", "it.’") that no costlier rule
    is about: lower case, quoted, else no title, state, abbreviation, "Yahoo!" or lone letter."""
    core = token.rstrip(_QUOTE_CLOSERS)
    word = core[:-1]
    if core[-1:] not in (".", "?", "!") or not word.isalpha():
        return False
    if word.islower() or core != token:
        return True
    return len(word) > 1 and word.lower() not in _rule_words()


@lru_cache(maxsize=1)
def _rule_words() -> frozenset[str]:
    """The words a rule is about when they end a sentence (lower case, no stop)."""
    table = abbreviations()
    return table.ordinary | table.titles | table.states | _EXCLAIMED_NAMES


def kept_cut(text: str, lo: int, cut: int, hi: int, items: set[int]) -> int | None:
    """Where the next sentence starts if the cut after text[lo:cut] stands (None: it falls)."""
    tail_start = max(lo, cut - _WINDOW)
    tail = text[tail_start:cut].rstrip()
    head = text[cut : min(hi, cut + _WINDOW)]
    token = _last_token(tail)
    if _continues(head) or _before_attribution(text, cut, hi, token):
        return None
    if _plain_word(token):
        return cut  # "said. The": the common case (no mark stands alone after the word)
    ellipsis = _ellipsis_end(tail.rstrip(_CLOSERS))
    if ellipsis:
        keeps = _ellipsis_ends(tail, ellipsis.start(), head)
    else:
        keeps = not (
            _is_title(token)
            or _exclaimed_name(token, head)
            or _after_state(tail, token, head)
            or _in_headline_case(tail, token)
            or _opens_item(text, lo, tail_start + len(tail) - len(token), token, items)
        )
    return _opener_first(text, lo, cut) if keeps else None


def _ellipsis_ends(tail: str, at: int, head: str) -> bool:
    """`I waited... Nothing happened.`: an ellipsis before a capital ends the sentence, unless
    it opens a quotation or is a spaced omission mark inside the sentence."""
    before = tail[:at].rstrip()
    return (
        bool(before)
        and before[-1] not in _OPENERS
        and _last_token(before).lower() not in NO_END_WORDS
        and not _spaced_ellipsis(tail)
        and head.lstrip(_OPENERS)[:1].isupper()
    )


def _words_since_stop(tail: str) -> int:
    """How many words the sentence ending in ``tail`` has had since the last full stop."""
    stops = [stop.end() for stop in re.finditer(_STOP, tail)]
    return len(tail[stops[-1] if stops else 0 :].split())


def _abbreviation_ends(tail: str, token: str, head: str) -> bool:
    """An abbreviation ends the sentence before an opening quote (`the U.S. "We...`) or before
    a courtesy title once the sentence has got going (`left at 6 p.m. Mr. Smith then...`;
    but `former Fla. Gov. Jeb Bush`)."""
    table = abbreviations()
    word = token[:-1].lower().split("-")[-1]
    if word in table.titles or not table.is_abbreviation(word):
        return False
    if head[:1] in _QUOTE_OPENERS:
        return head[1:2].isupper()
    title = re.match(r"([A-Za-z]+)\.\s", head)
    return bool(title and title.group(1).lower() in _COURTESY and _words_since_stop(tail) > 3)


def _extra_cut(tail: str, closers: str, head: str) -> bool:
    """Whether a period or ellipsis Punkt let pass ends a sentence after all."""
    ellipsis = _ellipsis_end(tail)
    if ellipsis:
        return _ellipsis_ends(tail, ellipsis.start(), head)
    if closers:
        return False
    token = _last_token(tail)
    if len(token) == 2 and token[0].isupper():  # an initial: "you and I. Did you..."
        word = _head_word(head)
        return len(word) > 1 and _is_starter(word)
    return _abbreviation_ends(tail, token, head)


def extra_cuts(text: str, start: int, end: int, made: set[int]) -> set[int]:
    """Cuts Punkt did not make (``made``) in text[start:end] (see the module docstring)."""
    cuts: set[int] = set()
    matches = chain.from_iterable(stop.finditer(text, start, end) for stop in _STOPS_THEN_WORD)
    for match in matches:
        if match.end() in made:
            continue
        tail = text[max(start, match.start() - _WINDOW) : match.start() + 1]
        head = text[match.end() : min(end, match.end() + _WINDOW)]
        token = _last_token(tail) + match.group(1)
        if _extra_cut(tail, match.group(1), head) and not _before_attribution(
            text, match.end(), end, token
        ):
            cuts.add(match.end())
    return cuts


@lru_cache(maxsize=1)
def _opening_marks(text: str) -> frozenset[int]:
    """Offsets of the marks that open a quote in ``text`` (read by the quote-mark finder,
    imported here because it reads paragraphs with :mod:`newsquote.segment`)."""
    from newsquote.quotemarks import find_quoted

    return frozenset(quote.open_mark for quote in find_quoted(text))


def _opener_first(text: str, lo: int, cut: int) -> int:
    """`wrong . ' I did n't`, `done . ‘ He`: in tokenized copy a mark alone after a stop, which
    Punkt gives the sentence it ends, may open the next one's quote. It moves to the next one
    when it faces forward (‘ “ «) or, straight, when the quote finder has it open a quote."""
    tail_start = max(lo, cut - 4)
    tail = text[tail_start:cut].rstrip()
    if not (tail[-1:] in _QUOTE_OPENERS and tail[-3:-1] in (". ", "? ", "! ")):
        return cut
    mark = tail_start + len(tail) - 1
    return mark if tail[-1] in "‘“«" or mark in _opening_marks(text) else cut


def revise(text: str, start: int, end: int, cuts: list[int]) -> list[int]:
    """Punkt's cuts in the paragraph text[start:end], corrected for news copy."""
    items = item_starts(text, start, end)
    kept: list[int] = []
    moved: set[int] = set()  # cuts moved back to a mark: no other rule may cut there again
    lo = start
    for index, cut in enumerate(cuts):
        hi = cuts[index + 1] if index + 1 < len(cuts) else end
        if (at := kept_cut(text, lo, cut, hi, items)) is not None:
            kept.append(at)
            if at != cut:
                moved.add(cut)
            lo = cut
    layout = heading_ends(text, start, end) | run_on_starts(text, start, end)
    added = extra_cuts(text, start, end, set(cuts)) | layout
    return sorted((set(kept) | items | added) - moved)

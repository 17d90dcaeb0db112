"""Wire and web boilerplate: the lines of a news page that are not the story.

Two kinds. Whole lines that are never a summary sentence (a byline, "PUBLISHED: ... UPDATED:
...", "Scroll down for video", "Read more:", a photo credit, a copyright line), and prefixes
glued to a real sentence (a dateline such as "WASHINGTON (AP) —", the "(CNN)" source tag, a
"Scroll down for video" left in front of the next sentence). The first are dropped; the second
are skipped so that the sentence starts where the story does. Offsets are never altered: callers
move the start of a span, they do not rewrite text.
"""

from __future__ import annotations

import re

# A whole sentence that is page furniture, by kind (matched from the sentence start).
WHOLE_LINE_PATTERNS: dict[str, str] = {
    "timestamp": r"\W*(?:PUBLISHED|UPDATED|Published|Updated|Last updated|Last modified)\b",
    "clock": r"\W*\d{1,2}:\d{2}\s*(?:[AP]M\s*)?(?:[A-Z]{2,4}\b)?[\s,]*\d{1,2}\s+[A-Z]",
    "video": r"\W*(?:Scroll|scroll) down for (?:the )?videos?\W*$",
    "read more": r"\W*(?:Read more|READ MORE|Click here|CLICK HERE|See also)\b",
    "credit": (  # in any case: (?i:...)
        r"(?i:\W*(?:(?:Image|Photo|Picture|Video)s?\s*(?:credit|courtesy)?|Credit|Source)\s*:)"
    ),
    "agency photo": r"\W*\(?(?:AP|AFP|Reuters|Getty)(?: Images)? ?Photo\b",
    "copyright": r"\W*(?:Copyright\b|©|\(c\) \d{4})",
    "share": r"\W*(?:Share this article|Follow (?:us|@)|Sign up for)\b",
    "no words": r"[\W_]*$",
}
# All kinds in one regex, a group each (one match per sentence instead of nine): as in the
# table's order, the first kind that matches names the sentence.
_WHOLE_LINE = re.compile("|".join(f"({pattern})" for pattern in WHOLE_LINE_PATTERNS.values()))
_KINDS = tuple(WHOLE_LINE_PATTERNS)

# "By", then only capitalised words, initials and joining words: "By Jane Doe and John Roe,
# Associated Press", "By . Daily Mail Reporter ." ("By the time ..." is a sentence, not a byline).
# (is_byline tests for the literal "By" first: keep the pattern case-sensitive, or change both)
_BYLINE = re.compile(r"\W*By\b[\s.]*(?P<names>.*)$", re.DOTALL)
# A string, compiled on first use (re keeps it): 1 in 100 articles has a line to test word by
# word, and compiling it costs every summary 1.8 M instructions.
_NAME_WORD = r"[A-Z][\w'’.-]*,?|and|of|the|for|in|[|,.]"
_BYLINE_MAX_WORDS = 10

# Prefixes glued in front of the first real sentence of an article.
_PLACE = r"[A-Z][\w.'-]*(?:,? [A-Z][\w.'-]*){0,4}"
_AGENCY = r"CNN|AP|Reuters|AFP|UPI|The Hollywood Reporter"
_SOURCE_TAG = rf"(?:{_PLACE}\s*)?\(\s*(?:{_AGENCY})\s*\)"
_CAPS_DATELINE = r"[A-Z]{2,}[A-Z .,'-]{0,40}(?:\s*\([^)]{1,30}\))?\s*(?:—|–|--|-)"
DATELINE = re.compile(rf"\s*(?:{_SOURCE_TAG}|{_CAPS_DATELINE})\s*(?:—|–|--|-)?\s*")
# A leftover from a page's video player, glued to whatever follows it (story_start tests for
# the literal "croll down" first: keep the pattern case-sensitive, or change both).
VIDEO_PREFIX = re.compile(r"\s*(?:Scroll|scroll) down for (?:the )?videos?\s*[.:]?\s*")


def is_byline(text: str) -> bool:
    """'By NAME ...': the words after "By" are all names, initials or joining words."""
    match = _BYLINE.match(text) if "By" in text else None  # (a substring test spares a match)
    if not match:
        return False
    words = match.group("names").split()
    return len(words) <= _BYLINE_MAX_WORDS and all(re.fullmatch(_NAME_WORD, w) for w in words)


def is_name_line(text: str) -> bool:
    """A short line of capitalised words ("Sam Webb ."), the name part of a split byline."""
    words = text.split()
    return 0 < len(words) <= 5 and all(re.fullmatch(_NAME_WORD, w) for w in words)


def boilerplate_kind(text: str) -> str | None:
    """Which kind of page furniture a whole sentence is, or None for a real sentence."""
    if is_byline(text):
        return "byline"
    match = _WHOLE_LINE.match(text)
    return _KINDS[match.lastindex - 1] if match else None


def story_start(text: str, first: bool) -> int:
    """Offset in ``text`` (one sentence) where the story starts, past glued boilerplate.

    A dateline or source tag is only taken off the first sentence of an article, where wire
    copy puts it; a video-player leftover can sit in front of any sentence.
    """
    start = 0
    # (a substring test first, for "Scroll" or "scroll": a match costs many times more)
    if "croll down" in text and (match := VIDEO_PREFIX.match(text)) and match.end() < len(text):
        start = match.end()
    if first and (match := DATELINE.match(text, start)) and match.end() < len(text):
        start = match.end()
    return start

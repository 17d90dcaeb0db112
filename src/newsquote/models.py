"""Plain result types shared by the NLP modules and the output formats: sentences, mentions,
quotes. (A summary's types live with ``summarize``, the one function that returns them, so that a
``quotes`` run does not build them.)

Every offset is a Python ``str`` index into the decoded text exactly as the user gave it:
``text[start:end]`` is the span, verbatim.
"""

from __future__ import annotations

from dataclasses import dataclass

# What a Quote's ``kind`` can be: words someone said, or words that are nobody's (scare quotes,
# show titles), which get no speaker.
SPOKEN_KINDS = ("direct", "partial", "indirect")
NOBODYS_KINDS = ("scare", "title")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its position, paragraph and verbatim text."""

    index: int
    start: int
    end: int
    paragraph: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A stretch of the text that something rests on (a speaker mention, a cue verb)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    """One attributed quotation; a split quote has several spans (quote marks excluded)."""

    text: str
    spans: tuple[tuple[int, int], ...]
    kind: str  # "direct" | "partial" | "indirect", or "scare" / "title" (nobody's words)
    speaker: str | None
    speaker_mention: Mention | None
    cue: Mention | None
    confidence: float
    evidence: str
    named: bool | None = None
    role: str | None = None

"""Who is quoted, how much, and how: a per-speaker tally over one article or many.

Speakers are merged by name across articles ("Jane Smith" in one file and "jane  smith" in
another are one person), and a lone surname joins the one full name it ends ("Smith" →
"Jane Smith") when exactly one such name exists. Quotes from unnamed sources ("officials
said") are grouped, and so are quotes the engine could not attribute.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from newsquote.models import SPOKEN_KINDS, Quote

UNNAMED = "(unnamed sources)"
UNATTRIBUTED = "(no speaker found)"
_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class SpeakerStats:
    """One speaker's (or one group's) share of the quotes."""

    name: str
    named: bool
    role: str | None
    quotes: int
    words: int
    direct: int
    partial: int
    indirect: int
    first_source: str
    first_offset: int
    sources: tuple[str, ...]
    aliases: tuple[str, ...]


@dataclass
class _Tally:
    """A speaker's running totals while the quotes are read."""

    first_source: str
    first_offset: int
    order: int  # position of its first quote among all quotes read, to compare across files
    kinds: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    aliases: dict[str, None] = field(default_factory=dict)
    sources: dict[str, None] = field(default_factory=dict)
    words: int = 0

    def add(self, source: str, quote: Quote) -> None:
        self.kinds[quote.kind] += 1
        self.words += count_words(quote.text)
        self.sources[source] = None
        if quote.speaker:
            self.aliases[quote.speaker] = None
        if quote.role:
            self.roles[quote.role] += 1

    def merge(self, other: _Tally) -> None:
        """Fold a later-seen spelling of the same speaker into this one."""
        self.kinds.update(other.kinds)
        self.roles.update(other.roles)
        self.aliases.update(other.aliases)
        self.sources.update(other.sources)
        self.words += other.words
        if other.order < self.order:
            self.first_source, self.first_offset = other.first_source, other.first_offset
            self.order = other.order


def count_words(text: str) -> int:
    """Words as a reader counts them (don't and Assad’s are one word each)."""
    return len(_WORD.findall(text))


def group_key(quote: Quote) -> str:
    """The name a quote counts under: its speaker's name, or one of the two groups."""
    if not quote.speaker:
        return UNATTRIBUTED
    if quote.named is False:
        return UNNAMED
    return " ".join(quote.speaker.split()).casefold()


def speaker_report(articles: Iterable[tuple[str, Sequence[Quote]]]) -> list[SpeakerStats]:
    """Tally the quotes of each (source, quotes) pair, in input order, by speaker."""
    tallies: dict[str, _Tally] = {}
    seen = 0
    for source, quotes in articles:
        attributed = [q for q in quotes if q.kind in SPOKEN_KINDS]
        for quote in sorted(attributed, key=lambda q: q.spans[0] if q.spans else (0, 0)):
            offset = quote.spans[0][0] if quote.spans else 0
            tally = tallies.setdefault(group_key(quote), _Tally(source, offset, seen))
            tally.add(source, quote)
            seen += 1
    for surname, full in _surname_merges(list(tallies)).items():
        tallies[full].merge(tallies.pop(surname))
    stats = [_stats(key, tally) for key, tally in tallies.items()]
    return sorted(stats, key=lambda s: (not s.named, -s.quotes, -s.words))


def _surname_merges(keys: list[str]) -> dict[str, str]:
    """Single-word names that are the last word of exactly one longer name."""
    owners: dict[str, list[str]] = {}
    for key in keys:
        if " " in key and key not in (UNNAMED, UNATTRIBUTED):
            owners.setdefault(key.split()[-1], []).append(key)
    return {key: owners[key][0] for key in keys if " " not in key and len(owners.get(key, ())) == 1}


def _stats(key: str, tally: _Tally) -> SpeakerStats:
    group = key in (UNNAMED, UNATTRIBUTED)
    aliases = tuple(tally.aliases)
    fullest = " ".join(max(aliases, key=lambda name: len(name.split()), default=key).split())
    return SpeakerStats(
        name=key if group else fullest,
        named=not group,
        role=tally.roles.most_common(1)[0][0] if tally.roles else None,
        quotes=sum(tally.kinds.values()),
        words=tally.words,
        direct=tally.kinds["direct"],
        partial=tally.kinds["partial"],
        indirect=tally.kinds["indirect"],
        first_source=tally.first_source,
        first_offset=tally.first_offset,
        sources=tuple(tally.sources),
        aliases=aliases,
    )

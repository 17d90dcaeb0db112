"""The word lists that quote attribution rests on, loaded once from ``newsquote/data``.

Rules that are data live in plain text files there (one entry per line, ``#`` comments), so a
journalist can read and extend them without touching code.
"""

from __future__ import annotations

from functools import lru_cache

from newsquote.datafiles import data_lines


def inflections(base: str) -> set[str]:
    """The regular -s, -ed and -ing forms of an English verb (irregular ones come from data)."""
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    plural = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
    return {base, plural, base + "ed", base + "ing"}


@lru_cache(maxsize=1)
def cue_verbs() -> frozenset[str]:
    """Every inflected form of every reporting verb in ``cue_verbs.txt``."""
    return _verb_forms("cue_verbs.txt")


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Every form of the verbs of saying that report indirect speech (``speech_verbs.txt``)."""
    return _verb_forms("speech_verbs.txt")


@lru_cache(maxsize=1)
def tag_verbs() -> frozenset[str]:
    """Every form of the verbs that tag a quotation right after it (``tag_verbs.txt``)."""
    return _verb_forms("tag_verbs.txt")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """English function words (``stopwords.txt``): glue to the summarizer, and what follows a
    closing mark rather than an owner's possession to the quote-mark reader."""
    return frozenset(data_lines("stopwords.txt"))


def _verb_forms(name: str) -> frozenset[str]:
    """All forms of the verbs in a data file: base, regular inflections, irregular forms."""
    forms: set[str] = set()
    for line in data_lines(name):
        base, *irregular = line.split()
        forms |= inflections(base) | set(irregular)
    return frozenset(forms)


@lru_cache(maxsize=1)
def noun_cues() -> tuple[tuple[str, ...], ...]:
    """Noun-phrase cues as word tuples, longest first ("according to", "in a statement")."""
    cues = [tuple(line.lower().split()) for line in data_lines("noun_cues.txt")]
    return tuple(sorted(cues, key=len, reverse=True))


@lru_cache(maxsize=1)
def noun_cue_starts() -> frozenset[str]:
    """The first words of the noun cues: a word that is none of them opens no noun cue."""
    return frozenset(cue[0] for cue in noun_cues())


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Title and honorific words, lower case, no final period."""
    return frozenset(line.lower() for line in data_lines("titles.txt"))


@lru_cache(maxsize=1)
def unnamed_heads() -> frozenset[str]:
    """Head nouns of unnamed sources."""
    return frozenset(line.lower() for line in data_lines("unnamed_sources.txt"))


@lru_cache(maxsize=1)
def source_nouns() -> frozenset[str]:
    """Common nouns that can head a speaking phrase: unnamed-source heads and bodies."""
    return frozenset(line.lower() for line in data_lines("source_nouns.txt")) | unnamed_heads()


@lru_cache(maxsize=1)
def pronouns() -> dict[str, str]:
    """Speaker pronouns and the gender they can refer to (m, f, or x for not a named person)."""
    return dict(line.lower().split() for line in data_lines("pronouns.txt"))


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given names and their gender (f or m)."""
    return dict(map(str.split, data_lines("given_names.txt")))


def word_class(name: str) -> frozenset[str]:
    """One class of ``phrase_words.txt`` ("between", "stop", "determiner", ...)."""
    return _word_classes().get(name, frozenset())


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, frozenset[str]]:
    """Every class of ``phrase_words.txt``, read once: modules ask for a score of them."""
    words: dict[str, set[str]] = {}
    for line in data_lines("phrase_words.txt"):
        label, _, rest = line.partition(":")
        words.setdefault(label, set()).update(rest.split())
    return {label: frozenset(members) for label, members in words.items()}

"""A light English stemmer: the inflections of one word meet ("attacks", "attacked", "attacking").

Why not Porter: nltk's PorterStemmer costs about 25 µs a word in pure Python, a quarter of a
batch summary, and the summarizer only needs an article's inflections of a word to count as one.
Porter's first step (plurals, -ed, -ing) does that; its later steps, which fold derivations
("national" into "nation"), changed 3 of the 197 dev-set summaries, ROUGE within ±0.05.
"""

from __future__ import annotations

# Verb endings by their last letter, removed when a stem of at least MIN_STEM letters with a
# vowel is left.
VERB_ENDINGS = {"d": "ed", "g": "ing"}
MIN_STEM = 3
VOWELS = frozenset("aeiouy")
# A doubled final consonant left by an ending is undone ("stopped" -> "stop", but "added"
# keeps its stem), except these.
KEEP_DOUBLED = frozenset("lsz")
_NEVER_UNDOUBLED = KEEP_DOUBLED | VOWELS
# The last letters of every ending below (-s, -ing, -ed, -e, -y): other words keep their form.
_ENDING_LETTERS = frozenset("sgdey")
# Endings in -s that are no plural ("class", "status", "crisis").
_NO_PLURAL = ("ss", "us", "is")


def stem(word: str) -> str:
    """The stem of a lower-case word; words of three letters or fewer are their own stem.
    (Not cached here: the summarizer keeps each token's stem. Each step is chosen by the last
    letter: a batch of summaries stems thousands of new words.)"""
    if len(word) <= MIN_STEM or word[-1] not in _ENDING_LETTERS:
        return word
    if word[-1] == "s":
        word = _singular(word)
    if word[-1] in VERB_ENDINGS:  # -ed, -ing; "agreed" is "agree" + d; "exceed" has no -ed
        if not word.endswith("eed"):
            word = _without_verb_ending(word, VERB_ENDINGS[word[-1]])
        if word.endswith("eed"):
            word = word[:-1]  # "agreed", "exceeded" and "exceeding" meet "agree" and "exceed"
    if word[-1] == "e" and len(word) > MIN_STEM:
        word = word[:-1]  # "hope", "hoped", "hoping"; "agree", "agreed" (one e: "trustee")
    if word[-1] == "y" and len(word) > MIN_STEM:
        word = word[:-1] + "i"  # "carry", "carries", "carried"
    return word


def _singular(word: str) -> str:
    """A word in -s without its plural ending: "classes" -> "class", "carries" -> "carry",
    "attacks" -> "attack"; "class", "status" and "crisis" stay."""
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word if word.endswith(_NO_PLURAL) else word[:-1]


def _without_verb_ending(word: str, ending: str) -> str:
    """The word less ``ending`` (-ing or -ed) when a stem with a vowel is left ("stopped" ->
    "stop")."""
    base = word[: -len(ending)]
    if word.endswith(ending) and len(base) >= MIN_STEM and not VOWELS.isdisjoint(base):
        doubled = len(base) > MIN_STEM and base[-1] == base[-2] not in _NEVER_UNDOUBLED
        return base[:-1] if doubled else base
    return word

"""The light stemmer: an article's inflections of one word meet; different words stay apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsquote.stemming import stem


@pytest.mark.parametrize(
    "forms",
    [
        ("attack", "attacks", "attacked", "attacking"),
        ("hope", "hopes", "hoped", "hoping"),
        ("carry", "carries", "carried"),
        ("stop", "stops", "stopped", "stopping"),
        ("plan", "plans", "planned", "planning"),
        ("agree", "agrees", "agreed", "agreeing"),
        ("class", "classes"),
        ("add", "adds", "added", "adding"),
        ("fill", "fills", "filled", "filling"),
        ("say", "says", "saying"),
        ("exceed", "exceeds", "exceeded", "exceeding"),  # -eed of the base form
        ("need", "needs", "needed"),
        ("free", "frees", "freed", "freeing"),
        ("guarantee", "guaranteed"),
    ],
)
def test_inflections_of_one_word_meet(forms: tuple[str, ...]) -> None:
    assert len({stem(form) for form in forms}) == 1, {form: stem(form) for form in forms}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("bus", "bus"),  # short words are their own stem
        ("crisis", "crisis"),  # -is is no plural
        ("status", "status"),  # nor -us
        ("being", "being"),  # "-ing" after "be" leaves too little
        ("sing", "sing"),
        ("police", "polic"),
        ("policy", "polici"),
    ],
)
def test_stems(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_different_words_stay_apart() -> None:
    assert stem("police") != stem("policy")
    assert stem("president") != stem("presidential")
    assert stem("trustee") != stem("trust")  # one final e goes, not every one
    assert stem("detainee") != stem("detain")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=20))
def test_a_stem_is_a_short_nonempty_cousin_of_its_word(word: str) -> None:
    stemmed = stem(word)
    assert stemmed == word or (0 < len(stemmed) <= len(word) and stemmed[:2] == word[:2])

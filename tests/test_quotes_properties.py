"""Property tests for the quote engine: no crash, exact spans, linear time on runs of marks."""

from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from newsquote.quotes import extract_quotes
from newsquote.tokens import offsets_of, tokenize, word_before

MARKS = "\"'“”‘’«»„"
NEWS_ALPHABET = MARKS + "abcHeSaid .,:;!?—-\n\r\t"
news_like = st.text(alphabet=NEWS_ALPHABET, max_size=300)
words = st.lists(
    st.sampled_from(["he", "said", "Lopez", "told", "“", "”", '"', "’", "‘", ",", ".", "\n\n"]),
    max_size=60,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), news_like, words))
def test_any_text_gives_exact_spans(text: str) -> None:
    for quote in extract_quotes(text):
        assert quote.spans
        assert quote.text == " ".join(text[s:e] for s, e in quote.spans)
        for start, end in quote.spans:
            assert 0 <= start < end <= len(text)
        if quote.speaker_mention:
            m = quote.speaker_mention
            assert text[m.start : m.end] == m.text
        assert 0.0 <= quote.confidence <= 1.0
        assert quote.evidence


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), news_like))
def test_tokens_index_the_text_exactly(text: str) -> None:
    # A token's start is counted past the white space before it, not searched for: every
    # character that is not white space must belong to a token, or the offsets would drift.
    for token in tokenize(text, 0, len(text)):
        assert text[token.start : token.end] == token.text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(MARKS), st.integers(min_value=1, max_value=4))
def test_runs_of_marks_stay_fast(mark: str, paragraphs: int) -> None:
    text = ("\n\n".join([mark * 5_000] * paragraphs)) + ' "Done," Lopez said.'
    started = time.perf_counter()
    extract_quotes(text)
    assert time.perf_counter() - started < 5


def _seconds(text: str) -> float:
    started = time.perf_counter()
    extract_quotes(text)
    return time.perf_counter() - started


def test_time_is_linear_in_unmatched_marks() -> None:
    small, large = "“ x " * 20_000, "“ x " * 80_000
    assert _seconds(large) < max(1.0, 12 * _seconds(small))


def test_time_is_linear_in_mixed_unmatched_marks() -> None:
    def mixed(n: int) -> str:
        return "".join(MARKS[i % len(MARKS)] + "word " for i in range(n))

    assert _seconds(mixed(80_000)) < max(2.0, 12 * _seconds(mixed(20_000)))


def test_two_hundred_thousand_marks_finish_in_seconds() -> None:
    for mark in ('"', "“", "”", "‘"):
        assert _seconds(mark * 200_000) < 10
    assert _seconds("a “b " * 50_000 + "said Lopez.") < 10


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), news_like, words), st.integers(0, 25))
def test_the_word_before_is_the_word_characters_before(text: str, most: int) -> None:
    # The space before most words is found in C; the answer is still the run of \w ending
    # there, cut to ``most`` characters ("_" and digits count, an apostrophe does not).
    for end in range(len(text) + 1):
        run = re.search(r"\w*\Z", text[:end]).group()
        assert word_before(text, end, most) == run[max(0, len(run) - most) :]


@given(
    st.text(st.sampled_from("a.!?: \n…"), max_size=60), st.sampled_from([".!?:", ".?!", "…", ""])
)
def test_offsets_of_are_every_offset_of_the_characters(text: str, chars: str) -> None:
    assert offsets_of(text, chars) == [i for i, c in enumerate(text) if c in chars]

"""Properties of the segmenter on any text, and its cost on pathological input."""

from __future__ import annotations

import re
import time
from functools import partial
from unittest.mock import patch

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsquote.segment import split_sentences
from newsquote.segment_layout import BULLETS, _may_hold_list, run_on_starts
from newsquote.segment_params import NO_END_WORDS, run_on_starters
from newsquote.segment_punkt import _candidates, _without_next_stop, sentence_starts, tokenizer
from newsquote.segment_rules import kept_cut

# Pieces news text is made of, with the marks that trouble sentence splitters.
PIECES = st.sampled_from(
    [
        "Mr.", "Dr.", "U.S.", "p.m.", "No.", "Inc.", "J.", "I.", "He", "the", "The", "said",
        "3.5", "1.", "2)", "a.", "b.", "...", "…", ". . .", "?", "!", ".", ",", '"', "“", "”",
        "‘", "’", "'", "(", ")", "[", "]", "—", ":", "•", "www.x.org", "a@b.co", "Why?",
        " ", " ", " ", "\n", "\r\n", "\r", "\n\n", "\t", "\u2028", "\x0c", "\xa0",
    ]
)  # fmt: skip
NEWSY = st.lists(PIECES, max_size=60).map("".join)
ANY = st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
BLANK_LINE = re.compile(
    r"(?:\r\n|\r(?!\n)|[\n\v\f\x1c-\x1e\x85\u2028\u2029])"
    r"[^\S\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*"
    r"(?:\r\n|\r|[\n\v\f\x1c-\x1e\x85\u2028\u2029])"
)


def check_invariants(text: str) -> None:
    """Every property a caller may rely on, for one text."""
    sentences = split_sentences(text)
    covered = [False] * len(text)
    previous_end, previous_paragraph = 0, 0
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        assert not sentence.text[0].isspace() and not sentence.text[-1].isspace()
        assert not BLANK_LINE.search(sentence.text)
        between = text[previous_end : sentence.start]
        paragraph_step = 1 if BLANK_LINE.search(between) else 0
        if index:
            assert sentence.paragraph == previous_paragraph + paragraph_step
        covered[sentence.start : sentence.end] = [True] * (sentence.end - sentence.start)
        previous_end, previous_paragraph = sentence.end, sentence.paragraph
    assert all(char.isspace() for char, inside in zip(text, covered, strict=True) if not inside)


@settings(max_examples=400, deadline=None)
@given(NEWSY)
def test_invariants_on_newsy_text(text: str) -> None:
    check_invariants(text)


@settings(max_examples=200, deadline=None)
@given(ANY)
def test_invariants_on_any_text(text: str) -> None:
    check_invariants(text)


@settings(max_examples=400, deadline=None)
@given(st.one_of(NEWSY, ANY))
def test_punkt_starts_walked_in_one_pass_are_nltks_own(text: str) -> None:
    """sentence_starts walks Punkt's candidates over plain offsets and decides the common breaks
    without Punkt's passes; nltk's own span_tokenize, asking Punkt about every candidate (with
    our one documented fix, judging a candidate on its own stop), must find the same starts."""
    punkt = tokenizer()
    decide = partial(type(punkt).text_contains_sentbreak, punkt)  # no shortcut, no cache

    def punkt_decides(context: str) -> bool:
        return decide(_without_next_stop(context))

    with patch.object(punkt, "text_contains_sentbreak", punkt_decides):
        expected = [start for start, _ in punkt.span_tokenize(text)][1:]
    assert sentence_starts(text) == expected


@settings(max_examples=400, deadline=None)
@given(st.one_of(NEWSY, ANY))
def test_candidates_found_at_each_stop_are_the_patterns_own(text: str) -> None:
    """Punkt's candidates are matched only where str.find finds a stop; they must be the
    matches the period-context pattern's own search finds, groups and all."""
    lang_vars = tokenizer()._lang_vars
    expected = [(m.span(), m.groups()) for m in lang_vars.period_context_re().finditer(text)]
    assert [(m.span(), m.groups()) for m in _candidates(lang_vars, text)] == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["One.", "Two!", "Three?", "Four…"]), min_size=1, max_size=8))
def test_plain_sentences_come_back_one_each(parts: list[str]) -> None:
    text = " ".join(parts)
    assert [s.text for s in split_sentences(text)] == parts


# A possible first list marker, "1." or "a.)" or "A)" standing alone, as one regex.
FIRST_MARKER = re.compile(rf"[1aA](?<![^\s({BULLETS}][1aA])(?:\.\)|\.|\))(?=\s)")
MARKER_PIECES = st.lists(st.sampled_from([*"1aA2b.)( \n\txZ•", "\xa0"]), max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(MARKER_PIECES, st.integers(0, 14), st.integers(0, 14))
@example(" a. b", 2, 5)  # the "a" before the span's first character is not in it
def test_list_pretest_searching_from_the_stop_finds_what_one_regex_does(
    text: str, start: int, end: int
) -> None:
    """The list test looks for the marker's stop or bracket first (fast); it must pass on the
    same spans as the plain regex that starts from the 1, a or A."""
    start, end = min(start, len(text)), min(max(start, end), len(text))
    assert _may_hold_list(text, start, end) == bool(FIRST_MARKER.search(text, start, end))


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(["It was", "in Springfield,", "Troops To Leave The", "Plan:", "\n"]),
    st.one_of(
        st.sampled_from(["said", "Obama", "Dr", "Ill", "Gen", "Yahoo", "A", "a", "I", "p", "OK"]),
        st.text(alphabet="aZé", min_size=1, max_size=4),
    ),
    st.sampled_from([".", "?", "!", "...", "…"]),
    st.sampled_from(["", "'", "’", '"', "”", ")", ".’"]),
    st.sampled_from(["The", "He", "and", "Smith", "Finance", '"We', "Mr. Smith", "B. Then"]),
)
def test_plain_word_shortcut_keeps_the_cuts_the_rules_keep(
    before: str, word: str, stop: str, closers: str, after: str
) -> None:
    """kept_cut keeps a cut after a plain word without asking its rules or moving it back to a
    mark. That shortcut first took only a word in lower case ("said. The"); wider, it must keep
    the same cuts, in the same places."""
    text = f"{before} {word}{stop}{closers} {after} went on."
    cut = text.index(after, len(before) + 1)
    shortcut = kept_cut(text, 0, cut, len(text), set())
    with patch("newsquote.segment_rules._plain_word", _lower_case_word):
        assert shortcut == kept_cut(text, 0, cut, len(text), set())


def _lower_case_word(token: str) -> bool:
    return token[:-1].isalpha() and token[:-1].islower() and token[-1:] in ".?!"


# Pathological input: each must finish in seconds (generous bounds for a loaded CI machine).
PATHOLOGICAL = [
    pytest.param("." * 1_000_000, id="a-million-dots"),
    pytest.param(". " * 500_000, id="a-million-spaced-dots"),
    pytest.param("Mr. " * 100_000, id="100k-titles"),
    pytest.param("U.S. " * 100_000, id="100k-initialisms"),
    pytest.param("J. " * 100_000, id="100k-initials"),
    pytest.param("The talks ended. " * 60_000, id="1MB-one-line"),
    pytest.param("a" * 1_000_000, id="1MB-one-word"),
    pytest.param("!?" * 500_000, id="1MB-marks"),
    pytest.param('"' * 1_000_000, id="1MB-quotes"),
]


@pytest.mark.parametrize("text", PATHOLOGICAL)
def test_pathological_input_is_fast(text: str) -> None:
    started = time.process_time()
    sentences = split_sentences(text)
    assert time.process_time() - started < 20
    assert sentences and sentences[0].start >= 0 and sentences[-1].end <= len(text)


def test_ten_megabyte_article_is_fast() -> None:
    paragraph = (
        'The U.S. economy grew 3.5 percent, Mr. Lee said on Jan. 5. "Why now?" he asked. '
        "At 5 p.m. he left... Then J. R. Smith arrived, and the talks went on\n"
        "until late. The company, Acme Inc., declined to comment.\n\n"
    )
    text = paragraph * (10_000_000 // len(paragraph))
    started = time.process_time()
    sentences = split_sentences(text)
    assert time.process_time() - started < 60
    assert len(sentences) == 5 * (10_000_000 // len(paragraph))


def test_cost_grows_linearly() -> None:
    unit = 'Mr. A. "B?" c... D. 1. e.g. U.S. X… . . . (Y.) "Z." '
    timings = []
    for repeat in (2_000, 8_000):
        started = time.process_time()
        split_sentences(unit * repeat)
        timings.append(time.process_time() - started)
    assert timings[1] < 10 * max(timings[0], 0.01)


# Words around a possible run-on sentence: starters of each kind (and one in capitals), names,
# numbers, sums, a label noun, a title noun, joining words, a word longer than the rule's
# window, and words that end in a mark; and what may come between them.
RUN_ON_WORDS = st.sampled_from(
    ["The", "He", "A", "His", "It", "They", "HE", "the", "said", "drugs", "class", "film", "for",
     "and", "to", "Porto", "ISIS", "$20", "2014", "50%", "well-known", "(pictured)", "'fine'",
     "été", "É", "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"]
)  # fmt: skip
RUN_ON_GAPS = st.sampled_from([" ", " ", " ", "\t", "  ", " \t ", "\n", " " * 45])


def _model_run_on(words: list[str], gaps: list[str]) -> set[int]:
    """Where a run-on sentence should start, read word by word from the rule as the data file
    states it: a capitalised starter between single-line gaps, after a word that may end a
    sentence (of the kind the starter allows), before a lower-case word that may open a noun
    phrase's rest."""
    starters = run_on_starters()
    cuts, at = set(), 0
    for k, word in enumerate(words[1:-1], 1):
        at += len(words[k - 1]) + len(gaps[k - 1])
        previous, following = words[k - 1], words[k + 1]
        lower, starter = previous.lower(), word.lower()
        if not (
            word == word.capitalize()
            and starter in starters.after_word
            and "\n" not in gaps[k - 1] + gaps[k]
            and len(previous) <= 40
            and (previous[-1].isalnum() or previous[-1] == "%")
            and following[0].islower()
            and lower not in starters.titled
            and not (starter in {"the", "a", "an", "his", "her", "its", "their"}
                     and following in NO_END_WORDS)
        ):  # fmt: skip
            continue
        first = previous.lstrip("$£€¥")[0]
        if first.isupper():
            runs_on = starter in starters.after_name
        else:
            label = len(word) == 1 and lower in starters.labels
            runs_on = (first.islower() or first.isdigit()) and not label
            runs_on = runs_on and lower not in NO_END_WORDS
        if runs_on:
            cuts.add(at)
    return cuts


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(RUN_ON_WORDS, RUN_ON_GAPS), min_size=1, max_size=12), st.booleans())
def test_run_on_starts_are_the_data_files_rule(pairs: list[tuple[str, str]], inset: bool) -> None:
    """The pattern, its look-back and its look-ahead must find exactly the starts the rule
    names, also in a paragraph that is part of a longer text."""
    words, gaps = [w for w, _ in pairs], [g for _, g in pairs]
    paragraph = "".join(w + g for w, g in pairs[:-1]) + words[-1]
    before, after = ("Earlier text ends here.\n\n", "\n\nLater text") if inset else ("", "")
    text = before + paragraph + after
    expected = {len(before) + cut for cut in _model_run_on(words, gaps)}
    assert run_on_starts(text, len(before), len(before) + len(paragraph)) == expected

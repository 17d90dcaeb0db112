"""Quote marks in the styles news copy comes in: straight single marks in UK copy, PTB-tokenized
``quotes'' and ' spaced ' marks, and US copy where ' is an apostrophe (quotemarks docstring)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsquote.quotemarks import _mark_patterns, _marks, find_quoted, paragraphs, uses_single_quotes
from newsquote.quotes import extract_quotes
from tests.conftest import SAMPLES


def _quoted(text: str) -> list[str]:
    """The words of each quote found in ``text``, its spans joined by "|"."""
    return ["|".join(text[s:e] for s, e in q.spans) for q in find_quoted(text)]


UK_STRAIGHT = [
    (
        "The minister spoke. 'I am very happy with the result,' she said. 'We worked hard.'",
        ["I am very happy with the result,", "We worked hard."],
    ),
    ("He said the decision was 'long overdue'.", ["long overdue"]),
    (
        "'We're fine,' said Ms O'Neill. 'Don't worry, y'all.'",
        ["We're fine,", "Don't worry, y'all."],
    ),
    (
        "'The players' union agreed,' he said. 'So did we.'",
        ["The players' union agreed,", "So did we."],
    ),
    (
        "It was 'the champions' and no one else. 'Yes,' he said.",
        ["the champions", "Yes,"],
    ),
    (
        "'Rock 'n' roll is back,' he said. 'Not since the '90s.'",
        ["Rock 'n' roll is back,", "Not since the '90s."],
    ),
    ("'Give 'em hell,' she said. 'Go on.'", ["Give 'em hell,", "Go on."]),
    ("'M&S is doing well,' she said. 'T-shirts sell.'", ["M&S is doing well,", "T-shirts sell."]),
    (
        "Jones' car was found at 'the usual place', police said, at 5 o'clock.",
        ["the usual place"],
    ),
    ("He added: '(Coaches) did a fantastic job.'", ["(Coaches) did a fantastic job."]),
    ("‘They simply won’t’ was all she added.", ["They simply won’t"]),  # a clitic, then a close
    ("'It is what it's' he said.", ["It is what it's"]),
    ("‘20 people died in the fire,’ said Jones.", ["20 people died in the fire,"]),  # no decade
    ("'We will win,' 45-year-old Smith said. 'Yes.'", ["We will win,", "Yes."]),
    ("'Is it over?' she asked. 'Never!'", ["Is it over?", "Never!"]),
    (
        "‘We held them,’ said Dr Okafor. ‘Visitors’ views vary.’",
        ["We held them,", "Visitors’ views vary."],
    ),
    ("It was ‘a model’, he said, of the ’90s.", ["a model"]),
]

TOKENIZED = [
    (
        "`` We are proud , '' said Burton . `` It 's a classic . ''",
        [" We are proud , ", " It 's a classic . "],
    ),
    ("Rochelle `` Shelly '' Sterling sued .", [" Shelly "]),
    (
        "He said : ' I 'm happy to be here , ' and left . 'We have to work harder , ' she said .",
        [" I 'm happy to be here , ", "We have to work harder , "],
    ),
    ("She was 'astonished ' to learn it . 'Roots ' and more .", ["astonished ", "Roots "]),
    (
        "after the Gunners ' 2-1 win . ' We were lucky , ' he said . ' Very . '",
        [" We were lucky , ", " Very . "],
    ),
    ("He didn ’ t pay and went to ‘ use an ATM ’ before it .", [" use an ATM "]),
    ("He called the plan ' a disgrace ' and left .", [" a disgrace "]),  # opened after a word
    ("It was fine . ' We won ' , he said .", [" We won "]),
    ("He left . ' Nobody closed this and it runs on .", []),  # a lone ' nothing closes
]

US_COPY = [
    (
        "\"I don't know,\" he said of the '90s and Jones' car. "
        "\"It's 5 o'clock, y'all,\" said Ma'am.",
        ["I don't know,", "It's 5 o'clock, y'all,"],
    ),
    ('He said \'no\' and "never" and "again".', ["never", "again"]),
    ('He said:"We will win', ["We will win"]),  # unclosed: it ends with its paragraph
    ("They don't sell 'em anymore, not since the '90s, Jones' car said.", []),
    ("Rock 'n' roll never died, the Smiths' drummer said of the '80s.", []),
]


@pytest.mark.parametrize(("text", "expected"), UK_STRAIGHT + TOKENIZED + US_COPY)
def test_quoted_spans(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "single"),
    [
        ("He said ‘no’ and ‘never’.", True),
        ("'We won,' he said. 'Again.'", True),
        ("He said : ' I 'm happy , ' and left .", True),
        ("He said 'no' and \"never\".", False),
        ("We don't like the '90s, rock 'n' roll or Jones' car.", False),
        ("Haley 's novel was `` Roots , '' he said . 'Classic ' .", False),
        ("Obama said, ''I said, 'The lesson is clear.' '' Then he left.", False),  # NYT ''quotes''
        ("No quote marks at all.", False),
    ],
)
def test_style_is_decided_per_text(text: str, single: bool) -> None:
    assert uses_single_quotes(text) is single


def test_two_character_marks_are_left_out_whole() -> None:
    """``…'': the span and the marks around it index the original text exactly."""
    text = "Burton said , `` It works . '' Then he left ."
    (quote,) = find_quoted(text)
    ((start, end),) = quote.spans
    assert text[quote.open_mark : start] == "``"
    assert text[end : quote.close_mark + 1] == "''"
    assert quote.closed


def test_uk_straight_sample_quotes_and_speakers() -> None:
    """The sample (invented UK copy, straight single marks) with its apostrophes: didn't, the
    '90s, the pier's legs, the traders' association, rock 'n' roll."""
    text = (SAMPLES / "uk-straight.txt").read_text(encoding="utf-8")
    found = {(q.speaker, q.text) for q in extract_quotes(text) if q.kind != "indirect"}
    kinds = [q.kind for q in extract_quotes(text) if q.kind != "indirect"]
    assert kinds == ["direct", "direct", "partial"]  # a ' after a full stop opens a sentence
    assert found == {
        (
            "Margaret Ellison",
            "We didn't have much choice. The pier is part of who we are, and nobody here "
            "wanted to see it fall into the sea,",
        ),
        (
            "Tom Reddy",
            "It was the hardest job I've done in 30 years, The tide gives you four hours a day, "
            "and the weather takes half of them.",
        ),
        ("Neil Oduya", "a very long winter for everyone who works on the front"),
    }


PIECES = ["'", "‘", "’", "``", "''", " ", " ", ",", ".", ":", "\n\n"]
WORDS = ["he", "said", "s", "n", "em", "90s", "players", "union", "and", "We", "O", "t"]
single_mark_text = st.lists(st.sampled_from(PIECES + WORDS), max_size=80).map("".join)


@settings(max_examples=400, deadline=None)
@given(single_mark_text)
def test_spans_are_exact_ordered_and_free_of_marks(text: str) -> None:
    """Spans lie in the text, in order, never overlap, and neither begin nor end on a mark."""
    style = (uses_single_quotes(text), False)
    patterns = _mark_patterns(text, style[0])
    marks = [m for block in paragraphs(text) for m in _marks(text, block, patterns, style)]
    mark_chars = {pos for start, end, _ in marks for pos in range(start, end)}
    previous_end = 0
    for quote in find_quoted(text):
        assert quote.open_mark in mark_chars
        assert not quote.closed or quote.close_mark in mark_chars
        assert previous_end <= quote.open_mark < quote.spans[0][0]
        for start, end in quote.spans:
            assert previous_end <= start < end <= len(text)
            assert start not in mark_chars and end - 1 not in mark_chars
            previous_end = end
        assert previous_end <= quote.close_mark + 1


def test_scan_stays_linear_on_many_marks() -> None:
    """Every mark looks at a bounded stretch around it: long runs of apostrophes stay cheap."""
    texts = ("x' " * 30_000, " 'x" * 30_000, "s' union " * 20_000, " ' " * 30_000)
    for text in (*texts, "'Yes,' he said.\n\n" * 20_000, "`` Yes , '' he said .\n\n" * 20_000):
        started = time.process_time()
        find_quoted(text)
        assert time.process_time() - started < 2.0

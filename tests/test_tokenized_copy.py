"""Reading tokenized copy (marks and stops spaced off, `` and '' for double marks) the way a
reader would. Every sentence here is written for this test (no article text)."""

from __future__ import annotations

import pytest

from newsquote.context import hidden_ranges
from newsquote.quotemarks import find_quoted
from newsquote.quotes import extract_quotes
from newsquote.sentence_ends import sentence_ends


def _ends(text: str) -> list[str]:
    """The text up to each sentence end found outside quotes."""
    return [text[:end] for end in sentence_ends(text, hidden_ranges(find_quoted(text)))]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # a spaced closing mark after the stop belongs to the sentence it ends
        (
            "Ruiz said : ‘ I am happy . I will stay. ’ Mr Ruiz left .",
            ["Ruiz said :", "Ruiz said : ‘ I am happy . I will stay. ’"],
        ),
        # a spaced mark after the stop that opens a quote belongs to the next sentence
        (
            "The coach was calm . ' We will win , ' he said . ' It is hard . ' Fans cheered .",
            [
                "The coach was calm .",
                "The coach was calm . ' We will win , ' he said .",
                "The coach was calm . ' We will win , ' he said . ' It is hard . '",
            ],
        ),
    ],
)
def test_sentence_ends_around_spaced_marks(text: str, ends: list[str]) -> None:
    assert _ends(text) == ends


@pytest.mark.parametrize(
    "text",
    [
        'The club wants him back, but Ruiz said: "I am happy here." Pedro Gil insists he will go.',
        "They want him back , but Ruiz said : ‘ I am happy here. ’ Pedro Gil insists he will go .",
    ],
)
def test_a_quote_a_colon_introduces_is_the_lead_ins(text: str) -> None:
    (quote,) = extract_quotes(text, indirect=False)
    assert quote.speaker == "Ruiz"


def test_lone_marks_side_by_side_part_two_quotes() -> None:
    text = "Ruiz has called his rival a 'true great ' ' I have a lot to learn from him . '"
    bodies = [q.text.strip() for q in extract_quotes(text, indirect=False)]
    assert bodies == ["true great", "I have a lot to learn from him ."]


def test_a_lone_mark_mid_sentence_gives_way_to_a_sure_closer() -> None:
    text = "'Down in Texas , livin ' it up , we bought a house , ' Ana says . ' It is home . '"
    first, second = find_quoted(text)  # the ' after livin is the apostrophe of a clipped word
    assert (
        text[slice(*first.spans[0])].strip()
        == "Down in Texas , livin ' it up , we bought a house ,"
    )
    assert text[slice(*second.spans[0])].strip() == "It is home ."

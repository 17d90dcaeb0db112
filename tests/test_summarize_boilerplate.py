"""Wire and web boilerplate: which whole lines are furniture, which prefixes are skipped."""

from __future__ import annotations

import pytest

from newsquote.boilerplate import (
    _WHOLE_LINE,
    WHOLE_LINE_PATTERNS,
    boilerplate_kind,
    is_byline,
    story_start,
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("By JANE DOE", "byline"),
        ("By Jane Doe and John Roe, Associated Press", "byline"),
        ("By . Daily Mail Reporter .", "byline"),
        ("By .", "byline"),
        (
            "PUBLISHED: . 05:40 EST, 17 January 2014 . | . UPDATED: . 07:01 EST, 17 January 2014 .",
            "timestamp",
        ),
        ("UPDATED: 12:01 GMT, 3 May 2015", "timestamp"),
        ("Last updated at 9:15 AM on 2nd June 2011", "timestamp"),
        ("07:01 EST, 17 January 2014 .", "clock"),
        ("Scroll down for video", "video"),
        ("Scroll down for videos.", "video"),
        ("Read more: How the bridge was won", "read more"),
        ("READ MORE: Council to vote on bridge", "read more"),
        ("Click here to see the plans", "read more"),
        ("Image Credit: Millbrook Council", "credit"),
        ("Photo: Getty Images", "credit"),
        ("Picture courtesy: Jane Roe", "credit"),
        ("(AP Photo/Evan Vucci)", "agency photo"),
        ("Copyright 2015 The Associated Press. All rights reserved.", "copyright"),
        ("© Millbrook Gazette 2015", "copyright"),
        ("Share this article", "share"),
        ("| .", "no words"),
        # Real sentences are not furniture.
        ("By the time the vote came, the chamber was full.", None),
        ("By 2020 the bridge should carry 10,000 cars a day.", None),
        ("Photographs of the old ferry hang in the council chamber.", None),
        ("Readers wrote in to support the plan.", None),
        ("The council voted on Tuesday.", None),
    ],
)
def test_boilerplate_kind(line: str, kind: str | None) -> None:
    assert boilerplate_kind(line) == kind


def test_a_byline_allows_joining_words_only() -> None:
    assert is_byline("By Mary Queen of Scots")
    assert not is_byline("By Mary, who wrote it")


@pytest.mark.parametrize(
    ("sentence", "first", "story"),
    [
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", True, "The Senate voted on Tuesday."),
        ("LONDON (Reuters) - Shares fell on Monday.", True, "Shares fell on Monday."),
        ("(CNN)They may be close to finding life.", True, "They may be close to finding life."),
        (
            "New Delhi, India (CNN)As the earth shook, India acted.",
            True,
            "As the earth shook, India acted.",
        ),
        ("BEIRUT — Rockets hit the city overnight.", True, "Rockets hit the city overnight."),
        ("(CNN) -- The storm moved east.", True, "The storm moved east."),
        ("( CNN ) The storm moved east .", True, "The storm moved east ."),
        ("LONDON, England (CNN) -- The storm moved east.", True, "The storm moved east."),
        ("Scroll down for video A man waves at the crowd.", False, "A man waves at the crowd."),
        ("Scroll down for video WASHINGTON (AP) — Hi.", True, "Hi."),
        ("scroll down for videos: A man waves at the crowd.", False, "A man waves at the crowd."),
        ("Scroll down for video WASHINGTON (AP) — Hi.", False, "WASHINGTON (AP) — Hi."),
        # Only the first sentence of an article carries a dateline.
        (
            "WASHINGTON (AP) — The Senate voted on Tuesday.",
            False,
            "WASHINGTON (AP) — The Senate voted on Tuesday.",
        ),
        ("NASA said the probe was lost.", True, "NASA said the probe was lost."),
        ("The council (CNN reported) voted.", True, "The council (CNN reported) voted."),
        ("(CNN)", True, "(CNN)"),
    ],
)
def test_story_start_skips_glued_prefixes(sentence: str, first: bool, story: str) -> None:
    assert sentence[story_start(sentence, first) :] == story


def test_each_boilerplate_pattern_is_one_group_of_the_combined_pattern() -> None:
    """boilerplate_kind names a match by its group's number: a capturing group inside one of
    the patterns would shift every kind after it (write inner groups as (?:...))."""
    assert _WHOLE_LINE.groups == len(WHOLE_LINE_PATTERNS)

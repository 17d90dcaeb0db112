"""Edge cases of the whole-article scans rewritten for speed (a literal or a character class
first, the look-behind after it): matches at the very start of the text, after an apostrophe, on
runs of stops, and the pre-checks that skip a scan when its mark is absent."""

import re

import pytest

from newsquote.apostrophes import single_opener
from newsquote.indirect import indirect_speech
from newsquote.lexicon import titles
from newsquote.mentions import references
from newsquote.name_patterns import HE_SHE
from newsquote.names import Outside, _name_in_run, name_events, subjects_of_cues
from newsquote.quotemarks import (
    Quoted,
    _double_marks,
    find_quoted,
    paragraphs,
    ptb_double_marks,
    uses_single_quotes,
)
from newsquote.sentence_ends import sentence_ends
from newsquote.tokens import QUOTE_TOKEN, tokenize


def test_names_and_references_at_text_start_and_after_apostrophes() -> None:
    text = "He said. O’he and she’s. The Florida senator spoke; de Gaulle too. Athe senator"
    names = [(e.offset, e.words) for e in name_events(text, Outside([]))]
    assert names == [
        (9, ("O’he",)),  # no "he" after an apostrophe
        (25, ("Florida",)),
        (52, ("de", "Gaulle")),  # a particle opens a name
        (67, ("Athe",)),  # no "the senator" inside a word
    ]
    refs = [(e.offset, e.gender) for e in references(text, Outside([]))]
    assert refs == [
        (0, "m"),  # "He" opening the text
        (18, "f"),
        (25, ""),  # "The Florida senator" at the start of a sentence
    ]


def test_subjects_of_cues_at_text_start_not_after_apostrophe() -> None:
    text = "Carson said it. ’Mills said. McCain quickly said no."
    assert subjects_of_cues(text) == {"Carson", "McCain"}


def test_a_name_before_a_past_tense_counts_only_opening_a_paragraph() -> None:
    assert subjects_of_cues("Intro.\nCarson defied them.") == {"Carson"}
    assert subjects_of_cues("Carson defied them.") == {"Carson"}
    assert subjects_of_cues("Intro. Carson defied them.") == frozenset()


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Intro.\nMarwick ducked.", {"Marwick"}),
        ("Intro.\nMarwick ducked. The marwick is a bird.", set()),  # also in lower case
        ("Intro.\nMarwick ducked. Two marwicks.", {"Marwick"}),  # only inside a word
        ("Intro.\nMarwick ducked. The marwick’s nest.", set()),  # before an apostrophe
        ("Intro.\nMarwick ducked. O’marwick.", {"Marwick"}),  # after one: no word
        ("Intro.\nSpain welcomed them. We live in Spain.", set()),  # a place: "in Spain"
        ("Intro.\nSpain welcomed them. Born in Spainville.", {"Spain"}),
        ("Intro.\nSpain welcomed them. Within Spain.", {"Spain"}),  # "in" inside a word
        ("Intro.\nRoss-Kemp ducked. The ross-kemp fans.", set()),  # hyphened names too
    ],
)
def test_a_paragraph_opener_is_a_name_only_if_never_lower_case_nor_after_in(
    text: str, subjects: set[str]
) -> None:
    assert subjects_of_cues(text) == subjects


def test_sentence_ends_on_runs_of_stops() -> None:
    assert sentence_ends("Wait... What? Yes!! No. Sen. Cruz agreed.", []) == [7, 13, 19]
    assert sentence_ends("...And so. On it.", []) == [10]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("He met J\n. Smith left.", [10]),  # a stop after a line break follows no initial
        ("Ask Sen\n. Jones.", [9]),  # nor a title: the word before it is on another line
        ("He met J. Smith left.", []),
    ],
)
def test_the_word_before_a_stop_is_on_the_stops_line(text: str, ends: list[int]) -> None:
    # The regex this replaced let "$" match before a final line break, and read "J" as the
    # word before ".": a stop that opens a line follows no word.
    assert sentence_ends(text, []) == ends


def test_prechecks_skip_only_texts_without_the_mark() -> None:
    assert uses_single_quotes("He said ‘no’ and ‘never’.")
    assert not uses_single_quotes("He said 'no' and \"never\".")
    assert paragraphs("One line.\nTwo lines.") == ((0, 9), (10, 20))
    text = "Officials SAID the plan would fail. Ms Lee sAid that it would pass."
    spans = [(0, 35), (36, len(text))]
    assert [text[s:e] for (s, e), _ in indirect_speech(text, spans, [])] == ["it would pass"]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("He spoke. 'We won,' he said.", [9]),  # a straight single mark opens the next one
        ("`` We won . '' The mayor left .", [14]),  # tokenized: after the closing ''
        ("He said ''we won.'' Then he left.", [19]),  # the NYT archive's ''quotes''
        ('He said "We won." The end.', [17]),
    ],
)
def test_sentence_ends_after_every_closing_mark(text: str, ends: list[int]) -> None:
    assert sentence_ends(text, [])[: len(ends)] == ends


def test_the_word_before_a_name_is_one_short_word() -> None:
    from newsquote.names import oblique_at, role_before

    long_tail = "x" * 5000 + " extraordinarilylongword Smith"
    assert role_before(long_tail, len(long_tail) - 5) is None  # not 5,000 characters
    assert role_before("said professor Brigid Harrison", 15) == "professor"
    assert oblique_at("He spoke to Clinton", 12)
    assert not oblique_at("Clinton spoke", 0)


def test_tokenize_cache_keeps_hidden_ranges_apart() -> None:
    # Token lists are cached per stretch: the same stretch with and without a quote hidden
    # must still come out differently, and asking twice gives the same tokens.

    text = 'He said "we won" today.'
    plain = [t.text for t in tokenize(text, 0, len(text))]
    hidden = [t.text for t in tokenize(text, 0, len(text), [(8, 16)])]
    assert plain == ["He", "said", '"', "we", "won", '"', "today", "."]
    assert hidden == ["He", "said", QUOTE_TOKEN, "today", "."]
    assert tokenize(text, 0, len(text), [(8, 16)]) == tokenize(text, 0, len(text), [(8, 16)])


def test_tokenize_reads_only_the_hidden_ranges_it_touches() -> None:
    # The cache key keeps the ranges from the one covering the start on: a stretch starting
    # inside a quote still gets that quote as its first token; ranges elsewhere change nothing.
    text = '"A," he said, "B," and then "C."'
    quotes = [(0, 4), (14, 18), (28, 32)]
    inside = tokenize(text, 16, 27, quotes)
    assert [(t.text, t.start, t.end) for t in inside][:2] == [
        (QUOTE_TOKEN, 14, 18),
        ("and", 19, 22),
    ]
    assert [t.text for t in tokenize(text, 5, 12, quotes)] == ["he", "said"]


def test_first_letter_class_patterns_match_their_plain_forms() -> None:
    # Rewritten to start with a class of first characters: same matches as the plain form.
    plain = re.compile(r"``|''|[“”\"«»„]")
    text = "``a'' ```b''' `'c'` “d” \"e\" «f» „g“ He she Se Hhe sHe SHe O’he she’s the hes He"
    assert [m.span() for m in ptb_double_marks().finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def test_double_marks_are_scanned_for_those_the_text_holds() -> None:
    # Straight-only and curly-only copy get one-mark patterns; the quotes found are the same.
    assert find_quoted('He said "yes" and “no”.') == [
        Quoted(((9, 12),), 8, 12, True),
        Quoted(((19, 21),), 18, 21, True),
    ]
    assert [q.spans for q in find_quoted('“A” and "B"')] == [((1, 2),), ((9, 10),)]
    assert find_quoted("No marks at all.") == []


def test_he_she_literal_patterns_together_match_the_plain_form() -> None:
    # Two literal-led patterns ("he" also finds "she"/"She", its "s" captured behind):
    # together, the same matches as the plain form.
    text = "He she Se Hhe sHe SHe O’he she’s the hes He. ‘She "
    plain = re.compile(r"(?<![\w’'])(?:[Hh]e|[Ss]he)(?![\w])")
    fast = sorted((m.start(m.lastindex or 0), m.end()) for p in HE_SHE for m in p.finditer(text))
    assert fast == [m.span() for m in plain.finditer(text)]


def test_name_runs_start_at_a_particle_or_a_capital_as_the_plain_pattern_does() -> None:
    # The run pattern starts at a capital; a particle before it is captured behind.
    short = "|".join(sorted(w.capitalize() for w in titles() | {"jr", "sr", "st"} if len(w) <= 4))
    particles = "de|van|von|al|bin|la|le|du|da|del"
    word = rf"(?:(?:[A-Z]\.)+|(?:{short})\.|[A-Z][\w’'\-]*|(?:{particles})(?=[ \-][A-Z]))"
    plain = re.compile(rf"(?<![\w’']){word}(?:[ \-]{word})*")
    text = (
        "Mayor Bill de Blasio met Bashar al-Assad, Oscar de la Hoya and del Toro; xde Blasio, "
        "’de Blasio, “de Blasio” and J.de Blasio. U.S. Sen. Ted Cruz, Mr. and Mrs. Smith, "
        "Sgt. Pepper, Sent. Aide Jones of St. Louis. Then. He saw le Pen-van Gaal."
    )
    events = name_events(text, Outside([]))
    found = [m for m in plain.finditer(text) if _name_in_run(m.group())[0]]
    assert [(e.offset, e.end) for e in events] == [m.span() for m in found]
    assert text.index("del Toro") in [e.offset for e in events]


def test_a_description_event_ends_where_its_words_do() -> None:
    text = "The senator spoke. Later the Florida senator said no."
    events = [e for e in references(text, Outside([])) if not e.gender]
    assert [text[e.offset : e.end] for e in events] == ["The senator", "the Florida senator"]


def test_name_events_read_only_between_quotes() -> None:
    # A name right after a closing mark is found, though a run inside the quote ends there.
    text = "'Vote For Trump' Smith said. Jones met “Bill Clinton” and 'Al Gore'"
    quotes = [(0, 16), (39, 53), (58, 67)]
    events = name_events(text, Outside(quotes))
    assert [" ".join(e.words) for e in events] == ["Smith", "Jones"]


def test_single_openers_one_pattern_per_mark() -> None:
    # Each mark has its own pattern; together they find the openers a class of both would.
    text = "He said 'yes' and ‘no’ in the '90s, rock 'n' roll, ('so') don't ‘em ' I 'm"
    found = sorted(m.start() for mark in "'‘" for m in single_opener(mark).finditer(text))
    assert [text[k : k + 3] for k in found] == ["'ye", "‘no", "'so", "' I"]


def test_double_marks_are_counted_as_the_pattern_finds_them() -> None:
    text = "``a'' ```b''' `'c'` “d” \"e\" «f» „g“ '''' x''y"
    assert _double_marks(text) == len(ptb_double_marks().findall(text)) == 15

"""A table of attributed-quote constructions, one row per pattern a news writer uses.

Every sentence here is written for this test (no article text). Each row gives the text, the
expected quote text, the canonical speaker (None: no speaker) and the kind.
"""

from __future__ import annotations

import pytest

from newsquote.phrases import phrase_after, phrase_before
from newsquote.quotes import extract_quotes
from newsquote.sentence_ends import sentence_ends
from newsquote.speakers import Resolver
from newsquote.tokens import tokenize

INTRO = "Senator Maria Lopez of Arizona spoke in Phoenix on Monday.\n\n"
TWO = "Governor Tom Baker and Mayor Ann Green met on Friday.\n\n"

# (id, text, quote text, speaker, kind)
CASES: list[tuple[str, str, str, str | None, str]] = [
    # --- tags after the quote ---
    ("comma-X-said", '"We will win," Lopez said.', "We will win,", "Lopez", "direct"),
    ("comma-said-X", '"We will win," said Lopez.', "We will win,", "Lopez", "direct"),
    # a description heads the tag when no name is at hand: sports copy's coaches and captains
    (
        "comma-the-coach-said",
        '"We will win," the coach said.',
        "We will win,",
        "the coach",
        "direct",
    ),
    (
        "described-by-the-captain",
        'The striker was described by the captain as "a fighter who never quits."',
        "a fighter who never quits.",
        "the captain",
        "partial",
    ),
    (
        "full-name-said",
        '"Taxes are too high," Maria Lopez said.',
        "Taxes are too high,",
        "Maria Lopez",
        "direct",
    ),
    (
        "said-full-name-title",
        '"It is over," said Tom Baker, the governor.',
        "It is over,",
        "Tom Baker",
        "direct",
    ),
    (
        "title-before-name",
        '"It is over," said Gov. Tom Baker.',
        "It is over,",
        "Tom Baker",
        "direct",
    ),
    (
        "long-title-before-name",
        '"Talks went well," said Foreign Minister Ali Hassan.',
        "Talks went well,",
        "Ali Hassan",
        "direct",
    ),
    ("X-told", '"I am ready," Lopez told reporters.', "I am ready,", "Lopez", "direct"),
    ("X-added", '"And we will stay," Lopez added.', "And we will stay,", "Lopez", "direct"),
    ("X-insisted", '"Nothing changed," Lopez insisted.', "Nothing changed,", "Lopez", "direct"),
    (
        "X-emphasised",
        '"Peace comes first," Lopez emphasised.',
        "Peace comes first,",
        "Lopez",
        "direct",
    ),
    (
        "X-emphasized",
        '"Peace comes first," Lopez emphasized.',
        "Peace comes first,",
        "Lopez",
        "direct",
    ),
    ("X-asserted", '"The plan is sound," Lopez asserted.', "The plan is sound,", "Lopez", "direct"),
    ("X-wrote", '"The law is clear," Lopez wrote.', "The law is clear,", "Lopez", "direct"),
    (
        "X-tweeted",
        '"Great crowd tonight," Lopez tweeted.',
        "Great crowd tonight,",
        "Lopez",
        "direct",
    ),
    ("X-says-present", '"Voters are angry," Lopez says.', "Voters are angry,", "Lopez", "direct"),
    ("X-has-said", '"Voters are angry," Lopez has said.', "Voters are angry,", "Lopez", "direct"),
    (
        "X-later-said",
        '"Voters are angry," Lopez later said.',
        "Voters are angry,",
        "Lopez",
        "direct",
    ),
    (
        "X-said-on-day",
        '"Voters are angry," Lopez said on Tuesday.',
        "Voters are angry,",
        "Lopez",
        "direct",
    ),
    ("question-asked", '"Why now?" Lopez asked.', "Why now?", "Lopez", "direct"),
    ("exclaimed", '"Enough!" Lopez exclaimed.', "Enough!", "Lopez", "direct"),
    (
        "he-said",
        'Tom Baker spoke next. "We are done," he said.',
        "We are done,",
        "Tom Baker",
        "direct",
    ),
    (
        "she-said",
        'Ann Green spoke next. "We are done," she said.',
        "We are done,",
        "Ann Green",
        "direct",
    ),
    (
        "she-skips-male",
        'Ann Green met Tom Baker. "We are done," she said.',
        "We are done,",
        "Ann Green",
        "direct",
    ),
    ("said-he", '"We are done," said he.', "We are done,", None, "direct"),
    (
        "dash-credit",
        '"Democracy dies in silence" — Maria Lopez',
        "Democracy dies in silence",
        "Maria Lopez",
        "direct",
    ),
    (
        "appositive-after",
        '"It is over," Baker, a Republican, said.',
        "It is over,",
        "Baker",
        "direct",
    ),
    (
        "said-X-age",
        '"I vote every time," said Jane Moss, 52, of Dayton.',
        "I vote every time,",
        "Jane Moss",
        "direct",
    ),
    (
        "said-X-role-after",
        '"We need jobs," said Paul Reed, a local farmer.',
        "We need jobs,",
        "Paul Reed",
        "direct",
    ),
    (
        "organisation-said",
        '"The data are final," the ministry said.',
        "The data are final,",
        "the ministry",
        "direct",
    ),
    (
        "statement-said",
        '"We deny the claims," the company said in a statement.',
        "We deny the claims,",
        "the company",
        "direct",
    ),
    (
        "officials-said",
        '"The border stays closed," officials said.',
        "The border stays closed,",
        "officials",
        "direct",
    ),
    (
        "source-said",
        '"Nothing is agreed," a source familiar with the talks said.',
        "Nothing is agreed,",
        "a source familiar with the talks",
        "direct",
    ),
    (
        "spokesman-for",
        '"No comment," a spokesman for the campaign said.',
        "No comment,",
        "a spokesman for the campaign",
        "direct",
    ),
    # --- lead-ins before the quote ---
    (
        "X-said-colon",
        'Lopez said: "We will not back down."',
        "We will not back down.",
        "Lopez",
        "direct",
    ),
    (
        "X-said-comma",
        'Lopez said, "We will not back down."',
        "We will not back down.",
        "Lopez",
        "direct",
    ),
    ("X-told-colon", 'Lopez told the crowd: "Stand up."', "Stand up.", "Lopez", "direct"),
    (
        "X-asserted-comma",
        'Lopez asserted, "The deal is dead."',
        "The deal is dead.",
        "Lopez",
        "direct",
    ),
    (
        "title-name-lead",
        'Turkish Foreign Minister Ali Hassan said: "We are hopeful."',
        "We are hopeful.",
        "Ali Hassan",
        "direct",
    ),
    (
        "name-colon",
        'The view of pollster Dan Reyes: "Turnout decides it."',
        "Turnout decides it.",
        "Dan Reyes",
        "direct",
    ),
    (
        "he-said-colon",
        TWO + 'Baker was asked about it. He said: "No."',
        "No.",
        "Tom Baker",
        "direct",
    ),
    (
        "according-to-before",
        'According to Lopez, "the vote is rigged."',
        "the vote is rigged.",
        "Lopez",
        "partial",
    ),
    (
        "according-to-after",
        '"The vote is rigged," according to Lopez.',
        "The vote is rigged,",
        "Lopez",
        "direct",
    ),
    (
        "according-to-org",
        'The plan is "dead on arrival," according to the ministry.',
        "dead on arrival,",
        "the ministry",
        "partial",
    ),
    (
        "in-a-statement",
        'In a statement, the ministry said: "Talks continue."',
        "Talks continue.",
        "the ministry",
        "direct",
    ),
    (
        "said-in-interview",
        'Lopez said in an interview that "nothing is settled."',
        "nothing is settled.",
        "Lopez",
        "partial",
    ),
    (
        "appositive-lead",
        'Lopez, a Democrat, said: "We need a vote."',
        "We need a vote.",
        "Lopez",
        "direct",
    ),
    (
        "appositive-spokesman",
        'Dan Reyes, a spokesman for the group, said: "We are calm."',
        "We are calm.",
        "Dan Reyes",
        "direct",
    ),
    (
        "wrote-on-twitter",
        'Lopez wrote on Twitter: "Big news tonight."',
        "Big news tonight.",
        "Lopez",
        "direct",
    ),
    # --- partial quotes ---
    (
        "called-it",
        'Lopez called the plan "a disaster for families."',
        "a disaster for families.",
        "Lopez",
        "partial",
    ),
    (
        "described-as",
        'Lopez described the talks as "frank and useful."',
        "frank and useful.",
        "Lopez",
        "partial",
    ),
    (
        "said-that-partial",
        'Lopez said that the deal was "not good enough."',
        "not good enough.",
        "Lopez",
        "partial",
    ),
    (
        "said-partial-trailing",
        'The deal was "not good enough," Lopez said.',
        "not good enough,",
        "Lopez",
        "partial",
    ),
    (
        "org-partial",
        'The ministry said the meeting had a "calm and useful tone".',
        "calm and useful tone",
        "The ministry",
        "partial",
    ),
    (
        "participle-partial",
        'Arab states met in Cairo, stressing an "Arab-led solution".',
        "Arab-led solution",
        "Arab states",
        "partial",
    ),
    (
        "emphasised-importance",
        'Lopez emphasised the importance of "working together on water".',
        "working together on water",
        "Lopez",
        "partial",
    ),
    (
        "warned-of",
        'Lopez warned of "dark days ahead" for the party.',
        "dark days ahead",
        "Lopez",
        "partial",
    ),
    (
        "mixed-partial",
        'Baker said he was "very pleased" with the result.',
        "very pleased",
        "Baker",
        "partial",
    ),
    (
        "two-partials-one-record",
        'Lopez called him "weak" and "a liar."',
        "weak a liar.",
        "Lopez",
        "partial",
    ),
    (
        "saying-after-quote",
        'Lopez praised the "brave volunteers," saying they saved lives.',
        "brave volunteers,",
        "Lopez",
        "partial",
    ),
    (
        "by-saying",
        'Lopez ended the speech by saying "thank you, Arizona."',
        "thank you, Arizona.",
        "Lopez",
        "partial",
    ),
    (
        "and-called",
        'Lopez took the stage and called the system "broken to the core."',
        "broken to the core.",
        "Lopez",
        "partial",
    ),
    # --- split quotes ---
    (
        "split-comma",
        '"We tried," Lopez said, "but it failed."',
        "We tried, but it failed.",
        "Lopez",
        "direct",
    ),
    (
        "split-period",
        '"We tried," Lopez said. "It failed."',
        "We tried, It failed.",
        "Lopez",
        "direct",
    ),
    (  # PTB-tokenized copy: `` and '' are two characters wide
        "split-period-tokenized",
        "`` We tried , '' Lopez said . `` It failed . ''",
        " We tried ,   It failed . ",
        "Lopez",
        "direct",
    ),
    (
        "split-said-X",
        '"We tried," said Lopez, "and we lost."',
        "We tried, and we lost.",
        "Lopez",
        "direct",
    ),
    (
        "split-she",
        'Ann Green was calm. "We tried," she said, "and we lost."',
        "We tried, and we lost.",
        "Ann Green",
        "direct",
    ),
    # --- neighbouring sentences ---
    (
        "previous-sentence-colon",
        "Lopez put it plainly:\n\n“The deal is dead. We move on.”",
        "The deal is dead. We move on.",
        "Lopez",
        "direct",
    ),
    (
        "previous-sentence-he",
        TWO + 'Baker took questions. He said: "We will rebuild."',
        "We will rebuild.",
        "Tom Baker",
        "direct",
    ),
    (
        "continuation-paragraph",
        '"We will rebuild the bridge," Lopez said.\n\n"It will take two years and cost a lot."',
        "It will take two years and cost a lot.",
        "Lopez",
        "direct",
    ),
    (
        "continuation-same-paragraph",
        '"We will rebuild," Lopez said on Monday in a long speech. "It will take two years."',
        "We will rebuild, It will take two years.",
        "Lopez",
        "direct",
    ),
    (
        "multi-paragraph",
        '"The first part of my plan is simple.\n\n"The second part is harder," Lopez said.',
        "The first part of my plan is simple. The second part is harder,",
        "Lopez",
        "direct",
    ),
    (
        "next-sentence-tag",
        "“We are not leaving.” Lopez said it twice.",
        "We are not leaving.",
        "Lopez",
        "direct",
    ),
    # --- quote marks of every kind ---
    ("curly", "“We will win,” Lopez said.", "We will win,", "Lopez", "direct"),
    ("guillemets", "«We will win», Lopez said.", "We will win", "Lopez", "direct"),
    ("german", "„Wir gewinnen“, said Lopez.", "Wir gewinnen", "Lopez", "direct"),
    (
        "uk-single",
        "‘We will win,’ Lopez said. ‘The count is over.’",
        "We will win, The count is over.",
        "Lopez",
        "direct",
    ),
    ("uk-apostrophe-inside", "‘We don’t quit,’ Lopez said.", "We don’t quit,", "Lopez", "direct"),
    (
        "nested-single",
        "\"He told me 'never again' and left,\" Lopez said.",
        "He told me 'never again' and left,",
        "Lopez",
        "direct",
    ),
    (
        "nested-curly-in-straight",
        'Lopez said: "The law says “equal justice” for all."',
        "The law says “equal justice” for all.",
        "Lopez",
        "direct",
    ),
    (
        "apostrophes-not-marks",
        "It’s the ’90s again, Lopez’ aides joked. “Fine,” Lopez said.",
        "Fine,",
        "Lopez",
        "direct",
    ),
    (
        "wrong-way-curly",
        "“It is unusual,“ said Dan Reyes.",
        "It is unusual,",
        "Dan Reyes",
        "direct",
    ),
    # --- indirect speech (no quote marks) ---
    (
        "indirect-said-that",
        "Lopez said that the vote was rigged.",
        "the vote was rigged",
        "Lopez",
        "indirect",
    ),
    (
        "indirect-said-clause",
        "Lopez said the vote was rigged.",
        "the vote was rigged",
        "Lopez",
        "indirect",
    ),
    (
        "indirect-told-that",
        "Lopez told reporters on Monday that she would run.",
        "she would run",
        "Lopez",
        "indirect",
    ),
    (
        "indirect-pronoun",
        "Maria Lopez left early. She said that nothing had changed.",
        "nothing had changed",
        "Maria Lopez",
        "indirect",
    ),
    (
        "indirect-org",
        "The ministry said the talks were useful.",
        "the talks were useful",
        "The ministry",
        "indirect",
    ),
    # --- canonical resolution ---
    ("surname-to-full", "Maria Lopez arrived. “Yes,” Lopez said.", "Yes,", "Maria Lopez", "direct"),
    (
        "title-stripped",
        "Sen. Maria Lopez arrived. “Yes,” Sen. Lopez said.",
        "Yes,",
        "Maria Lopez",
        "direct",
    ),
    (
        "pronoun-to-subject",
        "Tom Baker thanked Ann Green. “Good work,” he said.",
        "Good work,",
        "Tom Baker",
        "direct",
    ),
    (
        "pronoun-she-to-female",
        "Tom Baker thanked Ann Green. “Good work,” she said.",
        "Good work,",
        "Ann Green",
        "direct",
    ),
    (
        "suffix-name",
        "Brent Adams Jr. spoke. “We disagree,” Adams said.",
        "We disagree,",
        "Brent Adams Jr",
        "direct",
    ),
    (
        "time-phrase-before-cue",
        'Maria Lopez (D-Ariz.) last week said the plan was "dead on arrival" in the Senate.',
        "dead on arrival",
        "Maria Lopez",
        "partial",
    ),
    (
        "party-tag-then-comma",
        'After the vote, Sen. Tom Baker (R-Ohio), said, "We held the line."',
        "We held the line.",
        "Tom Baker",
        "direct",
    ),
    (
        "aside-between-commas",
        'The bill, Lopez said, would "gut the program" for good.',
        "gut the program",
        "Lopez",
        "partial",
    ),
    (
        "tag-after-full-stop-quote",
        "Ann Green retired. “She was a fair boss.” one employee said on Friday.",
        "She was a fair boss.",
        "one employee",
        "direct",
    ),
    (
        "said-adjective-title-name",
        '"We lost the vote," said retired judge Ann Green.',
        "We lost the vote,",
        "Ann Green",
        "direct",
    ),
    (
        "adverb-now-before-cue",
        '"We were wrong," Lopez now says.',
        "We were wrong,",
        "Lopez",
        "direct",
    ),
    (
        "credit-line-below",
        'The claim was checked.\n\n"Nobody pays tax here."\n\n- Lopez.\n\nIt is wrong.',
        "Nobody pays tax here.",
        "Lopez",
        "direct",
    ),
    (
        "from-source-colon",
        "Not all polls agree. From the report: “Online samples vary widely.”",
        "Online samples vary widely.",
        "the report",
        "direct",
    ),
    (
        "headline-dash-name-colon",
        "TURNOUT WAS HIGH - Maria Lopez: “More people voted than ever.”",
        "More people voted than ever.",
        "Maria Lopez",
        "direct",
    ),
    (
        "court-document-speaks",
        "“The rule was applied unfairly,” the ruling said.",
        "The rule was applied unfairly,",
        "the ruling",
        "direct",
    ),
    (
        "she-went-on",
        'Ann Green spoke first. "We will appeal," she went on.',
        "We will appeal,",
        "Ann Green",
        "direct",
    ),
    (
        "weekday-before-cue",
        'Tom Baker on Friday called the bill "a disgrace" and left.',
        "a disgrace",
        "Tom Baker",
        "partial",
    ),
    # --- resolving "he"/"she" and descriptions to the person meant ---
    (
        "dateline-agency-is-no-antecedent",
        "DENVER (Reuters) - Donor Walter Kline said on Monday he would give more. "
        '"It was a fine talk," he said.',
        "It was a fine talk,",
        "Walter Kline",
        "direct",
    ),
    (
        "pronoun-skips-name-after-preposition",
        'Writing about the mayor, Rosa Quill found fault. "The plan is late," she said.',
        "The plan is late,",
        "Rosa Quill",
        "direct",
    ),
    (
        "lowercase-role-makes-a-person",
        "Ann Green left early. To history professor Brigid Tallon, the vote was a surprise. "
        '"Nobody saw it coming," she said.',
        "Nobody saw it coming,",
        "Brigid Tallon",
        "direct",
    ),
    (
        "pronoun-skips-name-in-that-clause",
        "Rosa Quill is running. Asked about the poll that Ann Green cited, she said: "
        '"It is wrong."',
        "It is wrong.",
        "Rosa Quill",
        "direct",
    ),
    (
        "speaker-continues-past-name-in-whether-clause",
        'Rosa Quill spoke first. "We are ready," she said.\n\nAsked whether Ann Green would win, '
        'she replied: "I do not know."',
        "I do not know.",
        "Rosa Quill",
        "direct",
    ),
    (
        "plural-title-does-not-end-the-sentence",
        'Walter Kline praised Govs. Tom Baker and Ann Green. "They did well," he said.',
        "They did well,",
        "Walter Kline",
        "direct",
    ),
    (
        "pronoun-means-who-spoke-in-the-sentence-before",
        'Tom Baker won easily. Baker will win again, Walter Kline said. "He is strong," he said.',
        "He is strong,",
        "Walter Kline",
        "direct",
    ),
    (
        "dateline-is-not-the-subject",
        "Denver (AFP) – Senator Maria Lopez has criticised the plan, saying “it will fail.”",
        "it will fail.",
        "Maria Lopez",
        "partial",
    ),
    (
        "abbreviated-month-is-not-a-speaker",
        "DENVER, Dec. 4 (UPI) – In reply to the plan, the mayor's aide wrote to voters, saying: "
        "“We must stop it.”",
        "We must stop it.",
        "the mayor's aide",
        "direct",
    ),
    (
        "name-after-preposition-is-no-subject",
        "Ann Green said Tom Baker, who worked in the 2012 budget office attack, is "
        "“absolutely wrong” on taxes.",
        "absolutely wrong",
        "Ann Green",
        "partial",
    ),
    (
        "given-name-alone-after-two-of-one-surname",
        "Tom Baker spoke first. Ann Baker spoke next, and later Ann Baker left. "
        'Ann told reporters: "We won."',
        "We won.",
        "Ann Baker",
        "direct",
    ),
    (
        "outlet-is-not-a-description",
        'Tom Baker spoke. "The budget is short," the Denver Post reported.',
        "The budget is short,",
        "the Denver Post",
        "direct",
    ),
    (
        "surname-that-is-a-title-word",
        'Tom Baker spoke. Laura Jean Bishop came later. "It was a good day," Bishop said.',
        "It was a good day,",
        "Laura Jean Bishop",
        "direct",
    ),
    (
        "pronoun-after-a-name-ending-in-a-title-word",
        'The skater Laura Jean Bishop spoke. "It was a good day," she said.',
        "It was a good day,",
        "Laura Jean Bishop",
        "direct",
    ),
    (
        "role-then-name-in-apposition",
        '"The roof is safe," said the site manager, Tom Reddy.',
        "The roof is safe,",
        "Tom Reddy",
        "direct",
    ),
    (
        "surname-opening-a-paragraph-is-a-person",
        'Baker joked about the game. "We will win," he said.\n\n'
        'Kowalczyk dodged the question. "Either team can win," he said.',
        "Either team can win,",
        "Kowalczyk",
        "direct",
    ),
    (
        "the-newspaper-is-the-outlet-named-before",
        'Tom Baker spoke to the Denver Herald on Monday. "The plan failed," the newspaper '
        "reported.",
        "The plan failed,",
        "Denver Herald",
        "direct",
    ),
    (
        "opening-adverb-is-no-speaker",
        "Immediately after the vote, the mayor issued a statement, “We won the vote.”",
        "We won the vote.",
        "the mayor",
        "direct",
    ),
    # --- numbers and quantifiers stay whole in a speaker phrase ---
    (
        "number-with-thousands-separator",
        '"We are grateful," 25,000 volunteers wrote in a letter.',
        "We are grateful,",
        "25,000 volunteers",
        "direct",
    ),
    (
        "at-least-opens-the-speaker",
        'At least 30 residents said "the water tastes odd" after the repairs.',
        "the water tastes odd",
        "At least 30 residents",
        "partial",
    ),
    (
        "more-than-opens-the-clause-subject",
        'More than 1,200 residents signed a petition, saying "we cannot go on like this".',
        "we cannot go on like this",
        "More than 1,200 residents",
        "partial",
    ),
    (
        "opening-place-cut-by-the-reach-is-no-speaker",
        "At Lake Pine, where it costs new members $70,000 to sign up, Tom Baker, the club's "
        "70-year-old president and general manager, suggested that the troubles of rival clubs "
        "came from poor planning.",
        "the troubles of rival clubs came from poor planning",
        "Tom Baker",
        "indirect",
    ),
    # --- a title or rank "of" a place is the person's name ---
    (
        "rank-of-place-is-the-name",
        '"We are proud of the team," the Duke of Lakeshire said.',
        "We are proud of the team,",
        "Duke of Lakeshire",
        "direct",
    ),
    (
        "title-of-place-is-the-name",
        '"The bridge will open in May," said the Mayor of Riverton.',
        "The bridge will open in May,",
        "Mayor of Riverton",
        "direct",
    ),
    (
        "name-of-place-is-an-affiliation",
        '"The bridge will open in May," Tom Baker of Riverton said.',
        "The bridge will open in May,",
        "Tom Baker",
        "direct",
    ),
]


def _find(text: str, body: str):
    quotes = [q for q in extract_quotes(text) if q.text == body]
    assert quotes, [q.text for q in extract_quotes(text)]
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "body", "speaker", "kind"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_attributed_quote_pattern(text: str, body: str, speaker: str | None, kind: str) -> None:
    quote = _find(text, body)
    assert quote.kind == kind
    if speaker is None:
        assert quote.named is not True
    else:
        assert quote.speaker == speaker
    for start, end in quote.spans:
        assert text[start:end] in quote.text


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 80
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The comedy “Saturday Night Live” returns on CNN’s “New Day” tonight.", "title"),
        ("She appeared on “The Late Show” last year.", "title"),
        ("The “reform” passed easily on Tuesday.", "scare"),
        ("The so-called “experts” were wrong again.", "scare"),
    ],
)
def test_scare_quotes_and_titles_have_no_speaker(text: str, kind: str) -> None:
    quotes = extract_quotes(text)
    assert quotes and all(q.speaker is None for q in quotes)
    assert quotes[-1].kind in {kind, "scare", "title"}


def test_unnamed_sources_are_flagged() -> None:
    quote = _find('"The border stays closed," officials said.', "The border stays closed,")
    assert quote.named is False and quote.speaker == "officials"


def test_every_record_has_confidence_and_evidence() -> None:
    for quote in extract_quotes(INTRO + TWO + '"We tried," Lopez said. She left. "Again."'):
        assert 0.0 <= quote.confidence <= 1.0
        assert quote.evidence


def test_role_is_kept() -> None:
    quote = _find('Turkish Foreign Minister Ali Hassan said: "We are hopeful."', "We are hopeful.")
    assert quote.role == "Turkish Foreign Minister"


def test_no_indirect_speech_without_a_verb_of_saying() -> None:
    text = "The weather was fine. Lopez walked home after the vote."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_quoted_sentences_are_not_indirect_speech() -> None:
    kinds = [q.kind for q in extract_quotes('Lopez said that "the vote was rigged."')]
    assert kinds == ["partial"]


def test_unclosed_quote_stops_at_its_paragraph() -> None:
    text = 'Lopez said: "We will win.\n\nThe count went on all night.\n\n"Done," Baker said.'
    quotes = extract_quotes(text)
    assert all("count went on" not in q.text for q in quotes)
    assert any(q.text == "Done," and q.speaker == "Baker" for q in quotes)


def test_a_show_title_in_a_reporting_sentence_has_no_speaker() -> None:
    text = "Senator Jane Smith said on CNN’s “New Day” that the bill would pass.\n"
    (title,) = [q for q in extract_quotes(text) if q.text == "New Day"]
    assert title.kind == "title"
    assert title.speaker is None


def test_description_in_apposition_is_the_name_before_it() -> None:
    text = "Ann Green met Tom Baker, the governor, on Monday."
    resolver = Resolver(text, [], sentence_ends(text, []))
    assert resolver.resolve("the governor", text.index("the governor")).speaker == "Tom Baker"


def test_without_resolving_speakers_stay_as_written_and_nothing_else_changes() -> None:
    text = (
        "Senator Maria Lopez spoke on Monday. “We will not back down,” she said. "
        "“This fight is not over,” Lopez told reporters."
    )
    full = extract_quotes(text)
    as_written = extract_quotes(text, resolve=False)
    assert [q.speaker for q in full] == ["Maria Lopez", "Maria Lopez"]
    assert [q.speaker for q in as_written] == ["she", "Lopez"]
    assert all(q.named is None for q in as_written)
    same = [(q.spans, q.kind, q.speaker_mention, q.cue) for q in full]
    assert same == [(q.spans, q.kind, q.speaker_mention, q.cue) for q in as_written]


@pytest.mark.parametrize(
    ("text", "after", "phrase"),
    [
        ("reported Valley Live. Ann Green agreed to go", True, "Valley Live"),
        ("said Sen. Tom Baker on Monday", True, "Sen. Tom Baker"),
        ("said John J. Baker on Monday", True, "John J. Baker"),
        ("said U.S. Rep. Tom Baker on Monday", True, "U.S. Rep. Tom Baker"),
        ("It ran in Valley Live. Ann Green said", False, "Ann Green"),
        ("It ran in Anytown, Calif. Ann Green said", False, "Ann Green"),
    ],
)
def test_a_speaker_phrase_does_not_cross_a_sentence_end(
    text: str, after: bool, phrase: str
) -> None:
    """A full stop after a word ("Live.") ends a sentence; after an initial, an initialism or a
    known abbreviation ("J.", "U.S.", "Sen.") it does not."""
    tokens = tokenize(text, 0, len(text))
    rng = phrase_after(tokens, 1) if after else phrase_before(tokens, len(tokens) - 1)
    assert rng is not None
    assert text[tokens[rng[0]].start : tokens[rng[1] - 1].end] == phrase


@pytest.mark.parametrize(
    ("text", "body", "speaker"),
    [
        (
            'The plan was described by Mayor Ann Green as "a costly mistake."',
            "a costly mistake.",
            "Ann Green",
        ),
        ('The bill, described by Senator Jo Park as "reckless," passed.', "reckless,", "Jo Park"),
        (
            'Described by the minister as "a true leader," Lee is now captain.',
            "a true leader,",
            "the minister",
        ),
        (
            'Kim has been told by the Palace that it will "cooperate fully" with police.',
            "cooperate fully",
            "the Palace",
        ),
        (
            'The deal was called "a betrayal of workers" by union leader Tom Reyes.',
            "a betrayal of workers",
            "Tom Reyes",
        ),
        (
            'The march was described as "calm and orderly" by police on Sunday.',
            "calm and orderly",
            "police",
        ),
        (
            'The plan has been called "strategic patience," by Ann Green, a historian.',
            "strategic patience,",
            "Ann Green",
        ),
        (
            'Ohio was hit by a storm described as "the worst in decades" by forecasters.',
            "the worst in decades",
            "forecasters",
        ),
        # the by-phrase names no clear describer, or the agent relays or asks for the words
        (
            'The plan was described by aides of Mayor Ann Green as "a costly mistake."',
            "a costly mistake.",
            None,
        ),
        (
            'Tom Baker was quoted by the Herald as saying "we will not give in."',
            "we will not give in.",
            "Tom Baker",
        ),
        (
            'Ann Green said by phone that the deal was "finished for good now."',
            "finished for good now.",
            "Ann Green",
        ),
        # the by-phrase belongs to a clause that does not lead into the quote
        (
            'Jo Park, mentioned by the Herald as a rival, told the crowd that "we will win this."',
            "we will win this.",
            "Jo Park",
        ),
        (
            'The vote was called by the party to end the long "budget impasse" for good.',
            "budget impasse",
            None,
        ),
    ],
)
def test_the_agent_of_a_passive_reporting_verb_speaks(
    text: str, body: str, speaker: str | None
) -> None:
    """ "described by X as "…"", "called "…" by X": X said the words, when the by-phrase
    clearly names who described (a speaking phrase, closing where the description starts)."""
    assert _find(text, body).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a reporting clause between the parts: one quote
        ("'We will win,' Lopez said. 'The count is over.'", ["We will win, The count is over."]),
        (
            "'We will win,' Lopez said on Monday in Leeds. 'The count is over.'",
            ["We will win, The count is over."],
        ),
        (
            '"We will win," said Ann Lee, author of Rule: A History. "The count is over."',
            ["We will win, The count is over."],
        ),
        # sentences of narrative between them: two quotes
        (
            "'SHE IS LYING ABOUT MY AGE,' the letter read. Her mother drove them to the show. "
            "On the way they kept writing. 'We can do this,' Jo Reyes wrote.",
            ["SHE IS LYING ABOUT MY AGE,", "We can do this,"],
        ),
        (
            '"We will win," Lopez said. The crowd cheered for a long time. "The count is over."',
            ["We will win,", "The count is over."],
        ),
        (
            "'We will win,' said Lopez. Baker shook his head. 'The count is over.'",
            ["We will win,", "The count is over."],
        ),
        (
            '"We will win," Lopez said. Then Baker added: "The count is over."',
            ["We will win,", "The count is over."],
        ),
    ],
)
def test_split_quote_parts_join_across_a_reporting_clause_only(
    text: str, quotes: list[str]
) -> None:
    assert [q.text for q in extract_quotes(text, indirect=False)] == quotes

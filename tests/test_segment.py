"""The segmentation table: tricky news sentences (written for these tests) and their split."""

from __future__ import annotations

import pytest

from newsquote.segment import load_abbreviations, paragraph_spans, split_sentences
from newsquote.segment_params import run_on_starters

P = pytest.param

# Every verb that keeps '"Why?" Smith asked.' one sentence (data/tag_verbs.txt), as written.
TAG_VERBS = [
    *("said", "says", "asked", "added", "replied", "shouted", "yelled", "wrote", "explained"),
    *("continued", "insisted", "recalled", "noted", "declared", "exclaimed", "answered"),
    *("whispered", "admitted", "argued", "warned", "joked", "conceded", "countered", "responded"),
    *("stressed", "acknowledged", "quipped", "cried", "demanded", "wondered", "sighed"),
    *("tweeted", "posted", "repeated", "remarked", "pressed", "questioned", "told"),
]

CASES = [
    # Quotations and their attributions
    P('"Why?" he asked.', ['"Why?" he asked.'], id="question-then-attribution"),
    P('"Get out!" she shouted.', ['"Get out!" she shouted.'], id="exclamation-attribution"),
    P("“Why now?” asked the mayor.", ["“Why now?” asked the mayor."], id="curly-inverted"),
    P(
        '"Stop!" Jenkins shouted. Then he left.',
        ['"Stop!" Jenkins shouted.', "Then he left."],
        id="named-attribution",
    ),
    P(
        "“Would it be negotiable?” Hannity pressed. He did not answer.",
        ["“Would it be negotiable?” Hannity pressed.", "He did not answer."],
        id="named-attribution-pressed",
    ),
    P(
        "“Who knows?” Trump told the station. Aides said nothing.",
        ["“Who knows?” Trump told the station.", "Aides said nothing."],
        id="named-attribution-told",
    ),
    *(
        P(f'"Why not?" Smith {verb}. He left.', [f'"Why not?" Smith {verb}.', "He left."], id=verb)
        for verb in TAG_VERBS
    ),
    P(
        "“Was I going to act?” Nega put his house up for sale.",
        ["“Was I going to act?”", "Nega put his house up for sale."],
        id="name-then-other-verb-is-a-new-sentence",
    ),
    P(
        "He called it “a mess.” The council disagreed.",
        ["He called it “a mess.”", "The council disagreed."],
        id="curly-close-then-sentence",
    ),
    P(
        'She said the plan was "dead." Nobody argued.',
        ['She said the plan was "dead."', "Nobody argued."],
        id="straight-close-then-sentence",
    ),
    P(
        "He wrote: ‘It is over.’ Then he resigned.",
        ["He wrote: ‘It is over.’", "Then he resigned."],
        id="single-curly-quotes",
    ),
    P(
        '"We are ready. We will win," she said.',
        ['"We are ready.', 'We will win," she said.'],
        id="two-sentence-quote",
    ),
    P(
        '"This is great." she said, smiling.',
        ['"This is great." she said, smiling.'],
        id="lowercase-after-period-quote",
    ),
    P(
        '"We won." Harris said.',
        ['"We won."', "Harris said."],
        id="period-quote-always-ends",
    ),
    P(
        '"I quit." He wrote, "Goodbye to all that."',
        ['"I quit."', 'He wrote, "Goodbye to all that."'],
        id="new-sentence-with-verb-after-quote",
    ),
    P(
        "“Is it fair?” the union asked. “We think not.”",
        ["“Is it fair?” the union asked.", "“We think not.”"],
        id="question-quote-then-quote",
    ),
    P(
        '"Never," said Ruiz. "Not while I am here."',
        ['"Never," said Ruiz.', '"Not while I am here."'],
        id="split-quote-two-sentences",
    ),
    P(
        '"It was—" Patel paused. "It was hard."',
        ['"It was—" Patel paused.', '"It was hard."'],
        id="dash-interrupted-quote",
    ),
    P(
        "The sign read “Closed!” and the crowd left.",
        ["The sign read “Closed!” and the crowd left."],
        id="exclamation-inside-sentence",
    ),
    P(
        "(The company declined to comment.) Shares fell.",
        ["(The company declined to comment.)", "Shares fell."],
        id="parenthesised-sentence",
    ),
    P(
        "He taught math (he had trained as an engineer.) at the school.",
        ["He taught math (he had trained as an engineer.) at the school."],
        id="parenthesis-inside-sentence",
    ),
    P(
        'He said, "No." The U.S. team then scored.',
        ['He said, "No."', "The U.S. team then scored."],
        id="no-as-a-word",
    ),
    P(
        '"Why?" Ortiz asked on Tuesday. He left.',
        ['"Why?" Ortiz asked on Tuesday.', "He left."],
        id="attribution-with-time",
    ),
    P('"Really?" He said nothing.', ['"Really?"', "He said nothing."], id="pronoun-after-question"),
    P(
        '"I will look at many people…" Lopez said.',
        ['"I will look at many people…" Lopez said.'],
        id="trailing-quote-attribution",
    ),
    P(
        "“He told me, ‘Go home.’ So I did,” she said.",
        ["“He told me, ‘Go home.’", "So I did,” she said."],
        id="nested-quote-ends-sentence",
    ),
    P(
        "“Is this the end?” “No,” she replied.",
        ["“Is this the end?”", "“No,” she replied."],
        id="question-then-answer",
    ),
    P(
        'He asked, "Who pays?" and sat down.',
        ['He asked, "Who pays?" and sat down.'],
        id="question-inside-sentence",
    ),
    P(
        '"Is it legal?," he said. "... A judge will decide."',
        ['"Is it legal?," he said.', '"... A judge will decide."'],
        id="quote-opening-with-ellipsis",
    ),
    # Titles and abbreviations
    P(
        "Mr. Lee and Mrs. Ortiz met Dr. Baker.",
        ["Mr. Lee and Mrs. Ortiz met Dr. Baker."],
        id="titles",
    ),
    P(
        "Sens. Jo Kerr and Al Lee met Pvt. Sam Ross and Gen. Tom Bell (Ret.) there.",
        ["Sens. Jo Kerr and Al Lee met Pvt. Sam Ross and Gen. Tom Bell (Ret.) there."],
        id="plural-and-military-titles",
    ),
    P("Dr. He Jiankui spoke first.", ["Dr. He Jiankui spoke first."], id="title-before-he"),
    P(
        "Gen. Mark Ellis and Sen. Ana Ruiz met Gov. Tom Hill and Lt. Col. Joe Park.",
        ["Gen. Mark Ellis and Sen. Ana Ruiz met Gov. Tom Hill and Lt. Col. Joe Park."],
        id="military-and-political-titles",
    ),
    P("Rep. Dana Cole (R-Mo.) voted no.", ["Rep. Dana Cole (R-Mo.) voted no."], id="party-state"),
    P(
        "Sen. Jo Kent (D-Pa.), a moderate, objected.",
        ["Sen. Jo Kent (D-Pa.), a moderate, objected."],
        id="party-state-comma",
    ),
    P(
        "The U.S. Senate voted on Jan. 5 and adjourned.",
        ["The U.S. Senate voted on Jan. 5 and adjourned."],
        id="us-and-month",
    ),
    P(
        "The deal was signed in the U.S. The talks then moved to Paris.",
        ["The deal was signed in the U.S.", "The talks then moved to Paris."],
        id="us-ends-sentence",
    ),
    P(
        "She moved to the U.K. in 2010.",
        ["She moved to the U.K. in 2010."],
        id="uk-mid-sentence",
    ),
    P(
        "He joined Acme Inc. The company makes tires.",
        ["He joined Acme Inc.", "The company makes tires."],
        id="inc-ends-sentence",
    ),
    P(
        "He joined Acme Inc. Shares rose 5%.",
        ["He joined Acme Inc.", "Shares rose 5%."],
        id="inc-then-news-noun",
    ),
    P(
        "Acme Inc. Chief Executive Ann Bell resigned.",
        ["Acme Inc. Chief Executive Ann Bell resigned."],
        id="inc-before-title",
    ),
    P(
        "The firm, Delta Corp., said profits rose.",
        ["The firm, Delta Corp., said profits rose."],
        id="corp-with-commas",
    ),
    P(
        "Pens, paper, etc. were sold out.",
        ["Pens, paper, etc. were sold out."],
        id="etc-lowercase-follows",
    ),
    P(
        "They sold pens, paper, etc. It was a busy day.",
        ["They sold pens, paper, etc.", "It was a busy day."],
        id="etc-ends-sentence",
    ),
    P(
        "Lyon vs. Paris was a draw.",
        ["Lyon vs. Paris was a draw."],
        id="versus",
    ),
    P(
        "The F.B.I. Director spoke to the N.A.A.C.P. board.",
        ["The F.B.I. Director spoke to the N.A.A.C.P. board."],
        id="unlisted-initialisms",
    ),
    P(
        "She lives in Springfield, Ill. Her brother lives in Boston, Mass.",
        ["She lives in Springfield, Ill.", "Her brother lives in Boston, Mass."],
        id="state-then-starter",
    ),
    P(
        "Springfield, Ill. Mayor Jo Kent said the plant will close.",
        ["Springfield, Ill. Mayor Jo Kent said the plant will close."],
        id="state-dateline-style",
    ),
    P(
        "He fell ill. Doctors were called.",
        ["He fell ill.", "Doctors were called."],
        id="ill-as-a-word",
    ),
    P(
        "The mayor of St. Louis spoke on Main St. The crowd cheered.",
        ["The mayor of St. Louis spoke on Main St.", "The crowd cheered."],
        id="saint-and-street",
    ),
    P(
        "Said Martin Cole Jr. He was 40.",
        ["Said Martin Cole Jr.", "He was 40."],
        id="junior-ends-sentence",
    ),
    P(
        "That is Ed Ward Jr.'s car.",
        ["That is Ed Ward Jr.'s car."],
        id="junior-possessive",
    ),
    P(
        'He said the U.S. "We will not back down," he added.',
        ["He said the U.S.", '"We will not back down," he added.'],
        id="abbreviation-then-quote",
    ),
    P(
        "The firm is based in Washington, D.C. It employs 300 people.",
        ["The firm is based in Washington, D.C.", "It employs 300 people."],
        id="dc-ends-sentence",
    ),
    P(
        "Smith, 45, of St. Paul, Minn., was arrested.",
        ["Smith, 45, of St. Paul, Minn., was arrested."],
        id="city-state-commas",
    ),
    P(
        "Mr. and Mrs. Lin arrived with Sen. Cole, D-Texas, and left.",
        ["Mr. and Mrs. Lin arrived with Sen. Cole, D-Texas, and left."],
        id="titles-and-party",
    ),
    P(
        "She earned a Ph.D. in physics. She earned a Ph.D. She then taught.",
        ["She earned a Ph.D. in physics.", "She earned a Ph.D.", "She then taught."],
        id="phd",
    ),
    P(
        "He served in World War II. His brother did too.",
        ["He served in World War II.", "His brother did too."],
        id="roman-numeral-ends-sentence",
    ),
    P(
        "The report (pp. 4-7) is clear. See Vol. 2, Ch. 3.",
        ["The report (pp. 4-7) is clear.", "See Vol. 2, Ch. 3."],
        id="pages-volumes",
    ),
    P(
        "Write to http://example.org. http://example.org/b is new.",
        ["Write to http://example.org.", "http://example.org/b is new."],
        id="url-opens-sentence",
    ),
    P(
        "Troops To Leave The U.S. And Iran Next Year",
        ["Troops To Leave The U.S. And Iran Next Year"],
        id="headline-capitals",
    ),
    # Times
    P(
        "The meeting starts at 9 a.m. and ends at noon.",
        ["The meeting starts at 9 a.m. and ends at noon."],
        id="am-mid-sentence",
    ),
    P(
        "He left at 5 p.m. He did not return.",
        ["He left at 5 p.m.", "He did not return."],
        id="pm-then-pronoun",
    ),
    P(
        "The polls close at 8 p.m. Eastern time.",
        ["The polls close at 8 p.m. Eastern time."],
        id="pm-then-capital-noun",
    ),
    P(
        "At 5 a.m. Mr. Hale opened the bank. He closed it at 6 p.m. Mr. Hale then went home.",
        [
            "At 5 a.m. Mr. Hale opened the bank.",
            "He closed it at 6 p.m.",
            "Mr. Hale then went home.",
        ],
        id="am-pm-before-title",
    ),
    P(
        "The former Fla. Gov. Rick Dale spoke.",
        ["The former Fla. Gov. Rick Dale spoke."],
        id="state-before-title",
    ),
    P(
        "“We will fight between now and Nov. 8.” He left.",
        ["“We will fight between now and Nov. 8.”", "He left."],
        id="month-before-final-number",
    ),
    # Initials
    P("J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."], id="spaced-initials"),
    P(
        "George W. Bush met John F. Kennedy Jr. once.",
        ["George W. Bush met John F. Kennedy Jr. once."],
        id="middle-initials",
    ),
    P("B.B. King played the blues.", ["B.B. King played the blues."], id="dotted-initials"),
    P(
        "We make a good team, you and I. Did you see Al I. Jones?",
        ["We make a good team, you and I.", "Did you see Al I. Jones?"],
        id="pronoun-i-ends-sentence",
    ),
    P(
        "The crowd gave him a standing O. The speech was over.",
        ["The crowd gave him a standing O.", "The speech was over."],
        id="initial-then-starter",
    ),
    # Numbers
    P(
        "The economy grew 3.5 percent to $1.2 billion in 2023.",
        ["The economy grew 3.5 percent to $1.2 billion in 2023."],
        id="decimals",
    ),
    P(
        "She has $100.00. It is in her bag.",
        ["She has $100.00.", "It is in her bag."],
        id="money-ends-sentence",
    ),
    P(
        "He lives at No. 10 Downing Street.",
        ["He lives at No. 10 Downing Street."],
        id="number-abbreviation",
    ),
    P("They are ranked No. 1 in the state.", ["They are ranked No. 1 in the state."], id="no-1"),
    P("See p. 55 and Fig. 3 for details.", ["See p. 55 and Fig. 3 for details."], id="page-figure"),
    P(
        "The vote was 52-48. The bill passed.",
        ["The vote was 52-48.", "The bill passed."],
        id="score-ends-sentence",
    ),
    P(
        "Turnout was 61.3%. Officials were pleased.",
        ["Turnout was 61.3%.", "Officials were pleased."],
        id="percent-sign",
    ),
    P(
        "He was born in 1961. 2024 was his last year in office.",
        ["He was born in 1961.", "2024 was his last year in office."],
        id="year-starts-sentence",
    ),
    P(
        "The rate fell to .5 percent.",
        ["The rate fell to .5 percent."],
        id="leading-decimal-point",
    ),
    # Lists
    P(
        "1. Preheat the oven. 2. Mix the flour. 3. Bake.",
        ["1. Preheat the oven.", "2. Mix the flour.", "3. Bake."],
        id="numbered-list-inline",
    ),
    P(
        "1) The first item 2) The second item",
        ["1) The first item", "2) The second item"],
        id="paren-list-no-periods",
    ),
    P(
        "1.) The first item. 2.) The second item.",
        ["1.) The first item.", "2.) The second item."],
        id="period-paren-list",
    ),
    P(
        "a. Buy milk b. Buy bread c. Pay rent",
        ["a. Buy milk", "b. Buy bread", "c. Pay rent"],
        id="lettered-list",
    ),
    P(
        "The plan has three steps:\n1. Cut taxes.\n2. Raise spending.\n3. Wait.",
        ["The plan has three steps:", "1. Cut taxes.", "2. Raise spending.", "3. Wait."],
        id="list-on-lines",
    ),
    P(
        "• 9. The first item • 10. The second item",
        ["• 9. The first item", "• 10. The second item"],
        id="bullets-with-numbers",
    ),
    P(
        "Plan A. Then plan B.",
        ["Plan A.", "Then plan B."],
        id="not-a-list",
    ),
    P(
        "Buy 3 things: 1. apples, 2. pears, 3. plums.",
        ["Buy 3 things: 1. apples, 2. pears, 3. plums."],
        id="run-in-list",
    ),
    P(
        "Mix it, bake it and -- voila! -- you have cake.",
        ["Mix it, bake it and -- voila! -- you have cake."],
        id="exclamation-between-dashes",
    ),
    P(
        "He weighs 150 lbs. and runs daily. She lifts 90 lbs. She also swims.",
        ["He weighs 150 lbs. and runs daily.", "She lifts 90 lbs.", "She also swims."],
        id="unlisted-abbreviation",
    ),
    P(
        "The nurse gave him the i.v. in his arm. She gave him the i.v. It did not hurt.",
        ["The nurse gave him the i.v. in his arm.", "She gave him the i.v.", "It did not hurt."],
        id="lowercase-initialism",
    ),
    # Ellipses
    P(
        "He paused... and then kept reading.",
        ["He paused... and then kept reading."],
        id="ellipsis-mid-sentence",
    ),
    P(
        "I waited... Nothing happened.",
        ["I waited...", "Nothing happened."],
        id="ellipsis-ends-sentence",
    ),
    P(
        "It was… strange. Then… silence.",
        ["It was… strange.", "Then… silence."],
        id="unicode-ellipsis",
    ),
    P(
        "Wait for it… The winner is Kim.",
        ["Wait for it…", "The winner is Kim."],
        id="unicode-ellipsis-before-capital",
    ),
    P(
        "The law covers . . . all citizens.",
        ["The law covers . . . all citizens."],
        id="spaced-ellipsis-omission",
    ),
    P(
        "It was not enough. . . . The council voted again.",
        ["It was not enough. . . .", "The council voted again."],
        id="four-dot-ellipsis",
    ),
    P(
        '"... The vote is final," she said.',
        ['"... The vote is final," she said.'],
        id="ellipsis-opening-quote",
    ),
    P(
        "“The … Smith campaign is done,” he said.",
        ["“The … Smith campaign is done,” he said."],
        id="ellipsis-after-the",
    ),
    # Web and mail
    P(
        "Write to jane.doe@example.com. She replies fast.",
        ["Write to jane.doe@example.com.", "She replies fast."],
        id="email",
    ),
    P(
        "See https://example.org/a.b/c.html. It explains more.",
        ["See https://example.org/a.b/c.html.", "It explains more."],
        id="url",
    ),
    P("Visit www.city.gov for details.", ["Visit www.city.gov for details."], id="bare-domain"),
    # Question and exclamation marks
    P(
        "Hello!! Long time no see. Hello?! Is that you?",
        ["Hello!!", "Long time no see.", "Hello?!", "Is that you?"],
        id="double-punctuation",
    ),
    P(
        "Yahoo! Finance said so. Hello! Nice to see you.",
        ["Yahoo! Finance said so.", "Hello!", "Nice to see you."],
        id="exclaimed-name",
    ),
    P(
        "She works at Yahoo! in the sales team.",
        ["She works at Yahoo! in the sales team."],
        id="brand-exclamation",
    ),
    P(
        "Apple sold the iPhone. iPhone sales rose.",
        ["Apple sold the iPhone.", "iPhone sales rose."],
        id="camel-case",
    ),
    # Tokenized copy: a mark standing alone after a stop opens the next quote or closes its own
    P(
        "The coach was calm . ' We will win , ' he said . ' It is hard . ' The fans cheered .",
        [
            "The coach was calm .",
            "' We will win , ' he said .",
            "' It is hard . '",
            "The fans cheered .",
        ],
        id="tokenized-lone-marks",
    ),
    P(
        "It is done . ‘ He asks a lot , ’ Ruiz added . ‘ He never stops . He works .",
        ["It is done .", "‘ He asks a lot , ’ Ruiz added .", "‘ He never stops .", "He works ."],
        id="tokenized-curly-opener",
    ),
    P(  # the mark moves to the next sentence; the list item's own cut does not leave it alone
        "He gave a list. ‘ • Apples are red. • Pears are green,’ he said.",
        ["He gave a list.", "‘ • Apples are red.", "• Pears are green,’ he said."],
        id="opener-before-bullet",
    ),
    # Layout
    P(
        "The council met on Monday and voted\nto close the library. The mayor\nobjected.",
        ["The council met on Monday and voted\nto close the library.", "The mayor\nobjected."],
        id="hard-wrapped",
    ),
    P(
        "Talks stall in Moscow\n\nThe ministers met on Monday.",
        ["Talks stall in Moscow", "The ministers met on Monday."],
        id="headline",
    ),
    P(
        "The mayor, John\nSmith, objected to the plan and the budget the council passed.",
        ["The mayor, John\nSmith, objected to the plan and the budget the council passed."],
        id="hard-wrapped-before-name",
    ),
    P(
        "City hall to close\nBy Ann Lee\n"
        "The city will close its old hall next year, the mayor said on Monday, citing repair "
        "costs that have doubled since 2020. Staff will move.",
        [
            "City hall to close\nBy Ann Lee",
            "The city will close its old hall next year, the mayor said on Monday, citing repair "
            "costs that have doubled since 2020.",
            "Staff will move.",
        ],
        id="heading-lines-without-blank-line",
    ),
    P(
        "First line ends here.\r\n\r\nThe second one\r\nwraps. Then a third.",
        ["First line ends here.", "The second one\r\nwraps.", "Then a third."],
        id="crlf",
    ),
    P("One.\r\rTwo. Three.", ["One.", "Two.", "Three."], id="cr-only"),
    # Run-on sentences: a caption or heading that lost its line break, then the story, no stop
    P(
        "Rhodri Giggs outside court, where he was banned from driving The brother of "
        "ex-footballer Ryan Giggs has lost his job.",
        [
            "Rhodri Giggs outside court, where he was banned from driving",
            "The brother of ex-footballer Ryan Giggs has lost his job.",
        ],
        id="run-on-caption",
    ),
    P(
        "Guardiola was all smiles after the 6-1 victory over Porto The former Barcelona boss "
        "tore his trousers.",
        [
            "Guardiola was all smiles after the 6-1 victory over Porto",
            "The former Barcelona boss tore his trousers.",
        ],
        id="run-on-after-name",
    ),
    P(
        "He now charges for tweets at $20 He was once a champion. It began in 2012 It then spread.",
        [
            "He now charges for tweets at $20",
            "He was once a champion.",
            "It began in 2012",
            "It then spread.",
        ],
        id="run-on-after-numbers",
    ),
    P(
        "Police found class A drugs in the car. The dress from Gone With the Wind sold. "
        "NBC's Today show ran it. Juventus lead Serie A on goal difference.",
        [
            "Police found class A drugs in the car.",
            "The dress from Gone With the Wind sold.",
            "NBC's Today show ran it.",
            "Juventus lead Serie A on goal difference.",
        ],
        id="no-run-on-in-names",
    ),
    P(
        "Vice Premier Liu He said talks went well. The horse Don't Push It won easily. "
        "They ask for His forgiveness and His protection.",
        [
            "Vice Premier Liu He said talks went well.",
            "The horse Don't Push It won easily.",
            "They ask for His forgiveness and His protection.",
        ],
        id="no-run-on-after-name-or-joining-word",
    ),
    P(
        "Fans cheered ( pictured ) The team won. She said 'fine' The End Of It came.",
        ["Fans cheered ( pictured ) The team won.", "She said 'fine' The End Of It came."],
        id="no-run-on-after-marks-or-before-capitals",
    ),
    P(
        "The 2010 film When in Rome was panned. She starred in the musical In the Heights. "
        "The indie band The xx headlined.",
        [
            "The 2010 film When in Rome was panned.",
            "She starred in the musical In the Heights.",
            "The indie band The xx headlined.",
        ],
        id="no-run-on-in-titles",
    ),
    P(
        "He warned that busy A and E departments were full. It went from point A to point B.",
        ["He warned that busy A and E departments were full.", "It went from point A to point B."],
        id="no-run-on-before-a-joining-word",
    ),
    P(
        "First paragraph.\n\nFans at the palace\t The guard slipped. Fans cheered  They "
        "laughed. Then " + " " * 45 + "The end" + " " * 45 + "came.",
        [
            "First paragraph.",
            "Fans at the palace",
            "The guard slipped.",
            "Fans cheered",
            "They laughed.",
            "Then",
            "The end" + " " * 45 + "came.",
        ],
        id="run-on-after-tabs-and-spaces",
    ),
    P(
        "Fans at the palace\nThe guard slipped. Fans at the palace The\nguard slipped.",
        ["Fans at the palace\nThe guard slipped.", "Fans at the palace The\nguard slipped."],
        id="no-run-on-across-a-line-break",
    ),
    P("  Padded sentence.   \n", ["Padded sentence."], id="surrounding-whitespace"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_table(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_table_is_big_enough() -> None:
    assert len(CASES) >= 60


def test_offsets_index_the_original_text() -> None:
    text = "Intro line\r\n\r\n“Why?” he asked.\tMr. Lee left at 5 p.m. He came back…  Done."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Intro line",
        "“Why?” he asked.",
        "Mr. Lee left at 5 p.m.",
        "He came back…",
        "Done.",
    ]
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert text[sentence.start : sentence.end] == sentence.text
    assert [s.paragraph for s in sentences] == [0, 1, 1, 1, 1]


def test_paragraph_index_counts_blank_lines() -> None:
    text = "A one.\n\n  \t\nB one. B two.\n\n\n\nC one."
    assert [(s.text, s.paragraph) for s in split_sentences(text)] == [
        ("A one.", 0),
        ("B one.", 1),
        ("B two.", 1),
        ("C one.", 2),
    ]


def test_paragraph_spans_are_trimmed() -> None:
    text = "\n  First para.\n\n Second para. \n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["First para.", "Second para."]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\r\n", "\u2028\u2029"])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


def test_run_on_starters_are_shipped_data() -> None:
    starters = run_on_starters()
    assert {"the", "he", "a"} <= starters.after_word
    assert {"the", "she"} <= starters.after_name and "he" not in starters.after_name
    assert starters.after_name <= starters.after_word
    assert "class" in starters.labels and "film" in starters.titled
    assert not (starters.labels | starters.titled) & starters.after_word
    words = starters.after_word | starters.labels | starters.titled
    assert all(word == word.lower() and word.isalpha() for word in words)


def test_abbreviation_list_is_shipped_data() -> None:
    words = load_abbreviations()
    assert {"mr", "dr", "gen", "jan", "inc", "no", "vs", "etc"} <= words
    assert all(word == word.lower() and not word.endswith(".") for word in words)

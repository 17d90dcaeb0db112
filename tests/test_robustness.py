"""Hostile input, property-tested: no exception escapes, and every offset indexes the text.

Inputs are random Unicode, random bytes, news-like word salad full of quote marks (“ ” " ' ‘ ’ «
» „), abbreviations and cue verbs, control characters, NUL bytes, and CR, CRLF and Unicode line
endings, and that salad repeated into long lines or many paragraphs. The invariants hold for
the library (sentences, quotes, summary, brief, verify, the speaker report, ``quotes --show``)
and for every command and output format through the CLI:
exit 0, 1 or 2 (verify adds 3 and 4) with a message on stderr for anything refused, and JSON,
JSON Lines and CSV output that parses back with offsets into the decoded text.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import json
import os
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsquote import records
from newsquote.cli import cli
from newsquote.errors import InputError, NewsquoteError
from newsquote.htmlinput import looks_like_html
from newsquote.journalist_records import brief_record, show_record, speakers_report
from newsquote.models import SPOKEN_KINDS, Mention, Quote
from newsquote.quotes import extract_quotes
from newsquote.records import quote_to_dict
from newsquote.segment import split_sentences
from newsquote.showview import plain_view
from newsquote.summarize import summarize
from newsquote.textio import decode
from newsquote.verify import verify_quote

QUOTE_MARKS = "“”\"'‘’«»„‹›"
# Characters that break naive text handling: quote marks, sentence ends, dashes, brackets,
# every line break str.splitlines knows, NUL and other controls, BOM, zero-width space.
NASTY = (
    QUOTE_MARKS
    + ".?!…:;,—–-()[]•\r\n\t \x00\x07\x0b\x0c\x1b\x1c\x1d\x1e\x85\u2028\u2029\ufeff\u200b"
)
WORDS = str.split(
    "said says told added asked saying according to Mr. Dr. Sen. Gov. U.S. a.m. St. No. e.g. "
    "He She They It I We he she they it Smith Jane Jones Maria Okafor the minister officials "
    "spokesman a for in statement will win not I. A. ... 1. 2. 3) a) b) • — : ,"
)
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\u2029", "\t"]

news_salad = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(WORDS).map(lambda w: w + ","),
        st.sampled_from(list(QUOTE_MARKS)),
        st.sampled_from(SEPARATORS),
        st.text(alphabet=NASTY, max_size=3),
    ),
    max_size=120,
).map("".join)
# Long lines and many paragraphs: a stretch of salad repeated, with or without line breaks.
repeated_salad = st.builds(
    lambda chunk, times, joiner: joiner.join([chunk] * times),
    news_salad,
    st.integers(2, 60),
    st.sampled_from(["", " ", "\n\n", "\r\n\r\n"]),
)
hostile_text = st.one_of(
    news_salad,
    repeated_salad,
    st.text(max_size=300),
    st.text(alphabet=NASTY + "aZ. ", max_size=300),
)
# Bounded so CI stays fast; NEWSQUOTE_FUZZ=20 runs twenty times as many examples for a deep search.
_DEPTH = int(os.environ.get("NEWSQUOTE_FUZZ", "1"))
PROPERTY = settings(
    max_examples=150 * _DEPTH, deadline=None, suppress_health_check=list(HealthCheck)
)
CLI_PROPERTY = settings(
    max_examples=60 * _DEPTH, deadline=None, suppress_health_check=list(HealthCheck)
)


def assert_span(text: str, start: int, end: int, said: str | None = None) -> None:
    """A span is non-empty, inside the text, and is what the record says it is."""
    assert 0 <= start < end <= len(text), (start, end, len(text))
    if said is not None:
        assert text[start:end] == said


def assert_mention(text: str, mention: Mention | dict[str, Any] | None) -> None:
    if mention is None:
        return
    data = mention if isinstance(mention, dict) else vars(mention)
    assert_span(text, data["start"], data["end"], data["text"])


def assert_quote(text: str, quote: Quote) -> None:
    """Spans in order, inside the text, and the quote text is its spans joined."""
    assert quote.spans
    for start, end in quote.spans:
        assert_span(text, start, end)
    assert all(a[1] <= b[0] for a, b in zip(quote.spans, quote.spans[1:], strict=False))
    assert quote.text == " ".join(text[s:e] for s, e in quote.spans)
    assert_mention(text, quote.speaker_mention)
    assert_mention(text, quote.cue)
    assert 0.0 <= quote.confidence <= 1.0


# ----- the library --------------------------------------------------------------------------


@PROPERTY
@given(hostile_text)
def test_sentences_tile_the_text_in_order(text: str) -> None:
    sentences = split_sentences(text)
    previous_end, previous_paragraph = 0, 0
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert_span(text, sentence.start, sentence.end, sentence.text)
        assert sentence.start >= previous_end
        assert sentence.paragraph >= previous_paragraph
        assert sentence.text == sentence.text.strip()
        previous_end, previous_paragraph = sentence.end, sentence.paragraph
    assert bool(sentences) == bool(text.strip())


@PROPERTY
@given(hostile_text)
def test_quotes_index_the_text(text: str) -> None:
    quotes = extract_quotes(text)
    for quote in quotes:
        assert_quote(text, quote)
    starts = [q.spans[0][0] for q in quotes]
    assert starts == sorted(starts)


@PROPERTY
@given(hostile_text, st.integers(min_value=1, max_value=6))
def test_summary_sentences_index_the_text(text: str, count: int) -> None:
    summary = summarize(text, sentences=count)
    assert len(summary.sentences) <= min(count, summary.total_sentences) or summary.notes
    for sentence in summary.sentences:
        assert_span(text, sentence.start, sentence.end, sentence.text)


@PROPERTY
@given(hostile_text)
def test_brief_and_show_records_index_the_text(text: str) -> None:
    record, _ = brief_record(text, sentences=2, quotes=5)
    for sentence in record["summary"]:
        assert_span(text, sentence["start"], sentence["end"], sentence["text"])
    for quote in record["quotes"]:
        for start, end in quote["spans"]:
            assert_span(text, start, end)
        assert_mention(text, quote["speaker_mention"])
    shown, _ = show_record(text, include_indirect=True)
    assert shown["text"] == text
    assert isinstance(plain_view(text, shown["quotes"]), str)


@PROPERTY
@given(hostile_text, st.data())
def test_verify_finds_a_passage_inside_the_text_or_nothing(text: str, data: st.DataObject) -> None:
    cut = sorted(data.draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=2)))
    quote = data.draw(st.one_of(st.just(text[cut[0] : cut[1]]), hostile_text))
    try:
        verdict = verify_quote(quote, [("a.txt", text), ("b.txt", text[::-1])])
    except NewsquoteError:
        return  # a quote with no words is refused
    assert verdict.status in ("verbatim", "altered", "not-found")
    if verdict.start is not None and verdict.end is not None:
        source = text if verdict.source == "a.txt" else text[::-1]
        assert 0 <= verdict.start <= verdict.end <= len(source)
        assert verdict.passage == source[verdict.start : verdict.end]


@PROPERTY
@given(st.lists(hostile_text, min_size=1, max_size=3))
def test_speaker_report_tallies_every_quote(texts: list[str]) -> None:
    records = [{"source": f"{n}.txt", "quotes": extract_quotes(t)} for n, t in enumerate(texts)]
    report = speakers_report(records)
    attributed = [q for r in records for q in r["quotes"] if q.kind in SPOKEN_KINDS]
    assert sum(row["quotes"] for row in report["speakers"]) == len(attributed)
    json.dumps(report)


@PROPERTY
@given(st.binary(max_size=400))
def test_any_bytes_either_decode_and_process_or_are_refused(data: bytes) -> None:
    try:
        document = decode(data, "x")
    except InputError as exc:
        assert str(exc).startswith("x: ")
        return
    for quote in extract_quotes(document.text):
        assert_quote(document.text, quote)
    for sentence in split_sentences(document.text):
        assert_span(document.text, sentence.start, sentence.end, sentence.text)


# ----- the command line ---------------------------------------------------------------------

ENCODINGS = [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("cp1252", b""),
]


@st.composite
def input_bytes(draw: st.DrawFn) -> bytes:
    """Random bytes, or hostile text in one of the encodings newsquote reads."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.binary(max_size=300))
    text = draw(hostile_text)
    encoding, bom = draw(st.sampled_from(ENCODINGS))
    return bom + text.encode(encoding, errors="replace")


BATCH_COMMANDS = [
    ["sentences"],
    ["quotes"],
    ["quotes", "--indirect"],
    ["summarize", "-n", "2"],
    ["speakers"],
    ["brief"],
]
FORMATS = ["text", "json", "jsonl", "csv", "markdown"]


def invoke(args: list[str], data: bytes) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, args, input=data)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"newsquote {' '.join(args)} raised {result.exception!r}")
    return result.exit_code, result.stdout, result.stderr


def parsed(fmt: str, out: str) -> list[Any]:
    """The output parsed back: JSON and JSON Lines records, CSV rows; [] for human formats."""
    if fmt == "json":
        return [json.loads(out)]
    if fmt == "jsonl":
        return [json.loads(line) for line in out.splitlines()]
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert rows and all(len(row) == len(rows[0]) for row in rows)
        return rows
    return []


def as_plain_text(data: bytes) -> str | None:
    """The text newsquote reads from ``data``; None when it is refused or is a web page."""
    try:
        text = decode(data, "-").text
    except InputError:
        return None
    return None if looks_like_html("-", text) else text


def assert_record_offsets(text: str, record: dict[str, Any]) -> None:
    """Offsets in a sentences, summary, quotes or brief record index the decoded text."""
    if record.get("text_source"):
        return  # a web page: offsets index the extracted article, not the bytes
    for item in record.get("sentences", []) + record.get("summary", []):
        assert_span(text, item["start"], item["end"], item["text"])
    for quote in record.get("quotes", []):
        for start, end in quote["spans"]:
            assert_span(text, start, end)
        assert_mention(text, quote["speaker_mention"])
        assert_mention(text, quote["cue"])


@CLI_PROPERTY
@given(input_bytes(), st.sampled_from(BATCH_COMMANDS), st.sampled_from(FORMATS))
def test_every_command_and_format_survives_hostile_input(
    data: bytes, command: list[str], fmt: str
) -> None:
    code, out, err = invoke([*command, "--format", fmt, "-"], data)
    text = as_plain_text(data)
    if text is None:  # refused as not text, or a web page that may hold no article
        assert code in (0, 1)
        assert code == 0 or err.startswith("newsquote: error: -: ")
        return
    assert code == 0, err
    records = parsed(fmt, out)
    if fmt in ("json", "jsonl") and command[0] != "speakers":
        assert len(records) == 1
        assert_record_offsets(text, records[0])


@CLI_PROPERTY
@given(input_bytes(), st.booleans())
def test_quotes_show_survives_hostile_input(data: bytes, indirect: bool) -> None:
    code, out, err = invoke(["quotes", "--show", *(["--indirect"] * indirect), "-"], data)
    assert code in (0, 1)
    assert code == 0 or err.startswith("newsquote: error: -: ")
    if code == 0:
        assert out.startswith("Marks: ")


@CLI_PROPERTY
@given(input_bytes(), hostile_text, st.sampled_from(["text", "json"]))
def test_verify_survives_hostile_input(data: bytes, quote: str, fmt: str) -> None:
    code, out, err = invoke(["verify", "--format", fmt, quote, "-"], data)
    assert code in (0, 1, 2, 3, 4), err
    if code in (1, 2):
        assert err.strip() and not out
    elif fmt == "json":
        record = json.loads(out)
        text = as_plain_text(data)
        if text is not None and record["start"] is not None:
            assert record["passage"] == text[record["start"] : record["end"]]


def test_quote_records_convert_every_mention_field() -> None:
    # quote_to_dict names the Mention fields instead of testing every value's type: a new one
    # in models.Quote must join that list, or its record would not be JSON.
    mentions = {f.name for f in dataclasses.fields(Quote) if "Mention" in str(f.type)}
    assert mentions == set(records._MENTION_FIELDS)


def test_sentence_records_are_what_asdict_builds() -> None:
    # sentences_record copies each Sentence's fields with vars(), cheaper than asdict's deep
    # copy: the same only while Sentence has no __slots__ and holds plain values.
    from newsquote.records import sentences_record
    from newsquote.segment import split_sentences

    text = "“Ça va,” said René.\r\n\r\nDr. Smith left. \x00 She spoke."
    record, _ = sentences_record(text)
    assert record["sentences"] == [dataclasses.asdict(s) for s in split_sentences(text)]


def test_quote_records_round_trip_through_json() -> None:
    text = "“Ça va,” said René.\r\n\r\n„Gut“, sagte sie. \x00 «Oui», dit-il."
    for quote in extract_quotes(text):
        assert (
            json.loads(json.dumps(quote_to_dict(quote), ensure_ascii=False))["text"] == quote.text
        )


# ----- encodings and line endings, end to end ------------------------------------------------

ARTICLE = [
    "Council backs the harbour plan",
    "“We will build it,” said Mayor Jane Okafor. “The money is there.”",
    "Critics disagreed. Mr. Reyes called it “a fantasy” and left.",
]


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
@pytest.mark.parametrize(
    ("codec", "bom"),
    [*ENCODINGS, ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE)],
    ids=lambda v: v if isinstance(v, str) else (v.hex() or "no BOM"),
)
def test_offsets_index_the_decoded_text_in_every_encoding(codec: str, bom: bytes, eol: str) -> None:
    text = (eol * 2).join(ARTICLE).replace(". Mr.", "." + eol + "Mr.") + eol
    data = bom + text.encode(codec)
    assert decode(data, "-").text == text
    for command in ("sentences", "quotes", "summarize", "brief"):
        code, out, err = invoke([command, "--format", "json", "-"], data)
        assert code == 0, err
        assert ("Windows-1252" in err) == (codec == "cp1252")
        assert_record_offsets(text, json.loads(out))
    _, out, _ = invoke(["sentences", "--format", "json", "-"], data)
    sentences = json.loads(out)["sentences"]
    assert [s["paragraph"] for s in sentences] == [0, 1, 1, 2, 2]
    _, out, _ = invoke(["quotes", "--format", "json", "-"], data)
    assert {q["speaker"] for q in json.loads(out)["quotes"]} >= {"Jane Okafor"}


@pytest.mark.parametrize("command", [c[0] for c in BATCH_COMMANDS if len(c) == 1])
def test_csv_rows_survive_text_with_lone_carriage_returns(command: str) -> None:
    """Old Mac line endings inside a field: the field is quoted, the rows parse back whole."""
    text = "The council met on\rTuesday. It voted\rlate.\r\r“We will build it\rnow, and we "
    text += "will not stop,” said Mayor Jane Okafor.\r"
    code, out, err = invoke([command, "--format", "csv", "-"], text.encode("utf-8"))
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert all(len(row) == len(rows[0]) for row in rows), rows
    assert len(rows) > 1

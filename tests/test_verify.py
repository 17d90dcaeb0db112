"""`newsquote verify`: matching levels, the word diff, location, speaker, exit codes, speed."""

from __future__ import annotations

import itertools
import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from newsquote.cli import cli
from newsquote.errors import NewsquoteError
from newsquote.verify import Verdict, clean_quote, verify_quote
from newsquote.wordmatch import AnchoredMatcher, tokenize
from tests.conftest import SAMPLES, shared_path

TEXT = (
    "City to close library branches\n"
    "\n"
    "The city will close three library branches next year to save money, officials said.\n"
    "\n"
    '"We have looked at every other option, and this is the only one that keeps the main '
    'library open," said Mayor Jane Smith.\n'
    "\n"
    '"We will not raise taxes," she added.\n'
    "\n"
    "“It’s a sad day for the city’s readers,” said Omar Haddad, a retired teacher.\n"
    "\n"
    "“The branches are old,” Smith said. “They cost too much to heat.”\n"
)
DOCS = [("council.txt", TEXT)]


def ops(verdict: Verdict) -> list[tuple[str, str, str]]:
    return [(op.op, op.quote, op.source) for op in verdict.diff if op.op != "equal"]


@pytest.mark.parametrize(
    ("quote", "status", "match", "changes"),
    [
        ("We have looked at every other option", "verbatim", "exact", []),
        ("“we have  looked at EVERY other option”", "verbatim", "normalised", []),
        (
            "We have looked at every other option and this is the only one",
            "verbatim",
            "normalised",
            [],
        ),
        ("It's a sad day for the city's readers", "verbatim", "normalised", []),
        ("It’s a sad day for the city’s readers", "verbatim", "exact", []),
        (
            "We have looked at every other option … keeps the main library open",
            "verbatim",
            "normalised",
            [("elided", "…", "and this is the only one that")],
        ),
        (
            "[Officials] have looked at every other option",
            "verbatim",
            "normalised",
            [("bracketed", "Officials", "We")],
        ),
        (
            "The branches are old, they cost too much to heat.",
            "verbatim",
            "normalised",
            [("skipped", "", "Smith said")],
        ),
        (
            "We have looked at every possible option",
            "altered",
            "fuzzy",
            [("changed", "possible", "other")],
        ),
        ("We will raise taxes", "altered", "fuzzy", [("dropped", "", "not")]),
        (
            "this is truly the only one that keeps the main library open",
            "altered",
            "fuzzy",
            [("added", "truly", "")],
        ),
        ("The weather was lovely on the coast all week", "not-found", None, None),
    ],
)
def test_statuses_and_diffs(quote: str, status: str, match: str | None, changes: list) -> None:
    verdict = verify_quote(quote, DOCS)
    assert (verdict.status, verdict.match) == (status, match)
    if changes is not None:
        assert ops(verdict) == changes


def test_location_indexes_the_text_verbatim() -> None:
    verdict = verify_quote("the only one that keeps the main library open", DOCS)
    assert verdict.source == "council.txt"
    assert verdict.paragraph == 2
    assert TEXT[verdict.start : verdict.end] == verdict.passage
    assert verdict.passage == "the only one that keeps the main library open"


def test_offsets_survive_crlf_and_a_normalised_match() -> None:
    text = TEXT.replace("\n", "\r\n")
    verdict = verify_quote("WE HAVE LOOKED AT EVERY OTHER OPTION", [("crlf.txt", text)])
    assert verdict.match == "normalised"
    assert text[verdict.start : verdict.end] == "We have looked at every other option"
    assert verdict.paragraph == 2


def test_the_best_source_wins() -> None:
    other = ("other.txt", "A different story about library opening hours and other options.")
    verdict = verify_quote("this is the only one that keeps the main library open", [other, *DOCS])
    assert verdict.source == "council.txt"
    assert verdict.status == "verbatim"


def test_speaker_comes_from_the_source() -> None:
    verdict = verify_quote("We have looked at every other option", DOCS)
    assert verdict.in_quote
    assert verdict.source_quote is not None
    assert "Smith" in (verdict.source_quote.speaker or "")


def test_reporters_own_words_are_not_a_quote() -> None:
    verdict = verify_quote("The city will close three library branches", DOCS)
    assert verdict.status == "verbatim"
    assert not verdict.in_quote


@pytest.mark.parametrize("quote", ["", "  “ ”  ", "...", "—"])
def test_a_quote_without_words_is_refused(quote: str) -> None:
    with pytest.raises(NewsquoteError):
        verify_quote(quote, DOCS)


def test_no_sources_or_empty_text_is_not_found() -> None:
    assert verify_quote("anything at all", []).status == "not-found"
    assert verify_quote("anything at all", [("empty", "")]).exit_code == 4


WORDS = [t for t in tokenize(TEXT) if t.norm != "…"]


@settings(max_examples=60, deadline=None)
@given(st.integers(0, len(WORDS) - 1), st.integers(1, 12))
def test_any_run_of_source_words_is_found_verbatim(first: int, length: int) -> None:
    run = WORDS[first : first + length]
    quote = " ".join(TEXT[t.start : t.end] for t in run)
    verdict = verify_quote(quote, DOCS)
    assert verdict.status == "verbatim"
    assert [t.norm for t in tokenize(verdict.passage or "")] == [t.norm for t in run]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_any_quote_gets_a_verdict(quote: str) -> None:
    try:
        verdict = verify_quote(quote, DOCS)
    except NewsquoteError:
        return
    assert verdict.status in {"verbatim", "altered", "not-found"}
    if verdict.passage is not None:
        assert TEXT[verdict.start : verdict.end] == verdict.passage


def test_long_articles_stay_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsquote.quotes.extract_quotes", lambda text: [])
    filler = "The committee met again on Tuesday and discussed the budget in detail. " * 8
    article = "\n\n".join(f"Paragraph {i}. {filler}" for i in range(1500)) + "\n\n" + TEXT
    began = time.perf_counter()
    verdict = verify_quote("We have looked at every possible option", [("long", article)])
    assert verdict.status == "altered"
    assert time.perf_counter() - began < 10


THE = "the " * 4000


@pytest.mark.parametrize(
    ("quote", "source", "status"),
    [
        ("the " * 3000, "the " * 9000, "verbatim"),
        ("the " * 1500 + "cat " + "the " * 1500, THE + "cat " + THE, "verbatim"),
        ("the " * 1500 + "dog " + "the " * 1500, THE + "cat " + THE, "altered"),
    ],
)
def test_a_long_repetitive_quote_is_aligned_fast(quote: str, source: str, status: str) -> None:
    """Thousands of one word on both sides: past PAIR_BUDGET the anchored matcher aligns."""
    began = time.perf_counter()
    verdict = verify_quote(quote, [("the.txt", source)])
    assert verdict.status == status
    assert time.perf_counter() - began < 5


def _blocks_are_valid(a: list[str], b: list[str]) -> None:
    blocks = AnchoredMatcher(None, a, b, autojunk=False).get_matching_blocks()
    assert blocks[-1] == (len(a), len(b), 0)
    for block in blocks[:-1]:
        assert block.size and a[block.a : block.a + block.size] == b[block.b : block.b + block.size]
    for left, right in itertools.pairwise(blocks):
        assert left.a + left.size <= right.a and left.b + left.size <= right.b


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("abcdefg"), max_size=30), st.lists(st.sampled_from("abcxyz")))
def test_anchored_blocks_match_and_keep_order(a: list[str], b: list[str]) -> None:
    _blocks_are_valid(a, b)
    _blocks_are_valid(a, a)
    assert AnchoredMatcher(None, a, a, autojunk=False).get_opcodes() == (
        [("equal", 0, len(a), 0, len(a))] if a else []
    )


# ----- command line -----------------------------------------------------------------------------


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["verify", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def council(tmp_path: Path) -> str:
    path = tmp_path / "council.txt"
    path.write_text(TEXT, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("quote", "code", "label"),
    [
        ("We will not raise taxes.", 0, "VERBATIM"),
        ("We will raise taxes", 3, "ALTERED"),
        ("Nothing like this was ever written anywhere", 4, "NOT FOUND"),
    ],
)
def test_exit_codes_and_text_output(council: str, quote: str, code: int, label: str) -> None:
    status, out, _ = run(quote, council)
    assert status == code
    assert out.startswith(label)


def test_text_output_shows_where_who_and_the_diff(council: str) -> None:
    status, out, _ = run("We will raise taxes", council)
    assert status == 3
    assert "paragraph 4" in out
    assert "Diff: We will [-not-] raise taxes" in out
    assert "Changes: 1 dropped" in out
    assert "Passage: We will not raise taxes" in out


def test_json_output(council: str) -> None:
    status, out, _ = run("--format", "json", "We have looked at every possible option", council)
    record = json.loads(out)
    assert status == 3 == record["exit_code"]
    assert record["status"] == "altered"
    assert record["source"] == council
    assert TEXT[record["start"] : record["end"]] == record["passage"]
    assert {"op": "changed", "quote": "possible", "source": "other"} in record["diff"]
    assert record["source_quote"]["kind"] == "direct"
    assert "text_source" not in record


def test_reads_stdin_when_no_source_is_given() -> None:
    status, out, _ = run("We will not raise taxes", stdin=TEXT)
    assert status == 0
    assert "Source: -, paragraph 4" in out


def test_an_unreadable_source_exits_1(council: str, tmp_path: Path) -> None:
    status, _, err = run("We will not raise taxes", council, str(tmp_path / "missing.txt"))
    assert status == 1
    assert "no such file" in err
    assert "Traceback" not in err


def test_an_empty_quote_exits_1(council: str) -> None:
    status, _, err = run("“”", council)
    assert status == 1
    assert "no words" in err


def test_the_moscow_sample() -> None:
    moscow = str(SAMPLES / "moscow-talks.txt")
    status, out, _ = run(
        "-f", "json", "Without progress in this matter, we will stay stagnant", moscow
    )
    record = json.loads(out)
    assert status == 3
    assert {"op": "changed", "quote": "stay", "source": "remain"} in record["diff"]
    assert "Mekdad" in (record["speaker"] or "")


def test_a_directory_is_searched_with_recursive(council: str) -> None:
    folder = str(Path(council).parent)
    status, out, _ = run("-r", "We will not raise taxes", folder)
    assert status == 0
    assert f"Source: {council}" in out


def test_real_news_sentences_verify_and_a_dropped_word_is_caught(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every sentence of real articles is found verbatim; drop one word and it is altered."""
    from newsquote.segment import split_sentences

    monkeypatch.setattr("newsquote.quotes.extract_quotes", lambda text: [])  # matching only

    folder = shared_path("data", "summaries", "cnndm-dev", "articles")
    verbatim = caught = total = 0
    for path in sorted(folder.glob("*.txt"))[:15]:
        text = path.read_text(encoding="utf-8")
        for sentence in split_sentences(text)[:8]:
            words = sentence.text.split()
            if len(words) < 6:
                continue
            total += 1
            found = verify_quote(sentence.text, [(path.name, text)])
            verbatim += found.match == "exact" and found.passage == clean_quote(sentence.text)
            dropped = verify_quote(" ".join(words[:3] + words[4:]), [(path.name, text)])
            caught += (
                dropped.status == "altered" and [op.op for op in dropped.diff].count("dropped") == 1
            )
    assert total > 50
    assert verbatim == total
    assert caught >= 0.95 * total


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab’'[]. …\n\"“”É"), max_size=60))
def test_tokens_index_the_text(text: str) -> None:
    for token in tokenize(text):
        piece = text[token.start : token.end]
        assert piece.strip() == piece and piece
        assert token.norm.lstrip("[") in {piece.casefold().replace("’", "'"), "…"}


def test_rich_output_on_a_terminal(council: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsquote.cli.use_rich", lambda out: True)
    status, out, _ = run("We will raise taxes", council)
    assert status == 3
    assert out.startswith("ALTERED")
    assert "[-" not in out  # colours, not wdiff markers
    assert "Diff: We will not raise taxes" in out

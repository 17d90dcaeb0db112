"""`newsquote summarize` through CliRunner: length options, order, method, notes, usage errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsquote.cli import cli
from newsquote.summarizers import DEFAULT_METHOD, METHODS
from tests.test_summarize import ARTICLE, STORY


@pytest.fixture
def article(tmp_path: Path) -> str:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["summarize", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def sentences(out: str) -> list[dict]:
    return json.loads(out)["sentences"]


@pytest.mark.parametrize(
    ("options", "count"),
    [([], 3), (["-n", "2"], 2), (["--sentences", "5"], 5), (["--ratio", "0.5"], 4)],
)
def test_length_options(article: str, options: list[str], count: int) -> None:
    code, out, err = run("-f", "json", *options, article)
    assert code == 0, err
    assert len(sentences(out)) == count


def test_word_budget(article: str) -> None:
    code, out, _ = run("-f", "json", "--words", "40", article)
    assert code == 0
    found = sentences(out)
    assert found
    assert sum(len(s["text"].split()) for s in found) <= 40


def test_records_carry_index_offsets_and_score(article: str) -> None:
    _, out, _ = run("-f", "json", article)
    for s in sentences(out):
        assert set(s) == {"index", "text", "start", "end", "score"}
        assert ARTICLE[s["start"] : s["end"]] == s["text"] == STORY[s["index"]]


def test_order_score_sorts_by_score(article: str) -> None:
    _, out, _ = run("-f", "json", "--order", "score", "-n", "4", article)
    scores = [s["score"] for s in sentences(out)]
    assert scores == sorted(scores, reverse=True)
    _, out, _ = run("-f", "json", "-n", "4", article)
    indexes = [s["index"] for s in sentences(out)]
    assert indexes == sorted(indexes)


def test_method_lead_is_the_first_sentences(article: str) -> None:
    _, out, _ = run("-f", "json", "--method", "lead", "-n", "2", article)
    assert [s["text"] for s in sentences(out)] == STORY[:2]


def test_method_choices_are_the_registry() -> None:
    command = cli.commands["summarize"]
    method = next(p for p in command.params if p.name == "method")
    assert sorted(method.type.choices) == sorted(METHODS)
    assert method.default == DEFAULT_METHOD


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["-n", "2", "--words", "30"], "--sentences and --words cannot be combined"),
        (["--ratio", "0.5", "-n", "2"], "--sentences and --ratio cannot be combined"),
        (["--ratio", "0.2", "--words", "9"], "--ratio and --words cannot be combined"),
        (["--ratio", "0"], "--ratio"),
        (["--ratio", "1.5"], "--ratio"),
        (["--words", "0"], "--words"),
        (["-n", "0"], "--sentences"),
        (["--order", "random"], "--order"),
        (["--method", "magic"], "--method"),
    ],
)
def test_usage_errors_exit_2(article: str, options: list[str], message: str) -> None:
    code, out, err = run(*options, article)
    assert code == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_short_input_is_returned_whole_with_a_note() -> None:
    code, out, err = run("-f", "jsonl", stdin="The bridge opens today. It is on time.\n")
    assert code == 0
    assert len(sentences(out)) == 2
    assert "only 2 sentences" in err


def test_empty_input_gives_an_empty_summary_and_a_note() -> None:
    code, out, err = run("-f", "jsonl", stdin="")
    assert code == 0
    assert sentences(out) == []
    assert "no sentences to summarize" in err


def test_text_format_prints_the_sentences(article: str) -> None:
    code, out, _ = run("-n", "1", article)
    assert code == 0
    assert out.strip() in STORY

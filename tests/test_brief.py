"""`newsquote brief`: which quotes stand alone, one per speaker, and the four output forms."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsquote.brief import is_self_contained, strongest_quotes
from newsquote.cli import cli
from newsquote.models import Quote
from tests.conftest import SAMPLES

LONG = "We have looked at every other option and this is the only one left."


def quote(
    text: str = LONG,
    speaker: str | None = "Jane Smith",
    kind: str = "direct",
    named: bool | None = True,
    confidence: float = 0.9,
    start: int = 100,
) -> Quote:
    return Quote(
        text, ((start, start + len(text)),), kind, speaker, None, None, confidence, "test", named
    )


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        (quote(), True),
        (quote(text="We have looked at every option,"), False),  # 6 words: a sound bite
        (quote(text="We have looked at every other option, and it is the last one,"), True),
        (quote(text="looked at every other option and this is the only one left."), False),
        (quote(text="We have looked at every other option and this is the only one left"), False),
        (quote(text=" ".join(["word"] * 61).capitalize() + "."), False),
        (quote(kind="partial"), False),
        (quote(kind="indirect"), False),
        (quote(speaker=None), False),
        (quote(speaker="officials", named=False), False),
        (quote(named=None), True),
        (quote(text=LONG[:-1] + "!”  "), True),  # the end mark inside the quote marks
        (quote(text="We will win this fight " + "!" * 50_000 + " and we will not stop"), False),
        (quote(text="We will win this fight and we will not stop " + "!?" * 50_000), True),
    ],
)
def test_self_contained(candidate: Quote, expected: bool) -> None:
    assert is_self_contained(candidate) is expected


def test_one_quote_per_speaker_strongest_first() -> None:
    weak = quote(confidence=0.5, start=10)
    strong = quote(text=LONG.replace("only", "very last"), confidence=0.95, start=300)
    other = quote(speaker="Omar Haddad", confidence=0.7, start=500)
    assert strongest_quotes([weak, strong, other], limit=3) == [strong, other]
    assert strongest_quotes([weak, strong, other], limit=1) == [strong]
    assert strongest_quotes([weak, strong, other], limit=0) == []


def test_quotes_inside_the_summary_are_skipped() -> None:
    first, second = quote(start=10), quote(speaker="Omar Haddad", start=400)
    assert strongest_quotes([first, second], limit=3, skip=[(0, 200)]) == [second]


# ----- command line -----------------------------------------------------------------------------

ARTICLE = (
    "Council approves new bridge\n\n"
    "The city council voted on Tuesday to build a new bridge over the river.\n\n"
    "The vote ended a decade of argument over the crossing.\n\n"
    "Work will start in the spring and take two years.\n\n"
    "“This bridge will connect the two halves of our town at last,” said Mayor Jane Smith.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> str:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["brief", *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_has_the_summary_and_the_quote(article: str) -> None:
    code, out, _ = run("--format", "json", article)
    record = json.loads(out)
    assert code == 0
    assert len(record["summary"]) == 3
    assert all(ARTICLE[s["start"] : s["end"]] == s["text"] for s in record["summary"])
    assert [q["text"] for q in record["quotes"]] == [
        "This bridge will connect the two halves of our town at last,"
    ]
    assert "Smith" in record["quotes"][0]["speaker"]


def test_text_for_people(article: str) -> None:
    code, out, _ = run(article)
    assert code == 0
    # The headline is a ranking signal, not a summary sentence (issue 4).
    assert out.startswith("Summary\n• The city council voted on Tuesday to build a new bridge")
    assert "Quotes\n“This bridge will connect" in out
    assert "” — " in out


def test_markdown(article: str) -> None:
    code, out, _ = run("--format", "markdown", "--sentences", "2", article)
    assert code == 0
    assert out.startswith(f"## {article}\n\n### Summary\n\n- The city council voted on Tuesday")
    assert "\n> “This bridge will connect the two halves of our town at last.”  \n> — **" in out


def test_csv_rows_for_summary_and_quotes(article: str) -> None:
    code, out, _ = run("--format", "csv", article)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert [r["part"] for r in rows] == ["summary"] * 3 + ["quote"]
    assert "Smith" in rows[-1]["speaker"]


def test_no_quotes_asked_for(article: str) -> None:
    code, out, _ = run("--format", "json", "--quotes", "0", article)
    assert code == 0
    assert json.loads(out)["quotes"] == []


def test_rich_panel_on_a_terminal(article: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsquote.cli_batch.use_rich", lambda out: True)
    code, out, _ = run(article)
    assert code == 0
    assert "╭─ " + article[:20] in out
    assert "Summary" in out


def test_the_moscow_sample_gives_mekdads_words_once_with_his_name() -> None:
    code, out, _ = run("--format", "markdown", str(SAMPLES / "moscow-talks.txt"))
    assert code == 0
    assert out.count("Without progress in this matter") == 1  # never in summary and quotes both
    line = next(line for line in out.splitlines() if "Without progress" in line)
    at = out.index(line)
    # In a summary sentence that names him, or as a quote with his name on the next line.
    assert "Mekdad" in line or "Mekdad" in out[at : out.index("\n", at + len(line) + 1)]


def test_several_inputs_get_a_header_each(article: str) -> None:
    code, out, _ = run(article, article)
    assert code == 0
    assert out.count(f"==> {article} <==") == 2

"""`newsquote quotes --show`: the article with quotes, speakers and cues marked."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsquote.cli import cli
from newsquote.models import Quote
from newsquote.showview import plain_view, rich_view
from tests.conftest import SAMPLES

TEXT = "Intro line.\n\n“We will win,” said Jane Smith. The end.\n"
START = TEXT.index("We")
QUOTE = {
    "text": "We will win,",
    "spans": [[START, START + len("We will win,")]],
    "kind": "direct",
    "speaker": "Jane Smith",
    "speaker_mention": {
        "text": "Jane Smith",
        "start": TEXT.index("Jane"),
        "end": TEXT.index(". The"),
    },
    "cue": {"text": "said", "start": TEXT.index("said"), "end": TEXT.index("said") + 4},
}


def test_plain_markers_around_quote_speaker_and_cue() -> None:
    assert plain_view(TEXT, [QUOTE]) == (
        "Intro line.\n\n“[[We will win,]]” ⟨Jane Smith · direct⟩ <<said>> {{Jane Smith}}. "
        "The end.\n"
    )


def test_plain_view_without_quotes_is_the_text() -> None:
    assert plain_view(TEXT, []) == TEXT


def test_rich_view_styles_the_spans_and_adds_the_label() -> None:
    view = rich_view(TEXT, [QUOTE])
    assert view.plain == TEXT.replace("”", "” ⟨Jane Smith · direct⟩", 1)
    styled = {view.plain[s.start : s.end]: str(s.style) for s in view.spans}
    assert styled["We will win,"] == "yellow"
    assert styled["Jane Smith"] == "bold cyan"
    assert styled["said"] == "green underline"


def test_user_text_is_never_markup() -> None:
    text = "[bold]not markup[/bold] “[red]x[/red] is y,” said [link]Ann Lee."
    start = text.index("[red]")
    quote = {**QUOTE, "spans": [[start, text.index("”")]], "speaker_mention": None, "cue": None}
    assert rich_view(text, [quote]).plain.startswith("[bold]not markup[/bold] “[red]x[/red]")


@pytest.fixture
def article(tmp_path: Path) -> str:
    path = tmp_path / "story.txt"
    path.write_text("Council news\n\n“We will build the bridge,” said Mayor Jane Smith.\n")
    return str(path)


def test_cli_plain_view(article: str) -> None:
    result = CliRunner().invoke(cli, ["quotes", "--show", article])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Marks: [[quote]] {{speaker}} <<cue>>")
    assert lines[1] == "Council news"
    assert "“[[We will build the bridge,]]”" in result.stdout
    assert "<<said>>" in result.stdout
    assert "Smith}}" in result.stdout


def test_cli_rich_view(article: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsquote.cli_batch.use_rich", lambda out: True)
    result = CliRunner().invoke(cli, ["quotes", "--show", article])
    assert result.exit_code == 0
    assert "[[" not in result.stdout
    assert "We will build the bridge" in result.stdout
    assert "⟨" in result.stdout


def test_show_takes_no_other_format(article: str) -> None:
    result = CliRunner().invoke(cli, ["quotes", "--show", "--format", "json", article])
    assert result.exit_code == 2
    assert "--show" in result.stderr


def test_the_moscow_sample_shows_every_quote() -> None:
    result = CliRunner().invoke(cli, ["quotes", "--show", str(SAMPLES / "moscow-talks.txt")])
    assert result.exit_code == 0
    assert "“[[Without progress in this matter" in result.stdout
    assert result.stdout.count("⟨") >= 4 + 1  # four quotes and the legend


def test_indirect_speech_only_with_indirect(article: str, monkeypatch: pytest.MonkeyPatch) -> None:
    said = Quote(
        "the bridge would open", ((40, 61),), "indirect", "Jane Smith", None, None, 0.5, "test"
    )
    monkeypatch.setattr(
        "newsquote.quotes.extract_quotes", lambda text, indirect=True: [said] if indirect else []
    )
    plain = CliRunner().invoke(cli, ["quotes", "--show", article]).stdout
    indirect = CliRunner().invoke(cli, ["quotes", "--show", "--indirect", article]).stdout
    assert "· indirect⟩" not in plain
    assert "⟨Jane Smith · indirect⟩" in indirect


def test_marks_nest_when_spans_share_an_offset() -> None:
    text = "Smith said it."
    outer = {
        **QUOTE,
        "spans": [[0, 13]],
        "speaker_mention": {"text": "Smith", "start": 0, "end": 5},
        "cue": None,
    }
    assert plain_view(text, [outer]).startswith("[[{{Smith}} said it]]")


def test_several_inputs_get_a_header_each(article: str) -> None:
    result = CliRunner().invoke(cli, ["quotes", "--show", article, article])
    assert result.exit_code == 0
    assert result.stdout.count(f"==> {article} <==") == 2

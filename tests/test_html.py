"""HTML input: detection, article extraction with paragraphs, offsets, the missing-extra error."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from newsquote.cli import cli
from newsquote.errors import InputError
from newsquote.htmlinput import MISSING_EXTRA, article_document, extract_article, looks_like_html
from newsquote.textio import Document

PAGE = """<!DOCTYPE html>
<html><head><title>Council backs new bridge | The Example Gazette</title></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Council backs new bridge</h1>
<p>The city council voted on Tuesday to build a new bridge over the river, ending a decade
of argument about the crossing.</p>
<p>"This bridge will connect the two halves of our town," said Mayor Jane Smith. "We have
waited long enough for it."</p>
<p>Opponents said the cost was too high. Tom Brown, a shopkeeper on the east bank, said the
money should have gone to the schools instead of concrete.</p>
</article>
<footer>Copyright 2026 The Example Gazette. <a href="/privacy">Privacy</a></footer>
</body></html>
"""


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        ("page.html", "plain words", True),
        ("PAGE.HTM", "", True),
        ("-", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", True),
        ("-", "\ufeff  \n<html lang='en'><head></head></html>", True),
        ("-", '<?xml version="1.0"?>\n<html xmlns="x"></html>', True),
        ("-", "<div><p>One</p><p>Two</p><p>Three</p></div>", True),
        ("story.txt", "<p>one</p> and then plain text", False),
        ("-", "The mayor said <b>no</b> to the plan.", False),
        ("-", "Council backs new bridge\n\nThe city council voted.", False),
        ("-", "", False),
    ],
)
def test_looks_like_html(source: str, text: str, expected: bool) -> None:
    assert looks_like_html(source, text) is expected


def test_plain_text_passes_through_untouched() -> None:
    document = Document("a.txt", "Just words.\r\n", "utf-8")
    assert article_document(document) is document


def test_missing_extra_gives_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes the import fail
    with pytest.raises(InputError, match=r"page\.html: HTML input needs the html extra"):
        extract_article(PAGE, "page.html")
    result = CliRunner().invoke(cli, ["quotes", "-"], input=PAGE)
    assert result.exit_code == 1
    assert MISSING_EXTRA in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# ----- with trafilatura installed ---------------------------------------------------------------


@pytest.fixture
def trafilatura() -> None:
    pytest.importorskip("trafilatura")


@pytest.mark.usefixtures("trafilatura")
def test_article_text_keeps_paragraphs_and_drops_the_page_furniture() -> None:
    text = extract_article(PAGE)
    paragraphs = text.strip().split("\n\n")
    assert paragraphs[0] == "Council backs new bridge"
    assert paragraphs[1].startswith("The city council voted on Tuesday")
    assert paragraphs[2].startswith('"This bridge will connect')
    assert paragraphs[3].endswith("instead of concrete.")
    assert "Privacy" not in text and "Sport" not in text


@pytest.mark.usefixtures("trafilatura")
def test_a_page_with_no_article_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        extract_article("<html><body><nav><a href='/'>Home</a></nav></body></html>", "x.html")


@pytest.mark.usefixtures("trafilatura")
def test_json_says_offsets_index_the_extracted_text(tmp_path: Path) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["sentences", "--format", "json", str(page)])
    record = json.loads(result.stdout)
    assert result.exit_code == 0
    assert record["text_source"] == "html-extracted"
    text = extract_article(PAGE)
    assert all(text[s["start"] : s["end"]] == s["text"] for s in record["sentences"])
    assert [s["paragraph"] for s in record["sentences"]][:3] == [0, 1, 2]


@pytest.mark.usefixtures("trafilatura")
def test_html_on_stdin_is_detected() -> None:
    result = CliRunner().invoke(cli, ["quotes", "--format", "json", "-"], input=PAGE)
    record = json.loads(result.stdout)
    assert result.exit_code == 0
    assert record["text_source"] == "html-extracted"
    assert any("connect the two halves" in q["text"] for q in record["quotes"])


@pytest.mark.usefixtures("trafilatura")
def test_plain_text_records_have_no_text_source() -> None:
    result = CliRunner().invoke(cli, ["sentences", "--format", "json", "-"], input="One. Two.")
    assert "text_source" not in json.loads(result.stdout)


@pytest.mark.usefixtures("trafilatura")
def test_verify_against_a_web_page(tmp_path: Path) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["verify", "-f", "json", "We have waited long enough for it", str(page)]
    )
    record = json.loads(result.stdout)
    assert result.exit_code == 0
    assert record["text_source"] == "html-extracted"
    assert extract_article(PAGE)[record["start"] : record["end"]] == record["passage"]
    assert record["paragraph"] == 2


@pytest.mark.usefixtures("trafilatura")
def test_the_page_title_stands_in_for_a_missing_headline() -> None:
    page = PAGE.replace("<h1>Council backs new bridge</h1>", "")
    paragraphs = extract_article(page).split("\n\n")
    assert paragraphs[0] == "Council backs new bridge"
    assert paragraphs[1].startswith("The city council voted")


@settings(max_examples=200)
@given(st.text(max_size=300))
def test_text_that_does_not_open_with_a_tag_is_never_html(text: str) -> None:
    if not text.lstrip("\ufeff \t\r\n").startswith("<"):
        assert not looks_like_html("story.txt", text)

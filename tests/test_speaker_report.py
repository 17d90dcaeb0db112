"""`newsquote speakers`: per-speaker tallies, merging across files, groups, and the formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsquote.cli import cli
from newsquote.models import Quote
from newsquote.quotes import extract_quotes
from newsquote.speaker_report import UNATTRIBUTED, UNNAMED, speaker_report
from tests.conftest import SAMPLES


def quote(
    text: str,
    speaker: str | None,
    start: int = 0,
    kind: str = "direct",
    named: bool | None = True,
    role: str | None = None,
) -> Quote:
    return Quote(
        text, ((start, start + len(text)),), kind, speaker, None, None, 0.9, "test", named, role
    )


def by_name(rows: list) -> dict:
    return {row.name: row for row in rows}


def test_counts_words_kinds_and_first_appearance() -> None:
    rows = by_name(
        speaker_report(
            [
                (
                    "a.txt",
                    [
                        quote("We will win this fight.", "Jane Smith", start=50, role="Mayor"),
                        quote("a costly mistake", "Jane Smith", start=10, kind="partial"),
                        quote("that the vote was fair", "Jane Smith", start=90, kind="indirect"),
                    ],
                ),
            ]
        )
    )
    smith = rows["Jane Smith"]
    assert (smith.quotes, smith.words) == (3, 5 + 3 + 5)
    assert (smith.direct, smith.partial, smith.indirect) == (1, 1, 1)
    assert (smith.first_source, smith.first_offset) == ("a.txt", 10)
    assert smith.role == "Mayor"
    assert smith.named


def test_speakers_merge_by_name_across_files() -> None:
    rows = speaker_report(
        [
            ("a.txt", [quote("We will win this fight.", "Jane Smith", start=40)]),
            ("b.txt", [quote("The budget is balanced now.", "jane  smith", start=5)]),
            ("c.txt", [quote("I never said that, not once.", "Smith", start=7)]),
        ]
    )
    assert len(rows) == 1
    smith = rows[0]
    assert smith.name == "Jane Smith"
    assert smith.quotes == 3
    assert smith.sources == ("a.txt", "b.txt", "c.txt")
    assert (smith.first_source, smith.first_offset) == ("a.txt", 40)


def test_a_surname_shared_by_two_people_stays_apart() -> None:
    rows = by_name(
        speaker_report(
            [
                (
                    "a.txt",
                    [quote("One thing.", "Jane Smith"), quote("Another thing.", "Tom Smith")],
                ),
                ("b.txt", [quote("A third thing.", "Smith")]),
            ]
        )
    )
    assert set(rows) == {"Jane Smith", "Tom Smith", "Smith"}


def test_unnamed_and_unattributed_are_grouped_last() -> None:
    rows = speaker_report(
        [
            (
                "a.txt",
                [
                    quote("It is over.", "officials", named=False),
                    quote("It is not over.", "a senior diplomat", named=False, start=30),
                    quote("Who knows.", None, start=60),
                    quote("Fine.", "Omar Haddad", start=90),
                ],
            ),
        ]
    )
    assert [r.name for r in rows] == ["Omar Haddad", UNNAMED, UNATTRIBUTED]
    unnamed = rows[1]
    assert unnamed.quotes == 2
    assert not unnamed.named
    assert unnamed.aliases == ("officials", "a senior diplomat")


def test_most_quoted_first() -> None:
    rows = speaker_report(
        [
            (
                "a.txt",
                [
                    quote("Yes.", "Ann Lee"),
                    quote("No.", "Bo Diaz", start=9),
                    quote("Maybe.", "Bo Diaz", start=20),
                ],
            ),
        ]
    )
    assert [r.name for r in rows] == ["Bo Diaz", "Ann Lee"]


def test_nothing_quoted_is_an_empty_report() -> None:
    assert speaker_report([]) == []
    assert speaker_report([("a.txt", [])]) == []


# ----- command line -----------------------------------------------------------------------------

ARTICLE = (
    "Council approves bridge\n\n"
    "“This bridge will connect the two halves of our town,” said Mayor Jane Smith.\n\n"
    "The vote was close.\n"
)


@pytest.fixture
def two_files(tmp_path: Path) -> list[str]:
    paths = [tmp_path / "one.txt", tmp_path / "two.txt"]
    for path in paths:
        path.write_text(ARTICLE, encoding="utf-8")
    return [str(p) for p in paths]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["speakers", *args])
    return result.exit_code, result.stdout, result.stderr


def smith(rows: list[dict]) -> dict:
    return next(r for r in rows if "Smith" in r["name"])


def test_json_merges_one_speaker_over_two_files(two_files: list[str]) -> None:
    code, out, _ = run("--format", "json", *two_files)
    assert code == 0
    report = json.loads(out)
    row = smith(report["speakers"])
    assert row["quotes"] == 2
    assert row["direct"] == 2
    assert row["words"] == 2 * 10
    assert row["sources"] == two_files
    assert (row["first_source"], row["first_offset"]) == (two_files[0], ARTICLE.index("This"))
    assert [s["source"] for s in report["sources"]] == two_files


def test_csv_has_a_header_and_a_row_per_speaker(two_files: list[str]) -> None:
    code, out, _ = run("--format", "csv", *two_files)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert smith(rows)["quotes"] == "2"
    assert smith(rows)["sources"] == "; ".join(two_files)
    assert smith(rows)["named"] == "true"


def test_jsonl_is_one_speaker_per_line(two_files: list[str]) -> None:
    code, out, _ = run("--format", "jsonl", *two_files)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert smith(rows)["quotes"] == 2


def test_text_is_an_aligned_table(two_files: list[str]) -> None:
    code, out, _ = run(*two_files)
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split()[:4] == ["Speaker", "Role", "Quotes", "Words"]
    assert any("Smith" in line and " 2 " in line for line in lines[1:])


def test_markdown_is_a_table(two_files: list[str]) -> None:
    code, out, _ = run("--format", "markdown", *two_files)
    assert code == 0
    assert out.startswith("| Speaker | Role | Quotes |")
    assert "|---|" in out


def test_a_missing_file_is_reported_and_the_rest_still_counted(two_files: list[str]) -> None:
    code, out, err = run("--format", "json", two_files[0], "missing.txt")
    assert code == 1
    assert "missing.txt" in err
    assert smith(json.loads(out)["speakers"])["quotes"] == 1


def test_the_samples() -> None:
    code, out, _ = run("--format", "json", *map(str, sorted(SAMPLES.glob("*.txt"))))
    assert code == 0
    names = [row["name"] for row in json.loads(out)["speakers"]]
    assert any("Mekdad" in name for name in names)


def test_jobs_give_the_same_report(two_files: list[str]) -> None:
    assert run("-f", "json", "-j", "2", *two_files)[1] == run("-f", "json", *two_files)[1]


def test_no_quotes_at_all_says_so(tmp_path: Path) -> None:
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("The river rose overnight. Roads were closed.\n", encoding="utf-8")
    assert run(str(quiet))[1] == "(no quotes found)\n"
    assert json.loads(run("-f", "json", str(quiet))[1])["speakers"] == []


def test_rich_table_on_a_terminal(two_files: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsquote.cli_batch.use_rich", lambda out: True)
    code, out, _ = run(*two_files)
    assert code == 0
    assert "┃ Speaker" in out
    assert "Smith" in out


def test_titles_and_scare_quotes_are_not_counted_as_anyones_words() -> None:
    text = (
        "Senator Jane Smith said on CNN’s “New Day” that the bill would pass. "
        "“We have the votes,” Smith said.\n"
    )
    stats = {s.name: s for s in speaker_report([("a.txt", extract_quotes(text))])}
    assert stats["Jane Smith"].direct == 1
    assert stats["Jane Smith"].quotes == 1

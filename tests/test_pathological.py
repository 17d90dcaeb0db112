"""Hostile input at full size: every command finishes within a generous bound, with no traceback.

The cases are the ones ``benchmarks/pathological.py`` measures (the figures are in its table).
Each run is a fresh ``python -m newsquote`` process killed at the bound, so a quadratic stage
or a catastrophically backtracking regex fails here instead of hanging the suite. A linear
engine does the 1 MB cases in a few seconds (the quote-dense ones in about ten); the bound leaves
room for a slow or shared CI machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks.pathological import (
    CASES,
    COMMANDS,
    NEWSQUOTE,
    Case,
    run_case,
    run_command,
)

BOUND_SECONDS = 30.0
# The 10 MB article is ten times the text: a linear engine needs about ten times as long.
BIG_BOUND_SECONDS = 90.0
# Peak memory: start-up (about 60 MB) plus a generous allowance per input megabyte.
BASE_MB, MB_PER_INPUT_MB = 200, 120


@pytest.fixture(scope="module")
def case_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pathological")
    files = {}
    for number, case in enumerate(CASES):
        path = folder / f"case-{number}.txt"
        path.write_text(case.build(case.size), encoding="utf-8")
        files[case.name] = path
    return files


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input_finishes_in_bounded_time_and_memory(
    case: Case, command: str, case_files: dict[str, Path]
) -> None:
    path = case_files[case.name]
    input_mb = path.stat().st_size / 2**20
    bound = BIG_BOUND_SECONDS if input_mb > 5 else BOUND_SECONDS
    run = run_case(command, path, bound)
    assert run.code is not None, f"newsquote {command} on {case.name}: killed after {bound:.0f} s"
    assert "Traceback" not in run.stderr
    assert run.code == 0, run.stderr
    assert run.peak_mb < BASE_MB + MB_PER_INPUT_MB * input_mb, f"peak {run.peak_mb:.0f} MB"


JOURNALIST_COMMANDS = [["brief"], ["speakers"], ["quotes", "--show"], ["verify", "We will win"]]
JOURNALIST_CASES = [
    "a quote holding 200,000 !",
    "1,000,000 dots",
    "200,000 unmatched quote marks",
    "1 MB sentence of quotes",
]


@pytest.mark.parametrize("command", JOURNALIST_COMMANDS, ids=" ".join)
@pytest.mark.parametrize("name", JOURNALIST_CASES)
def test_journalist_commands_finish_in_bounded_time(
    name: str, command: list[str], case_files: dict[str, Path]
) -> None:
    run = run_command([*NEWSQUOTE, *command, str(case_files[name])], BOUND_SECONDS)
    assert run.code is not None, f"newsquote {' '.join(command)} on {name}: killed"
    assert "Traceback" not in run.stderr
    assert run.code in ((0, 3, 4) if command[0] == "verify" else (0,)), run.stderr


def test_verify_a_long_repetitive_quote_in_bounded_time(tmp_path: Path) -> None:
    """5,000 words of "the" against 15,000: word alignment must not go quadratic (or worse)."""
    source = tmp_path / "the.txt"
    source.write_text("the " * 15_000, encoding="utf-8")
    quote = " ".join(["the"] * 5_000)
    run = run_command([*NEWSQUOTE, "verify", quote, str(source)], BOUND_SECONDS)
    assert run.code is not None, f"newsquote verify: killed after {BOUND_SECONDS:.0f} s"
    assert run.code in (0, 3, 4), run.stderr


_MANY_SPEAKERS = """
from newsquote.models import Quote
from newsquote.speaker_report import speaker_report

def quote(name):
    return Quote("We will win.", ((0, 12),), "direct", name, None, None, 0.9, "", True, None)

names = [f"Given{i} Family{i}" for i in range(20_000)] + [f"Family{i}" for i in range(20_000)]
rows = speaker_report([("archive", [quote(name) for name in names])])
assert len(rows) == 20_000, len(rows)
"""


def test_speaker_report_over_a_big_archive_in_bounded_time() -> None:
    """40,000 speakers (``speakers -r archive/``): merging surnames must not compare all pairs."""
    run = run_command([sys.executable, "-c", _MANY_SPEAKERS], BOUND_SECONDS)
    assert run.code is not None, f"speaker report: killed after {BOUND_SECONDS:.0f} s"
    assert run.code == 0, run.stderr

"""Project hygiene: the code is ruff-clean and every command is documented in the README."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsquote.cli import cli
from tests.conftest import ROOT


def test_ruff_is_clean() -> None:
    pytest.importorskip("ruff")
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"newsquote {command}" in (ROOT / "README.md").read_text(encoding="utf-8")

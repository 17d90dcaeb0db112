"""Shared fixtures: paths to the samples and to the evaluation data in ../shared (may be absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def moscow_text() -> str:
    return (SAMPLES / "moscow-talks.txt").read_text(encoding="utf-8")


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the calling test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (evaluation data lives in ../shared)")
    return path

"""Regression: ROUGE of the default summarizer on the shared CNN/DailyMail dev sets.

Runs ../shared/tools/score_summaries.py exactly as the README documents it. Thresholds sit a
little below the scores reached (so noise in a dependency does not fail the build) and never
below Lead-3 (cnndm-dev 40.4 / 17.5, summeval-dev 42.0 / 19.6).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, shared_path

# data set: (ROUGE-1, ROUGE-2) floors; reached 41.98 / 18.51 and 42.78 / 19.68.
FLOORS = {"cnndm-dev": (41.6, 18.4), "summeval-dev": (42.6, 19.6)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_rouge_beats_lead_3(name: str) -> None:
    pytest.importorskip("rouge_score")
    data = shared_path("data", "summaries", name)
    scorer = shared_path("tools", "score_summaries.py")
    command = f"{sys.executable} -m newsquote summarize --format jsonl --sentences 3"
    result = subprocess.run(
        [sys.executable, str(scorer), str(data), "--cmd", command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    rouge1, rouge2 = FLOORS[name]
    assert scores["missing"] == 0
    assert scores["rouge1"] >= rouge1, scores
    assert scores["rouge2"] >= rouge2, scores

"""Regression guard: the quote engine's scores on PolNeAR train (skipped when ../shared is absent).

The scorer is the project's own ``../shared/tools/score_quotes.py``; the records are made in
process the way ``newsquote quotes --format jsonl`` makes them. Thresholds sit a hair below the
scores measured when they were last raised (see the README's accuracy table).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newsquote.records import quotes_record
from tests.conftest import shared_path

CANONICAL_ARTICLES = 120


def _scorer() -> ModuleType:
    path = shared_path("tools", "score_quotes.py")
    spec = importlib.util.spec_from_file_location("score_quotes", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_quotes", module)
    spec.loader.exec_module(module)
    return module


def _scores(limit: int | None) -> dict[str, float]:
    split = shared_path("data", "quotes", "polnear", "data", "train")
    scorer = _scorer()
    gold = scorer.load_gold(str(split))
    if limit:
        gold = dict(list(gold.items())[:limit])
    preds = {name: quotes_record(text)[0]["quotes"] for name, (text, _) in gold.items()}
    return scorer.score(gold, preds, scorer.load_canonical(str(split)))


@pytest.fixture(scope="module")
def canonical_scores() -> dict[str, float]:
    return _scores(CANONICAL_ARTICLES)


@pytest.fixture(scope="module")
def train_scores() -> dict[str, float]:
    return _scores(None)


@pytest.mark.parametrize(
    ("metric", "floor"),
    [
        ("quote_f1", 0.92),
        ("quote_precision", 0.895),
        ("speaker_accuracy", 0.923),
        ("attributed_f1", 0.855),
        ("canonical_accuracy", 0.893),
    ],
)
def test_first_120_articles(canonical_scores: dict[str, float], metric: str, floor: float) -> None:
    assert canonical_scores[metric] >= floor, canonical_scores


@pytest.mark.parametrize(
    ("metric", "floor"),
    [
        ("quote_f1", 0.93),
        ("quote_precision", 0.91),
        ("speaker_accuracy", 0.912),
        ("attributed_f1", 0.853),
    ],
)
def test_all_train_articles(train_scores: dict[str, float], metric: str, floor: float) -> None:
    assert train_scores[metric] >= floor, train_scores


def test_scorer_reads_the_split() -> None:
    assert Path(shared_path("data", "quotes", "polnear", "data", "train", "text")).is_dir()

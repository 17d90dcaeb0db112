"""Benchmark inputs: the cnndm-dev articles from ../shared when present, else synthetic news.

The synthetic articles are generated here from our own templates (nothing copied from real
copy), seeded so every run sees the same text. They mix what costs newsquote time: direct and
partial quotes with cue verbs, titles and abbreviations ("Dr.", "U.S."), numbers and paragraphs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

SHARED_ARTICLES = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "summaries" / "cnndm-dev" / "articles"
)
BATCH_SIZE = 100
ONE_ARTICLE_WORDS = 600
BIG_WORDS = 20_000

_PEOPLE = [
    "Dr. Maria Okafor",
    "Sen. Thomas Hale",
    "Gov. Linda Brandt",
    "Mr. Ravi Menon",
    "Ms. Eva Lindqvist",
    "Prof. Samuel Adeyemi",
    "Mayor Carla Duarte",
    "Gen. Peter Voss",
]
_GROUPS = [
    "the U.S. Department of Transport",
    "the city council",
    "the regional health board",
    "the Harbor Workers' Union",
    "the state attorney general's office",
    "Northfield Inc.",
]
_TOPICS = [
    "the new bridge",
    "the water tariff",
    "the school budget",
    "the port expansion",
    "the hospital merger",
    "the rail strike",
    "the housing plan",
    "the flood defences",
]
_CUES = ["said", "told reporters", "added", "warned", "insisted", "explained"]
_CLAIMS = [
    "we will not sign anything that hurts families in this district",
    "the numbers simply do not add up and everyone in the room knows it",
    "this is the most important decision the region has faced in a decade",
    "nobody expected the costs to rise by 40 per cent in a single year",
    "we have asked for the full report and we intend to read every page",
    "our members are ready to talk, but not at any price",
]
_FACTS = [
    "The plan, first proposed in 2019, would cost about $4.2 million over five years.",
    "Officials met on Tuesday at 10 a.m. in the council chamber on Main St. to discuss {topic}.",
    "Turnout at the public hearing was the highest since records began, with 312 residents.",
    "A spokesman for {group} declined to comment on the timetable for {topic}.",
    "Critics say {topic} was approved too quickly and without a proper consultation.",
    "The vote on {topic} is expected before the end of the month, according to {group}.",
    "Shares in Northfield Inc. fell 3.5 per cent after the announcement on Friday.",
    "Engineers from the U.K. and the U.S. have reviewed the designs for {topic}.",
]


def _quote(rng: random.Random) -> str:
    """One attributed quote in one of the shapes news copy uses."""
    who, cue, claim = rng.choice(_PEOPLE), rng.choice(_CUES), rng.choice(_CLAIMS)
    shape = rng.randrange(4)
    if shape == 0:
        return f"\u201c{claim.capitalize()},\u201d {who} {cue}."
    if shape == 1:
        return f"{who} {cue}: \u201c{claim.capitalize()}.\u201d"
    if shape == 2:
        return f"{who} {cue} that {claim}."
    return f"\u201c{claim.capitalize()},\u201d {cue} {who}, who leads {rng.choice(_GROUPS)}."


def _sentence(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return _quote(rng)
    return rng.choice(_FACTS).format(topic=rng.choice(_TOPICS), group=rng.choice(_GROUPS))


def synthetic_article(seed: int, words: int = ONE_ARTICLE_WORDS) -> str:
    """A news-like article of about ``words`` words: headline, then short paragraphs."""
    rng = random.Random(seed)
    topic = rng.choice(_TOPICS)
    paragraphs = [f"Row over {topic} deepens as vote nears"]
    count = 0
    while count < words:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(paragraphs) + "\n"


@dataclass(frozen=True)
class Inputs:
    """Files the benchmark runs on, and where they came from."""

    origin: str
    one_article: Path
    synthetic_article: Path
    batch: list[Path]
    big: Path
    half: Path
    double: Path
    quadruple: Path


def _word_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").split())


def _concatenate(sources: list[Path], words: int, out: Path) -> Path:
    """Articles joined by blank lines, cycling through ``sources`` until ``words`` is reached."""
    parts: list[str] = []
    count, i = 0, 0
    while count < words:
        text = sources[i % len(sources)].read_text(encoding="utf-8").strip()
        parts.append(text)
        count += len(text.split())
        i += 1
    out.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return out


def build_inputs(workdir: Path) -> Inputs:
    """Write the synthetic files into ``workdir``; use ../shared articles when they exist."""
    synthetic = workdir / "synthetic-600.txt"
    synthetic.write_text(synthetic_article(seed=600), encoding="utf-8")
    if SHARED_ARTICLES.is_dir() and len(list(SHARED_ARTICLES.glob("*.txt"))) >= BATCH_SIZE:
        origin = f"{SHARED_ARTICLES} ({BATCH_SIZE} cnndm-dev articles)"
        batch = sorted(SHARED_ARTICLES.glob("*.txt"))[:BATCH_SIZE]
        one = min(batch, key=lambda p: abs(_word_count(p) - ONE_ARTICLE_WORDS))
    else:
        origin = f"synthetic ({SHARED_ARTICLES} is absent)"
        batch = []
        for seed in range(BATCH_SIZE):
            path = workdir / f"synthetic-{seed:03d}.txt"
            path.write_text(synthetic_article(seed, words=300 + seed * 6), encoding="utf-8")
            batch.append(path)
        one = synthetic
    half = _concatenate(batch, BIG_WORDS // 2, workdir / "half-10k.txt")
    big = _concatenate([half], BIG_WORDS, workdir / "big-20k.txt")
    double = _concatenate([big], 2 * BIG_WORDS, workdir / "double-40k.txt")
    quadruple = _concatenate([double], 4 * BIG_WORDS, workdir / "quadruple-80k.txt")
    return Inputs(origin, one, synthetic, batch, big, half, double, quadruple)

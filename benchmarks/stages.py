"""Where a batch's CPU time goes: start-up, then each stage of the per-article work.

Start-up is measured in fresh processes (as ``measure.py`` runs every command): bare Python,
click, ``newsquote --help``, and the imports a summary or a quote run adds before its first
article. The stages are library calls timed in this process over the whole batch, twice: the
first pass with cold caches (a CLI run pays those), the second warm. Prints a Markdown table.

Usage: python benchmarks/stages.py [--reps N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from corpus import build_inputs
from measure import run_once, warm_up

if TYPE_CHECKING:
    from newsquote.summarizers.article import Article, Length

PY = sys.executable
_CLI = "import newsquote.cli"
_QUOTES = f"{_CLI}; import newsquote.quotes"
_PUNKT = "from newsquote.segment_punkt import tokenizer; tokenizer()"
# Each row adds to the one before it, except --help (which runs the CLI).
START_UP = {
    "python": "pass",
    "+ click": "import click",
    "+ newsquote's CLI": _CLI,
    "+ the quote engine (what `quotes` loads)": _QUOTES,
    "+ nltk's Punkt, segmenter, summarizer (what `summarize` loads)": (
        f"{_QUOTES}; import newsquote.summarize; {_PUNKT}"
    ),
    "`newsquote --help`, for comparison": f"{_CLI}; newsquote.cli.cli.main(['--help'])",
}


def start_up_rows(reps: int) -> list[tuple[str, float]]:
    """Median CPU seconds of each start-up step, each in a fresh process."""
    commands = {name: [PY, "-c", f"import sys; sys.argv=['newsquote']; {code}"]
                for name, code in START_UP.items()}  # fmt: skip
    warm_up(list(commands.values()))
    return [
        (name, statistics.median(run_once(command)[0].cpu for _ in range(reps)))
        for name, command in commands.items()
    ]


def _stages() -> dict[str, Callable[[str], object]]:
    """The per-article calls, from the smallest piece to the whole record a command writes.
    The summarizer's inner steps are private to it; a breakdown has to reach in."""
    from newsquote.quotes import extract_quotes
    from newsquote.records import quotes_record, summary_record
    from newsquote.segment import split_sentences
    from newsquote.summarize import _with_lead_quotes, resolve_length
    from newsquote.summarizers.article import build_article
    from newsquote.summarizers.gist import select

    def article(text: str) -> Article:
        return build_article(text, split_sentences(text))

    def lead_quotes(text: str) -> tuple[Article, Length]:
        built = article(text)
        length = resolve_length(built, 3, None, None)
        return _with_lead_quotes(text, built, length), length

    return {
        "split_sentences": split_sentences,
        "+ build_article (boilerplate, headline, antecedents)": article,
        "+ quotes of the lead, linked to their speakers": lead_quotes,
        "+ gist selection (word chances, stems, best set)": lambda text: select(*lead_quotes(text)),
        "summary_record (all of `summarize`'s work)": summary_record,
        "extract_quotes (no indirect speech)": lambda text: extract_quotes(text, indirect=False),
        "quotes_record (all of `quotes`' work)": quotes_record,
    }


def stage_rows(texts: list[str]) -> list[tuple[str, float, float]]:
    """(stage, first-pass CPU seconds, warm CPU seconds) over the batch. The stages share
    caches (stems, Punkt's decisions), so only the first stage's first pass is fully cold."""
    rows = []
    for name, stage in _stages().items():
        passes = []
        for _ in range(2):
            start = time.process_time()
            for text in texts:
                stage(text)
            passes.append(time.process_time() - start)
        rows.append((name, passes[0], passes[1]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5, help="fresh processes per start-up row")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        inputs = build_inputs(Path(workdir))
        texts = [path.read_text(encoding="utf-8") for path in inputs.batch]
    print(f"inputs: {inputs.origin}\n")
    print("| start-up (fresh process) | CPU s |\n|---|---:|")
    for name, cpu in start_up_rows(args.reps):
        print(f"| {name} | {cpu:.3f} |")
    print(f"\n| stage, {len(texts)} articles in one process | first pass s | warm s |")
    print("|---|---:|---:|")
    for name, cold, warm in stage_rows(texts):
        print(f"| {name} | {cold:.3f} | {warm:.3f} |")


if __name__ == "__main__":
    main()

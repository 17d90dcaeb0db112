"""Time one engine on each file inside one warm process: the cost of the text, not of start-up.

Start-up (python, imports) is the same for a 10,000- and a 20,000-word input, so timing whole
commands would hide a super-linear engine. This helper warms the engine on a short text, then
prints, as JSON, the least CPU seconds per file over ``--reps`` interleaved runs: CPU time,
as other processes sharing the machine stretch wall time at random, and the least, as sharing
the cores (caches, hyper-threads) only ever adds to it.

Usage: python benchmarks/scaling.py {summarize,quotes,sumy} [--reps N] FILE...
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

_WARM_UP = "The mayor spoke on Monday. \u201cWe will build it,\u201d she said. Work starts soon.\n"


def _engine(name: str) -> Callable[[str], object]:
    """The per-document work the CLI does for ``name`` (records include the dict conversion)."""
    if name == "summarize":
        from newsquote.records import summary_record

        return summary_record
    if name == "quotes":
        from newsquote.records import quotes_record

        return quotes_record
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words
    from sumy_runner import OfflineTokenizer

    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = OfflineTokenizer("english")
    return lambda text: summarizer(PlaintextParser(text, tokenizer).document, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("engine", choices=["summarize", "quotes", "sumy"])
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    run = _engine(args.engine)
    texts = [path.read_text(encoding="utf-8") for path in args.files]
    run(_WARM_UP)
    times: list[list[float]] = [[] for _ in texts]
    for _ in range(args.reps):
        for text, spent in zip(texts, times, strict=True):
            start = time.process_time()
            run(text)
            spent.append(time.process_time() - start)
    print(json.dumps([min(spent) for spent in times]))


if __name__ == "__main__":
    main()

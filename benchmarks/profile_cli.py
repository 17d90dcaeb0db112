"""Where a newsquote command spends its time: cProfile of one in-process CLI run.

Prints the slowest imports (start-up, from ``-X importtime``), then the functions with the most
own and cumulative time (cProfile inflates import time; read start-up from the first list).

Usage: python benchmarks/profile_cli.py [--top N] -- summarize --format jsonl FILE...
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import subprocess
import sys
import tempfile


def slowest_imports(args: list[str], top: int) -> list[str]:
    """The top-level imports with the largest cumulative ``-X importtime`` cost, in ms.

    The second of two runs is read, with bytecode cached in a private directory (see measure.py).
    """
    with tempfile.TemporaryDirectory() as pyc:
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": pyc}
        command = [sys.executable, "-X", "importtime", "-m", "newsquote", *args]
        for _ in range(2):
            proc = subprocess.run(command, capture_output=True, text=True, env=env)
    rows = []
    for line in proc.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit() and not parts[2].startswith("  "):
            rows.append((int(parts[1]) / 1000, parts[2].strip()))
    return [f"{ms:8.1f} ms  {name}" for ms, name in sorted(rows, reverse=True)[:top]]


def profile(args: list[str], top: int) -> str:
    """cProfile of the command run in this process; stdout is discarded."""
    from newsquote.cli import cli

    profiler = cProfile.Profile()
    stdout, sys.stdout = sys.stdout, io.StringIO()
    profiler.enable()
    try:
        cli.main(args, standalone_mode=False)
    except SystemExit:
        pass
    finally:
        profiler.disable()
        sys.stdout = stdout
    report = io.StringIO()
    stats = pstats.Stats(profiler, stream=report)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return "\n".join(line for line in report.getvalue().splitlines() if line.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("command", nargs=argparse.REMAINDER, help="newsquote arguments")
    args = parser.parse_args()
    command = [a for a in args.command if a != "--"] or ["--help"]
    print("slowest top-level imports (cumulative):")
    print("\n".join(slowest_imports(command, args.top)))
    print()
    print(profile(command, args.top))


if __name__ == "__main__":
    main()

"""Pathological input: time and peak memory of each command on hostile text, and how it scales.

Usage (from the repository root)::

    .venv/bin/python benchmarks/pathological.py            # full sizes, a few minutes
    .venv/bin/python benchmarks/pathological.py --quick    # a tenth of each size: a smoke test

Each case is written to a temporary file and run through ``newsquote COMMAND --format jsonl``
in a fresh process (``sentences``, ``quotes``, ``summarize``). The table gives wall seconds,
CPU seconds (user + system, which load from other processes on the machine does not
inflate) and the process's peak resident memory (``ru_maxrss``, read by a small wrapper);
start-up, about 0.3 s and 30 MB, is included. A run that exceeds ``--timeout`` is killed and
shown as ``>T s``.

The scaling table runs each command on the same case at N and 2N characters inside one warm
process (start-up excluded; CPU seconds of one run each: the engine caches some work per text,
so a repeat would cost less): a ratio near 2 is linear, near 4 quadratic. Every text is
generated here (our own sentences, seeded), so the figures are reproducible; the tests in
``tests/test_pathological.py`` use the same cases.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import synthetic_article  # sibling scripts (benchmarks/ is not a package)
from measure import CHILD_ENV, WRAPPER

COMMANDS = ("sentences", "quotes", "summarize")
NEWSQUOTE = [sys.executable, "-m", "newsquote"]
_ABBREVIATIONS = ("Mr.", "Dr.", "U.S.", "Gen.", "a.m.", "St.", "Inc.", "e.g.", "Sen.", "No.")
_OPENING_MARKS = '“«„‘"'


def _fill(unit: str, chars: int) -> str:
    """``unit`` repeated and cut to exactly ``chars`` characters."""
    return (unit * (chars // len(unit) + 1))[:chars]


def _extra_paragraph(rng: random.Random) -> str:
    """Shapes corpus.py leaves out: split quotes, pronouns, runs over paragraphs, dashes."""
    name = rng.choice(["Nadia Petrov", "Owen Clarke", "Sofia Ruiz", "Daniel Mbeki"])
    surname = name.split()[1]
    return rng.choice(
        [
            f"“We are not there yet,” {surname} said. “But we are closer than last week.”",
            f"{name}, a spokeswoman for the ministry, said the talks would resume on Monday. "
            "She added that “nothing has been agreed until everything is agreed.”",
            f"“The first thing to say is that the money is there.\n\n“The second is that "
            f"nobody has spent it yet,” {surname} told the committee.",
            "According to two officials familiar with the plan, the cuts were “never on the "
            "table” — a claim the opposition rejected as ‘nonsense’.",
            f"He said: “I don’t know.” Asked again, he smiled. “Ask {surname}.”",
            "“Why now?” asked one resident. Nobody answered. — Reporting by the city desk",
        ]
    )


def news_article(chars: int, seed: int = 10) -> str:
    """About ``chars`` characters of news-like paragraphs: corpus.py articles and our extras."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < chars:
        for paragraph in synthetic_article(rng.randrange(10**6), words=400).split("\n\n"):
            extra = [_extra_paragraph(rng)] if rng.random() < 0.3 else []
            paragraphs += [paragraph, *extra]
            size += sum(len(p) + 2 for p in (paragraph, *extra))
    return "\n\n".join(paragraphs)[:chars]


@dataclass(frozen=True)
class Case:
    """One hostile input: a name, its full size, and how to build it at any size."""

    name: str
    size: int  # the count the name refers to (marks, characters, abbreviations...)
    build: Callable[[int], str]


CASES = [
    Case(
        "200,000 unmatched quote marks",
        200_000,
        lambda n: "".join(_OPENING_MARKS[i % 5] + "word " for i in range(n)),
    ),
    Case("1 MB on one line", 1_000_000, lambda n: _fill(news_article(n).replace("\n", " "), n)),
    Case(
        "100,000 abbreviations",
        100_000,
        lambda n: " ".join(_ABBREVIATIONS[i % 10] for i in range(n)),
    ),
    Case("1,000,000 dots", 1_000_000, lambda n: "." * n),
    Case("10 MB article", 10_000_000, news_article),
    Case("1 MB sentence of quotes", 1_000_000, lambda n: _fill("“We will win,” she said, and ", n)),
    Case("1 MB of one-line paragraphs", 1_000_000, lambda n: _fill("“Yes,” he said.\n\n", n)),
    Case("1,000,000 ?! marks", 1_000_000, lambda n: _fill("?!", n)),
    Case(
        "1 MB of lone closing marks after a tokenized quote",
        1_000_000,
        lambda n: "He said ' a ' , " + _fill("word ", n // 2) + ". " + _fill("x ’ ", n // 2),
    ),
    Case(
        "a quote holding 200,000 !",
        200_000,
        lambda n: f"“We will win this fight {'!' * n} and we will not stop,” said Jane Smith.\n",
    ),
]
CASES_BY_NAME = {case.name: case for case in CASES}


@dataclass(frozen=True)
class Run:
    """One command on one input: wall and CPU seconds, peak memory, exit code and stderr."""

    seconds: float
    cpu: float
    peak_mb: float
    code: int | None  # None when the run was killed at the timeout
    stderr: str


def run_command(args: list[str], timeout: float) -> Run:
    """Run ``args`` in a fresh process with output discarded; kill it after ``timeout`` s.

    The command runs under measure.py's small wrapper: Linux carries the memory high-water mark
    of a process that forks into its exec'd child, so a child forked straight from a big test
    process would report the parent's peak instead of its own.
    """
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile(suffix=".json") as report:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", WRAPPER, report.name, *args],
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=CHILD_ENV,  # bytecode cached, as measure.py runs every command
            start_new_session=True,
        )
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        seconds = time.perf_counter() - start
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        data = json.loads(Path(report.name).read_text() or "{}")
    if not data:
        return Run(seconds, float("nan"), 0.0, None, stderr)
    return Run(data["seconds"], data["cpu"], data["peak_kb"] / 1024, data["code"], stderr)


def run_case(command: str, path: Path, timeout: float) -> Run:
    """``newsquote COMMAND --format jsonl PATH`` with the default --max-bytes."""
    return run_command([*NEWSQUOTE, command, "--format", "jsonl", str(path)], timeout)


def _cell(run: Run, timeout: float) -> str:
    if run.code is None:
        return f">{timeout:.0f} s | {run.peak_mb:.0f}"
    status = "" if run.code == 0 else f" exit {run.code}"
    return f"{run.seconds:.2f} ({run.cpu:.2f}){status} | {run.peak_mb:.0f}"


def main_table(scale: float, timeout: float, workdir: Path) -> None:
    """One row per case: seconds and peak MB for each command."""
    print("| case | input bytes |" + "".join(f" {c} s (CPU s) | MB |" for c in COMMANDS))
    print("|---|---:|" + "---:|---:|" * len(COMMANDS))
    for case in CASES:
        path = workdir / "case.txt"
        path.write_text(case.build(int(case.size * scale)), encoding="utf-8")
        cells = [_cell(run_case(c, path, timeout), timeout) for c in COMMANDS]
        print(f"| {case.name} | {path.stat().st_size:,} | " + " | ".join(cells) + " |", flush=True)


def _worker(case_name: str, chars: int, command: str) -> None:
    """Child of the scaling table: CPU seconds of one command at N then 2N, one line each."""
    from click.testing import CliRunner

    from newsquote.cli import cli

    runner = CliRunner()
    case = CASES_BY_NAME[case_name]
    runner.invoke(cli, [command], input="Warm up. “Go,” he said.\n")
    for size in (chars, 2 * chars):
        text = case.build(size)
        start = time.process_time()
        code = runner.invoke(cli, [command, "--format", "jsonl"], input=text).exit_code
        spent = time.process_time() - start
        print(json.dumps({"size": len(text), "cpu": spent, "code": code}), flush=True)


SCALING = [
    ("1 MB on one line", 200_000),
    ("10 MB article", 500_000),
    ("100,000 abbreviations", 20_000),
    ("1 MB sentence of quotes", 200_000),
    ("1 MB of one-line paragraphs", 50_000),
    ("1,000,000 dots", 20_000),
]


def scaling_table(scale: float, timeout: float) -> None:
    """CPU seconds at N and 2N in a warm process, per command, and their ratio."""
    print("\n| case | N | command | CPU s at N | CPU s at 2N | ratio |")
    print("|---|---:|---|---:|---:|---:|")
    for name, n in SCALING:
        size = max(1000, int(n * scale))
        for command in COMMANDS:
            args = [sys.executable, __file__, "--worker", name, str(size), command]
            try:
                out = subprocess.run(args, capture_output=True, text=True, timeout=timeout).stdout
            except subprocess.TimeoutExpired as exc:
                out = (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) else ""
            runs = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
            cpu = [run["cpu"] for run in runs]
            cells = [f"{r['cpu']:.3f}" + (f" exit {r['code']}" if r["code"] else "") for r in runs]
            cells += [f">{timeout:.0f} (killed)"] * (2 - len(cpu))
            ratio = f"{cpu[1] / max(cpu[0], 1e-9):.2f}" if len(cpu) == 2 else "–"
            print(f"| {name} | {size:,} | {command} | {cells[0]} | {cells[1]} | {ratio} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="Every case at a tenth of its size.")
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="Seconds before a run is killed."
    )
    parser.add_argument(
        "--worker", nargs=3, metavar=("CASE", "CHARS", "COMMAND"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker[0], int(args.worker[1]), args.worker[2])
        return
    scale = 0.1 if args.quick else 1.0
    print(f"newsquote pathological benchmark ({'quick, 1/10 size' if args.quick else 'full size'})")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; timeout {args.timeout:.0f} s\n")
    with tempfile.TemporaryDirectory(prefix="newsquote-patho-") as workdir:
        main_table(scale, args.timeout, Path(workdir))
    scaling_table(scale, args.timeout)


if __name__ == "__main__":
    main()

"""newsquote against sumy's LexRank, side by side: time, throughput, peak memory, scaling.

Run from the repository root (needs the ``bench`` extra: ``pip install -e '.[bench]'``):

    .venv/bin/python benchmarks/bench_speed.py            # about 3 minutes on 2 cores
    .venv/bin/python benchmarks/bench_speed.py --quick    # one repetition each, a smoke test

It prints Markdown tables with PASS/FAIL against the targets of issue 5. Every command runs in
a fresh process (see measure.py); times are medians over the repetitions, memory the highest
peak. sumy runs through benchmarks/sumy_runner.py: its own CLI code with an offline tokenizer.
Inputs are the 100 cnndm-dev articles in ../shared when present, else synthetic ones.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from corpus import Inputs, build_inputs
from measure import Result, measure_group, warm_up

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
CLOCK = "seconds"  # or "cpu" (--cpu): which Result field the comparisons use
LARGE_BATCH_REPEATS = 10  # the --jobs table also runs the batch this many times over


def newsquote(*args: object) -> list[str]:
    """The installed console script, as users run it (``python -m newsquote`` if absent)."""
    exe = BIN / "newsquote"
    head = [str(exe)] if exe.exists() else [sys.executable, "-m", "newsquote"]
    return head + [str(a) for a in args]


def sumy(files: list[Path]) -> list[str]:
    return [sys.executable, str(HERE / "sumy_runner.py"), *map(str, files)]


@dataclass(frozen=True)
class Row:
    """One comparison: newsquote's result against sumy's, and the time-ratio limit."""

    case: str
    ours: Result
    theirs: Result
    limit: float | None
    target: str
    articles: int = 1

    @property
    def ratio(self) -> float:
        return _cost(self.ours) / _cost(self.theirs)


def _verdict(ok: bool | None) -> str:
    return "–" if ok is None else ("PASS" if ok else "**FAIL**")


def _cost(result: Result) -> float:
    return float(getattr(result, CLOCK))


def _secs(result: Result) -> str:
    return f"ERROR ({result.error})" if result.error else f"{_cost(result):.3f}"


def comparison_table(rows: list[Row]) -> list[str]:
    lines = [
        "| case | newsquote s | sumy s | ratio | articles/s (nq / sumy) | target | time |"
        " peak MB (nq / sumy) | memory |",
        "|---|---:|---:|---:|---:|---|---|---:|---|",
    ]
    for row in rows:
        failed = row.ours.error or row.theirs.error
        ratio = "–" if failed else f"{row.ratio:.3f}"
        rate = "–"
        if row.articles > 1 and not failed:
            ours, theirs = row.articles / _cost(row.ours), row.articles / _cost(row.theirs)
            rate = f"{ours:.1f} / {theirs:.1f}"
        time_ok = None if row.limit is None else (not failed and row.ratio <= row.limit)
        memory_ok = row.ours.peak_mb < row.theirs.peak_mb
        lines.append(
            f"| {row.case} | {_secs(row.ours)} | {_secs(row.theirs)} | {ratio} | {rate} "
            f"| {row.target} | {_verdict(time_ok)} "
            f"| {row.ours.peak_mb:.0f} / {row.theirs.peak_mb:.0f} | {_verdict(memory_ok)} |"
        )
    return lines


def cold_rows(inputs: Inputs, reps: int) -> list[Row]:
    """Start-up: --help and one ~600-word article, each a fresh process."""
    one, synthetic = inputs.one_article, inputs.synthetic_article
    help_, sumy_help, summary, sumy_one, synth, sumy_synth = measure_group(
        [
            (newsquote("--help"), None),
            ([str(BIN / "sumy"), "--help"], None),
            (newsquote("summarize", one), None),
            (sumy([one]), None),
            (newsquote("summarize", synthetic), None),
            (sumy([synthetic]), None),
        ],
        reps,
    )
    words = len(one.read_text(encoding="utf-8").split())
    return [
        Row("`newsquote --help` vs sumy cold run", help_, sumy_one, 0.3, "≤ 0.3×"),
        Row("`newsquote --help` vs stock `sumy --help`", help_, sumy_help, None, "reference"),
        Row(f"cold summary, article ({words} words)", summary, sumy_one, 0.8, "≤ 0.8×"),
        Row("cold summary, synthetic (600 words)", synth, sumy_synth, 0.8, "≤ 0.8×"),
    ]


def batch_rows(inputs: Inputs, reps: int) -> tuple[list[Row], list[str]]:
    """The batch in one invocation, for summaries and quotes, with --jobs 1 and 2."""
    n, batch = len(inputs.batch), inputs.batch
    results = measure_group(
        [
            (newsquote("summarize", "--format", "jsonl", *batch), n),
            (newsquote("summarize", "--format", "jsonl", "--jobs", 2, *batch), n),
            (newsquote("quotes", "--format", "jsonl", *batch), n),
            (newsquote("quotes", "--format", "jsonl", "--jobs", 2, *batch), n),
            (sumy(batch), None),
        ],
        reps,
    )
    summaries, summaries2, quotes, quotes2, theirs = results
    rows = [
        Row(f"batch summaries ({n} articles)", summaries, theirs, 0.1, "≥ 10× throughput", n),
        Row(f"batch quotes ({n} articles)", quotes, theirs, 0.1, "≥ 10× throughput", n),
    ]
    jobs = ["| batch (wall time) | --jobs 1 s | --jobs 2 s | speed-up |", "|---|---:|---:|---:|"]
    jobs += _jobs_lines(n, (("summarize", summaries, summaries2), ("quotes", quotes, quotes2)))
    return rows, jobs


def large_batch_jobs(inputs: Inputs, reps: int) -> list[str]:
    """--jobs on the batch ten times over: a 100-article batch is mostly start-up, which the
    workers cannot share, so their gain shows on the long runs --jobs is for."""
    batch = inputs.batch * LARGE_BATCH_REPEATS
    n = len(batch)
    results = measure_group(
        [
            (newsquote(command, "--format", "jsonl", "--jobs", jobs, *batch), n)
            for command in ("summarize", "quotes")
            for jobs in (1, 2)
        ],
        reps,
    )
    return _jobs_lines(n, (("summarize", *results[:2]), ("quotes", *results[2:])))


def _jobs_lines(n: int, pairs: Iterable[tuple[str, Result, Result]]) -> list[str]:
    """One table row per command: wall seconds with --jobs 1 and 2, and the speed-up."""
    lines = []
    for name, one, two in pairs:
        speedup = "–" if one.error or two.error else f"{one.seconds / two.seconds:.2f}×"
        walls = [f"ERROR ({r.error})" if r.error else f"{r.seconds:.3f}" for r in (one, two)]
        lines.append(f"| {name} ({n} articles) | {walls[0]} | {walls[1]} | {speedup} |")
    return lines


def big_rows(inputs: Inputs, reps: int) -> list[Row]:
    """One long document (about 20,000 words), each command a fresh process."""
    big = inputs.big
    words = len(big.read_text(encoding="utf-8").split())
    summary, quotes, theirs = measure_group(
        [
            (newsquote("summarize", big), None),
            (newsquote("quotes", big), None),
            (sumy([big]), None),
        ],
        reps,
    )
    return [
        Row(f"summary of one {words}-word document", summary, theirs, 0.05, "≤ 0.05×"),
        Row(f"quotes of one {words}-word document", quotes, theirs, 0.05, "≤ 0.05×"),
    ]


def scaling_table(inputs: Inputs, reps: int) -> list[str]:
    """In-process CPU time (least of the repetitions) for N to 8N words (scaling.py): start-up
    would mask the slope.

    Doubling is checked three times: a cost that grows with the square of the input shows
    first on the larger pairs. sumy runs on N and 2N only (4N takes it half a minute).
    """
    files = [inputs.half, inputs.big, inputs.double, inputs.quadruple]
    sizes = [len(p.read_text(encoding="utf-8").split()) for p in files]
    lines = [
        "| engine | " + " | ".join(f"{n} words s" for n in sizes) + " | ratios of each doubling "
        "| target | result |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for engine, engine_reps, limit in (
        ("summarize", reps, 2.3),
        ("quotes", reps, 2.3),
        ("sumy", 1, None),
    ):
        command = [sys.executable, str(HERE / "scaling.py"), engine, "--reps", str(engine_reps)]
        paths = [str(p) for p in (files[:2] if engine == "sumy" else files)]
        proc = subprocess.run([*command, *paths], capture_output=True, text=True)
        if proc.returncode:
            last = (proc.stderr.strip().splitlines() or ["(no stderr)"])[-1][:120]
            lines.append(f"| {engine} | ERROR: {last} | | | | | | |")
            continue
        times = json.loads(proc.stdout)
        ratios = [b / a for a, b in itertools.pairwise(times)]
        ok = None if limit is None else max(ratios) <= limit
        target = "reference" if limit is None else f"≤ {limit}× each"
        cells = [f"{t:.3f}" for t in times] + ["–"] * (len(files) - len(times))
        lines.append(
            f"| {engine} | {' | '.join(cells)} | {', '.join(f'{r:.2f}' for r in ratios)} "
            f"| {target} | {_verdict(ok)} |"
        )
    return lines


def header(inputs: Inputs, reps: int) -> list[str]:
    """When, where and on what the run was made; a warning when other work loads the CPUs."""
    load = os.getloadavg()[0]
    lines = [
        f"newsquote vs sumy — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load {load:.2f}, "
        f"{reps} repetitions (median), {'CPU' if CLOCK == 'cpu' else 'wall'} seconds",
        f"inputs: {inputs.origin}",
    ]
    if CLOCK != "cpu" and load > 0.5 * (os.cpu_count() or 1):
        lines.append("note: the machine is busy, which stretches wall times unevenly; try --cpu")
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5, help="repetitions (default 5)")
    parser.add_argument("--quick", action="store_true", help="one repetition each")
    parser.add_argument(
        "--cpu", action="store_true", help="compare CPU seconds, not wall (for a loaded machine)"
    )
    args = parser.parse_args()
    if importlib.util.find_spec("sumy") is None:
        sys.exit("bench_speed: sumy is not installed; run: pip install -e '.[bench]'")
    global CLOCK
    CLOCK = "cpu" if args.cpu else "seconds"
    reps = 1 if args.quick else args.reps
    heavy = 1 if args.quick else max(1, reps // 2 + 1)
    with tempfile.TemporaryDirectory(prefix="newsquote-bench-") as tmp:
        inputs = build_inputs(Path(tmp))
        one = inputs.one_article
        warm_up([newsquote("summarize", one), newsquote("quotes", one), sumy([one])])
        out = header(inputs, reps)
        batch, jobs = batch_rows(inputs, heavy)
        jobs += large_batch_jobs(inputs, heavy)
        rows = cold_rows(inputs, reps) + batch + big_rows(inputs, heavy)
        scaling = scaling_table(inputs, 1 if args.quick else max(reps, 7))
        out += [*comparison_table(rows), "", *jobs, "", *scaling]
    print("\n".join(out))


if __name__ == "__main__":
    main()

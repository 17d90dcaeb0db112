"""Time one command and read its peak memory, each run in a fresh process.

A small Python wrapper starts the command, times it with ``perf_counter`` (so the wrapper's own
start-up is not counted) and reads ``getrusage(RUSAGE_CHILDREN).ru_maxrss``: the peak resident
set of the largest process the command ran (with ``--jobs`` that is the biggest single worker or
the parent, not their sum). The command's stdout is captured so the benchmark can check it.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

_WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[2:]).returncode
seconds = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
with open(sys.argv[1], "w") as out:
    json.dump({"seconds": seconds, "peak_kb": peak_kb, "code": code}, out)
"""


@dataclass(frozen=True)
class Result:
    """Median wall time and the highest peak memory over the repetitions of one command."""

    seconds: float
    peak_mb: float
    error: str | None = None


def run_once(command: list[str]) -> tuple[float, float, str, str | None]:
    """(seconds, peak MB, stdout, error message or None) of one fresh run of ``command``."""
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        proc = subprocess.run(
            [sys.executable, "-c", _WRAPPER, report.name, *command],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        data = json.loads(Path(report.name).read_text() or "{}")
    error = None
    if proc.returncode or data.get("code"):
        tail = proc.stderr.strip().splitlines()[-1:] or ["(no stderr)"]
        error = f"exit {data.get('code', proc.returncode)}: {tail[0][:120]}"
    return data.get("seconds", float("nan")), data.get("peak_kb", 0) / 1024, proc.stdout, error


def single(command: list[str], expect_lines: int | None = None) -> Result:
    """One run; a failure or a wrong number of output lines is an error."""
    seconds, peak_mb, stdout, error = run_once(command)
    lines = len(stdout.splitlines())
    if error is None and expect_lines is not None and lines != expect_lines:
        error = f"expected {expect_lines} output lines, got {lines}"
    return Result(float("nan") if error else seconds, peak_mb, error)


def measure(command: list[str], reps: int, expect_lines: int | None = None) -> Result:
    """Median time and highest peak memory over ``reps`` runs of ``command``."""
    return _combine([single(command, expect_lines) for _ in range(reps)])


def measure_group(
    commands: list[tuple[list[str], int | None]], reps: int
) -> list[Result]:
    """Measure several (command, expected lines) with their repetitions interleaved, so that
    load from other processes on the machine drifts onto all of them alike."""
    runs: list[list[Result]] = [[] for _ in commands]
    for _ in range(reps):
        for results, (command, expect) in zip(runs, commands, strict=True):
            results.append(single(command, expect))
    return [_combine(results) for results in runs]


def _combine(results: list[Result]) -> Result:
    failed = [r for r in results if r.error]
    if failed:
        return failed[0]
    return Result(
        statistics.median(r.seconds for r in results), max(r.peak_mb for r in results)
    )

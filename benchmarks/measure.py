"""Time one command and read its peak memory, each run in a fresh process.

A small Python wrapper starts the command, times it with ``perf_counter`` (so the wrapper's own
start-up is not counted) and reads ``getrusage(RUSAGE_CHILDREN)``: CPU time (user + system, all
processes of the command) and ``ru_maxrss``, the peak resident set of the largest process the
command ran (with ``--jobs`` that is the biggest single worker or the parent, not their sum).
The command's stdout is captured so the benchmark can check it.

This sandbox sets PYTHONDONTWRITEBYTECODE, which would make every run recompile the editable
newsquote sources while sumy's installed modules have bytecode. Child processes therefore run
with bytecode written to a private PYTHONPYCACHEPREFIX, as after a normal ``pip install``;
``warm_up`` fills that cache before anything is timed.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[2:]).returncode
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
with open(sys.argv[1], "w") as out:
    json.dump({"seconds": seconds, "cpu": cpu, "peak_kb": usage.ru_maxrss, "code": code}, out)
"""


_PYC = tempfile.mkdtemp(prefix="newsquote-bench-pyc-")
atexit.register(shutil.rmtree, _PYC, ignore_errors=True)
CHILD_ENV = {**os.environ, "PYTHONPYCACHEPREFIX": _PYC}
CHILD_ENV.pop("PYTHONDONTWRITEBYTECODE", None)


@dataclass(frozen=True)
class Result:
    """Median wall and CPU seconds and the highest peak memory over the repetitions."""

    seconds: float
    cpu: float
    peak_mb: float
    error: str | None = None


def run_once(command: list[str]) -> tuple[Result, str]:
    """The result of one fresh run of ``command``, and its stdout."""
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        proc = subprocess.run(
            [sys.executable, "-c", WRAPPER, report.name, *command],
            capture_output=True,
            env=CHILD_ENV,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        data = json.loads(Path(report.name).read_text() or "{}")
    error = None
    if proc.returncode or data.get("code"):
        tail = proc.stderr.strip().splitlines()[-1:] or ["(no stderr)"]
        error = f"exit {data.get('code', proc.returncode)}: {tail[0][:120]}"
    nan = float("nan")
    seconds, cpu = (nan, nan) if error else (data["seconds"], data["cpu"])
    return Result(seconds, cpu, data.get("peak_kb", 0) / 1024, error), proc.stdout


def single(command: list[str], expect_lines: int | None = None) -> Result:
    """One run; a failure or a wrong number of output lines is an error."""
    result, stdout = run_once(command)
    lines = len(stdout.splitlines())
    if result.error is None and expect_lines is not None and lines != expect_lines:
        error = f"expected {expect_lines} output lines, got {lines}"
        return Result(float("nan"), float("nan"), result.peak_mb, error)
    return result


def measure_group(commands: list[tuple[list[str], int | None]], reps: int) -> list[Result]:
    """Measure several (command, expected lines) with their repetitions interleaved, so that
    load from other processes on the machine drifts onto all of them alike."""
    runs: list[list[Result]] = [[] for _ in commands]
    for _ in range(reps):
        for results, (command, expect) in zip(runs, commands, strict=True):
            results.append(single(command, expect))
    return [_combine(results) for results in runs]


def warm_up(commands: list[list[str]]) -> None:
    """Run each command once, untimed: fills the bytecode cache and the OS file cache."""
    for command in commands:
        run_once(command)


def _combine(results: list[Result]) -> Result:
    failed = [r for r in results if r.error]
    if failed:
        return failed[0]
    return Result(
        statistics.median(r.seconds for r in results),
        statistics.median(r.cpu for r in results),
        max(r.peak_mb for r in results),
    )

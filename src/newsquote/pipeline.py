"""Run one task over many inputs, in order, on one or several processes.

Stdin is read in this process, so a batch that includes ``-`` runs on one process.

A failed input becomes an Outcome with an error; the batch goes on, and the CLI reports the
failures and exits non-zero at the end.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from functools import partial
from typing import NamedTuple

from newsquote.errors import NewsquoteError
from newsquote.records import Record
from newsquote.textio import STDIN, read_document, shown

Task = Callable[[str], tuple[Record, list[str]]]


class Outcome(NamedTuple):
    """What became of one input: its record, or the error that stopped it, and any notes. (A
    named tuple: a frozen dataclass costs every run three times as much to define.)"""

    record: Record | None
    error: str | None = None
    messages: tuple[str, ...] = ()


def run_one(task: Task, max_bytes: int, source: str) -> Outcome:
    """Read, decode and process one input; user-fixable problems become an error outcome."""
    try:
        document = read_document(source, max_bytes)
        body, notes = task(document.text)
    except NewsquoteError as exc:
        return Outcome(None, str(exc))
    messages = [document.warning] if document.warning else []
    messages += [f"{shown(source)}: {note}" for note in notes]
    origin = {} if document.text_source == "as-given" else {"text_source": document.text_source}
    return Outcome({"source": source, **origin, **body}, None, tuple(messages))


def run_all(task: Task, sources: list[str], max_bytes: int, jobs: int = 1) -> Iterator[Outcome]:
    """Outcomes in input order; with ``jobs > 1`` inputs are processed on a process pool.

    The first input is processed here, before any pool starts, with the garbage collector
    paused: it loads everything a run needs (modules, word lists, compiled patterns), objects
    that live to the end, which collections would only scan. They are then frozen out of the
    collector (``gc.freeze``): full collections stop re-scanning them (3% of a batch's CPU), and
    forked workers inherit them without copying the pages they sit on. When nothing was frozen
    before, the freeze is undone at the end, so a program that runs the CLI in-process keeps
    collecting its own garbage. Inputs go out to the pool in chunks of about a quarter of each
    worker's share: per-article work is milliseconds, so fewer, larger messages beat
    fine-grained balancing.
    """
    if not sources:
        return
    work = partial(run_one, task, max_bytes)
    frozen_before = gc.get_freeze_count()
    collecting = gc.isenabled()
    gc.disable()  # never across a yield: the caller's code would run without collections
    try:
        first = work(sources[0])
        gc.freeze()
    finally:
        if collecting:
            gc.enable()
    try:
        yield first
        yield from _the_rest(work, sources, jobs)
    finally:
        if not frozen_before:
            gc.unfreeze()


def _the_rest(work: Callable[[str], Outcome], sources: list[str], jobs: int) -> Iterator[Outcome]:
    """Every input after the first, here or on a pool of ``jobs`` processes."""
    rest = sources[1:]
    if jobs <= 1 or not rest or STDIN in sources:
        yield from map(work, rest)
        return
    import multiprocessing

    chunk = max(1, len(sources) // (4 * jobs))
    with multiprocessing.Pool(jobs) as pool:
        yield from pool.imap(work, rest, chunksize=chunk)

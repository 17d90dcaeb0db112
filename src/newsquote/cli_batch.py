"""What every text-reading command shares: its options, and the loop that runs it.

``Batch`` bundles the inputs, format and batch controls; ``Batch.run`` reads each input, runs
the command's task on it (on one or several processes), streams records to the writer and
reports failures, so a command body is an option check and one call.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple, TextIO

import click

from newsquote.formats import FORMATS, Writer, make_writer
from newsquote.outfile import output_stream
from newsquote.pipeline import Outcome, Task, run_all
from newsquote.records import Record
from newsquote.textio import DEFAULT_MAX_BYTES, expand_sources


def _warn(message: str) -> None:
    click.echo(f"newsquote: {message}", err=True)


class Batch(NamedTuple):
    """The shared options of every text-reading command: which inputs, and where output goes.
    (A named tuple: a frozen dataclass costs every run three times as much to define.)"""

    inputs: tuple[str, ...]
    fmt: str
    recursive: bool
    jobs: int
    output: str | None
    max_bytes: int

    def run(
        self,
        task: Task,
        kind: str,
        make: Callable[..., Writer] = make_writer,
        combine: Callable[[list[Record]], Record] | None = None,
    ) -> None:
        """Run ``task`` over the inputs, stream records out, report failures, set the exit code.

        ``make`` builds the writer (called like ``formats.make_writer``); commands whose output
        is not one of the standard kinds pass their own. With ``combine``, the records are kept
        and written as the one record it makes of them all (a report across inputs).
        """
        sources = expand_sources(self.inputs, self.recursive)
        failures = 0
        kept: list[Record] = []
        with output_stream(self.output) as out:
            documents = 1 if combine else len(sources)  # a combined report is one document
            writer = make(self.fmt, kind, out, documents, use_rich(out))
            outcomes = run_all(task, sources, self.max_bytes, self.jobs)
            for outcome in _progress(outcomes, len(sources), out):
                for message in outcome.messages:
                    _warn(message)
                if outcome.record is None:
                    failures += 1
                    _warn(f"error: {outcome.error}")
                elif combine:
                    kept.append(outcome.record)
                else:
                    writer.write(outcome.record)
            if combine:
                writer.write(combine(kept))
            writer.close()
        if failures:
            if len(sources) > 1:
                _warn(f"{failures} of {len(sources)} inputs failed")
            sys.exit(1)


def format_option(choices: Iterable[str]) -> Callable[..., Any]:
    """``--format``, plain text by default; each command names the formats it writes."""
    return click.option(
        "--format",
        "-f",
        "fmt",
        type=click.Choice(list(choices)),
        default="text",
        show_default=True,
        help="Output format.",
    )


RECURSIVE_OPTION = click.option(
    "--recursive", "-r", is_flag=True, help="Read every file under a directory."
)
MAX_BYTES_OPTION = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse inputs larger than this.",
)
BATCH_OPTIONS = [
    click.argument("inputs", nargs=-1, metavar="[FILE]..."),
    format_option(FORMATS),
    RECURSIVE_OPTION,
    click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        help="Process inputs on N processes (output order is kept).",
    ),
    click.option(
        "--output",
        "-o",
        type=click.Path(dir_okay=False),
        default=None,
        help="Write to FILE (complete or not at all) instead of stdout.",
    ),
    MAX_BYTES_OPTION,
]


def batch_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the shared options; the command receives them bundled as ``batch: Batch``."""

    @functools.wraps(command)
    def wrapper(**kwargs: Any) -> Any:
        shared = {name: kwargs.pop(name) for name in Batch._fields}
        return command(Batch(**shared), **kwargs)

    for decorator in reversed(BATCH_OPTIONS):
        wrapper = decorator(wrapper)
    return wrapper


def _progress(outcomes: Iterable[Outcome], total: int, out: TextIO) -> Iterable[Outcome]:
    """A progress bar on stderr for batches whose output is not on the same terminal."""
    if total < 2 or not sys.stderr.isatty() or out.isatty():
        return outcomes
    from rich.console import Console
    from rich.progress import track

    console = Console(stderr=True)
    return track(outcomes, total=total, description="newsquote", transient=True, console=console)


def use_rich(out: TextIO) -> bool:
    """Rich rendering only for a terminal, and never when NO_COLOR is set."""
    return out.isatty() and "NO_COLOR" not in os.environ

"""The ``newsquote`` command line: parse options, run a task over the inputs, format output.

Only click and the standard library are imported at start-up, so ``--help`` stays instant;
nltk and rich load when a command runs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import partial
from typing import Any

import click

from newsquote import __version__
from newsquote.formats import FORMATS, make_writer
from newsquote.pipeline import Outcome, Task, run_all
from newsquote.textio import DEFAULT_MAX_BYTES, expand_sources


def _warn(message: str) -> None:
    click.echo(f"newsquote: {message}", err=True)


def input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options every text-reading command shares (inputs, format, batch control)."""
    decorators = [
        click.argument("inputs", nargs=-1, metavar="[FILE]..."),
        click.option(
            "--format",
            "-f",
            "fmt",
            type=click.Choice(FORMATS),
            default="text",
            show_default=True,
            help="Output format.",
        ),
        click.option("--recursive", "-r", is_flag=True, help="Read every file under a directory."),
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(min=1),
            default=1,
            show_default=True,
            help="Process inputs on N processes (output order is kept).",
        ),
        click.option(
            "--max-bytes",
            type=click.IntRange(min=1),
            default=DEFAULT_MAX_BYTES,
            show_default=True,
            help="Refuse inputs larger than this.",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def _progress(outcomes: Any, total: int) -> Any:
    """A progress bar on stderr for batches, only when stderr is a terminal."""
    if total < 2 or not sys.stderr.isatty():
        return outcomes
    from rich.progress import track

    return track(
        outcomes, total=total, description="newsquote", transient=True, console=_stderr_console()
    )


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def _use_rich() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def run_command(
    task: Task,
    kind: str,
    inputs: tuple[str, ...],
    fmt: str,
    recursive: bool,
    jobs: int,
    max_bytes: int,
) -> None:
    """Run ``task`` over the inputs, stream records to stdout, report failures, set exit code."""
    sources = expand_sources(inputs, recursive)
    writer = make_writer(fmt, kind, sys.stdout, len(sources), _use_rich())
    failures = 0
    outcome: Outcome
    for outcome in _progress(run_all(task, sources, max_bytes, jobs), len(sources)):
        for message in outcome.messages:
            _warn(message)
        if outcome.record is None:
            failures += 1
            _warn(f"error: {outcome.error}")
            continue
        writer.write(outcome.record)
    writer.close()
    sys.stdout.flush()
    if failures:
        if len(sources) > 1:
            _warn(f"{failures} of {len(sources)} inputs failed")
        sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsquote")
def cli() -> None:
    """Who said what in news copy, and the gist of the article.

    Reads files (or stdin, with - or no FILE) and writes text for people or
    JSON / JSON Lines / CSV / Markdown for programs.
    """


@cli.command()
@input_options
@click.option(
    "--sentences",
    "-n",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    help="Number of sentences.",
)
@click.option(
    "--method",
    type=click.Choice(["lead"]),
    default="lead",
    show_default=True,
    help="Ranking algorithm; lead is the first N sentences.",
)
def summarize(
    inputs: tuple[str, ...],
    fmt: str,
    recursive: bool,
    jobs: int,
    max_bytes: int,
    sentences: int,
    method: str,
) -> None:
    """The few sentences that carry the story.

    Example: newsquote summarize -n 3 article.txt
    """
    from newsquote.records import summary_record

    task = partial(summary_record, sentences=sentences, method=method)
    run_command(task, "summary", inputs, fmt, recursive, jobs, max_bytes)


@cli.command()
@input_options
@click.option("--indirect", is_flag=True, help="Also report indirect speech (X said that ...).")
def quotes(
    inputs: tuple[str, ...], fmt: str, recursive: bool, jobs: int, max_bytes: int, indirect: bool
) -> None:
    """Every quote: words, speaker, cue verb and offsets.

    Example: cat *.txt | newsquote quotes --format jsonl -
    """
    from newsquote.records import quotes_record

    task = partial(quotes_record, include_indirect=indirect)
    run_command(task, "quotes", inputs, fmt, recursive, jobs, max_bytes)


@cli.command()
@input_options
def sentences(
    inputs: tuple[str, ...], fmt: str, recursive: bool, jobs: int, max_bytes: int
) -> None:
    """Split text into sentences (one per line, or records with offsets).

    Example: newsquote sentences --format jsonl article.txt
    """
    from newsquote.records import sentences_record

    run_command(sentences_record, "sentences", inputs, fmt, recursive, jobs, max_bytes)


def main() -> None:
    """Entry point: run the CLI; a closed pipe (``| head``) ends quietly."""
    try:
        cli.main(standalone_mode=True)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)

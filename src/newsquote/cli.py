"""The ``newsquote`` command line: parse options, run a task over the inputs, format output.

Only click and the standard library are imported at start-up, so ``--help`` stays instant;
nltk and rich load when a command runs.
"""

from __future__ import annotations

import os
import sys
from functools import partial
from typing import Any

import click

from newsquote import __version__
from newsquote.cli_batch import (
    MAX_BYTES_OPTION,
    RECURSIVE_OPTION,
    Batch,
    batch_options,
    format_option,
    use_rich,
)
from newsquote.errors import NewsquoteError
from newsquote.outfile import output_stream
from newsquote.textio import expand_sources


class NewsquoteGroup(click.Group):
    """Library errors become click's one-line error (exit 1); a closed pipe ends quietly (exit 0).

    Click would turn a closed pipe (``| head``) into exit 1, which ``set -o pipefail`` scripts
    would read as an input error.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsquoteError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # the final flush must not fail again
            ctx.exit(0)


@click.group(cls=NewsquoteGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsquote")
def cli() -> None:
    """Who said what in news copy, and the gist of the article.

    Reads files (or stdin, with - or no FILE) and writes text for people or
    JSON / JSON Lines / CSV / Markdown for programs.
    """


@cli.command()
@batch_options
@click.option(
    "--sentences",
    "-n",
    type=click.IntRange(min=1),
    default=None,
    help="Number of sentences (default 3).",
)
@click.option(
    "--ratio",
    type=click.FloatRange(min=0, max=1, min_open=True),
    default=None,
    help="A share of the article's sentences (0 < R <= 1).",
)
@click.option(
    "--words",
    type=click.IntRange(min=1),
    default=None,
    help="A word budget, never exceeded.",
)
@click.option(
    "--order",
    type=click.Choice(["document", "score"]),
    default="document",
    show_default=True,
    help="Sentence order: as in the article, or best first.",
)
@click.option(
    "--method",
    type=click.Choice(["gist", "lead"]),
    default="gist",
    show_default=True,
    help="gist: the lead revised for the article's key words; lead: the first sentences.",
)
def summarize(
    batch: Batch,
    sentences: int | None,
    ratio: float | None,
    words: int | None,
    order: str,
    method: str,
) -> None:
    """The few sentences that carry the story.

    Length: --sentences N (default 3), --ratio R or --words W (only one of them).

    Example: newsquote summarize -n 3 article.txt
    """
    from newsquote.records import summary_record
    from newsquote.summarize import lengths_given

    if len(given := lengths_given(sentences, ratio, words)) > 1:
        options = " and ".join(f"--{name}" for name in given)
        raise click.UsageError(f"{options} cannot be combined: give one length")
    task = partial(
        summary_record, sentences=sentences, ratio=ratio, words=words, order=order, method=method
    )
    batch.run(task, "summary")


@cli.command()
@batch_options
@click.option("--indirect", is_flag=True, help="Also report indirect speech (X said that ...).")
@click.option(
    "--show",
    is_flag=True,
    help="Print the article with quotes, speakers and cues highlighted (text format only).",
)
def quotes(batch: Batch, indirect: bool, show: bool) -> None:
    """Every quote: words, speaker, cue verb and offsets.

    Example: cat *.txt | newsquote quotes --format jsonl -

    Example: newsquote quotes --show article.txt
    """
    from newsquote.records import quotes_record

    if show:
        _show_quotes(batch, indirect)
        return
    task = partial(quotes_record, include_indirect=indirect)
    batch.run(task, "quotes")


def _show_quotes(batch: Batch, indirect: bool) -> None:
    """``quotes --show``: the article marked up (colours on a terminal, [[markers]] otherwise)."""
    from newsquote.journalist_records import show_record
    from newsquote.showview import show_writer

    if batch.fmt != "text":
        raise click.UsageError("--show prints the article for people; it takes no --format")
    batch.run(partial(show_record, include_indirect=indirect), "quotes", make=show_writer)


@cli.command()
@batch_options
def sentences(batch: Batch) -> None:
    """Split text into sentences (one per line, or records with offsets).

    Example: newsquote sentences --format jsonl article.txt
    """
    from newsquote.records import sentences_record

    batch.run(sentences_record, "sentences")


@cli.command()
@click.argument("quote")
@click.argument("sources", nargs=-1, metavar="[SOURCE]...")
@format_option(("text", "json"))
@RECURSIVE_OPTION
@MAX_BYTES_OPTION
def verify(quote: str, sources: tuple[str, ...], fmt: str, recursive: bool, max_bytes: int) -> None:
    """Is QUOTE in the SOURCE(s)? Prints the closest passage, a word diff, where, and who said it.

    Quote marks, whitespace, case and punctuation never count as changes; an ellipsis may stand
    for omitted words and [bracketed] words are editorial insertions.

    \b
    Exit status:
      0  verbatim (exactly, or but for the differences above)
      3  altered (words dropped, added or changed)
      4  not found
      1  a source could not be read

    Example: newsquote verify "We will win this fight" article.txt
    """
    from newsquote.journalist_records import verify_record
    from newsquote.journalist_view import write_verdict

    record = verify_record(quote, expand_sources(sources, recursive), max_bytes)
    with output_stream(None) as out:
        write_verdict(record, fmt, out, use_rich(out))
    sys.exit(record["exit_code"])


@cli.command()
@batch_options
def speakers(batch: Batch) -> None:
    """Who is quoted: per speaker the quotes, words quoted, direct/partial/indirect, first seen.

    Speakers are merged by name across all inputs; unnamed sources and unattributed quotes are
    grouped. A table for people; CSV, JSON or JSON Lines rows for scripts.

    Example: newsquote speakers --format csv articles/*.txt
    """
    from newsquote.journalist_records import speaker_quotes_record, speakers_report
    from newsquote.journalist_view import speakers_writer

    batch.run(speaker_quotes_record, "speakers", make=speakers_writer, combine=speakers_report)


@cli.command()
@batch_options
@click.option(
    "--sentences",
    "-n",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    help="Summary sentences.",
)
@click.option(
    "--quotes",
    "-q",
    "quote_count",
    type=click.IntRange(min=0),
    default=3,
    show_default=True,
    help="At most this many quotes (one per speaker).",
)
def brief(batch: Batch, sentences: int, quote_count: int) -> None:
    """The summary and the strongest attributed direct quotes, in one view.

    Example: newsquote brief --format markdown article.txt
    """
    from newsquote.brief_view import brief_writer
    from newsquote.journalist_records import brief_record

    task = partial(brief_record, sentences=sentences, quotes=quote_count)
    batch.run(task, "brief", make=brief_writer)


def main() -> None:
    """Entry point of the ``newsquote`` script and ``python -m newsquote``."""
    cli()

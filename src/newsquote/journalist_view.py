"""How verify and speakers look: rich on a terminal, plain text in a pipe, Markdown,
CSV and JSON for scripts. No NLP here; user text is always a rich ``Text``, never markup.

Plain text marks a word diff the way ``wdiff`` does: ``[-source words-]`` left out or replaced,
``{+quote words+}`` put in, ``[…: words]`` what an ellipsis stands for, ``[skipped: words]``
the attribution between two parts of a split quote.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsquote.formats import Kind, Writer, one_line
from newsquote.records import Record
from newsquote.textio import shown

STATUS_STYLE = {"verbatim": "bold green", "altered": "bold yellow", "not-found": "bold red"}
STATUS_LABEL = {"verbatim": "VERBATIM", "altered": "ALTERED", "not-found": "NOT FOUND"}


def console(out: TextIO) -> Console:
    """A console that never reads markup or highlights numbers in user text."""
    return Console(file=out, highlight=False, markup=False, emoji=False)


def emit(out: TextIO, body: Text | Table, rich: bool) -> None:
    """Print with rich on a terminal, or as plain unwrapped text (tables come as Text then)."""
    if rich:
        console(out).print(body)
    else:
        assert isinstance(body, Text)
        out.write(body.plain + "\n")


# ----- verify -----------------------------------------------------------------------------------

_DIFF_PLAIN: dict[str, Callable[[str, str], str]] = {
    "equal": lambda quote, source: source,
    "changed": lambda quote, source: f"[-{source}-]{{+{quote}+}}",
    "dropped": lambda quote, source: f"[-{source}-]",
    "added": lambda quote, source: f"{{+{quote}+}}",
    "elided": lambda quote, source: f"[…: {source}]",
    "skipped": lambda quote, source: f"[skipped: {source}]",
    "bracketed": lambda quote, source: f"[{quote}]" + (f" (for “{source}”)" if source else ""),
}
_DIFF_STYLE = {
    "dropped": "red strike",
    "added": "green bold",
    "elided": "dim italic",
    "skipped": "dim",
}


def diff_text(diff: list[dict[str, str]], rich: bool) -> Text:
    """The quote against its source passage, word by word."""
    line = Text()
    for number, op in enumerate(diff):
        quote, source = one_line(op["quote"]), one_line(op["source"])
        line.append(" " if number else "")
        if not rich:
            line.append(_DIFF_PLAIN[op["op"]](quote, source))
        elif op["op"] == "changed":
            line.append(source, style=_DIFF_STYLE["dropped"]).append(" ")
            line.append(quote, style=_DIFF_STYLE["added"])
        elif op["op"] == "bracketed":
            line.append(f"[{quote}]", style="cyan")
        else:
            line.append(source or quote, style=_DIFF_STYLE.get(op["op"], ""))
    return line


def verdict_text(record: Record, rich: bool) -> Text:
    """The verdict for people: status, where, who, the passage and the diff."""
    status = record["status"]
    body = Text().append(STATUS_LABEL[status], style=STATUS_STYLE[status])
    similar = f"{record['similarity']:.0%} similar"
    body.append(f" ({record['match']} match, {similar})" if record["match"] else f" ({similar})")
    if record["passage"] is None:
        return body.append("\nNothing in the sources shares its words.")
    where = f"{shown(record['source'])}, paragraph {record['paragraph'] + 1}, "
    where += f"characters {record['start']}–{record['end']}"
    if record.get("text_source"):
        where += " of the extracted article text"
    label = "Closest passage" if status == "not-found" else "Passage"
    body.append(f"\nSource: {where}\nSpeaker: {_speaker_line(record)}\n{label}: ")
    body.append(one_line(record["passage"]), style="italic")
    if status == "altered":
        body.append("\nDiff: ").append_text(diff_text(record["diff"], rich))
        body.append(f"\nChanges: {_change_summary(record['diff'])}")
    elif any(op["op"] != "equal" for op in record["diff"]):
        body.append("\nMarked: ").append_text(diff_text(record["diff"], rich))
    return body


def _speaker_line(record: Record) -> str:
    quote = record["source_quote"]
    if quote is None:
        return "none: the source does not put these words in quotes"
    name = quote["speaker"] or "not attributed"
    details = [quote["kind"]] + ([f"cue “{quote['cue']['text']}”"] if quote["cue"] else [])
    role = f", {quote['role']}" if quote.get("role") else ""
    return f"{name}{role} ({', '.join(details)})"


def _change_summary(diff: list[dict[str, str]]) -> str:
    names = ("dropped", "added", "changed")
    counts = {name: sum(op["op"] == name for op in diff) for name in names}
    return ", ".join(f"{n} {name}" for name, n in counts.items() if n) or "none"


def write_verdict(record: Record, fmt: str, out: TextIO, rich: bool) -> None:
    """One verdict in the chosen format."""
    if fmt == "json":
        out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    else:
        emit(out, verdict_text(record, rich), rich)


# ----- speakers ---------------------------------------------------------------------------------

SPEAKER_COLUMNS = (
    "name",
    "named",
    "role",
    "quotes",
    "words",
    "direct",
    "partial",
    "indirect",
    "first_source",
    "first_offset",
    "sources",
    "aliases",
)
_TABLE_COLUMNS = ("Speaker", "Role", "Quotes", "Words", "Direct", "Partial", "Indirect", "First")


def _cells(row: Record) -> list[str]:
    first = f"{row['first_source']}:{row['first_offset']}"
    counts = [str(row[k]) for k in ("quotes", "words", "direct", "partial", "indirect")]
    return [row["name"], row["role"] or "", *counts, first]


def speakers_table(rows: list[Record], rich: bool) -> Table | Text:
    """The report as a rich table (role under the name, to fit a terminal) or plain columns."""
    cells = [_cells(row) for row in rows]
    if rich:
        return _rich_speakers(cells)
    widths = [max(len(r[i]) for r in [list(_TABLE_COLUMNS), *cells]) for i in range(8)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
        for r in [list(_TABLE_COLUMNS), *cells]
    ]
    return Text("\n".join(lines))


def _rich_speakers(cells: list[list[str]]) -> Table:
    table = Table(title="Speakers", title_justify="left")
    table.add_column("Speaker", min_width=16)
    for column in _TABLE_COLUMNS[2:7]:
        table.add_column(column, justify="right", no_wrap=True)
    table.add_column("First seen", overflow="fold")
    for name, role, *counts, first in cells:
        who = Text(name, style="bold cyan").append(f"\n{role}" if role else "", style="dim")
        table.add_row(who, *(Text(count) for count in counts), Text(first))
    return table


def write_speakers(report: Record, fmt: str, out: TextIO, rich: bool) -> None:
    """The whole report (one document for all inputs) in the chosen format."""
    rows = report["speakers"]
    if fmt == "json":
        out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    elif fmt == "csv":
        table = csv.writer(out, lineterminator="\r\n")  # as formats.CsvWriter: lone CRs quoted
        table.writerow(SPEAKER_COLUMNS)
        table.writerows([_csv_value(row[k]) for k in SPEAKER_COLUMNS] for row in rows)
    elif fmt == "markdown":
        out.write("| " + " | ".join(_TABLE_COLUMNS) + " |\n")
        out.write("|" + "---|" * len(_TABLE_COLUMNS) + "\n")
        out.writelines("| " + " | ".join(_md_cell(c) for c in _cells(r)) + " |\n" for r in rows)
    else:
        emit(out, speakers_table(rows, rich) if rows else Text("(no quotes found)"), rich)


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(value)
    return str(value).lower() if isinstance(value, bool) else value


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


class SpeakersWriter(Writer):
    """Writes the one report that spans all inputs (the batch runner combines them)."""

    def __init__(self, out: TextIO, fmt: str, rich: bool) -> None:
        super().__init__(out, Kind("speakers", {}, str, str), 0)
        self.fmt, self.rich = fmt, rich

    def emit(self, record: Record) -> None:
        write_speakers(record, self.fmt, self.out, self.rich)


def speakers_writer(fmt: str, kind: str, out: TextIO, count: int, rich: bool) -> Writer:
    """The writer ``speakers`` hands to the batch runner (same call as formats.make_writer)."""
    return SpeakersWriter(out, fmt, rich)

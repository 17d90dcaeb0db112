"""How ``brief`` looks: a rich panel on a terminal, plain text in a pipe, Markdown, or one CSV
row per summary sentence and per quote. No NLP here; user text is always a rich ``Text``.
"""

from __future__ import annotations

from typing import TextIO

from rich.text import Text

from newsquote.formats import CsvWriter, Kind, Writer, one_line, source_header
from newsquote.journalist_view import console, emit
from newsquote.records import Record
from newsquote.textio import shown


def _excerpt(text: str) -> str:
    """A quote as it reads on its own: the comma before "she said" becomes a full stop
    (display only; records keep the words verbatim)."""
    line = one_line(text)
    return line[:-1] + "." if line.endswith(",") else line


def _attribution(quote: Record) -> str:
    return (quote["speaker"] or "") + (f", {quote['role']}" if quote.get("role") else "")


def brief_text(record: Record, rich: bool) -> Text:
    """Summary, then each quote with its speaker; the caller frames it."""
    body = Text("Summary", style="bold")
    for sentence in record["summary"]:
        body.append(f"\n• {one_line(sentence['text'])}")
    if not record["summary"]:
        body.append("\n(no text)", style="dim")
    body.append("\n\nQuotes", style="bold")
    if not record["quotes"]:
        body.append("\n(no attributed direct quote stands on its own)", style="dim")
    for quote in record["quotes"]:
        body.append(f"\n“{_excerpt(quote['text'])}”", style="italic")
        body.append(f" — {_attribution(quote)}", style="bold cyan" if rich else "")
    return body


def brief_markdown(record: Record) -> str:
    """A section per input: the summary as a paragraph, each quote as a block quote."""
    lines = [f"## {shown(record['source'])}", "", "### Summary", ""]
    lines += [f"- {one_line(s['text'])}" for s in record["summary"]]
    lines += ["", "### Quotes"] if record["quotes"] else []
    for quote in record["quotes"]:
        lines += ["", f"> “{_excerpt(quote['text'])}”  ", f"> — **{_attribution(quote)}**"]
    return "\n".join(lines) + "\n"


def _brief_parts(record: Record) -> list[Record]:
    """The summary sentences, then the quotes, as the rows of one CSV table."""
    parts = [{"part": "summary", **s} for s in record["summary"]]
    parts += [
        {"part": "quote", "index": index, **q, "start": q["spans"][0][0], "end": q["spans"][-1][1]}
        for index, q in enumerate(record["quotes"])
    ]
    return parts


BRIEF_CSV = Kind(
    items="parts",
    columns={
        "part": lambda p: p["part"],
        "speaker": lambda p: p.get("speaker") or "",
        "role": lambda p: p.get("role") or "",
        "start": lambda p: p["start"],
        "end": lambda p: p["end"],
        "text": lambda p: p["text"],
    },
    line=str,
    markdown=str,
)


class BriefCsvWriter(CsvWriter):
    """The shared CSV writer over one row per summary sentence and per quote."""

    def emit(self, record: Record) -> None:
        super().emit({"source": record["source"], "parts": _brief_parts(record)})


class BriefWriter(Writer):
    """A rich panel, plain text or Markdown per input."""

    def __init__(self, out: TextIO, fmt: str, rich: bool, count: int) -> None:
        super().__init__(out, Kind("quotes", {}, str, str), count)
        self.fmt, self.rich = fmt, rich

    def emit(self, record: Record) -> None:
        if self.fmt == "markdown":
            self.out.write(("\n" if self.written else "") + brief_markdown(record))
        elif self.rich:
            from rich.panel import Panel

            title = Text(shown(record["source"]))
            panel = Panel(brief_text(record, True), title=title, title_align="left")
            console(self.out).print(panel)
        else:
            header = source_header(record["source"]) if self.count > 1 else ""
            self.out.write(("\n" if self.written else "") + header)
            emit(self.out, brief_text(record, False), False)


def brief_writer(fmt: str, kind: str, out: TextIO, count: int, rich: bool) -> Writer:
    """The writer ``brief`` hands to the batch runner; JSON forms are the shared writers."""
    from newsquote.formats import WRITERS

    if fmt == "csv":
        return BriefCsvWriter(out, BRIEF_CSV, count)
    if fmt in ("json", "jsonl"):
        return WRITERS[fmt](out, Kind("quotes", {}, str, str), count)
    return BriefWriter(out, fmt, rich, count)

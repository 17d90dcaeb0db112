"""The ``text`` format on a terminal: rich tables and panels (imported only when used)."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsquote.formats import Kind, Writer, one_line
from newsquote.records import Record


class RichWriter(Writer):
    """Colour and tables for people; user text is never parsed as rich markup."""

    def __init__(self, out: TextIO, kind: Kind, count: int) -> None:
        super().__init__(out, kind, count)
        self.console = Console(file=out, highlight=False)

    def emit(self, record: Record) -> None:
        items = record[self.kind.items]
        if self.kind.items == "quotes":
            self.console.print(self._quote_table(record["source"], items))
            return
        body = Text()
        for number, item in enumerate(items):
            if number:
                body.append("\n\n" if self.kind.columns.get("score") else "\n")
            body.append(f"{item['index'] + 1:>3} ", style="dim")
            body.append(one_line(item["text"]))
        self.console.print(Panel(body, title=Text(record["source"]), title_align="left"))

    @staticmethod
    def _quote_table(source: str, quotes: list[dict]) -> Table:
        table = Table(title=Text(source), title_justify="left", show_lines=True, expand=True)
        table.add_column("Speaker", style="bold cyan", ratio=2)
        table.add_column("Kind", style="magenta", ratio=1)
        table.add_column("Quote", ratio=6)
        table.add_column("Cue", style="green", ratio=1)
        for q in quotes:
            table.add_row(
                Text(q["speaker"] or "—"),
                Text(q["kind"]),
                Text("“" + one_line(q["text"]) + "”"),
                Text(q["cue"]["text"] if q["cue"] else ""),
            )
        return table

"""Output formats: every writer takes finished records and streams them to a text stream.

JSON, JSON Lines and CSV are for programs; ``text`` is for people (rich on a terminal, plain
lines in a pipe or with NO_COLOR); ``markdown`` is for pasting into notes. No NLP here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from newsquote.records import Record
from newsquote.textio import shown

if TYPE_CHECKING:
    from json import JSONEncoder

FORMATS = ("text", "json", "jsonl", "csv", "markdown")


def one_line(text: str) -> str:
    """One line for display: hard wraps and runs of whitespace become single spaces."""
    return " ".join(text.split())


def _json(value: Any, indent: int | None = None) -> str:
    """``json.dumps`` as the JSON formats write it (non-ASCII kept as it is)."""
    return _encoder(indent).encode(value)


@cache
def _encoder(indent: int | None) -> JSONEncoder:
    """One encoder per layout, made once: ``json.dumps`` with options builds a new one per call.
    Records are trees, so the check for circular references (a lookup per list and dict) is
    off."""
    import json  # imported here: only the JSON formats and CSV's spans need it (--help does not)

    return json.JSONEncoder(ensure_ascii=False, check_circular=False, indent=indent)


def _mention_text(mention: dict[str, Any] | None) -> str:
    return mention["text"] if mention else ""


class Kind(NamedTuple):
    """How one command's records look: where the items are and how each prints. (A named
    tuple: a frozen dataclass costs every run three times as much to define.)"""

    items: str
    columns: dict[str, Callable[[dict[str, Any]], Any]]
    line: Callable[[dict[str, Any]], str]
    markdown: Callable[[dict[str, Any]], str]


def _quote_line(q: dict[str, Any]) -> str:
    return f"{q['speaker'] or '(no speaker)'} [{q['kind']}]: “{one_line(q['text'])}”"


def _quote_markdown(q: dict[str, Any]) -> str:
    return f"- **{q['speaker'] or 'no speaker'}** ({q['kind']}): “{one_line(q['text'])}”"


def _fields(*names: str) -> dict[str, Callable[[dict[str, Any]], Any]]:
    """CSV columns that are record fields as they are."""
    return {name: itemgetter(name) for name in names}


KINDS: dict[str, Kind] = {
    "quotes": Kind(
        items="quotes",
        columns={
            "kind": lambda q: q["kind"],
            "speaker": lambda q: q["speaker"] or "",
            "named": lambda q: "" if q.get("named") is None else str(q["named"]).lower(),
            "role": lambda q: q.get("role") or "",
            "speaker_mention": lambda q: _mention_text(q["speaker_mention"]),
            "cue": lambda q: _mention_text(q["cue"]),
            "confidence": lambda q: q["confidence"],
            "start": lambda q: q["spans"][0][0],
            "end": lambda q: q["spans"][-1][1],
            "spans": lambda q: _json(q["spans"]),
            "text": lambda q: q["text"],
            "evidence": lambda q: q["evidence"],
        },
        line=_quote_line,
        markdown=_quote_markdown,
    ),
    "summary": Kind(
        items="sentences",
        columns=_fields("start", "end", "score", "text"),
        line=lambda s: one_line(s["text"]),
        markdown=lambda s: one_line(s["text"]) + "\n",
    ),
    "sentences": Kind(
        items="sentences",
        columns=_fields("paragraph", "start", "end", "text"),
        line=lambda s: one_line(s["text"]),
        markdown=lambda s: f"{s['index'] + 1}. {one_line(s['text'])}",
    ),
}


def source_header(source: str) -> str:
    """The ``==> name <==`` line between inputs; control characters in the name are escaped."""
    return f"==> {shown(source)} <==\n"


class Writer:
    """Base writer: subclasses stream records to ``out``; ``close`` finishes the document."""

    def __init__(self, out: TextIO, kind: Kind, count: int) -> None:
        self.out, self.kind, self.count, self.written = out, kind, count, 0

    def write(self, record: Record) -> None:
        self.emit(record)
        self.written += 1
        self.out.flush()

    def emit(self, record: Record) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output (closing brackets and the like)."""


# Line breaks that JSON leaves raw but line readers such as ``str.splitlines`` split on.
# (str.replace runs in C; str.translate looks every character up in Python: 0.012 s a batch)
_RAW_BREAKS = (("\x85", "\\u0085"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


class JsonLinesWriter(Writer):
    """One JSON object per input per line, flushed as each input finishes.

    Every line break inside a string is escaped, so each record is exactly one line whatever
    the reader counts as a line break.
    """

    def emit(self, record: Record) -> None:
        line = _json(record)
        for raw, escaped in _RAW_BREAKS:
            line = line.replace(raw, escaped)
        self.out.write(line + "\n")


class JsonWriter(Writer):
    """One object for one input, an array for several, streamed element by element."""

    def emit(self, record: Record) -> None:
        body = _json(record, indent=2)
        if self.count == 1:
            self.out.write(body + "\n")
            return
        self.out.write(("[\n" if self.written == 0 else ",\n") + body)

    def close(self) -> None:
        if self.count != 1:
            self.out.write("\n]\n" if self.written else "[]\n")


class CsvWriter(Writer):
    """One row per item (quote or sentence), with a ``source`` and ``index`` column.

    Rows end in CRLF as RFC 4180 has it: the csv module then also quotes a field holding a
    lone CR (text with old Mac line endings), which would otherwise break the row.
    """

    def __init__(self, out: TextIO, kind: Kind, count: int) -> None:
        super().__init__(out, kind, count)
        import csv  # only this writer needs it: start-up stays lighter for every other format

        self.rows = csv.writer(out, lineterminator="\r\n")
        self.rows.writerow(["source", "index", *kind.columns])

    def emit(self, record: Record) -> None:
        for index, item in enumerate(record[self.kind.items]):
            values = [column(item) for column in self.kind.columns.values()]
            self.rows.writerow([record["source"], item.get("index", index), *values])


class PlainWriter(Writer):
    """Plain lines with no ANSI codes; a header per input when there are several."""

    def emit(self, record: Record) -> None:
        if self.count > 1:
            header = source_header(record["source"])
            self.out.write(("\n" if self.written else "") + header)
        for item in record[self.kind.items]:
            self.out.write(self.kind.line(item) + "\n")


class MarkdownWriter(Writer):
    """A section per input, one bullet or paragraph per item."""

    def emit(self, record: Record) -> None:
        lines = [f"## {shown(record['source'])}", ""]
        lines += [self.kind.markdown(item) for item in record[self.kind.items]]
        self.out.write(("\n" if self.written else "") + "\n".join(lines) + "\n")


WRITERS: dict[str, type[Writer]] = {
    "json": JsonWriter,
    "jsonl": JsonLinesWriter,
    "csv": CsvWriter,
    "markdown": MarkdownWriter,
    "text": PlainWriter,
}


def make_writer(fmt: str, kind: str, out: TextIO, count: int, rich: bool) -> Writer:
    """The writer for ``--format``; ``rich`` picks the terminal renderer for ``text``."""
    if fmt == "text" and rich:
        from newsquote.richview import RichWriter

        return RichWriter(out, KINDS[kind], count)
    return WRITERS[fmt](out, KINDS[kind], count)

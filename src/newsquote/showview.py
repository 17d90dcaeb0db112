"""``quotes --show``: the article itself with quotes, speakers and cues marked, to check by eye.

On a terminal the marks are colours (quote yellow, speaker mention bold cyan, cue green
underlined) and each quote is followed by a dim ⟨speaker · kind⟩ label, so a resolved pronoun
("he" → the full name) can be checked where it stands. In a pipe or with NO_COLOR the same
marks are inline: [[quote]], {{speaker mention}}, <<cue>>, ⟨speaker · kind⟩.
"""

from __future__ import annotations

from typing import Any, TextIO

from rich.text import Text

from newsquote.formats import Kind, Writer, source_header
from newsquote.journalist_view import console
from newsquote.records import Record

STYLES = {"quote": "yellow", "speaker": "bold cyan", "cue": "green underline", "label": "dim"}
MARKERS = {"quote": ("[[", "]]"), "speaker": ("{{", "}}"), "cue": ("<<", ">>")}

Mark = tuple[int, int, str]


_CLOSING_MARKS = "\"”’'»›"


def marks(text: str, quotes: list[dict[str, Any]]) -> tuple[list[Mark], dict[int, list[str]]]:
    """The spans to mark, and the labels to put after each quote (past its closing mark)."""
    spans: list[Mark] = []
    labels: dict[int, list[str]] = {}
    for quote in quotes:
        spans += [(start, end, "quote") for start, end in quote["spans"]]
        for name in ("speaker", "cue"):
            mention = quote["speaker_mention" if name == "speaker" else "cue"]
            if mention:
                spans.append((mention["start"], mention["end"], name))
        end = quote["spans"][-1][1] if quote["spans"] else 0
        end += end < len(text) and text[end] in _CLOSING_MARKS
        labels.setdefault(end, []).append(f"⟨{quote['speaker'] or 'no speaker'} · {quote['kind']}⟩")
    return sorted(set(spans)), labels


def plain_view(text: str, quotes: list[dict[str, Any]]) -> str:
    """The text with inline markers, properly nested: at one offset closing marks come first
    (inner ones before outer), then labels, then opening marks (outer ones before inner)."""
    spans, labels = marks(text, quotes)
    inserts: list[tuple[int, int, int, str]] = []
    for start, end, name in spans:
        opening, closing = MARKERS[name]
        inserts += [(start, 2, -end, opening), (end, 0, -start, closing)]
    inserts += [(at, 1, 0, " " + " ".join(names)) for at, names in labels.items()]
    pieces, position = [], 0
    for at, _, _, piece in sorted(inserts):
        pieces += [text[position:at], piece]
        position = at
    return "".join(pieces) + text[position:]


def rich_view(text: str, quotes: list[dict[str, Any]]) -> Text:
    """The text in colour, with a dim speaker label after each quote."""
    spans, labels = marks(text, quotes)
    body = Text(text)
    for start, end, name in spans:
        body.stylize(STYLES[name], start, end)
    cuts = sorted(at for at in labels if 0 < at < len(text))
    parts = body.divide(cuts) if cuts else [body]
    view = Text()
    for part, cut in zip(parts, [0, *cuts], strict=True):
        if cut in labels and cut:
            view.append(" " + " ".join(labels[cut]), style=STYLES["label"])
        view.append_text(part)
    if len(text) in labels:
        view.append(" " + " ".join(labels[len(text)]), style=STYLES["label"])
    return view


def legend(rich: bool) -> Text:
    """One line saying what the marks mean."""
    line = Text("Marks: ")
    for name, (opening, closing) in MARKERS.items():
        if rich:
            line.append(name, style=STYLES[name]).append(" ")
        else:
            line.append(f"{opening}{name}{closing} ")
    return line.append("⟨speaker · kind⟩", style=STYLES["label"] if rich else "")


class ShowWriter(Writer):
    """Each input in full, marked up; a header per input when there are several."""

    def __init__(self, out: TextIO, count: int, rich: bool) -> None:
        super().__init__(out, Kind("quotes", {}, str, str), count)
        self.rich = rich

    def emit(self, record: Record) -> None:
        header = Text("\n" if self.written else "")
        if self.count > 1:
            header.append(source_header(record["source"]), style="bold" if self.rich else "")
        header.append_text(legend(self.rich))
        if self.rich:
            out = console(self.out)
            out.print(header)
            out.print(rich_view(record["text"], record["quotes"]))
        else:
            self.out.write(header.plain + "\n" + plain_view(record["text"], record["quotes"]))
            self.out.write("" if record["text"].endswith("\n") else "\n")


def show_writer(fmt: str, kind: str, out: TextIO, count: int, rich: bool) -> Writer:
    """The writer ``quotes --show`` hands to the batch runner."""
    return ShowWriter(out, count, rich)

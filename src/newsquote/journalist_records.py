"""JSON records for the journalist commands: verify, speakers, brief and ``quotes --show``.

Like records.py, the ``*_record`` tasks take one input's text and return (record, notes), and
are module-level so that ``--jobs`` can send them to worker processes. Offsets index the text
the command read; for a web page that is the extracted article (``"text_source":
"html-extracted"``).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from newsquote.records import Record, quote_to_dict, quotes_record
from newsquote.speaker_report import SpeakerStats
from newsquote.verify import Verdict


def speaker_quotes_record(text: str) -> tuple[Record, list[str]]:
    """Every quote of one input, indirect speech included, kept as Quote objects to tally."""
    from newsquote.quotes import extract_quotes

    return {"quotes": extract_quotes(text)}, []


def speaker_to_dict(stats: SpeakerStats) -> Record:
    """A speaker's row as its JSON object (sources and aliases as lists)."""
    data = asdict(stats)
    data["sources"], data["aliases"] = list(stats.sources), list(stats.aliases)
    return data


def brief_record(text: str, sentences: int = 3, quotes: int = 3) -> tuple[Record, list[str]]:
    """The summary sentences and the strongest self-contained quotes of one input."""
    from newsquote.brief import make_brief

    brief = make_brief(text, sentences=sentences, quotes=quotes)
    record = {
        "summary": [asdict(s) for s in brief.summary.sentences],
        "quotes": [quote_to_dict(q) for q in brief.quotes],
    }
    return record, list(brief.summary.notes)


def show_record(text: str, include_indirect: bool = False) -> tuple[Record, list[str]]:
    """The text itself with its quotes, for the highlighted view."""
    record, notes = quotes_record(text, include_indirect)
    return {"text": text, **record}, notes


def verdict_record(verdict: Verdict, text_sources: dict[str, str]) -> Record:
    """The verdict as JSON; ``text_sources`` names inputs whose text is not as given (HTML)."""
    record: dict[str, Any] = {
        "quote": verdict.quote,
        "status": verdict.status,
        "exit_code": verdict.exit_code,
        "match": verdict.match,
        "similarity": verdict.similarity,
        "source": verdict.source,
    }
    if verdict.source in text_sources:
        record["text_source"] = text_sources[verdict.source]
    record |= {
        "paragraph": verdict.paragraph,
        "start": verdict.start,
        "end": verdict.end,
        "passage": verdict.passage,
        "in_quote": verdict.in_quote,
        "speaker": verdict.source_quote.speaker if verdict.source_quote else None,
        "source_quote": quote_to_dict(verdict.source_quote) if verdict.source_quote else None,
        "diff": [asdict(op) for op in verdict.diff],
    }
    return record


def speakers_report(records: list[Record]) -> Record:
    """One report for all inputs: a row per speaker, and which inputs were read (and how)."""
    from newsquote.speaker_report import speaker_report

    stats = speaker_report((r["source"], r["quotes"]) for r in records)
    sources = [{k: r[k] for k in ("source", "text_source") if k in r} for r in records]
    return {"speakers": [speaker_to_dict(s) for s in stats], "sources": sources}


def verify_record(quote: str, sources: list[str], max_bytes: int) -> Record:
    """Read every source (web pages reduced to their article) and check the quote against them.

    An unreadable source raises InputError: a verdict over fewer sources than asked for could
    wrongly say "not found".
    """
    from newsquote.textio import read_document
    from newsquote.verify import verify_quote

    documents = [read_document(source, max_bytes) for source in sources]
    verdict = verify_quote(quote, [(d.source, d.text) for d in documents])
    origins = {d.source: d.text_source for d in documents if d.text_source != "as-given"}
    return verdict_record(verdict, origins)

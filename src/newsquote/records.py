"""Turn library results into the documented JSON records (plain dicts, stable keys).

Each ``*_record`` function takes the decoded text of one input and returns the record without
its ``source``, plus any notes meant for the user on stderr. They are module-level functions so
that ``--jobs`` can send them to worker processes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the models are not imported at start-up: --help defines no dataclass
    from newsquote.models import Quote

Record = dict[str, Any]
_MENTION_FIELDS = ("speaker_mention", "cue")  # the fields of a Quote that hold a Mention


def quote_to_dict(quote: Quote) -> Record:
    """A quote as its JSON object: spans as [start, end] lists, mentions as objects.

    Built from the fields directly: ``asdict`` deep-copies every value, which cost as much as
    a tenth of finding the quotes."""
    data = dict(vars(quote))
    data["spans"] = [list(span) for span in quote.spans]
    for key in _MENTION_FIELDS:
        if data[key] is not None:
            data[key] = dict(vars(data[key]))
    return data


def quotes_record(text: str, include_indirect: bool = False) -> tuple[Record, list[str]]:
    """Every quote in the text."""
    from newsquote.quotes import extract_quotes

    quotes = extract_quotes(text, indirect=include_indirect)
    return {"quotes": [quote_to_dict(q) for q in quotes]}, []


def sentences_record(text: str) -> tuple[Record, list[str]]:
    """Every sentence of the text, in order, with offsets and paragraph index (its fields hold
    plain values, so a copy of them is the object ``asdict`` would build, at a fraction of the
    cost; ``vars`` needs a ``Sentence`` without ``__slots__``, which a test holds)."""
    from newsquote.segment import split_sentences

    return {"sentences": [dict(vars(s)) for s in split_sentences(text)]}, []


def summary_record(text: str, **options: Any) -> tuple[Record, list[str]]:
    """The summary sentences, with index, offsets and score."""
    from newsquote.summarize import summarize

    summary = summarize(text, **options)
    sentences = [
        {"index": s.index, "text": s.text, "start": s.start, "end": s.end, "score": s.score}
        for s in summary.sentences
    ]
    return {"sentences": sentences}, list(summary.notes)

"""Quote finding and attribution (placeholder engine: quoted stretches, no speakers yet)."""

from __future__ import annotations

import re

from newsquote.models import Quote

_QUOTED = re.compile(r"[“\"]([^“”\"\n]+)[”\"]")


def extract_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text``, in document order."""
    return [
        Quote(
            text=m.group(1),
            spans=((m.start(1), m.end(1)),),
            kind="direct",
            speaker=None,
            speaker_mention=None,
            cue=None,
            confidence=0.1,
            evidence="quote marks only",
        )
        for m in _QUOTED.finditer(text)
    ]

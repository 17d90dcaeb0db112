"""The article the project started from must come out exactly right."""

from __future__ import annotations

from newsquote.quotes import extract_quotes


def test_moscow_talks_quotes(moscow_text: str) -> None:
    quotes = [q for q in extract_quotes(moscow_text) if q.kind in ("direct", "partial")]
    assert len(quotes) == 4
    mekdad, ministry, cavusoglu, arab = quotes
    assert mekdad.kind == "direct" and mekdad.speaker == "Faisal Mekdad"
    assert mekdad.text.startswith("Without progress in this matter")
    assert mekdad.speaker_mention and mekdad.speaker_mention.text == "Mekdad"
    assert ministry.text == "positive and constructive atmosphere"
    assert "Russian foreign ministry" in (ministry.speaker or "")
    assert cavusoglu.kind == "partial" and cavusoglu.speaker == "Mevlut Cavusoglu"
    assert cavusoglu.role == "Turkish Foreign Minister"
    assert arab.text == "Arab-led political path" and arab.speaker == "Arab nations"
    for quote in quotes:
        for start, end in quote.spans:
            assert moscow_text[start:end] in quote.text

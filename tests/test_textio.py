"""Decoding inputs: byte-order marks, legacy encodings, binary refusal, line endings kept."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsquote.errors import InputError
from newsquote.textio import decode, expand_sources, shown

TEXT = "“Ça va,” said René.\r\nSecond line.\rThird."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_decodes_to_the_same_text_with_line_endings_kept(data: bytes, encoding: str) -> None:
    document = decode(data, "x.txt")
    assert document.text == TEXT
    assert document.encoding == encoding
    assert (document.warning is not None) == (encoding == "cp1252")


def test_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    assert decode(b"caf\xe9 \x81", "x").text == "café \x81"


def test_nul_bytes_without_a_utf16_mark_are_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"PK\x03\x04\x00\x00", "archive.zip")


def test_broken_utf16_after_its_mark_is_an_error() -> None:
    with pytest.raises(InputError, match="utf-16"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8", "x")


def test_no_inputs_means_stdin() -> None:
    assert expand_sources(()) == ["-"]


@given(st.binary(max_size=300))
def test_any_bytes_decode_or_are_refused_cleanly(data: bytes) -> None:
    try:
        document = decode(data, "x")
    except InputError as exc:
        assert str(exc).startswith("x: ")
    else:
        assert isinstance(document.text, str)


@given(st.text(max_size=300))
def test_utf8_text_round_trips_exactly(text: str) -> None:
    if "\x00" in text or text.startswith("\ufeff"):
        return
    assert decode(text.encode("utf-8"), "x").text == text


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")],
)
def test_utf32_with_its_mark_is_not_mistaken_for_utf16(bom: bytes, codec: str) -> None:
    document = decode(bom + TEXT.encode(codec), "x")
    assert document.text == TEXT
    assert document.encoding == "utf-32"


@given(st.binary(min_size=1, max_size=300))
def test_legacy_bytes_map_one_to_one_onto_cp1252_or_latin1(data: bytes) -> None:
    """Nothing is lost or shifted: character k is byte k, so offsets still line up."""
    marks = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    if b"\x00" in data or data.startswith(marks):
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        text = decode(data, "x").text
        assert len(text) == len(data)
        for char, byte in zip(text, data, strict=True):
            expected = bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)
            assert char == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("plain.txt", "plain.txt"),
        ("café/Ärger.txt", "café/Ärger.txt"),
        ("two\nlines.txt", "two\\x0alines.txt"),
        ("\x1b[31mred.txt", "\\x1b[31mred.txt"),
        ("sep\u2028arated", "sep\\u2028arated"),
    ],
)
def test_names_in_messages_stay_on_one_line(name: str, expected: str) -> None:
    assert shown(name) == expected
    with pytest.raises(InputError) as error:
        decode(b"\x00", name)
    assert str(error.value).startswith(expected + ": ")
    assert len(str(error.value).splitlines()) == 1

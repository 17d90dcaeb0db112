"""HTML input: spot a web page among the inputs and keep only its article text.

Extraction uses trafilatura, an optional extra (``pip install 'newsquote[html]'``) imported only
when a page turns up. The article comes back as plain text with one blank line between
paragraphs (and the headline first), so every offset reported for the input indexes that
extracted text, not the HTML; records say so with ``"text_source": "html-extracted"``.
"""

from __future__ import annotations

import os.path
import re
from typing import TYPE_CHECKING

from newsquote.errors import InputError
from newsquote.textio import Document

if TYPE_CHECKING:  # the XML parser is imported only for a web page (start-up stays light)
    from xml.etree.ElementTree import Element

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
EXTRACTED = "html-extracted"
_SNIFF = 2000
# Markup that only web pages start with; plain news copy never opens with a tag. (Strings,
# compiled by re when a text first opens with "<": most runs never need them.)
_PAGE_START = r"(?i:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*(?:<!doctype\s+)?<html)"
_TAG = r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>"
_MIN_TAGS = 5
MISSING_EXTRA = "HTML input needs the html extra: pip install 'newsquote[html]'"


def looks_like_html(source: str, text: str) -> bool:
    """A .html/.htm file, or text that opens like a web page (doctype, <html>, many tags)."""
    if os.path.splitext(source)[1].lower() in HTML_SUFFIXES:
        return True
    head = text[:_SNIFF].lstrip("\ufeff \t\r\n")
    if not head.startswith("<"):
        return False
    return bool(re.match(_PAGE_START, head)) or len(re.findall(_TAG, head)) >= _MIN_TAGS


def article_document(document: Document) -> Document:
    """The document itself, or for a web page its extracted article text."""
    if not looks_like_html(document.source, document.text):
        return document
    return document._replace(
        text=extract_article(document.text, document.source), text_source=EXTRACTED
    )


def extract_article(html: str, source: str = "-") -> str:
    """The article text of a page: headline, then paragraphs separated by blank lines."""
    try:
        import trafilatura
    except ImportError:
        raise InputError(f"{source}: {MISSING_EXTRA}") from None
    xml = trafilatura.extract(
        html,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
    )
    paragraphs = _paragraphs(xml) if xml else []
    if not paragraphs:
        raise InputError(f"{source}: no article text found in the HTML")
    return "\n\n".join(paragraphs) + "\n"


def _paragraphs(xml: str) -> list[str]:
    """Block-level texts of trafilatura's XML, each list item on its own, headline first.

    The page title stands in for the headline only when the article does not open with one.
    """
    from xml.etree.ElementTree import fromstring

    root = fromstring(xml)
    main = root.find("main")
    blocks: list[str] = []
    for element in main if main is not None else []:
        items = element.findall("item") if element.tag == "list" else [element]
        blocks += [text for item in items if (text := _text_of(item).strip())]
    starts_with_heading = main is not None and len(main) > 0 and main[0].tag == "head"
    title = " ".join((root.get("title") or "").split())
    if blocks and title and not starts_with_heading:
        blocks.insert(0, title)
    return blocks


def _text_of(element: Element) -> str:
    """An element's text with <lb/> as a line break (a line break, not a paragraph break)."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)

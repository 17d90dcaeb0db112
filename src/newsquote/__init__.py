"""newsquote: who said what in news copy, and the gist of an article.

The library API (``split_sentences``, ``extract_quotes``, ``summarize``) takes decoded text and
returns plain dataclasses whose offsets index that text exactly. Heavy imports (nltk) happen
inside the functions, so importing this package stays cheap.
"""

__version__ = "0.1.0"

"""``sumy lex-rank`` as its CLI runs it, but offline: the baseline newsquote is timed against.

sumy's stock ``Tokenizer("english")`` loads NLTK's ``punkt_tab`` data, which cannot be downloaded
here (and newsquote never downloads anything). This runner drives sumy's own CLI code
(``sumy.__main__.main``: docopt, the plaintext parser, the stemmer, stop words, LexRank) with one
change: the tokenizer. ``OfflineTokenizer`` keeps sumy's ``to_sentences`` / ``to_words`` logic and
swaps in the same NLTK algorithms without data files: an untrained ``PunktSentenceTokenizer()``
(default parameters) for sentences, and ``word_tokenize``'s own pipeline (Punkt, then
``NLTKWordTokenizer``) for words. So the work done per article matches what sumy does with
punkt_tab installed, minus the one-off loading of the English Punkt tables.

Usage: python benchmarks/sumy_runner.py [--length N] FILE...   (one summary per file, in order)
"""

from __future__ import annotations

import argparse

import sumy.__main__ as sumy_cli
from nltk.tokenize import NLTKWordTokenizer, PunktSentenceTokenizer
from sumy.nlp.tokenizers import Tokenizer


class _OfflineWords:
    """``nltk.word_tokenize`` without punkt_tab: Punkt sentences, then the Treebank-style words."""

    def __init__(self, sentences: PunktSentenceTokenizer) -> None:
        self._sentences = sentences
        self._words = NLTKWordTokenizer()

    def tokenize(self, text: str) -> list[str]:
        return [w for s in self._sentences.tokenize(text) for w in self._words.tokenize(s)]


class OfflineTokenizer(Tokenizer):
    """sumy's Tokenizer with data-free NLTK models in place of the downloaded punkt_tab."""

    def _get_sentence_tokenizer(self, language: str) -> PunktSentenceTokenizer:
        return PunktSentenceTokenizer()

    def _get_word_tokenizer(self, language: str) -> _OfflineWords:
        return _OfflineWords(PunktSentenceTokenizer())


def main() -> None:
    """Summarize each file as ``sumy lex-rank --length=N --file=FILE`` would, in one process."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", default="3", help="sentences per summary (default 3)")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    sumy_cli.Tokenizer = OfflineTokenizer  # the only change to sumy's CLI
    for path in args.files:
        sumy_cli.main(["lex-rank", f"--length={args.length}", f"--file={path}"])


if __name__ == "__main__":
    main()

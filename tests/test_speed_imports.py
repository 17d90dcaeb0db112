"""Start-up cost: a summary loads only the two nltk modules it needs, and nltk stays whole.

Each check runs in a fresh interpreter, since the test process may already hold nltk.
"""

from __future__ import annotations

import json
import subprocess
import sys

# Our own example story: long enough that the gist method ranks sentences (and stems words).
STORY = (
    "Harbour Town council voted on Tuesday to close the old ferry pier for repairs. "
    "Dr. Ana Ruiz, who chairs the works committee, said the timber piles had rotted. "
    '"We cannot wait for the winter storms," she told reporters at the town hall. '
    "The ferry will dock at the fishing quay until the work ends in the spring. "
    "Local traders said the move would hurt the cafes along the seafront promenade. "
    "The council set aside 2.5 million pounds for the repairs, about a third of its budget. "
    "A public meeting on the plans is due next month at the St. Mary's church hall."
)

_SUMMARIZE = """
import json, sys
from newsquote.cli import cli
try:
    cli.main(["summarize", "--format", "jsonl", sys.argv[1]], standalone_mode=False)
except SystemExit:
    pass
heavy = ["numpy", "nltk.corpus", "nltk.tag", "nltk.parse", "newsquote.speakers"]  # no name tables
print(json.dumps([name for name in heavy if name in sys.modules]))
import nltk
assert callable(nltk.download) and callable(nltk.word_tokenize)
assert nltk.tokenize.punkt.PunktSentenceTokenizer and nltk.stem.porter.PorterStemmer
print(nltk.tokenize.TreebankWordTokenizer().tokenize("Mr. Smith agrees."))
"""

_SPLIT = """
import json, sys
{first}
from newsquote.segment import split_sentences
from newsquote.stemming import stem
text = open(sys.argv[1], encoding="utf-8").read()
print(json.dumps([[s.start, s.end] for s in split_sentences(text)] + [stem("repairs")]))
"""


def _run(code: str, story_file: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", code, story_file], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_summary_loads_no_heavy_modules_and_leaves_nltk_whole(tmp_path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    lines = _run(_SUMMARIZE, str(story))
    summary = json.loads(lines[0])
    assert len(summary["sentences"]) == 3
    assert json.loads(lines[1]) == []  # none of the heavy modules was imported
    assert lines[2] == str(["Mr.", "Smith", "agrees", "."])


def test_segmentation_is_the_same_when_nltk_was_imported_first(tmp_path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    light = _run(_SPLIT.format(first=""), str(story))
    after_nltk = _run(_SPLIT.format(first="import nltk"), str(story))
    assert light == after_nltk
    assert len(json.loads(light[0])) == 8  # seven sentences and the stem


_DEFERRED_SAFETY = """
import sys
from newsquote.nltk_light import punkt
punkt_module = punkt()
network = ("http.client", "ssl", "email", "urllib.request", "regex")  # regex: nltk.redos's engine
print(sorted(name for name in network if name in sys.modules))
try:  # a deferred function still runs nltk's real check, imported on this first call
    punkt_module.validate_path("/no/such/place/punkt.tab")
except PermissionError:
    print("refused")
print(type(punkt_module.PunktTrainer()._type_fdist).__name__)  # training gets the real FreqDist
print(bool(punkt_module.PunktToken("Hello.").is_non_punct))  # nltk.redos compiles on first use
"""


def test_punkt_defers_nltk_file_safety_modules_without_disabling_them(tmp_path) -> None:
    lines = _run(_DEFERRED_SAFETY, str(tmp_path))
    assert lines == ["[]", "refused", "FreqDist", "True"]


_HELP = """
import sys
from newsquote.cli import cli
try:
    cli.main(["--help"])
except SystemExit:
    pass
heavy = ["nltk", "newsquote.models", "dataclasses", "json", "newsquote.quotes", "newsquote.segment"]
print(" ".join(name for name in heavy if name in sys.modules))
"""


def test_help_loads_no_nlp_and_defines_no_dataclass(tmp_path) -> None:
    """--help stays instant: the models (dataclasses are compiled on every run) load with a task."""
    lines = _run(_HELP, str(tmp_path))
    assert lines[-1] == ""  # none of the heavy modules was imported

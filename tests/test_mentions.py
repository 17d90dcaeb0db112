"""The mentions a pronoun or description is resolved against are read on first need and only as
far as asked; what they resolve to must not depend on that."""

from newsquote.context import hidden_ranges
from newsquote.quotemarks import find_quoted
from newsquote.quotes import extract_quotes
from newsquote.sentence_ends import sentence_ends
from newsquote.speakers import Resolver


def _resolver(text: str) -> Resolver:
    hidden = hidden_ranges(find_quoted(text))
    return Resolver(text, hidden, sentence_ends(text, hidden))


def test_a_pronoun_sees_genders_as_known_where_it_stands() -> None:
    # "She smiled" comes before "Ruth Bader Ginsburg" tells that Ginsburg is a woman: there,
    # Ginsburg and Lee are both of unknown gender, and Lee is the nearer subject.
    text = (
        'Ginsburg said it. Lee said yes. She smiled. "We won," she said. '
        "Justice Ruth Bader Ginsburg later agreed."
    )
    assert [q.speaker for q in extract_quotes(text, indirect=False)] == ["Lee"]


def test_a_name_and_a_pronoun_at_one_offset() -> None:
    text = 'He Jiankui said it. Later Tom Cruz spoke. "No," he said.'
    resolver = _resolver(text)
    assert resolver.resolve("He", 0).speaker == "Jiankui"
    assert resolver.resolve("he", text.index("he said")).speaker == "Tom Cruz"


def test_the_order_of_questions_does_not_matter() -> None:
    text = (
        "Bill Lee met Ann Smith. He spoke first. She spoke later. The senator left.\n\n"
        "Tom Cruz arrived. He sat down. Later Mary Jones came. She stood."
    )
    asked = [("He", text.index("He spoke")), ("She", text.index("She stood"))]
    asked += [("She", text.index("She spoke")), ("he", text.index("He sat"))]
    asked += [("the senator", text.index("The senator"))]
    forward = _resolver(text)
    in_order = {a: forward.resolve(*a).speaker for a in sorted(asked, key=lambda a: a[1])}
    backward = _resolver(text)
    reversed_order = {a: backward.resolve(*a).speaker for a in sorted(asked, key=lambda a: -a[1])}
    read_first = _resolver(text)
    read_first._mentions._read_to(len(text))  # as if every mention were read at the start
    whole = {a: read_first.resolve(*a).speaker for a in asked}
    assert in_order == reversed_order == whole
    assert in_order[asked[0]] == "Bill Lee"
    assert in_order[asked[1]] == "Mary Jones"

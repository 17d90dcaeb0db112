"""Summarization methods behind one interface: ``select(article, length) -> [Pick]``.

Every method gets the same ``Article`` (candidate sentences with boilerplate and headline
already set aside) and returns its chosen units in document order with their scores. Add a
method by writing a module with a ``select`` function and registering it in ``METHODS``.
"""

from __future__ import annotations

from collections.abc import Callable

from newsquote.summarizers import gist, lead
from newsquote.summarizers.article import Article, Length, Pick

Method = Callable[[Article, Length], list[Pick]]

METHODS: dict[str, Method] = {"gist": gist.select, "lead": lead.select}
DEFAULT_METHOD = "gist"

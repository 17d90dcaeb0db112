"""nltk's Punkt module, loaded without the rest of nltk.

Why: ``import nltk.tokenize.punkt`` first runs ``nltk/__init__.py``, which imports nearly all of
nltk and numpy: about 0.45 s of CPU and 50 MB, most of a cold ``newsquote summarize``. Punkt
(``segment_punkt``) needs three small nltk modules (about 0.03 s, no numpy).

How: bare package modules stand in for ``nltk`` and ``nltk.tokenize`` while the
leaf module loads, so their package ``__init__`` files never run. Afterwards every ``nltk``
entry this added to ``sys.modules`` is removed again: the modules stay alive through the object
returned here, and a later ``import nltk`` by a library user loads the real, complete package
from scratch (keeping the entries would leave it without ``nltk.tokenize.punkt`` and the like as
attributes, since Python binds a submodule to its package only when it loads it). If nltk is
already imported, its own modules are used. A lock keeps two threads of ours from loading at
once; a thread that imports nltk itself during those 0.03 s could see a bare package, so a
threaded program that uses nltk should import it before its threads start.

Punkt also imports modules it never uses for splitting text: nltk's file-safety modules
(``pathsec``, ``picklesec``, ``tabdata``) for loading and saving parameters, ``probability``,
``internals`` and ``termsec`` for training, and ``tokenize.util`` for ``TokenizerI``'s other
tokenizers. Their imports (urllib.request, http, ssl, email, subprocess) cost 0.05 s. They are
deferred, not replaced: while Punkt loads, each is a module whose every function forwards its
call to nltk's real one, imported on that first call. ``nltk.redos``, the guard on nltk's
regular expressions, imports the third-party ``regex`` engine (0.011 s) and compiles Punkt's
patterns with it when Punkt loads; newsquote splits text with ``re`` patterns of its own
(:mod:`newsquote.segment_punkt`), so while Punkt loads each pattern is compiled by the real
guard only when first used (training and debugging still use them). What runs is Punkt itself.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from collections.abc import Callable
from functools import cache
from types import ModuleType
from typing import Any

_PACKAGES = ("nltk", "nltk.tokenize")
_PUNKT = "nltk.tokenize.punkt"
_DEFERRED = (
    "nltk.internals",
    "nltk.pathsec",
    "nltk.picklesec",
    "nltk.probability",
    "nltk.tabdata",
    "nltk.termsec",
    "nltk.tokenize.util",
)
_GUARD = "nltk.redos"  # its compile() defers to the real one (see the module docstring)
_LOADING = threading.Lock()


@cache
def punkt() -> ModuleType:
    """``nltk.tokenize.punkt``, loaded once (without nltk's package ``__init__`` files)."""
    with _LOADING:
        if "nltk" in sys.modules:
            return importlib.import_module(_PUNKT)
        before = set(sys.modules)
        try:
            for name in _PACKAGES:
                sys.modules[name] = _bare_package(name)
            for name in _DEFERRED:
                sys.modules[name] = _deferred_module(name)
            sys.modules[_GUARD] = _deferred_guard()
            return importlib.import_module(_PUNKT)
        finally:
            for name in set(sys.modules) - before:
                if name == "nltk" or name.startswith("nltk."):
                    del sys.modules[name]


def _bare_package(name: str) -> ModuleType:
    """An empty package module that finds its submodules where the installed package is."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.submodule_search_locations is None:
        raise ImportError(f"{name} is not installed", name=name)
    package = ModuleType(name)
    package.__path__ = list(spec.submodule_search_locations)
    package.__spec__ = spec
    return package


def _deferred_module(name: str) -> ModuleType:
    """A stand-in for module ``name`` whose functions import the real one when first called."""
    module = ModuleType(name)

    def forwarder(attribute: str) -> Callable[..., Any]:
        if attribute.startswith("__"):
            raise AttributeError(attribute)

        def forward(*args: Any, **kwargs: Any) -> Any:
            return getattr(importlib.import_module(name), attribute)(*args, **kwargs)

        forward.__name__ = forward.__qualname__ = attribute
        return forward

    module.__getattr__ = forwarder  # type: ignore[method-assign]
    return module


class _DeferredPattern:
    """A pattern the real ``nltk.redos`` compiles when it is first used."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._args = args
        self._kwargs = kwargs
        self._compiled: Any = None

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        if self._compiled is None:
            guard = importlib.import_module(_GUARD)
            self._compiled = guard.compile(*self._args, **self._kwargs)
        return getattr(self._compiled, attribute)


def _deferred_guard() -> ModuleType:
    """A stand-in for ``nltk.redos``: Punkt only calls its ``compile``."""
    module = ModuleType(_GUARD)
    module.compile = _DeferredPattern  # type: ignore[attr-defined]
    return module

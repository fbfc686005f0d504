"""Faster scans with big alternations: a pattern guarded by the characters it can start with.

Python's regex engine tries every branch of an alternation at every position of the text. The period
finder (:data:`tui.core.periods.TABLE` in one alternation) is such a pattern, and most positions of a text
cannot start any of its phrases. :func:`guarded` prefixes a pattern with a lookahead for the class of
characters it can start with, computed from the parsed pattern, so the engine rejects those positions at
once. The class is a superset by construction (when the parser shows something it cannot follow, no guard
is added), so a guarded pattern matches exactly what the pattern matches.
"""

from __future__ import annotations

import importlib
import re
from typing import Any


def _module(new: str, old: str) -> Any:
    try:
        return importlib.import_module(new)  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        return importlib.import_module(old)


sre_constants = _module("re._constants", "sre_constants")
sre_parse = _module("re._parser", "sre_parse")

_CATEGORIES = {
    sre_constants.CATEGORY_DIGIT: r"\d",
    sre_constants.CATEGORY_SPACE: r"\s",
    sre_constants.CATEGORY_WORD: r"\w",
}


class _Unknown(Exception):
    """The pattern uses something whose first characters are not worked out here."""


def _escape(code: int) -> str:
    return re.escape(chr(code)) if chr(code) in "\\]^-[" else chr(code)


def _first(items: Any) -> tuple[set[str], bool]:
    """(the class pieces a sequence can start with, whether it can match the empty string)."""
    out: set[str] = set()
    for op, av in items:
        pieces, empty = _first_of(op, av)
        out |= pieces
        if not empty:
            return out, False
    return out, True


def _first_of(op: Any, av: Any) -> tuple[set[str], bool]:
    c = sre_constants
    if op is c.LITERAL:
        return {_escape(av)}, False
    if op is c.IN:
        out: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                out.add(_escape(value))
            elif kind is c.RANGE:
                out.add(f"{_escape(value[0])}-{_escape(value[1])}")
            elif kind is c.CATEGORY and value in _CATEGORIES:
                out.add(_CATEGORIES[value])
            else:
                raise _Unknown
        return out, False
    if op is c.SUBPATTERN:
        return _first(av[-1])
    if op is c.BRANCH:
        out, empty = set(), False
        for branch in av[1]:
            pieces, nullable = _first(branch)
            out |= pieces
            empty = empty or nullable
        return out, empty
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _, item = av
        pieces, nullable = _first(item)
        return pieces, nullable or low == 0
    if op in (c.ASSERT, c.ASSERT_NOT):
        return set(), True  # a lookaround consumes nothing: the next item decides
    raise _Unknown


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled with a lookahead for the characters it can start with, when they are known."""
    try:
        pieces, empty = _first(sre_parse.parse(pattern, flags))
    except _Unknown:
        pieces, empty = set(), True
    if empty or not pieces:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{''.join(sorted(pieces))}])(?:{pattern})", flags)

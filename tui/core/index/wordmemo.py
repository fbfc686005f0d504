"""What a segment remembers of the words it was asked for: their postings lookups, kept for the next
queries (the app asks again for the words of a query as the user types the next one), within bounds.

Keyed by segment (weakly: a closed segment's memo goes with it) and by the word's plan and purpose
(``"candidates"``, ``"apart"``, ``"tested"``); :func:`forget` empties it, so that a benchmark of queries never
seen times what such a query costs.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from tui.core.index.segment import Segment
from tui.core.index.storage import Array

if TYPE_CHECKING:
    from tui.core.index.matching import WordPlan

REMEMBERED_WORDS = 128
"""How many words' postings lookups a segment remembers (the oldest are forgotten first): the app asks
again for the words of a query as the user types the next one."""
REMEMBERED_UNITS = 1_000_000
"""At most this many unit numbers remembered per segment, whatever the words (8 MB): a common word's
lists are long, and the memo must not grow with them."""


class _Memo:
    """A segment's remembered lookups, oldest first, with the number of unit numbers they hold."""

    __slots__ = ("entries", "units")

    def __init__(self) -> None:
        self.entries: dict[tuple[str, WordPlan], tuple[Array, ...]] = {}
        self.units = 0


_memos: weakref.WeakKeyDictionary[Segment, _Memo] = weakref.WeakKeyDictionary()


def forget(segments: Iterable[Segment]) -> None:
    """Forget every word remembered for these segments (a benchmark of queries never seen, a test)."""
    for segment in segments:
        _memos.pop(segment, None)
        segment.forget_lookups()


def remembered(
    segment: Segment, what: str, plan: WordPlan, find: Callable[[Segment, WordPlan], tuple[Array, ...]]
) -> tuple[Array, ...]:
    """``find(segment, plan)``, remembered per segment (see :data:`REMEMBERED_WORDS`)."""
    found = recall(segment, what, plan)
    return found if found is not None else keep(segment, what, plan, find(segment, plan))


def recall(segment: Segment, what: str, plan: WordPlan) -> tuple[Array, ...] | None:
    """What :func:`keep` kept for this segment, word and purpose, if it still does."""
    memo = _memos.get(segment)
    return None if memo is None else memo.entries.get((what, plan))


def keep(segment: Segment, what: str, plan: WordPlan, found: tuple[Array, ...]) -> tuple[Array, ...]:
    """Remember ``found`` (made read-only: every later query shares the arrays); the oldest go first, and
    lists too long to keep are not kept."""
    size = sum(len(array) for array in found)
    if size > REMEMBERED_UNITS // 4:
        return found
    memo = _memos.get(segment)
    if memo is None:
        memo = _memos[segment] = _Memo()
    for array in found:
        array.flags.writeable = False
    while memo.entries and (len(memo.entries) >= REMEMBERED_WORDS or memo.units + size > REMEMBERED_UNITS):
        oldest = next(iter(memo.entries))
        memo.units -= sum(len(array) for array in memo.entries.pop(oldest))
    memo.entries[(what, plan)] = found
    memo.units += size
    return found

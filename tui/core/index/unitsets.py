"""Sets of units as ascending arrays of unit numbers (64-bit), and the operations matching combines them
with: each picks binary searches for a few units against many, a mask over the segment's ``n`` units
otherwise."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from tui.core.index.storage import Array
from tui.core.index.vector import distinct

EMPTY = np.zeros(0, dtype=np.int64)


def mask(n: int, uids: Array) -> Array:
    """A mask over the segment's ``n`` units of the units ``uids``."""
    found = np.zeros(n, dtype=bool)
    found[uids] = True
    return found


def and_(a: Array, b: Array, n: int) -> Array:
    """Units in both ascending arrays."""
    if not len(a) or not len(b):
        return EMPTY
    if len(a) > len(b):
        a, b = b, a
    if len(a) * 16 < len(b):  # a few against many: binary searches
        at = b.searchsorted(a)
        at[at >= len(b)] = 0
        both: Array = a[b[at] == a]
        return both
    return a[mask(n, b)[a]]


def or_(a: Array, b: Array, n: int) -> Array:
    """Units in either ascending array."""
    if not len(a):
        return b
    if not len(b):
        return a
    if len(a) + len(b) > n // 8:
        either = mask(n, a)
        either[b] = True
        return np.flatnonzero(either)
    return distinct(np.concatenate((a, b)))


def without(a: Array, b: Array, n: int) -> Array:
    """Units of ``a`` not in ``b``."""
    if not len(a) or not len(b):
        return a
    return a[~mask(n, b)[a]]


def intersect(lists: list[Array], n: int) -> Array:
    """Units in every list (each ascending), shortest list first."""
    lists = sorted(lists, key=len)
    found = lists[0]
    for other in lists[1:]:
        if not len(found):
            break
        found = and_(found, other, n)
    return found


def member(a: Array, b: Array, n: int) -> Array:
    """A mask over ``a``: which of its units are in ``b`` (both ascending)."""
    if not len(b) or not len(a):
        return np.zeros(len(a), dtype=bool)
    if len(a) * 16 < n:  # a few: binary searches beat a mask of the whole segment
        at = b.searchsorted(a)
        at[at >= len(b)] = 0
        found: Array = b[at] == a
        return found
    return mask(n, b)[a]


def union_mask(lists: Sequence[Array], n: int) -> Array:
    """A mask over the segment's units of those in any of the arrays."""
    anywhere = np.zeros(n, dtype=bool)
    for found in lists:
        anywhere[found] = True
    return anywhere

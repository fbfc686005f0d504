"""Sorting helpers for the index's integer arrays.

``np.unique`` in numpy 2.x hashes large integer arrays, which is some fifty times slower than sorting them
for the 64-bit keys used here, so distinct values are found by sorting.
"""

from __future__ import annotations

import numpy as np

from tui.core.index.storage import Array


def heads(values: Array) -> Array:
    """Where each run of equal values starts in a sorted array."""
    if not len(values):
        return np.zeros(0, dtype=np.int64)
    change = np.empty(len(values), dtype=bool)
    change[0] = True
    np.not_equal(values[1:], values[:-1], out=change[1:])
    return np.flatnonzero(change)


def distinct(values: Array) -> Array:
    """The distinct values, ascending."""
    ordered = np.sort(values)
    return ordered[heads(ordered)]


def distinct_counts(values: Array) -> tuple[Array, Array]:
    """The distinct values, ascending, and how often each occurs."""
    ordered = np.sort(values)
    starts = heads(ordered)
    return ordered[starts], np.diff(np.append(starts, len(ordered)))


def distinct_first(values: Array) -> tuple[Array, Array, Array]:
    """The distinct values ascending, the index of a first occurrence of each, and each value's number."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    starts = heads(ordered)
    step = np.zeros(len(values), dtype=np.int64)
    step[starts] = 1
    number = np.empty(len(values), dtype=np.int64)
    number[order] = np.cumsum(step) - 1
    return ordered[starts], order[starts], number


def expand(starts: Array, counts: Array) -> Array:
    """``concatenate([arange(s, s + c) for s, c in zip(starts, counts)])`` without the loop."""
    counts = counts.astype(np.int64)
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.cumsum(counts) - counts
    return np.repeat(starts.astype(np.int64) - offsets, counts) + np.arange(total, dtype=np.int64)

"""Blocks of postings: how a segment of more than 65,536 units keeps 16-bit postings.

Postings store a unit's number within its block of :data:`BLOCK_UNITS` units. A segment that spans
``B > 1`` blocks also stores, for every term and every bigram, where in its posting list (sorted by unit)
each block ``1 .. B-1`` begins: a row per list, a column per boundary, absolute positions (``t_blk``,
``g_blk``). A reader adds ``BLOCK_UNITS`` to everything from each boundary on. A segment of one block has no
such arrays and its postings are read as they are mapped.
"""

from __future__ import annotations

import numpy as np

from tui.core.index.storage import Array

BLOCK_BITS = 16
BLOCK_UNITS = 1 << BLOCK_BITS
"""Units of a block: postings store a unit's number within its block (16 bits)."""


_EMPTY = np.zeros(0, dtype=np.int64)
_EMPTY.flags.writeable = False


def block_count(units: int) -> int:
    """How many blocks a segment of ``units`` units spans (1 for an empty one)."""
    return max(1, -(-units // BLOCK_UNITS))


def block_starts(packed: Array, rows: Array, shift: int, unit_shift: int, blocks: int) -> Array:
    """Where each block after the first begins in each row's postings: ``packed`` holds the postings of
    every row, sorted, as ``row << shift | unit << unit_shift | ...``; ``rows`` the rows' keys as they stand
    there. One row per key, one column per block boundary (absolute positions, uint32)."""
    out = np.empty((len(rows), blocks - 1), dtype=np.uint32)
    high = rows.astype(np.uint64) << np.uint64(shift)
    for k in range(1, blocks):
        out[:, k - 1] = np.searchsorted(packed, high | np.uint64((k << BLOCK_BITS) << unit_shift))
    return out


def decoded(uids: Array, starts: Array | None, at: int) -> Array:
    """One posting list's full unit numbers (64-bit, read-only): ``uids`` its 16-bit numbers, found at
    ``at`` in the segment's postings, ``starts`` where each block after the first begins there (None: an
    empty list)."""
    if starts is None or not len(uids):
        return _EMPTY
    out = uids.astype(np.int64)
    size = len(out)
    for start in starts.tolist():  # each boundary adds one block to everything after it
        if start - at < size:
            out[start - at :] += BLOCK_UNITS
    out.flags.writeable = False  # remembered and shared, as the mapped postings are
    return out


def decoded_rows(uids: Array, starts: Array, heads: Array, at: int) -> Array:
    """The full unit numbers (64-bit) of several consecutive posting lists at once: ``uids`` their 16-bit
    numbers, found at ``at``; ``starts`` where each block after the first begins in each (a row per list);
    ``heads`` where each list after the first begins. Each block start adds one block to what follows it,
    and each new list takes back all of its predecessor's."""
    size = len(uids)
    steps = np.bincount(starts.ravel().astype(np.int64) - at, minlength=size + 1)[:size]
    steps -= np.bincount(heads.astype(np.int64) - at, minlength=size + 1)[:size] * starts.shape[1]
    return uids.astype(np.int64) + (np.cumsum(steps) << BLOCK_BITS)


def sound_blocks(starts: Array, lists: Array, blocks: int) -> bool:
    """Whether block starts fit their posting lists (``lists``: where each list begins, and the end): a row
    per list, a column per boundary, each start within its list and none before the one before it."""
    if starts.ndim != 2 or starts.shape != (len(lists) - 1, blocks - 1):
        return False
    if not starts.size:
        return True
    values = starts.astype(np.int64)
    first, last = lists[:-1].astype(np.int64), lists[1:].astype(np.int64)
    return bool(
        (values[:, 0] >= first).all()
        and (values[:, -1] <= last).all()
        and (np.diff(values, axis=1) >= 0).all()
    )

"""The units of every segment numbered one after another, for the per-unit values ranking reads.

Ranking gathers a few values of each contender: its kind, its boost, its BM25 length norm and its place in
the collection (the key that breaks ties). Gathered segment by segment, each costs one array pass per
segment and a concatenation; gathered from one array over the whole collection, one pass. A unit's number
here is its number in its segment plus the segment's offset (:attr:`FlatUnits.offsets`). The arrays are
built once per index (on its first ranked query), from the segments' own arrays: the same values, so the
same scores and the same order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from tui.core.index import scoring
from tui.core.index.storage import Array

if TYPE_CHECKING:
    from tui.core.index.searcher import SegmentView


class FlatUnits:
    """Per-unit values of a collection's segments, one after another: ``offsets[s]`` is the number of segment
    ``s``'s first unit; ``boost`` and ``norms`` are every unit's boost by kind and BM25 length norm;
    ``kinds`` every unit's kind code and ``kind_boost`` the boost of each code, when every segment numbers
    the kinds alike (else None: the bounds of :func:`~tui.core.index.scoring.reachable` are not used)."""

    def __init__(self, views: Sequence[SegmentView], avg_length: float) -> None:
        self.views = views
        segments = [view.segment for view in views]
        sizes = [segment.n_units for segment in segments]
        self.offsets: Array = np.concatenate(([0], np.cumsum(sizes, dtype=np.int64))).astype(np.int64)
        self.boost: Array = _joined([segment.boost[segment.u_kind] for segment in segments], np.float64)
        self.norms: Array = _joined([scoring.length_norms(s, avg_length) for s in segments], np.float64)
        alike = all(segment.kinds == segments[0].kinds for segment in segments)
        self.kinds: Array | None = _joined([s.u_kind for s in segments], np.uint8) if alike else None
        self.kind_boost: Array | None = segments[0].boost if alike and segments else None
        self._ties: Array | None = None

    def at(self, seg_of: Array, unit_of: Array) -> Array:
        """The flat numbers of units given by segment and number in it."""
        flat: Array = unit_of + self.offsets[seg_of]
        return flat

    def ties(self) -> Array:
        """Every unit's place in the collection: its document's number in the high 32 bits, its number in
        the document in the low ones (what orders equal scores; built on first use)."""
        if self._ties is None:
            parts = []
            for view in self.views:
                segment = view.segment
                docs = segment.u_doc.astype(np.int64)
                local = np.arange(segment.n_units, dtype=np.int64) - segment.d_units[docs].astype(np.int64)
                parts.append((view.doc_global[docs] << 32) | local)
            self._ties = _joined(parts, np.int64)
        return self._ties


def _joined(parts: list[Array], dtype: type) -> Array:
    return np.concatenate(parts).astype(dtype, copy=False) if parts else np.zeros(0, dtype=dtype)

"""The shapes a segment's lookups rely on, checked when it is opened: a damaged segment (arrays of the wrong
length, block starts out of their lists, a skeleton table that names no skeleton) fails at open with a
:class:`~tui.core.index.storage.StorageError`, and the collection is built again, never in a query."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from tui.core.index.blocks import sound_blocks
from tui.core.index.storage import Array, StorageError

if TYPE_CHECKING:
    from tui.core.index.segment import Segment


def check_shapes(segment: Segment) -> None:
    """Shapes that every lookup relies on (a damaged segment fails here, not in a query)."""
    n, docs = segment.n_units, segment.n_docs
    if (
        len(segment.u_doc) != n
        or len(segment.u_len) != n
        or len(segment.text_off) != n + 1
        or len(segment.exc_off) != n + 1
        or len(segment.t_start) != len(segment.t_keys) + 1
        or int(segment.t_start[-1]) != len(segment.t_uids)
        or len(segment.t_tfs) != len(segment.t_uids)
        or len(segment.g_start) != len(segment.g_codes) + 1
        or int(segment.g_start[-1]) != len(segment.g_uids)
        or len(segment.d_units) != docs + 1
        or int(segment.d_units[-1]) != n
        or len(segment.terms) != len(segment.t_keys)
    ):
        raise StorageError(f"segment {segment.name}: inconsistent arrays")
    if "d_skel_of" in segment.arrays and not _sound_skeletons(segment.arrays, docs):
        raise StorageError(f"segment {segment.name}: inconsistent skeletons")
    if (
        segment.t_blk is not None
        and segment.g_blk is not None
        and (
            segment.t_uids.dtype != np.uint16
            or segment.g_uids.dtype != np.uint16
            or not sound_blocks(segment.t_blk, segment.t_start, segment.blocks)
            or not sound_blocks(segment.g_blk, segment.g_start, segment.blocks)
        )
    ):
        raise StorageError(f"segment {segment.name}: inconsistent blocks")


def _sound_skeletons(arrays: dict[str, Array], docs: int) -> bool:
    """A joined segment's skeleton table: one number per document, each naming one of its skeletons."""
    of, off = arrays.get("d_skel_of"), arrays.get("d_skels:off")
    if of is None or off is None or "d_skels:blob" not in arrays or len(of) != docs or len(off) < 2:
        return False
    return (not docs or int(of.max()) < len(off) - 1) and int(off[-1]) == len(arrays["d_skels:blob"])

"""Folding segments into one by joining their arrays (:mod:`tui.core.index.concat`): the workers'
segments after a parallel build, and the segments a merge chooses.

The joined segment (and its figure file, when every part has one) is written first; the caller then
writes the manifest that names it and removes the files no manifest names (the parts). A crash in between
leaves files that no manifest names, which the next update removes (:func:`~tui.core.index.manifest.remove_unnamed`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.index.concat import Part, join_segments
from tui.core.index.figstore import join_stores
from tui.core.index.postings import MAX_UNITS
from tui.core.index.segment import attach_stores, open_segments
from tui.core.index.storage import Array, write_tables

if TYPE_CHECKING:
    from tui.core.index.build import FileResult, SegmentMade

JOIN_UNITS = MAX_UNITS
"""The most units a join makes one segment of."""


def segment_name() -> str:
    """A new segment's file name."""
    return f"seg-{uuid.uuid4().hex[:16]}.bin"


def write_joined(folder: Path, parts: Sequence[Part]) -> tuple[str, int, list[Array]]:
    """Join ``parts`` into a new segment in ``folder``, with a figure file when every part has one: its
    name, its size in bytes (figures included) and each part's new document numbers (-1: dropped)."""
    data, doc_maps = join_segments(parts)
    name = segment_name()
    size = write_tables(folder / name, data.meta, data.arrays)
    del data
    stores = [segment.figures for segment, _ in parts]
    if all(store is not None for store in stores):
        size += join_stores([s for s in stores if s is not None], doc_maps).write(folder, name)
    return name, size, doc_maps


def fold_built(
    folder: Path, results: list[FileResult], made: list[SegmentMade]
) -> tuple[list[FileResult], list[SegmentMade]]:
    """The segments a build wrote joined into one when they fit (in the order of their files), and the
    results pointing into it; as they were otherwise. The parts stay on disk for the caller to remove
    once the manifest names the joined segment."""
    from tui.core.index.build import SegmentMade

    units = sum(m.units for m in made)
    if len(made) < 2 or units > JOIN_UNITS:
        return results, made
    first: dict[str, int] = {}
    for result in results:
        if result.segment is not None:
            first.setdefault(result.segment, result.index)
    order = sorted(made, key=lambda m: first.get(m.name, -1))
    segments = open_segments(folder, [m.name for m in order], verify=False)  # written just now
    if segments is None:
        return results, made
    attach_stores(folder, segments)
    name, size, doc_maps = write_joined(folder, [(segments[m.name], None) for m in order])
    number = {m.name: k for k, m in enumerate(order)}
    joined = [
        replace(r, segment=name, doc=int(doc_maps[number[r.segment]][r.doc]))
        if r.segment is not None and r.segment in number
        else r
        for r in results
    ]
    return joined, [SegmentMade(name, sum(m.docs for m in made), units, size)]

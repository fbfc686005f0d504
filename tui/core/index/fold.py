"""Folding segments into one by joining their arrays (:mod:`tui.core.index.concat`): the workers'
segments after a parallel build, and the segments a merge chooses.

The joined segment (and its figure file, when every part has one) is written first; the caller then
writes the manifest that names it and removes the files no manifest names (the parts). A crash in between
leaves files that no manifest names, which the next update removes (:func:`~tui.core.index.manifest.remove_unnamed`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.index.concat import Part, join_segments
from tui.core.index.figstore import join_stores
from tui.core.index.manifest import segment_name
from tui.core.index.segfiles import attach_stores, open_segments
from tui.core.index.storage import Array, write_tables

if TYPE_CHECKING:
    from tui.core.index.build import FileResult, SegmentMade

JOIN_UNITS = 384_000
"""The most units a join makes one segment of (at most :data:`~tui.core.index.postings.MAX_UNITS`): a join
holds its output and some 8 bytes per posting at once, about 2 KB a unit (550 MB for 10,000 articles,
244,000 units), so this keeps it within the 1 GB a build may take."""


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
    """The segments a build wrote joined, in the order of their files, into as few as hold at most
    :data:`JOIN_UNITS` units each (one, for up to some 15,000 articles), and the results pointing into
    them. The parts stay on disk for the caller to remove once the manifest names the joined segments."""
    first: dict[str, int] = {}
    for result in results:
        if result.segment is not None:
            first.setdefault(result.segment, result.index)
    order = sorted(made, key=lambda m: first.get(m.name, -1))
    runs: list[list[SegmentMade]] = []
    for part in order:
        if runs and sum(m.units for m in runs[-1]) + part.units <= JOIN_UNITS:
            runs[-1].append(part)
        else:
            runs.append([part])
    out: list[SegmentMade] = []
    moved: dict[str, tuple[str, Array]] = {}
    for run in runs:
        joined = _join_run(folder, run) if len(run) > 1 else None
        if joined is None:
            out += run
            continue
        out.append(joined[0])
        moved.update(joined[1])
    return [
        replace(r, segment=moved[r.segment][0], doc=int(moved[r.segment][1][r.doc]))
        if r.segment is not None and r.segment in moved
        else r
        for r in results
    ], out


def _join_run(
    folder: Path, run: list[SegmentMade]
) -> tuple[SegmentMade, dict[str, tuple[str, Array]]] | None:
    """Join a build's segments: the joined one, and for each part its new name and document numbers."""
    from tui.core.index.build import SegmentMade

    segments = open_segments(folder, [m.name for m in run], verify=False)  # written just now
    if segments is None:
        return None
    attach_stores(folder, segments)
    name, size, doc_maps = write_joined(folder, [(segments[m.name], None) for m in run])
    made = SegmentMade(name, sum(m.docs for m in run), sum(m.units for m in run), size)
    return made, {m.name: (name, doc_maps[k]) for k, m in enumerate(run)}

"""Merging segments: the smallest ones (and any that is mostly deleted documents) become one.

Segments are joined by their arrays (:mod:`tui.core.index.concat`: postings merged per key, nothing
analysed again), deleted documents dropped on the way, up to :data:`~tui.core.index.fold.JOIN_UNITS` units.
Only when a join cannot read an input (a damaged record) are documents decoded from their records and
indexed again (the words come from the mapped dictionary, so nothing is parsed and jieba is not needed),
at most :data:`MERGE_UNITS` units a segment, and a document that cannot be decoded is marked damaged.
Figures move along when every merged segment has its figure file (else they are found later, when first
needed). The new segment is written first, then the manifest that names it, then the old segments are
removed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tui.core import tokens
from tui.core.index.build import SEGMENT_UNITS
from tui.core.index.figstore import FigureCollector
from tui.core.index.fold import JOIN_UNITS, write_joined
from tui.core.index.manifest import FileEntry, Manifest, remove_unnamed, segment_name
from tui.core.index.segfiles import attach_stores, open_segments
from tui.core.index.segment import Segment
from tui.core.index.storage import StorageError, write_tables
from tui.core.index.writer import SegmentBuilder

MAX_SEGMENTS = 8
MERGE_UNITS = SEGMENT_UNITS
"""The most units a merge that indexes documents again makes one segment of (memory bounds this)."""


def _live_units(manifest: Manifest, segments: dict[str, Segment]) -> dict[str, int]:
    out = dict.fromkeys(segments, 0)
    for entry in manifest.entries:
        if entry.segment in segments:
            a, b = segments[entry.segment].doc_units(entry.doc)
            out[entry.segment] += b - a
    return out


def choose(live: dict[str, int], total: dict[str, int], limit: int, most: int | None = None) -> list[str]:
    """The segments to fold together: every mostly deleted one, and the smallest others while there are
    more than ``limit`` segments (as long as the result holds at most ``most`` units, by default
    :data:`JOIN_UNITS`)."""
    most = JOIN_UNITS if most is None else most
    mostly_deleted = [name for name in live if 2 * live[name] < total[name]]
    chosen = list(mostly_deleted)
    units = sum(live[name] for name in chosen)
    for name in sorted((n for n in live if n not in chosen), key=lambda n: live[n]):
        if len(live) - len(chosen) + (1 if chosen else 0) <= limit or units + live[name] > most:
            break
        chosen.append(name)
        units += live[name]
    return chosen if len(chosen) >= 2 or mostly_deleted else []


def merge_segments(folder: Path, version: str, limit: int | None = None) -> bool:
    """Merge in ``folder`` (the caller holds the collection's lock); True when the manifest changed."""
    manifest = Manifest.load(folder, version)
    if manifest is None:
        return False
    segments = open_segments(folder, manifest.segments)
    if segments is None:
        return False
    live = _live_units(manifest, segments)
    limit = MAX_SEGMENTS if limit is None else limit
    chosen = set(choose(live, {n: s.n_units for n, s in segments.items()}, limit))
    if not chosen:
        return False
    attach_stores(folder, segments)
    entries = _joined(folder, manifest, segments, chosen)
    if entries is None:
        entries = _reindexed(folder, manifest, segments, chosen)
    Manifest(manifest.version, manifest.inputs, entries).save(folder)
    remove_unnamed(folder, Manifest(manifest.version, manifest.inputs, entries))
    return True


def _joined(
    folder: Path, manifest: Manifest, segments: dict[str, Segment], chosen: set[str]
) -> list[FileEntry] | None:
    """Join the chosen segments' live documents into one; the manifest's entries pointing into it, or None
    when an input cannot be read whole (nothing is left behind then but a file no manifest names)."""
    order = [name for name in manifest.segments if name in chosen]
    live = {name: np.zeros(segments[name].n_docs, dtype=bool) for name in order}
    for entry in manifest.entries:
        if entry.segment in live:
            live[entry.segment][entry.doc] = True
    try:
        name, _, doc_maps = write_joined(folder, [(segments[n], live[n]) for n in order])
    except (StorageError, ValueError):
        return None
    number = {n: k for k, n in enumerate(order)}
    return [
        e.moved(name, int(doc_maps[number[e.segment]][e.doc])) if e.segment in number else e
        for e in manifest.entries
    ]


def _reindexed(
    folder: Path, manifest: Manifest, segments: dict[str, Segment], chosen: set[str]
) -> list[FileEntry]:
    """Index the chosen segments' live documents again from their records (a damaged one is marked so);
    the manifest's entries pointing into the new segments."""
    cutter = tokens.cutter()
    entries: list[FileEntry] = list(manifest.entries)
    with_figures = all(segments[name].figures is not None for name in chosen)
    builder = SegmentBuilder()
    figures = FigureCollector() if with_figures else None
    moved: list[int] = []

    def flush() -> None:
        nonlocal builder, figures, moved
        if not builder.records:
            return
        name = segment_name()
        data = builder.finish(cutter.d, cutter)
        write_tables(folder / name, data.meta, data.arrays)
        if figures is not None:  # figures move along when every merged segment has them
            figures.write(folder, name)
        for local, i in enumerate(moved):
            entries[i] = entries[i].moved(name, local)
        builder, figures, moved = SegmentBuilder(), FigureCollector() if with_figures else None, []

    for i, entry in enumerate(manifest.entries):
        if entry.segment not in chosen:
            continue
        segment = segments[entry.segment]
        a, b = segment.doc_units(entry.doc)
        if builder.records and builder.units + (b - a) > MERGE_UNITS:
            flush()
        try:
            builder.add(segment.document(entry.doc))
            if figures is not None:
                figures.add(segment.document_figures(entry.doc))
        except StorageError:
            entries[i] = FileEntry(entry.path, -1, 0, "", None, -1, "damaged in the cache; reopen to rebuild")
            continue
        moved.append(i)
    flush()
    return entries

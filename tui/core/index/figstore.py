"""The figures of a segment's documents, in a file of their own beside the segment (``figs-<segment>``).

Figures are not needed to search, and finding them is the costliest step of reading an article, so a
collection can be searched before its figures are found: they are found when first needed (from the
stored documents: nothing is parsed again), in worker processes for many segments, and kept in this
file, columns of ``Figure``'s fields with where each document's rows start. The file goes with its
segment: written after it, removed with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

import numpy as np

from tui.core.index.columns import Columns, encode_columns, model_kinds
from tui.core.index.storage import Array, StorageError, Tables, narrow_offsets, open_tables, write_tables
from tui.core.index.vector import expand
from tui.core.model import Figure

_FIELDS = tuple(f.name for f in fields(Figure))

FIGURES_FORMAT = 1
PREFIX = "figs-"


def store_name(segment: str) -> str:
    """The name of a segment's figure file."""
    return PREFIX + segment


def figure_from_row(row: dict[str, Any]) -> Figure:
    """A Figure from its stored fields (built without validation: the values were valid when written)."""
    known = {k: v for k, v in row.items() if k in _FIELDS}
    return Figure(**known)


class FigureStore:
    """The figures of one segment's documents, by local document."""

    def __init__(self, tables: Tables) -> None:
        meta, arrays = tables.meta, tables.arrays
        if meta.get("format") != FIGURES_FORMAT:
            raise StorageError(f"{tables.path.name}: figure format")
        try:
            self.starts = arrays["d_figs"]
            self.columns = Columns("f.", meta["figure"], arrays, int(meta["figures"]))
            self.docs = int(meta["docs"])
        except (KeyError, TypeError, ValueError) as exc:
            raise StorageError(f"{tables.path.name}: {exc}") from None
        if len(self.starts) != self.docs + 1 or int(self.starts[-1]) != self.columns.rows:
            raise StorageError(f"{tables.path.name}: inconsistent arrays")

    @classmethod
    def open(cls, path: Path) -> FigureStore:
        """Map a figure file; StorageError when it is missing or damaged."""
        return cls(open_tables(path))

    def range(self, doc: int) -> tuple[int, int]:
        """The rows of a local document's figures."""
        return int(self.starts[doc]), int(self.starts[doc + 1])

    def document_figures(self, doc: int) -> list[Figure]:
        """A local document's figures, in reading order."""
        a, b = self.range(doc)
        return [figure_from_row(self.columns.row(r)) for r in range(a, b)]

    def counts(self) -> Array:
        """How many figures each local document has."""
        return np.diff(self.starts.astype(np.int64))


class FigureCollector:
    """Figures gathered document by document as column values (no Figure kept), then written."""

    def __init__(self) -> None:
        self.columns: dict[str, list[Any]] = {name: [] for name in _FIELDS}
        self.starts = [0]

    def add(self, figures: Sequence[Figure]) -> None:
        """The figures of the next local document."""
        for figure in figures:
            for name, column in self.columns.items():
                column.append(getattr(figure, name))
        self.starts.append(self.starts[-1] + len(figures))

    def write(self, folder: Path, segment: str) -> int:
        """Write the figure file of ``segment``; its size in bytes."""
        kinds, arrays = encode_columns("f.", self.columns, model_kinds(Figure))
        arrays["d_figs"] = narrow_offsets(np.asarray(self.starts, dtype=np.int64))
        meta = {
            "format": FIGURES_FORMAT,
            "segment": segment,
            "docs": len(self.starts) - 1,
            "figures": self.starts[-1],
            "figure": kinds,
        }
        return write_tables(folder / store_name(segment), meta, arrays)


def write_store(folder: Path, segment: str, figures: Sequence[Sequence[Figure]]) -> int:
    """Write the figures of a segment's documents (one list per local document); the file's size."""
    collector = FigureCollector()
    for figs in figures:
        collector.add(figs)
    return collector.write(folder, segment)


def join_stores(stores: Sequence[FigureStore], doc_maps: Sequence[Array]) -> FigureCollector:
    """The figures of several segments' documents joined: ``doc_maps`` says, for each store, which of its
    documents are kept (a new number, -1 for dropped; see :func:`tui.core.index.concat.join_segments`),
    in order. Ready to write beside the joined segment."""
    collector = FigureCollector()
    parts = []
    for store, doc_map in zip(stores, doc_maps, strict=True):
        kept = np.flatnonzero(np.asarray(doc_map) >= 0)
        counts = store.counts()[kept]
        parts.append((store.columns, expand(store.starts[kept].astype(np.int64), counts)))
        collector.starts.extend((collector.starts[-1] + np.cumsum(counts)).tolist())
    for columns, picked in parts:
        for field, column in collector.columns.items():
            column.extend(columns.column(field, picked) if field in columns.kinds else [None] * len(picked))
    return collector

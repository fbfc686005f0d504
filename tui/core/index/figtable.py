"""Every figure of a collection as rows of columns, for a view that shows a window of them at a time.

Rows come in document order, then reading order within a document. Nothing is built per row: a column is
gathered from the segments' columns when asked for (numbers as float64 with NaN for None, strings as codes
into one sorted table of the distinct strings), and a :class:`~tui.core.model.Figure` is made only for the
rows asked for. Sorting and filtering work on the columns (numpy), so a view over hundreds of thousands of
figures holds a few arrays, not a widget or an object per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from typing import Any

import numpy as np

from tui.core.index.figstore import FigureStore, figure_from_row
from tui.core.index.storage import Array
from tui.core.index.vector import expand
from tui.core.model import Figure


class FigureTable:
    """The figures of a collection's documents (see the module's docstring)."""

    def __init__(self, stores: Sequence[FigureStore], where: Sequence[tuple[int, int]]) -> None:
        """``stores`` are the figures of each segment, ``where[i]`` is (segment number, local document) of
        the collection's document ``i``."""
        self._segments = list(stores)
        seg = np.asarray([s for s, _ in where], dtype=np.int64)
        docs = np.asarray([d for _, d in where], dtype=np.int64)
        first = np.zeros(len(where), dtype=np.int64)
        count = np.zeros(len(where), dtype=np.int64)
        for s, store in enumerate(self._segments):
            mine = np.flatnonzero(seg == s)
            starts = store.starts.astype(np.int64)
            first[mine] = starts[docs[mine]]
            count[mine] = starts[docs[mine] + 1] - first[mine]
        self.segment = np.repeat(seg, count).astype(np.int32)
        """The segment of each row."""
        self.local = expand(first, count).astype(np.int64)
        """Each row's number among its segment's figures."""
        self.doc = np.repeat(np.arange(len(where), dtype=np.int64), count).astype(np.int32)
        """The collection's number of each row's document."""
        self._strings: dict[str, tuple[Array, list[str]]] = {}

    def __len__(self) -> int:
        return len(self.local)

    @property
    def fields(self) -> list[str]:
        """The figure fields there are columns of."""
        return [f.name for f in fields(Figure)]

    def numbers(self, field: str) -> Array:
        """A number column (``value``, ``upper``, ``start`` …) as float64, NaN where the figure has None."""
        out = np.full(len(self), np.nan, dtype=np.float64)
        for s, segment in enumerate(self._segments):
            rows = np.flatnonzero(self.segment == s)
            if not len(rows) or field not in segment.columns.kinds:
                continue
            local = self.local[rows]
            values = segment.columns.numbers(field)[local].astype(np.float64)
            values[segment.columns.nulls(field)[local]] = np.nan
            out[rows] = values
        return out

    def strings(self, field: str) -> tuple[Array, list[str]]:
        """A text column (``metric``, ``period``, ``unit`` …) as (codes, table): row ``i`` is
        ``table[codes[i]]``, or None where ``codes[i]`` is -1. The table is sorted, so sorting by code
        sorts by the text. Built once per field."""
        if field in self._strings:
            return self._strings[field]
        per_segment: list[tuple[Array, list[str]]] = []
        distinct: set[str] = set()
        for segment in self._segments:
            if segment.columns.kinds.get(field) == "str":
                codes, table = segment.columns.codes(field)
                names = table.all()
            else:
                codes, names = np.zeros(segment.columns.rows, dtype=np.int64), []
            per_segment.append((codes, names))
            distinct.update(names)
        table_all = sorted(distinct)
        number = {name: i for i, name in enumerate(table_all)}
        out = np.full(len(self), -1, dtype=np.int32)
        for s, (codes, names) in enumerate(per_segment):
            rows = np.flatnonzero(self.segment == s)
            if not len(rows):
                continue
            mapping = np.asarray([-1, *(number[name] for name in names)], dtype=np.int32)
            out[rows] = mapping[codes[self.local[rows]].astype(np.int64)]
        self._strings[field] = (out, table_all)
        return out, table_all

    def values(self, field: str, rows: Sequence[int] | Array) -> list[Any]:
        """One field of some rows as Python values (None where a figure has none), read row by row: for a
        few thousand rows of a long text column (``text``) without building its whole sorted table."""
        out: list[Any] = []
        for row in np.asarray(rows, dtype=np.int64).tolist():
            columns = self._segments[int(self.segment[row])].columns
            out.append(columns.value(field, int(self.local[row])) if field in columns.kinds else None)
        return out

    def figure(self, row: int) -> Figure:
        """The figure of one row."""
        segment = self._segments[int(self.segment[row])]
        return figure_from_row(segment.columns.row(int(self.local[row])))

    def figures(self, rows: Sequence[int] | Array) -> list[Figure]:
        """The figures of several rows (a window of a view), in the order asked."""
        return [self.figure(int(r)) for r in rows]

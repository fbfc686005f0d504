"""The figures of the documents in memory as columns, the same interface as a collection's figure table.

A collection hands the figures view a :class:`tui.core.index.figtable.FigureTable` over its stored figure
columns; a single file's figures are a list, and this gives them the same columns (numbers as float64 with
NaN for None, strings as codes into one sorted table), so that the figures view filters and sorts both the
same way. No Textual here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from tui.core.model import Figure

Array = np.ndarray[Any, Any]


class MemoryFigureTable:
    """Figures given as (document number, figure), in the order the view lists them by default."""

    def __init__(self, rows: Sequence[tuple[int, Figure]]) -> None:
        self._figures = [f for _, f in rows]
        self.doc: Array = np.asarray([d for d, _ in rows], dtype=np.int32)
        """The number of each row's document."""
        self._strings: dict[str, tuple[Array, list[str]]] = {}

    def __len__(self) -> int:
        return len(self._figures)

    def numbers(self, field: str) -> Array:
        """A number column as float64, NaN where the figure has None."""
        values = [getattr(f, field) for f in self._figures]
        return np.asarray([np.nan if v is None else float(v) for v in values], dtype=np.float64)

    def strings(self, field: str) -> tuple[Array, list[str]]:
        """A text column as (codes, sorted table of the distinct texts); -1 where the figure has None."""
        if field not in self._strings:
            values = [getattr(f, field) for f in self._figures]
            table = sorted({v for v in values if v is not None})
            number = {v: i for i, v in enumerate(table)}
            codes = np.asarray([-1 if v is None else number[v] for v in values], dtype=np.int32)
            self._strings[field] = (codes, table)
        return self._strings[field]

    def figure(self, row: int) -> Figure:
        """The figure of one row."""
        return self._figures[row]

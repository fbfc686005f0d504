"""Figures held in memory, as the columns a collection's figure table gives, for the series of a few
documents opened as files (the explorer today, tests).

:class:`FigureColumns` is what :mod:`tui.core.series` reads: the collection's
:class:`~tui.core.index.figtable.FigureTable` is one, :class:`FigureList` is another.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

from tui.core.model import Figure

Array = np.ndarray[Any, Any]


class FigureColumns(Protocol):
    """Figures as columns: ``doc`` (the document number of each row), number and string columns, and
    the figure of a row (see :class:`~tui.core.index.figtable.FigureTable`)."""

    doc: Array

    def __len__(self) -> int: ...

    def numbers(self, field: str) -> Array: ...

    def strings(self, field: str) -> tuple[Array, list[str]]: ...

    def values(self, field: str, rows: Sequence[int] | Array) -> list[Any]: ...

    def figure(self, row: int) -> Figure: ...


class FigureList:
    """The figures of each document (a list per document, in order) as :class:`FigureColumns`."""

    def __init__(self, figures: Sequence[Sequence[Figure] | None]) -> None:
        self._rows: list[Figure] = [f for figs in figures for f in (figs or [])]
        counts = [len(figs or []) for figs in figures]
        self.doc: Array = np.repeat(np.arange(len(figures), dtype=np.int32), counts)
        self._strings: dict[str, tuple[Array, list[str]]] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def numbers(self, field: str) -> Array:
        """A number column as float64, NaN where a figure has None."""
        values = [getattr(f, field) for f in self._rows]
        return np.asarray([np.nan if v is None else float(v) for v in values], dtype=np.float64)

    def strings(self, field: str) -> tuple[Array, list[str]]:
        """A text column as (codes, sorted table), -1 where a figure has None."""
        if field not in self._strings:
            values: list[str | None] = [getattr(f, field) for f in self._rows]
            table = sorted({v for v in values if v is not None})
            number = {s: i for i, s in enumerate(table)}
            codes = np.asarray([-1 if v is None else number[v] for v in values], dtype=np.int32)
            self._strings[field] = (codes, table)
        return self._strings[field]

    def values(self, field: str, rows: Sequence[int] | Array) -> list[Any]:
        """One field of some rows as Python values."""
        return [getattr(self._rows[int(r)], field) for r in rows]

    def figure(self, row: int) -> Figure:
        """The figure of one row."""
        return self._rows[row]

"""Column widths for a table of figures that fit the width the table has, at any terminal width.

Short columns (value, unit, period) get their whole width, so a value is never cut; the long ones (metric,
comparison, section) share what is left, the widest giving way first; when even that is too little, the
least needed columns are left out, one at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len


@dataclass(frozen=True)
class Column:
    """A column a table can show: how it is labelled, aligned and squeezed."""

    key: str
    label: str
    right: bool = False
    grow: bool = False
    """True for long text (metric, comparison) that takes a share of the room left and may be cut."""
    cap: int = 60
    """Never wider than this many cells."""
    floor: int = 4
    """A growing column narrower than this is left out instead."""
    rank: int = 0
    """When the room runs out, the column with the lowest rank is left out first."""


def fit(
    columns: Sequence[Column], cells: dict[str, list[str]], width: int, padding: int = 1
) -> list[tuple[Column, int]]:
    """The columns to show and their widths in cells, all within ``width`` (each column also takes
    ``padding`` cells on either side). ``cells[key]`` are the texts of that column, header excluded."""
    natural = {
        c.key: min(c.cap, max([cell_len(c.label), *(cell_len(x) for x in cells.get(c.key, []))]))
        for c in columns
    }
    shown = list(columns)
    while shown:
        widths = _share(shown, natural, width - 2 * padding * len(shown))
        if widths is not None:
            return [(c, widths[c.key]) for c in shown]
        shown.remove(min(shown, key=lambda c: c.rank))
    return []


def _share(columns: Sequence[Column], natural: dict[str, int], room: int) -> dict[str, int] | None:
    """Fixed columns at their natural width, growing ones water-filled into the rest; None if it cannot fit."""
    widths = {c.key: natural[c.key] for c in columns if not c.grow}
    growing = [c for c in columns if c.grow]
    base = {c.key: min(c.floor, natural[c.key]) for c in growing}
    left = room - sum(widths.values()) - sum(base.values())
    if left < 0:
        return None
    # Water-filling: the columns that need little more take it; the widest share what remains equally.
    growing.sort(key=lambda c: natural[c.key] - base[c.key])
    for n, c in enumerate(growing):
        extra = min(natural[c.key] - base[c.key], left // (len(growing) - n))
        widths[c.key] = base[c.key] + extra
        left -= extra
    return widths

"""Column widths for a table that fit the width the table has, at any terminal width, shared by need.

A right-aligned column (a value) gets its whole width, so a value is never cut. A short column (figure,
unit, date) needs to be as wide as nine in ten of its texts, a long one (metric, title) its floor; when
even that does not fit, the least needed columns are left out, one at a time. Then the columns, from
their labels' widths (a long one from its floor), take the room a few cells at a time, the cells going
where they show the most texts whole per cell (a figure column whose texts are short but one takes
little; a metric column whose every text is long takes much; a short text whole counts for four long
ones: 千… says nothing, a metric cut still says what it is), up to each column's cap. Room still left
lets a capped column show its widest text, then the long columns still cut show more of their texts,
and what remains goes to the last long column (the documents' title, the figures' comparison or
section), so the table takes the width it has without a gap in the middle of its rows.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rich.cells import cell_len


@dataclass(frozen=True)
class Column:
    """A column a table can show: how it is labelled, aligned and squeezed."""

    key: str
    label: str
    right: bool = False
    """Right-aligned (a value): never cut, always as wide as its widest text."""
    grow: bool = False
    """True for long text (metric, title) that takes what is left once every column has what it needs."""
    cap: int = 60
    """Not wider than this many cells while other columns still cut their texts."""
    floor: int = 4
    """A growing column narrower than this (or than its widest text, if less) is left out instead."""
    rank: int = 0
    """When the room runs out, the column with the lowest rank is left out first."""


SHORT_WEIGHT = 4
"""A short text whole is worth this many long ones (千… says nothing, a metric cut still says what it is)."""
MOST = 0.9
"""A short column starts wide enough for this share of its texts (a rare long one does not widen it)."""


@dataclass
class _Need:
    """What a column needs: the widths of its texts in order, its floor and its widest text."""

    column: Column
    lengths: list[int]
    widest: int
    need: int
    """The width below which the column is left out instead (the table is too narrow for it)."""
    base: int
    """The width the column starts at when the room is shared."""

    steps: list[int] = field(init=False)
    """The distinct widths of the texts: the widths at which some text is shown whole."""

    def __post_init__(self) -> None:
        self.steps = sorted(set(self.lengths))

    def cut(self, width: int) -> int:
        """How many texts are cut at ``width`` cells."""
        return len(self.lengths) - bisect_right(self.lengths, width)


def fit(
    columns: Sequence[Column], cells: dict[str, list[str]], width: int, padding: int = 1
) -> list[tuple[Column, int]]:
    """The columns to show and their widths in cells, all within ``width`` (each column also takes
    ``padding`` cells on either side). ``cells[key]`` are the texts of that column, header excluded."""
    needs = [_need(c, cells.get(c.key, [])) for c in columns]
    while needs:
        if width - 2 * padding * len(needs) - sum(n.need for n in needs) >= 0:
            widths = _share(needs, width - 2 * padding * len(needs) - sum(n.base for n in needs))
            return [(n.column, widths[n.column.key]) for n in needs]
        needs.remove(min(needs, key=lambda n: n.column.rank))
    return []


def _need(column: Column, texts: list[str]) -> _Need:
    label = cell_len(column.label)
    lengths = sorted([label, *(cell_len(t) for t in texts)])  # the header is a text to show whole too
    widest = lengths[-1]
    if column.right:
        return _Need(column, lengths, widest, widest, widest)
    if column.grow:  # its floor, and never a cut header
        floor = min(widest, max(column.floor, label))
        return _Need(column, lengths, widest, floor, floor)
    # A short column is needed as wide as nine in ten of its texts (and its label), within its cap; it
    # starts at its label's width and takes the cells its texts need as the others do.
    most = lengths[math.ceil(MOST * len(lengths)) - 1]
    need = min(column.cap, max(label, most))
    return _Need(column, lengths, widest, need, min(need, label))


def _share(needs: Sequence[_Need], room: int) -> dict[str, int]:
    """Every column at its base, then ``room`` more cells given out by need (see the module's doc)."""
    widths = {n.column.key: n.base for n in needs}
    for limit in (lambda n: min(n.widest, max(n.base, n.column.cap)), lambda n: n.widest):
        room = _uncut(needs, widths, room, limit)
    # Nothing more can be shown whole: the columns still cut show more of their texts, the most cut first.
    while room > 0:
        cut = [n for n in needs if n.column.grow and widths[n.column.key] < n.widest]
        if not cut:
            break
        best = max(cut, key=lambda n: (n.cut(widths[n.column.key]), n.column.rank))
        widths[best.column.key] += 1
        room -= 1
    growing = [n for n in needs if n.column.grow]
    if room > 0 and growing:  # the last long column: the rows span the width with no gap in their middle
        widths[growing[-1].column.key] += room
    return widths


def _uncut(needs: Sequence[_Need], widths: dict[str, int], room: int, limit: Callable[[_Need], int]) -> int:
    """Widen columns (within ``limit``) step by step, each step the one that shows the most texts whole per
    cell spent; the room left."""
    while room > 0:
        best: tuple[float, int, int] | None = None
        chosen: _Need | None = None
        for n in needs:
            now = widths[n.column.key]
            cut_now = n.cut(now)
            top = min(limit(n), now + room)
            for length in n.steps[bisect_right(n.steps, now) : bisect_right(n.steps, top)]:
                gain = (cut_now - n.cut(length)) / (length - now) * (1 if n.column.grow else SHORT_WEIGHT)
                score = (gain, n.column.rank, -length)
                if best is None or score > best:
                    best, chosen = score, n
                    target = length
        if chosen is None:
            return room
        room -= target - widths[chosen.column.key]
        widths[chosen.column.key] = target
    return room

"""The pane under the detail: the figures of the node shown, in a table laid in just after the first frame.

The table (Textual's DataTable, the heaviest widget of the screen) is laid in once the first frame has
been written (the screen says when: :meth:`FiguresPane.lay_table`), so the start-up does not wait for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Vertical

from tui.app.columns import Column
from tui.app.figure_rows import FigureRow
from tui.app.styles import pane_css

if TYPE_CHECKING:
    from tui.app.figure_table import FigureTable

PANE_COLUMNS = [
    Column("figure", "figure", cap=14, rank=9),
    Column("value", "value", right=True, rank=3),
    Column("unit", "unit", cap=8, rank=6),
    Column("metric", "metric", grow=True, cap=36, floor=12, rank=8),
    Column("period", "period", grow=True, cap=12, floor=6, rank=7),
    Column("comparison", "comparison", grow=True, cap=24, floor=8, rank=4),
]
"""Columns of the table under the detail pane. The figure as written is beside its metric, so when the pane
is narrow the value in base units goes first, then the comparison."""


class FiguresPane(Vertical):
    """A bordered pane holding the figure table; its title says how many figures (or that they are coming)."""

    DEFAULT_CSS = (
        pane_css("FiguresPane")
        + """
    FiguresPane {
        height: 1fr;
        min-height: 4;
    }
    """
    )

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._rows: list[FigureRow] = []
        self._table: FigureTable | None = None
        self.border_title = "Figures: finding…"

    def lay_table(self) -> None:
        """Lay the table in (the screen calls this once the first frame is out)."""
        if self.table is None:
            self.call_later(self._lay_table)

    async def _lay_table(self) -> None:
        if not self.is_attached or self.table is not None:
            return  # the app closed before the table's turn came
        from tui.app.figure_table import FigureTable

        table = FigureTable(PANE_COLUMNS)
        await self.mount(table)
        self._table = table
        table.show(self._rows)

    @property
    def table(self) -> FigureTable | None:
        """The table, once it is laid in (None for the moment of the first frame)."""
        return self._table

    def show(self, rows: list[FigureRow] | None) -> None:
        """List these figures (None: they are still being found)."""
        self._rows = rows or []
        self.border_title = "Figures: finding…" if rows is None else f"Figures ({len(rows)})"
        table = self.table
        if table is not None:
            table.show(self._rows)

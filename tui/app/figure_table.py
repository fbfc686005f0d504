"""A table of figures whose columns fit the width it has (in the figures pane and in the figures view)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import DataTable

from tui.app.columns import Column, fit
from tui.app.figure_rows import FigureRow
from tui.core.render import clip


class FigureTable(DataTable[Text]):
    """Figures, one a row; the columns are laid out again whenever the table's width changes.

    ``enter`` on a row posts :class:`FigureTable.Chosen`.
    """

    DEFAULT_CSS = """
    FigureTable {
        height: 1fr;
        scrollbar-size-vertical: 1;
    }
    """

    class Chosen(Message):
        """The reader pressed enter on a figure."""

        def __init__(self, row: FigureRow) -> None:
            super().__init__()
            self.row = row

    def __init__(self, columns: Sequence[Column], max_rows: int = 1000, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        self.specs = list(columns)
        self.max_rows = max_rows
        """More rows than this (a pathological file) are listed up to this many."""
        self.rows_shown: list[FigureRow] = []
        """The rows, in the order shown."""
        self.layout_columns: list[tuple[Column, int]] = []
        """The columns shown and their widths, as last laid out."""
        self._laid_out_for: tuple[int, int] | None = None

    @property
    def current(self) -> FigureRow | None:
        """The row under the cursor."""
        if 0 <= self.cursor_row < len(self.rows_shown):
            return self.rows_shown[self.cursor_row]
        return None

    def show(self, rows: list[FigureRow], keep_cursor: bool = False) -> None:
        """Replace the rows (the cursor goes back to the first unless ``keep_cursor``)."""
        self.rows_shown = rows[: self.max_rows]
        self._laid_out_for = None
        self._lay_out(self.cursor_row if keep_cursor else 0)

    def on_resize(self) -> None:
        self._lay_out(self.cursor_row)

    def _room(self) -> int:
        """The cells the columns may take: the content width, less a scrollbar if the rows need one."""
        region = self.content_region
        scrollbar = self.styles.scrollbar_size_vertical if len(self.rows_shown) + 1 > region.height else 0
        return region.width - scrollbar

    def _lay_out(self, cursor: int) -> None:
        room = self._room()
        if room <= 0 or self._laid_out_for == (room, len(self.rows_shown)):
            return
        self._laid_out_for = (room, len(self.rows_shown))
        cells = {c.key: [r.cells[c.key] for r in self.rows_shown] for c in self.specs}
        self.layout_columns = fit(self.specs, cells, room, self.cell_padding)
        self.clear(columns=True)
        for column, width in self.layout_columns:
            self.add_column(Text(column.label, justify="right" if column.right else "left"), width=width)
        self.add_rows(
            [
                [
                    Text(clip(row.cells[c.key], w), justify="right" if c.right else "left", no_wrap=True)
                    for c, w in self.layout_columns
                ]
                for row in self.rows_shown
            ]
        )
        if self.rows_shown:
            self.move_cursor(row=min(cursor, len(self.rows_shown) - 1), animate=False)

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if 0 <= event.cursor_row < len(self.rows_shown):
            self.post_message(self.Chosen(self.rows_shown[event.cursor_row]))

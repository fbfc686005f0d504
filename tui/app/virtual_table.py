"""A table that draws only the rows on screen, for lists of ten thousand documents or 300,000 figures.

Textual's Line API: the widget is a :class:`~textual.scroll_view.ScrollView` whose virtual height is the
number of rows (and a header line, kept at the top), and :meth:`VirtualTable.render_line` asks the row
source for the cells of the one row it draws. Nothing is built per row: a filter or a sort hands the table
a new count and a new source. The columns fit the width the table has (:func:`tui.app.columns.fit`),
measured on a sample of the rows, so they do not jump as the reader scrolls.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.app.columns import Column, fit
from tui.core.render import pad

Cells = Callable[[int], Mapping[str, str]]
"""The cells of the row at a position, by column key."""
SAMPLE = 200
"""Rows measured to lay out the columns (spread over the table)."""
PADDING = 1


class VirtualTable(ScrollView, can_focus=True):
    """Rows from a source, drawn when on screen; a cursor row that the owner moves (:meth:`move_cursor`).

    The owner's keys move the cursor (the filter above the table keeps the focus while the reader types). A
    click moves the cursor; :class:`VirtualTable.Highlighted` says where it is, and a second click on the
    same row posts :class:`VirtualTable.Chosen`.
    """

    DEFAULT_CSS = """
    VirtualTable {
        height: 1fr;
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
        & > .virtual-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .virtual-table--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: bold;
        }
        & > .virtual-table--even-row {
            background: $surface-lighten-1 50%;
        }
    }
    """

    COMPONENT_CLASSES = {"virtual-table--header", "virtual-table--cursor", "virtual-table--even-row"}

    class Highlighted(Message):
        """The cursor is on another row (its position among the rows shown)."""

        def __init__(self, table: VirtualTable, row: int) -> None:
            super().__init__()
            self.table = table
            self.row = row

    class Chosen(Message):
        """The reader chose the row under the cursor (a second click on it)."""

        def __init__(self, table: VirtualTable, row: int) -> None:
            super().__init__()
            self.table = table
            self.row = row

    def __init__(self, columns: Sequence[Column], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.specs = list(columns)
        self.count = 0
        """How many rows there are."""
        self.cursor = 0
        """The position of the cursor's row (0 when there are no rows)."""
        self._cells: Cells = lambda _: {}
        self.layout_columns: list[tuple[Column, int]] = []
        """The columns shown and their widths, as last laid out."""
        self._laid_out_for = -1
        self._sample: list[int] = []

    # the rows ----------------------------------------------------------------------------------------------
    def set_rows(
        self, count: int, cells: Cells, cursor: int = 0, relayout: bool = True, sample: Sequence[int] = ()
    ) -> None:
        """Show ``count`` rows whose cells ``cells`` gives; the cursor on row ``cursor``; the columns laid
        out again on a sample of the new rows (with the rows ``sample`` besides) unless ``relayout`` is
        False."""
        self.count = count
        self._cells = cells
        self._sample = [r for r in sample if 0 <= r < count]
        self.cursor = max(0, min(cursor, count - 1))
        if relayout:
            self._laid_out_for = -1
        self.virtual_size = Size(self.size.width, count + 1)
        self._lay_out()
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self, self.cursor))

    def move_cursor(self, row: int) -> None:
        """Put the cursor on row ``row`` (kept within the rows) and scroll it into view."""
        if not self.count:
            return
        row = max(0, min(row, self.count - 1))
        if row != self.cursor:
            self.cursor = row
            self.refresh()
            self.post_message(self.Highlighted(self, row))
        self._scroll_to_cursor()

    @property
    def page(self) -> int:
        """Rows that fit on screen below the header."""
        return max(1, self.scrollable_content_region.height - 1)

    @property
    def visible_rows(self) -> range:
        """The positions of the rows on screen."""
        top = round(self.scroll_offset.y)
        return range(top, min(self.count, top + self.page))

    def row_text(self, row: int) -> str:
        """A row as drawn (plain text, the columns as laid out)."""
        return self._row_strip(row, Style()).text

    def drawn_cells(self, row: int) -> dict[str, str]:
        """The cells of a row as drawn, by column key (cut to the column's width, padding stripped)."""
        cells = self._cells(row)
        return {
            c.key: pad(cells.get(c.key, "").replace("\n", " "), w, right=c.right).strip()
            for c, w in self.layout_columns
        }

    @property
    def header_text(self) -> str:
        """The header line as drawn (plain text)."""
        return self._header_strip(Style()).text

    def _scroll_to_cursor(self) -> None:
        top = round(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + self.page:
            self.scroll_to(y=self.cursor - self.page + 1, animate=False, immediate=True)

    # layout ------------------------------------------------------------------------------------------------
    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.count + 1)
        self._lay_out()
        self._scroll_to_cursor()

    def _lay_out(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._laid_out_for:
            return
        self._laid_out_for = width
        step = max(1, self.count // SAMPLE)
        rows = sorted({*range(0, self.count, step), *self._sample})
        sample = [self._cells(r) for r in rows]
        cells = {c.key: [row.get(c.key, "") for row in sample] for c in self.specs}
        self.layout_columns = fit(self.specs, cells, width - 1, PADDING)  # a cell for the scrollbar
        self.refresh()

    # drawing -----------------------------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        if y == 0:
            strip = self._header_strip(base + self.get_component_rich_style("virtual-table--header"))
        else:
            row = round(self.scroll_offset.y) + y - 1
            if row >= self.count:
                return Strip.blank(width, base)
            if row == self.cursor:
                style = base + self.get_component_rich_style("virtual-table--cursor")
            elif row % 2:
                style = base + self.get_component_rich_style("virtual-table--even-row")
            else:
                style = base
            strip = self._row_strip(row, style)
        return strip.adjust_cell_length(width, base)

    def _header_strip(self, style: Style) -> Strip:
        return self._strip({c.key: c.label for c, _ in self.layout_columns}, style)

    def _row_strip(self, row: int, style: Style) -> Strip:
        return self._strip(self._cells(row), style)

    def _strip(self, cells: Mapping[str, str], style: Style) -> Strip:
        gap = " " * PADDING
        segments = []
        for column, width in self.layout_columns:
            text = pad(cells.get(column.key, "").replace("\n", " "), width, right=column.right)
            segments.append(Segment(gap + text + gap, style))
        length = sum(w + 2 * PADDING for _, w in self.layout_columns)
        return Strip(segments, length)

    # the mouse ---------------------------------------------------------------------------------------------
    def on_click(self, event: events.Click) -> None:
        if event.y < 1:
            return
        row = round(self.scroll_offset.y) + event.y - 1
        if 0 <= row < self.count:
            if row == self.cursor and event.chain >= 2:
                self.post_message(self.Chosen(self, row))
            self.move_cursor(row)

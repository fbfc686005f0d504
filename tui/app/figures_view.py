"""The figures view (``f``): every figure of the open documents; type to filter, sort, enter jumps.

Everything typed goes to the filter (``percent`` filters, it does not sort); the arrows and page keys move
in the table meanwhile, ``enter`` jumps to the figure under the cursor, ``ctrl+s`` changes the sort and
``ctrl+r`` reverses it, ``escape`` clears the filter, then returns.

The table draws only the rows on screen (:class:`~tui.app.virtual_table.VirtualTable`) from a figure
table's columns, filtered and sorted column by column (:class:`~tui.app.figure_query.FigureQuery`), so a
folder's 300,000 figures scroll and filter as a single article's do. Over many figures the filter runs in
a thread, and an answer to a filter the reader has typed past is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input

from tui.app.columns import Column
from tui.app.figure_query import SORTS, FigureQuery
from tui.app.figure_rows import FigureRow, sentence_of
from tui.app.from_thread import call_back
from tui.app.in_turn import InTurn
from tui.app.paragraphs import Paragraph, Paragraphs
from tui.app.percent_chart import MAX_BARS, PercentChart
from tui.app.styles import HIGHLIGHT_STYLE
from tui.app.virtual_table import VirtualTable

if TYPE_CHECKING:
    from tui.app.library import FigureSource, Library
    from tui.core.index.build import Progress

VIEW_COLUMNS = [
    Column("document", "document", grow=True, cap=24, floor=8, rank=4),
    Column("figure", "figure", cap=16, rank=7),
    Column("value", "value", right=True, rank=9),
    Column("unit", "unit", cap=8, rank=6),
    Column("metric", "metric", grow=True, cap=40, floor=20, rank=8),
    Column("period", "period", grow=True, cap=14, floor=6, rank=5),
    Column("comparison", "comparison", grow=True, cap=24, floor=8, rank=2),
    Column("measure", "measure", cap=10, rank=1),
    Column("section", "section", grow=True, cap=20, floor=8, rank=3),
]
"""Columns of the figures view, the first to go when the screen is narrow ranked lowest."""

CHART_MIN_WIDTH = 150
"""The chart stands beside the table only when the screen is at least this wide (the table comes first)."""
IN_THREAD = 20_000
"""Over this many figures the filter and the sort run in a thread (a keystroke never waits for them)."""


class FiguresView(Screen[FigureRow | None]):
    """All figures in a table with a filter above it; the highlighted figure's sentence below."""

    DEFAULT_CSS = """
    FiguresView > Vertical {
        border: round $accent;
        border-title-color: $accent;
        height: 1fr;
    }
    FiguresView Input {
        margin: 0 0 1 0;
    }
    FiguresView Horizontal {
        height: 1fr;
    }
    FiguresView VirtualTable {
        width: 1fr;
    }
    FiguresView Paragraphs {
        max-height: 5;
        padding: 0 1;
        border-top: solid $primary-darken-2;
    }
    """

    BINDINGS = [
        Binding("escape", "back", "Clear filter / back"),
        Binding("enter", "jump", "Jump to figure", key_display="⏎", priority=True),
        Binding("ctrl+s", "next_sort", "Sort"),
        Binding("ctrl+r", "reverse", "Reverse"),
        Binding("down", "cursor(1)", "Next figure", show=False, priority=True),
        Binding("up", "cursor(-1)", "Previous figure", show=False, priority=True),
        Binding("pagedown", "page(1)", "Page down", show=False, priority=True),
        Binding("pageup", "page(-1)", "Page up", show=False, priority=True),
        Binding("ctrl+home", "to(0)", "First figure", show=False, priority=True),
        Binding("ctrl+end", "to(-1)", "Last figure", show=False, priority=True),
    ]
    """Keys of the figures view; everything else typed goes to the filter."""

    AUTO_FOCUS = "Input"

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.figures: FigureQuery | None = None
        """The figures, filtered and sorted column by column (None until they are at hand)."""
        self.shown: Any = np.zeros(0, dtype=np.int64)
        """The rows of the figure table that pass the filter, in the order shown."""
        self.listed: tuple[str, str, bool] | None = None
        """The filter, sort and direction that :attr:`shown` answers (None before the first answer)."""
        self.sort_key = "section"
        self.descending = False
        self.note = "finding figures…"
        """What the view is waiting for, after the count in the title."""
        self.in_turn = InTurn(self, self._answers_filter)
        """The arrows and enter, run after the letters typed before them, on the rows that answer them."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Input(
                placeholder="Filter: >5  <1万  10..50  %  percent  中小企业  9月",
                compact=True,
                select_on_focus=False,  # a letter typed in the table comes back here and is added, not a replacement
            )
            with Horizontal():
                yield VirtualTable(VIEW_COLUMNS if self.library.several else VIEW_COLUMNS[1:])
                yield PercentChart()
            yield Paragraphs()
        yield Footer()

    @property
    def table(self) -> VirtualTable:
        """The table of figures (its rows are what the reader sees)."""
        return self.query_one(VirtualTable)

    @property
    def filter(self) -> Input:
        """The filter the reader types in."""
        return self.query_one(Input)

    @property
    def current(self) -> FigureRow | None:
        """The figure under the cursor."""
        return self.row_at(self.table.cursor)

    def row_at(self, position: int) -> FigureRow | None:
        """The figure shown at ``position`` (None past the end or while the figures are coming)."""
        if self.figures is None or not 0 <= position < len(self.shown):
            return None
        return self.figures.row(int(self.shown[position]))

    def on_mount(self) -> None:
        self._title()
        self.load_figures()

    def on_resize(self, event: events.Resize) -> None:
        self.query_one(PercentChart).display = event.size.width >= CHART_MIN_WIDTH

    # the figures ---------------------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="figure-table")
    def load_figures(self) -> None:
        """Get every figure as columns (found first, with progress, when the collection has not kept them)."""
        from tui.app.documents import progress_text

        def report(progress: Progress) -> None:
            call_back(self, self._waiting, progress_text("finding figures", progress))

        table = self.library.figure_table(report)
        call_back(self, self._loaded, table)

    def _waiting(self, note: str) -> None:
        self.note = note
        self._title()

    def _loaded(self, table: FigureSource) -> None:
        self.figures = FigureQuery(table, self.library)
        self.note = ""
        self.refresh_rows()

    def refresh_rows(self) -> None:
        """Filter and sort the figures again (in a thread when there are many) and list them."""
        if self.figures is None:
            return
        asked = (self.filter.value, self.sort_key, self.descending)
        if len(self.figures) > IN_THREAD:
            self._select_in_thread(self.figures, asked)
        else:
            self._listed(asked, self._select(self.figures, asked))

    @staticmethod
    def _select(figures: FigureQuery, asked: tuple[str, str, bool]) -> Any:
        text, key, descending = asked
        return figures.order(figures.select(text), key, descending)

    @work(thread=True, exclusive=True, group="figure-filter")
    def _select_in_thread(self, figures: FigureQuery, asked: tuple[str, str, bool]) -> None:
        rows = self._select(figures, asked)
        call_back(self, self._listed, asked, rows)

    def _listed(self, asked: tuple[str, str, bool], rows: Any) -> None:
        if asked != (self.filter.value, self.sort_key, self.descending) or self.figures is None:
            return  # the reader has typed on: a newer answer is coming
        self.shown, self.listed = rows, asked
        figures = self.figures
        widest = figures.widest_values(rows)  # measured with the sample, so that no value is cut
        self.table.set_rows(len(rows), lambda r: figures.row(int(self.shown[r])).cells, sample=widest)
        chart = [figures.table.figure(r) for r in figures.percent_rows(rows, MAX_BARS)]
        self.query_one(PercentChart).plot(chart)
        self._title()
        self._show_sentence()
        self.in_turn.answered()

    def _title(self) -> None:
        if self.figures is None:
            self.query_one(Vertical).border_title = f"Figures: {self.note}"
            return
        arrow = "↓" if self.descending else "↑"
        self.query_one(
            Vertical
        ).border_title = (
            f"Figures: {len(self.shown):,} of {len(self.figures):,} · sorted by {self.sort_key} {arrow}"
        )

    def _show_sentence(self) -> None:
        """Under the table: the sentence the highlighted figure comes from (the figure marked), and where."""
        row = self.current
        text = self.query_one(Paragraphs)
        if row is None:
            text.update([])
            return
        f = row.figure
        where = Text(f"{self.library.name(row.doc)} › " if self.library.several else "", style="dim")
        where.append(f"{row.cells['section']} · {f.block_id}", style="dim")
        sentence = sentence_of(f)
        if not sentence:
            text.update([Paragraph(where)])
            return
        quoted = Text(sentence.replace("\n", " "))
        at = sentence.find(f.text)
        protect = []
        if at >= 0:
            quoted.stylize(HIGHLIGHT_STYLE, at, at + len(f.text))
            protect.append((at, at + len(f.text)))
        text.update([Paragraph(quoted, protect), Paragraph(where)])

    # events and keys -----------------------------------------------------------------------------------------
    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        self.refresh_rows()

    @on(VirtualTable.Highlighted)
    def _highlighted(self, event: VirtualTable.Highlighted) -> None:
        event.stop()
        self._show_sentence()

    @on(VirtualTable.Chosen)
    def _chosen(self, event: VirtualTable.Chosen) -> None:
        event.stop()
        self.action_jump()

    def on_key(self, event: events.Key) -> None:
        """A letter typed anywhere in the view goes to the filter (the filter takes its own: one that comes
        here was typed elsewhere, or before the filter had the focus, right after the key that opened the
        view)."""
        if event.is_printable and event.character:
            event.stop()
            if self.focused is not self.filter:
                self.filter.focus()
            self.filter.insert_text_at_cursor(event.character)

    def _answers_filter(self) -> bool:
        return self.listed == (self.filter.value, self.sort_key, self.descending)

    def action_cursor(self, step: int) -> None:
        self.in_turn.run(lambda: self.table.move_cursor(self.table.cursor + step))

    def action_page(self, step: int) -> None:
        self.in_turn.run(lambda: self.table.move_cursor(self.table.cursor + step * self.table.page))

    def action_to(self, row: int) -> None:
        self.in_turn.run(lambda: self.table.move_cursor(row if row >= 0 else self.table.count - 1))

    def action_jump(self) -> None:
        self.in_turn.run(self._jump)

    def _jump(self) -> None:
        row = self.current
        if row is not None and self.is_current:
            self.in_turn.drop()
            self.dismiss(row)

    def action_next_sort(self) -> None:
        self.sort_key = SORTS[(SORTS.index(self.sort_key) + 1) % len(SORTS)]
        self.descending = self.sort_key == "value"
        self.refresh_rows()

    def action_reverse(self) -> None:
        self.descending = not self.descending
        self.refresh_rows()

    def action_back(self) -> None:
        if self.filter.value:
            self.filter.value = ""
            return
        self.dismiss(None)

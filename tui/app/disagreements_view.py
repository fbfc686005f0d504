"""The disagreements view (``D``): where the open documents give different values for the same metric and
period, side by side.

Each disagreement is a heading row (the metric and the period) and a row per value and document; under the
table, the sentences of every value of the disagreement under the cursor, the one under the cursor first
and marked. The arrows and page keys move, ``enter`` on a value jumps to its sentence in the main screen;
``escape`` returns. Over a folder of thousands of articles there are tens of thousands of rows: the table
draws only the rows on screen (:class:`~tui.app.virtual_table.VirtualTable`), from :class:`Rows`, which
finds a row's disagreement and value by position instead of keeping anything per row.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer

from tui.app.columns import Column
from tui.app.figure_rows import FigureRow
from tui.app.from_thread import call_back
from tui.app.paragraphs import Paragraph, Paragraphs
from tui.app.series_source import SeriesFactory, chosen_row
from tui.app.styles import HIGHLIGHT_STYLE
from tui.app.virtual_table import VirtualTable
from tui.core.disagree import Disagreement
from tui.core.periodkind import period_label
from tui.core.series import SeriesIndex, key_label
from tui.core.seriestext import written

NONE_FOUND = (
    "No disagreements among these documents: no metric and period is given with different values by"
    " different documents."
)
"""What the view says when the open documents agree (or give no metric and period twice)."""

DISAGREEMENT_COLUMNS = [
    Column("value", "value", right=True, cap=20, rank=9),
    Column("document", "metric / document", grow=True, cap=80, floor=16, rank=8),
    Column("period", "period", cap=16, rank=7),
    Column("written", "as written", grow=True, cap=30, floor=8, rank=5),
]
"""Columns of the disagreements view: a heading row gives the metric (in the document column) and the
period; a value row the value, its document, the period and the period as the document writes it."""
PAGE = 10
"""Rows a page key moves."""


@dataclass(frozen=True)
class Line:
    """A row of the table: a disagreement, and the figure row of one of its values (None: its heading)."""

    disagreement: int
    row: int | None = None
    doc: int | None = None
    reading: int = 0
    """Which of the disagreement's readings (values) the row gives."""


class Rows:
    """The rows of the table, found by position: each disagreement's heading, then one row per value and
    document (only the position where each disagreement starts is kept)."""

    def __init__(self, found: list[Disagreement]) -> None:
        self.found = found
        sizes = [1 + sum(len(r.rows) for r in d.readings) for d in found]
        self.starts = [0, *accumulate(sizes)]
        """Where each disagreement's heading is; the last is the number of rows."""

    def __len__(self) -> int:
        return self.starts[-1]

    def line(self, position: int) -> Line:
        """The disagreement and value (or heading) at a position."""
        n = bisect_right(self.starts, position) - 1
        k = position - self.starts[n] - 1
        if k < 0:
            return Line(n)
        for r, reading in enumerate(self.found[n].readings):
            if k < len(reading.rows):
                return Line(n, reading.rows[k], reading.docs[k], r)
            k -= len(reading.rows)
        raise IndexError(position)

    def lines_of(self, n: int) -> list[Line]:
        """The value rows of disagreement ``n``."""
        return [self.line(p) for p in range(self.starts[n] + 1, self.starts[n + 1])]


class DisagreementsView(Screen[FigureRow | None]):
    """The disagreements of the open documents, each value with its document and sentence."""

    DEFAULT_CSS = """
    DisagreementsView > Vertical {
        border: round $accent;
        border-title-color: $accent;
        height: 1fr;
    }
    DisagreementsView VirtualTable {
        height: 1fr;
    }
    DisagreementsView Paragraphs {
        max-height: 10;
        padding: 0 1;
        border-top: solid $primary-darken-2;
    }
    """

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("enter", "jump", "Jump to the sentence", key_display="⏎", priority=True),
        Binding("down", "cursor(1)", "Next row", show=False, priority=True),
        Binding("up", "cursor(-1)", "Previous row", show=False, priority=True),
        Binding("pagedown", f"cursor({PAGE})", "Page down", show=False, priority=True),
        Binding("pageup", f"cursor(-{PAGE})", "Page up", show=False, priority=True),
        Binding("home", "cursor_to(0)", "First row", show=False, priority=True),
        Binding("end", "cursor_to(-1)", "Last row", show=False, priority=True),
    ]
    """Keys of the disagreements view (priority keys: the table would scroll on them, not move its cursor)."""

    def __init__(self, factory: SeriesFactory) -> None:
        super().__init__()
        self.factory = factory
        self.index: SeriesIndex | None = None
        self.found: list[Disagreement] = []
        self.rows = Rows([])
        """The rows of the table, by position."""

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Disagreements: reading the figures…"
            yield VirtualTable(DISAGREEMENT_COLUMNS)
            yield Paragraphs()
        yield Footer()

    @property
    def table(self) -> VirtualTable:
        """The table of disagreements (its rows are what the reader sees)."""
        return self.query_one(VirtualTable)

    def on_mount(self) -> None:
        self.table.focus()
        self.read()

    @work(thread=True, exclusive=True, group="series")
    def read(self) -> None:
        """Read the series and their disagreements in a thread; list them when done."""
        from tui.core.disagree import disagreements

        index = self.factory()
        found = disagreements(index)
        call_back(self, self._ready, index, found)

    def _ready(self, index: SeriesIndex, found: list[Disagreement]) -> None:
        self.index, self.found, self.rows = index, found, Rows(found)
        table = self.table
        table.set_rows(len(self.rows), self.cells, cursor=1)
        noun = "disagreement" if len(found) == 1 else "disagreements"
        self.query_one(Vertical).border_title = (
            f"Disagreements: {len(found):,} {noun} · enter jumps to a value"
            if found
            else "Disagreements: none among these documents"
        )
        table.display = bool(found)  # with none, the view says so instead of showing bare column headers
        self._show_sentences()

    def cells(self, position: int) -> dict[str, str]:
        """The cells of the row at ``position``: a disagreement's heading, or a value and its document."""
        index = self.index
        assert index is not None
        line = self.rows.line(position)
        d = self.found[line.disagreement]
        period = period_label(d.kind, d.start, d.end)
        if line.row is None or line.doc is None:
            return {"document": key_label(d.key), "period": period}
        f = index.figure(line.row)
        sign = -1 if d.readings[line.reading].reported.value < 0 else 1
        upper = None if f.upper is None else sign * f.upper
        return {
            "value": written(sign * f.value, f.text, d.key.unit, f.approx, upper),
            "document": index.names[line.doc],
            "period": period,
            "written": f.period or "",
        }

    @property
    def current(self) -> Line | None:
        """The row under the cursor."""
        row = self.table.cursor
        return self.rows.line(row) if 0 <= row < len(self.rows) else None

    def _show_sentences(self) -> None:
        line, index = self.current, self.index
        box = self.query_one(Paragraphs)
        if line is None or index is None:
            agree = Text(NONE_FOUND)
            box.update([] if self.found or index is None else [Paragraph(agree)])
            return
        rows = self.rows.lines_of(line.disagreement)
        rows.sort(key=lambda x: x != line)
        paragraphs = []
        for x in rows:
            assert x.row is not None and x.doc is not None
            f = index.figure(x.row)
            sentence = (f.sentence or "").replace("\n", " ")
            quoted = Text(f"{index.names[x.doc]}: ", style="dim")
            at = sentence.find(f.text)
            body = Text(sentence)
            if at >= 0:
                body.stylize(HIGHLIGHT_STYLE if x == line else "bold", at, at + len(f.text))
            quoted.append_text(body)
            offset = len(quoted.plain) - len(sentence)
            paragraphs.append(
                Paragraph(quoted, [(offset + at, offset + at + len(f.text))] if at >= 0 else [])
            )
        box.update(paragraphs)

    @on(VirtualTable.Highlighted)
    def _highlighted(self) -> None:
        self._show_sentences()

    @on(VirtualTable.Chosen)
    def _chosen(self, event: VirtualTable.Chosen) -> None:
        event.stop()
        self.action_jump()

    def action_cursor(self, step: int) -> None:
        """Move the cursor ``step`` rows down (up if negative)."""
        self.table.move_cursor(self.table.cursor + step)

    def action_cursor_to(self, row: int) -> None:
        """Put the cursor on row ``row`` (-1: the last)."""
        self.table.move_cursor(row if row >= 0 else len(self.rows) - 1)

    def action_jump(self) -> None:
        """Jump to the sentence of the value under the cursor."""
        line = self.current
        if line is not None and line.row is not None and self.index is not None:
            self.dismiss(chosen_row(self.index, line.row))

    def action_back(self) -> None:
        self.dismiss(None)

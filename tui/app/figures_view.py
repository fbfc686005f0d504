"""The figures view (``f``): every figure of the open documents; type to filter, sort, enter jumps.

Everything typed goes to the filter (``percent`` filters, it does not sort); the arrows and page keys move
in the table meanwhile, ``enter`` jumps to the figure under the cursor, ``ctrl+s`` changes the sort and
``ctrl+r`` reverses it, ``escape`` clears the filter, then returns.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input

from tui.app.columns import Column
from tui.app.figure_rows import FigureRow, figure_row, sentence_of
from tui.app.figure_table import FigureTable
from tui.app.paragraphs import Paragraph, Paragraphs
from tui.app.percent_chart import PercentChart
from tui.app.styles import HIGHLIGHT_STYLE
from tui.core.collate import collation_key
from tui.core.figfilter import parse_filter
from tui.core.model import Document, Figure
from tui.core.selection import HEAD, reading_order

VIEW_COLUMNS = [
    Column("document", "document", grow=True, cap=24, floor=8, rank=4),
    Column("figure", "figure", cap=16, rank=7),
    Column("value", "value", right=True, rank=9),
    Column("unit", "unit", cap=8, rank=6),
    Column("metric", "metric", grow=True, cap=40, floor=14, rank=8),
    Column("period", "period", grow=True, cap=14, floor=6, rank=5),
    Column("comparison", "comparison", grow=True, cap=24, floor=8, rank=2),
    Column("measure", "measure", cap=10, rank=1),
    Column("section", "section", grow=True, cap=20, floor=8, rank=3),
]
"""Columns of the figures view, the first to go when the screen is narrow ranked lowest."""

SORTS = ("section", "value", "metric", "period")
CHART_MIN_WIDTH = 150
"""The chart stands beside the table only when the screen is at least this wide (the table comes first)."""


def section_label(doc: Document, f: Figure) -> str:
    """Where a figure is: its section's heading, 导语 for the lead, 标题 for the kicker and subtitle."""
    if f.section_id == HEAD:
        return "标题"
    section = next((s for s in doc.sections if s.id == f.section_id), None)
    if section is None:
        return f.block_id
    return section.heading or "导语"


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
    FiguresView FigureTable {
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
        Binding("pagedown", "cursor(10)", "Page down", show=False, priority=True),
        Binding("pageup", "cursor(-10)", "Page up", show=False, priority=True),
    ]
    """Keys of the figures view; everything else typed goes to the filter."""

    AUTO_FOCUS = "Input"

    def __init__(self, documents: list[Document], figures: list[list[Figure] | None]) -> None:
        super().__init__()
        self.documents = documents
        self.all: list[FigureRow] = []
        """Every figure found so far, in reading order."""
        self.shown: list[FigureRow] = []
        """The figures that pass the filter, in the order shown."""
        self.sort_key = "section"
        self.descending = False
        self.pending = 0
        """Documents whose figures are still being found."""
        self.set_figures(figures, refresh=False)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Input(
                placeholder="Filter: >5  <1万  10..50  %  percent  中小企业  9月",
                compact=True,
                select_on_focus=False,  # a letter typed in the table comes back here and is added, not a replacement
            )
            with Horizontal():
                yield FigureTable(
                    VIEW_COLUMNS if len(self.documents) > 1 else VIEW_COLUMNS[1:], max_rows=5000
                )
                yield PercentChart()
            yield Paragraphs()
        yield Footer()

    @property
    def table(self) -> FigureTable:
        """The table of figures (its rows are what the reader sees)."""
        return self.query_one(FigureTable)

    @property
    def filter(self) -> Input:
        """The filter the reader types in."""
        return self.query_one(Input)

    def on_mount(self) -> None:
        self.refresh_rows()

    def on_resize(self, event: events.Resize) -> None:
        self.query_one(PercentChart).display = event.size.width >= CHART_MIN_WIDTH

    def set_figures(self, figures: list[list[Figure] | None], refresh: bool = True) -> None:
        """Take the figures found so far (None for a document still being read) and list them again."""
        self.pending = sum(1 for figs in figures if figs is None)
        self.all = []
        for d, figs in enumerate(figures):
            doc = self.documents[d]
            order = reading_order(doc)
            for f in sorted(figs or [], key=lambda f: (order.get(f.block_id, len(order)), f.start)):
                self.all.append(figure_row(d, f, doc.name, section_label(doc, f)))
        if refresh:
            self.refresh_rows(keep_cursor=True)

    def refresh_rows(self, keep_cursor: bool = False) -> None:
        """Filter, sort and list the figures; say how many in the title."""
        keep = parse_filter(self.filter.value)
        shown = [r for r in self.all if keep(r.figure)]
        if self.sort_key != "section":
            shown.sort(key=self._sort_key(), reverse=self.descending)
        elif self.descending:
            shown.reverse()
        self.shown = shown
        self.table.show(shown, keep_cursor)
        self.query_one(PercentChart).plot([r.figure for r in shown])
        arrow = "↓" if self.descending else "↑"
        finding = f" · finding figures in {self.pending} documents…" if self.pending else ""
        self.query_one(
            Vertical
        ).border_title = (
            f"Figures: {len(shown):,} of {len(self.all):,} · sorted by {self.sort_key} {arrow}{finding}"
        )
        self._show_sentence()

    def _sort_key(self) -> Callable[[FigureRow], tuple[object, ...]]:
        if self.sort_key == "value":
            return lambda r: (r.figure.value,)
        if self.sort_key == "metric":
            return lambda r: (collation_key(r.figure.metric or ""), r.figure.value)
        return lambda r: (r.figure.period_end or "", collation_key(r.figure.period or ""), r.figure.value)

    def _show_sentence(self) -> None:
        """Under the table: the sentence the highlighted figure comes from (the figure marked), and where."""
        row = self.table.current
        text = self.query_one(Paragraphs)
        if row is None:
            text.update([])
            return
        f = row.figure
        where = Text(f"{self.documents[row.doc].name} › " if len(self.documents) > 1 else "", style="dim")
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

    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        self.refresh_rows()

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_sentence()

    @on(FigureTable.Chosen)
    def _chosen(self, event: FigureTable.Chosen) -> None:
        self.dismiss(event.row)

    def on_key(self, event: events.Key) -> None:
        """A letter typed anywhere in the view goes to the filter."""
        if event.is_printable and event.character and self.focused is not self.filter:
            event.stop()
            self.filter.focus()
            self.filter.insert_text_at_cursor(event.character)

    def action_cursor(self, step: int) -> None:
        if self.shown:
            self.table.move_cursor(
                row=max(0, min(len(self.table.rows_shown) - 1, self.table.cursor_row + step))
            )

    def action_jump(self) -> None:
        row = self.table.current
        if row is not None:
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

    @on(DataTable.HeaderSelected)
    def _header(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        label = str(event.label).strip()
        key = {"figure": "value", "value": "value", "metric": "metric", "period": "period"}.get(
            label, "section"
        )
        if key == self.sort_key:
            self.descending = not self.descending
        else:
            self.sort_key, self.descending = key, key == "value"
        self.refresh_rows()

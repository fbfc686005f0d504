"""The metrics view (``m``): every comparable metric of the open documents, filtered as you type.

Each row is a metric key (canonical metric, measure, unit, place) with how many documents and figures
report it and the span of its periods, most documents first. What is typed filters the list (the name as
typed or as read: 社零 finds 社会消费品零售总额; a place or 同比 narrows it); the arrows move meanwhile;
``enter`` opens the metric's timeline; ``escape`` clears the filter, then returns. A point chosen in the
timeline comes back through here to the main screen.
"""

from __future__ import annotations

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input

from tui.app.figure_rows import FigureRow
from tui.app.in_turn import InTurn
from tui.app.series_source import SeriesFactory
from tui.core.series import MetricSummary, SeriesIndex, key_label

MAX_ROWS = 500
"""Rows listed at most (a collection has tens of thousands of metrics; the filter finds the rest)."""


def matches(summary: MetricSummary, label: str, words: list[str], read_as: str) -> bool:
    """Whether a metric passes the filter: every word in its label, or its name holds the query as read
    (社零 → 社会消费品零售总额)."""
    if all(w in label for w in words):
        return True
    return bool(read_as) and read_as in summary.key.metric


class MetricsView(Screen[FigureRow | None]):
    """The comparable metrics in a table with a filter above it."""

    DEFAULT_CSS = """
    MetricsView > Vertical {
        border: round $accent;
        border-title-color: $accent;
        height: 1fr;
    }
    MetricsView Input {
        margin: 0 0 1 0;
    }
    MetricsView DataTable {
        height: 1fr;
    }
    """

    BINDINGS = [
        Binding("escape", "back", "Clear filter / back"),
        Binding("enter", "open", "Timeline", key_display="⏎", priority=True),
        Binding("down", "cursor(1)", "Next metric", show=False, priority=True),
        Binding("up", "cursor(-1)", "Previous metric", show=False, priority=True),
        Binding("pagedown", "cursor(10)", "Page down", show=False, priority=True),
        Binding("pageup", "cursor(-10)", "Page up", show=False, priority=True),
    ]
    """Keys of the metrics view; everything else typed goes to the filter."""

    AUTO_FOCUS = "Input"

    def __init__(self, factory: SeriesFactory) -> None:
        super().__init__()
        self.factory = factory
        self.index: SeriesIndex | None = None
        """The series of the open documents, once read."""
        self.all: list[MetricSummary] = []
        self.labels: list[str] = []
        """The label of each metric of ``all`` (what the filter reads)."""
        self.shown: list[MetricSummary] = []
        """The metrics that pass the filter, in the order listed (at most :data:`MAX_ROWS`)."""
        self.matching = 0
        """How many metrics pass the filter (more than are listed when past :data:`MAX_ROWS`)."""
        self.listed: str | None = None
        """The filter that :attr:`shown` answers (None until the series are read)."""
        self.in_turn = InTurn(self, lambda: self.listed == self.filter.value)
        """The arrows and enter, run after the letters typed before them, on the rows that answer them."""

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Metrics: reading the figures…"
            yield Input(
                placeholder="Filter: 工业增加值  社零  同比  四川", compact=True, select_on_focus=False
            )
            yield DataTable(cursor_type="row", zebra_stripes=True)
        yield Footer()

    @property
    def table(self) -> DataTable[str | Text]:
        """The table of metrics."""
        return self.query_one(DataTable)

    @property
    def filter(self) -> Input:
        """The filter the reader types in."""
        return self.query_one(Input)

    def on_mount(self) -> None:
        table = self.table
        table.add_column(Text("docs", justify="right"), key="docs")
        table.add_column(Text("points", justify="right"), key="points")
        table.add_column("periods", key="periods")
        table.add_column("metric", key="metric")
        self.read()

    @work(thread=True, exclusive=True, group="series")
    def read(self) -> None:
        """Read the series of the open documents (in a thread) and list them when done."""
        index = self.factory()
        summaries = index.metrics()
        self.app.call_from_thread(self._ready, index, summaries)

    def _ready(self, index: SeriesIndex, summaries: list[MetricSummary]) -> None:
        self.index, self.all = index, summaries
        self.labels = [key_label(s.key) for s in summaries]
        self.refresh_rows()

    def refresh_rows(self) -> None:
        """Filter and list the metrics; the title says how many."""
        from tui.core.serieskey import read_metric

        self.listed = self.filter.value
        query = self.listed.strip()
        words = query.split()
        read_as = read_metric(query).name if query else ""
        pairs = zip(self.all, self.labels, strict=True)
        passing = [s for s, label in pairs if matches(s, label, words, read_as)] if query else self.all
        self.matching, self.shown = len(passing), passing[:MAX_ROWS]
        table = self.table
        table.clear()
        for s in self.shown:
            span = (
                f"{s.first[:7]}…{s.last[:7]}"
                if s.first and s.last and s.first != s.last
                else (s.last or "")[:10]
            )
            table.add_row(
                Text(f"{s.documents:,}", justify="right"),
                Text(f"{s.points:,}", justify="right"),
                span,
                key_label(s.key),
            )
        listed = f" · {len(self.shown):,} listed" if len(self.shown) < self.matching else ""
        self.query_one(
            Vertical
        ).border_title = f"Metrics: {self.matching:,} of {len(self.all):,}{listed} · enter opens the timeline"
        self.in_turn.answered()

    @property
    def current(self) -> MetricSummary | None:
        """The metric under the cursor."""
        row = self.table.cursor_row
        return self.shown[row] if 0 <= row < len(self.shown) else None

    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        if self.index is not None:
            self.refresh_rows()

    def on_key(self, event: events.Key) -> None:
        """A letter typed anywhere in the view goes to the filter (the filter takes its own: one that comes
        here was typed elsewhere, or before the filter had the focus, right after the key that opened the
        view)."""
        if event.is_printable and event.character:
            event.stop()
            if self.focused is not self.filter:
                self.filter.focus()
            self.filter.insert_text_at_cursor(event.character)

    def action_cursor(self, step: int) -> None:
        self.in_turn.run(lambda: self._move(step))

    def _move(self, step: int) -> None:
        if self.shown:
            self.table.move_cursor(row=max(0, min(len(self.shown) - 1, self.table.cursor_row + step)))

    def action_open(self) -> None:
        self.in_turn.run(self._open)

    def _open(self) -> None:
        metric = self.current
        if metric is None or self.index is None or not self.is_current:  # gone back meanwhile
            return
        from tui.app.timeline_view import TimelineView

        self.app.push_screen(TimelineView(self.index, metric.id), self._point_chosen)

    def _point_chosen(self, chosen: FigureRow | None) -> None:
        if chosen is not None:
            self.dismiss(chosen)

    def action_back(self) -> None:
        if self.filter.value:
            self.filter.value = ""
            return
        self.dismiss(None)

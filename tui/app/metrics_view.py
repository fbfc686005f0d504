"""The metrics view (``m``): every comparable metric of the open documents, filtered as you type.

Each row is a metric key (canonical metric, measure, unit, place) with how many documents and figures
report it and the span of its periods, most documents first, then most points, then by the pinyin of the
metric (quotes and punctuation aside: “小巨人”企业 under x). Every metric is listed (the table draws
only the rows on screen, as the figures view does: a collection has tens of thousands). What is typed filters the list (the name as
typed or as read: 社零 finds 社会消费品零售总额; a place or 同比 narrows it); the arrows move meanwhile;
``enter`` opens the metric's timeline; ``escape`` clears the filter, then returns. A point chosen in the
timeline comes back through here to the main screen.
"""

from __future__ import annotations

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input

from tui.app.columns import Column
from tui.app.document_rows import reading_key
from tui.app.figure_rows import FigureRow
from tui.app.from_thread import call_back
from tui.app.in_turn import InTurn
from tui.app.series_source import SeriesFactory
from tui.app.virtual_table import VirtualTable
from tui.core.series import MetricSummary, SeriesIndex, key_label

METRIC_COLUMNS = [
    Column("docs", "docs", right=True, cap=8, rank=6),
    Column("points", "points", right=True, cap=8, rank=5),
    Column("periods", "periods", cap=15, rank=7),
    Column("metric", "metric", grow=True, cap=120, floor=16, rank=9),
]
"""Columns of the metrics view; the metric takes what is left."""
PHRASE_SORT_MAX = 4000
"""Up to this many metrics are put in pinyin order read phrase by phrase; more, character by character."""


def metric_order(summaries: list[MetricSummary], labels: list[str]) -> list[int]:
    """Positions of ``summaries`` as listed: most documents first, then most points, then by the pinyin of
    the metric's name and label (punctuation and quotes aside)."""
    phrase = len(summaries) <= PHRASE_SORT_MAX
    names = {s.key.metric: reading_key(s.key.metric, phrase) for s in summaries}  # a name has several keys
    keys = [
        (-s.documents, -s.points, names[s.key.metric], reading_key(label, phrase))
        for s, label in zip(summaries, labels, strict=True)
    ]
    return sorted(range(len(summaries)), key=keys.__getitem__)


def span_text(s: MetricSummary) -> str:
    """The span of a metric's periods: ``2023-02…2023-12``, one date, or nothing."""
    if s.first and s.last and s.first != s.last:
        return f"{s.first[:7]}…{s.last[:7]}"
    return (s.last or "")[:10]


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
    MetricsView VirtualTable {
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
        """The metrics that pass the filter, in the order listed (all of them)."""
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
            yield VirtualTable(METRIC_COLUMNS)
        yield Footer()

    @property
    def table(self) -> VirtualTable:
        """The table of metrics (its rows are what the reader sees)."""
        return self.query_one(VirtualTable)

    @property
    def filter(self) -> Input:
        """The filter the reader types in."""
        return self.query_one(Input)

    def on_mount(self) -> None:
        self.read()

    @work(thread=True, exclusive=True, group="series")
    def read(self) -> None:
        """Read the series of the open documents and put them in order (in a thread); list them when done."""
        index = self.factory()
        summaries = index.metrics()
        labels = [key_label(s.key) for s in summaries]
        order = metric_order(summaries, labels)
        call_back(self, self._ready, index, [summaries[i] for i in order], [labels[i] for i in order])

    def _ready(self, index: SeriesIndex, summaries: list[MetricSummary], labels: list[str]) -> None:
        self.index, self.all, self.labels = index, summaries, labels
        self.refresh_rows()

    def cells(self, row: int) -> dict[str, str]:
        """The cells of the metric listed at ``row``."""
        s = self.shown[row]
        return {
            "docs": f"{s.documents:,}",
            "points": f"{s.points:,}",
            "periods": span_text(s),
            "metric": key_label(s.key),
        }

    def refresh_rows(self) -> None:
        """Filter and list the metrics; the title says how many."""
        from tui.core.serieskey import read_metric

        self.listed = self.filter.value
        query = self.listed.strip()
        words = query.split()
        read_as = read_metric(query).name if query else ""
        pairs = zip(self.all, self.labels, strict=True)
        self.shown = [s for s, label in pairs if matches(s, label, words, read_as)] if query else self.all
        self.table.set_rows(len(self.shown), self.cells)
        self.query_one(
            Vertical
        ).border_title = f"Metrics: {len(self.shown):,} of {len(self.all):,} · enter opens the timeline"
        self.in_turn.answered()

    @property
    def current(self) -> MetricSummary | None:
        """The metric under the cursor."""
        row = self.table.cursor
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
            self.table.move_cursor(self.table.cursor + step)

    @on(VirtualTable.Chosen)
    def _chosen(self, event: VirtualTable.Chosen) -> None:
        event.stop()
        self.action_open()

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

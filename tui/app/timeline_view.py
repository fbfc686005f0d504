"""The timeline of one metric: a chart of its points over time, a table of them, the sentence of the one
under the cursor. ``enter`` on a point jumps to its sentence in the main screen, highlighted.

The chart is drawn by plotext through ``textual-plotext`` (imported only when a timeline opens): one line
per kind of period (months, quarters, running totals, years, points in time, other spans), the x axis the
end of each period. The table lists every point, the kinds apart and the unresolved ones last.
"""

from __future__ import annotations

import statistics
from typing import cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer

from tui.app.figure_rows import FigureRow
from tui.app.paragraphs import Paragraph, Paragraphs
from tui.app.series_source import chosen_row
from tui.app.styles import HIGHLIGHT_STYLE
from tui.core.periodkind import period_label
from tui.core.series import Point, SeriesIndex, Timeline, key_label
from tui.core.seriestext import written
from tui.core.vocab import counted

KIND_NAMES = {
    "月": "month",
    "季": "quarter",
    "累计": "Jan-to-date",
    "年": "year",
    "时点": "as of",
    "其他": "other",
}
"""The legend of the chart, in ASCII (plotext measures every character as one cell)."""


_MONTH_SECONDS = 31 * 24 * 3600
MARKER = "●"
"""The mark of every point drawn (a line between points alone would leave a lone point a braille dot)."""
COLORS = ("cyan+", "orange+", "green+", "magenta+", "blue+", "gray+")
"""A colour a legend: every year's running total in the same colour."""


def _date_of(p: Point) -> str | None:
    """Where a point stands on the x axis: the end of its period (its start when it has no end)."""
    day = p.end or p.start
    return str(day)[:10] if day else None


def _groups(timeline: Timeline) -> list[tuple[str, list[Point]]]:
    """The points drawn, by line: one line per kind of period, and one per year for running totals (1—8月
    of one year is never joined to 1—2月 of the next)."""
    out: dict[tuple[str, str], list[Point]] = {}
    for kind in timeline.kinds():
        if kind not in KIND_NAMES:
            continue
        for p in timeline.points:
            day = _date_of(p)
            if p.kind == kind and day:
                year = str(p.start or day)[:4] if kind == "累计" else ""
                out.setdefault((kind, year), []).append(p)
    return [(KIND_NAMES[kind], points) for (kind, _), points in out.items()]


def chart_series(timeline: Timeline) -> list[tuple[str, list[str], list[float]]]:
    """(legend, dates, values) of each line of the chart: one value a date (the median of what the
    documents give for it), dates as YYYY-MM-DD (the end of each period, or its start when it has no end).
    Running totals are a line per year, under the same legend. Dates for which documents give different
    values come last, as ``differ``."""
    out: list[tuple[str, list[str], list[float]]] = []
    differ: list[tuple[str, float]] = []
    for legend, points in _groups(timeline):
        by_date: dict[str, list[float]] = {}
        for p in points:
            by_date.setdefault(_date_of(p) or "", []).append(p.value)
        dates = sorted(by_date)
        out.append((legend, dates, [statistics.median(by_date[d]) for d in dates]))
        differ += [(d, v) for d in dates if len(set(by_date[d])) > 1 for v in by_date[d]]
    if differ:
        out.append(("differ", [d for d, _ in differ], [v for _, v in differ]))
    return out


def undated(timeline: Timeline) -> int:
    """How many points the chart cannot place: their period was not resolved to a date."""
    drawn = sum(len(points) for _, points in _groups(timeline))
    return len(timeline.points) - drawn


def chart_title(timeline: Timeline) -> str:
    """What the chart leaves out, in its title (ASCII: plotext measures every character as one cell)."""
    missing = undated(timeline)
    if missing == len(timeline.points):
        return f"nothing to draw: {missing} without a date (period not resolved)"
    if missing:
        return (
            f"{len(timeline.points) - missing} points drawn; {missing} without a date (period not resolved)"
        )
    return ""


class TimelineView(Screen[FigureRow | None]):
    """One metric over time: chart, table of points, the highlighted point's sentence."""

    DEFAULT_CSS = """
    TimelineView > Vertical {
        border: round $accent;
        border-title-color: $accent;
        height: 1fr;
    }
    TimelineView PlotextPlot {
        height: 2fr;
        min-height: 8;
    }
    TimelineView DataTable {
        height: 1fr;
        min-height: 4;
    }
    TimelineView Paragraphs {
        max-height: 4;
        padding: 0 1;
        border-top: solid $primary-darken-2;
    }
    """

    BINDINGS = [
        Binding("escape", "back", "Back to the metrics"),
        Binding("enter", "jump", "Jump to the sentence", key_display="⏎", priority=True),
    ]
    """Keys of the timeline (the arrows move in the table of points)."""

    def __init__(self, index: SeriesIndex, key: int) -> None:
        super().__init__()
        self.index = index
        self.timeline = index.timeline(key)
        """The metric's points, in the order listed."""

    def compose(self) -> ComposeResult:
        from textual_plotext import PlotextPlot

        with Vertical() as box:
            box.border_title = self._title()
            yield PlotextPlot()
            yield DataTable(cursor_type="row", zebra_stripes=True)
            yield Paragraphs()
        yield Footer()

    def _title(self) -> str:
        t = self.timeline
        docs = len({p.doc for p in t.points})
        return f"{key_label(t.key)} · {counted(len(t.points), 'point')} in {counted(docs, 'document')}"

    @property
    def table(self) -> DataTable[str | Text]:
        """The table of points."""
        return self.query_one(DataTable)

    def on_mount(self) -> None:
        self._draw()
        table = self.table
        for label, key in (("kind", "kind"), ("period", "period"), ("value", "value"), ("document", "doc")):
            table.add_column(label, key=key)
        table.add_column("as written", key="written")
        unit = self.timeline.key.unit
        for p in self.timeline.points:
            table.add_row(
                p.kind,
                period_label(p.kind, p.start, p.end) or (p.period or "—"),
                Text(written(p.value, p.text, unit, p.approx, p.upper), justify="right"),
                self.index.names[p.doc],
                p.period or "",
            )
        table.focus()
        self._show_sentence()

    def _draw(self) -> None:
        from textual_plotext import PlotextPlot

        plt = self.query_one(PlotextPlot).plt
        plt.clear_data()
        plt.date_form("Y-m-d")
        series = chart_series(self.timeline)
        colors: dict[str, str] = {}
        for legend, dates, values in series:
            first = legend not in colors
            color = colors.setdefault(legend, COLORS[len(colors) % len(COLORS)])
            if legend == "differ":  # the values documents disagree on, as marks beside the lines
                plt.scatter(dates, values, marker="x", color="red", label=legend)
                continue
            if len(dates) > 1:
                plt.plot(dates, values, marker="braille", color=color)
            plt.scatter(dates, values, marker=MARKER, color=color, label=legend if first else None)
        plt.title(chart_title(self.timeline))
        days = sorted({d for _, dates, _ in series for d in dates})
        if len(days) == 1:  # one date: a month either side, not plotext's sixty years
            middle: float = cast(float, plt.string_to_time(days[0]))  # seconds, whatever the stubs say
            plt.xlim(middle - _MONTH_SECONDS, middle + _MONTH_SECONDS)
        unit = self.timeline.key.unit
        plt.ylabel(unit if unit.isascii() else "")

    @property
    def current(self) -> Point | None:
        """The point under the cursor."""
        row = self.table.cursor_row
        points = self.timeline.points
        return points[row] if 0 <= row < len(points) else None

    def _show_sentence(self) -> None:
        point = self.current
        box = self.query_one(Paragraphs)
        if point is None:
            box.update([])
            return
        figure = self.index.figure(point.row)
        sentence = (figure.sentence or "").replace("\n", " ")
        quoted = Text(sentence)
        at = sentence.find(figure.text)
        protect = []
        if at >= 0:
            quoted.stylize(HIGHLIGHT_STYLE, at, at + len(figure.text))
            protect.append((at, at + len(figure.text)))
        where = Text(f"{self.index.names[point.doc]} · {figure.block_id}", style="dim")
        box.update([Paragraph(quoted, protect), Paragraph(where)])

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_sentence()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_jump()

    def action_jump(self) -> None:
        point = self.current
        if point is not None:
            self.dismiss(chosen_row(self.index, point.row))

    def action_back(self) -> None:
        self.dismiss(None)

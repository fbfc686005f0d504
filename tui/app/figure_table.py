"""The figure table under the detail pane: the figures of the selected node."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from tui.core.model import Figure
from tui.core.render import clip, format_value

APPROX = {"over": ">", "under": "<", "about": "~"}


class FigureTable(DataTable[str | Text]):
    """Figure, value, unit, approximation, metric, period and comparison of the figures shown."""

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = True
        self.add_columns("figure", "metric", "period", "value", "unit", "≈", "comparison")

    MAX_ROWS = 1000
    """More figures than this in one node (a pathological file) are listed up to this many."""

    def show(self, figures: list[Figure]) -> None:
        """Replace the rows with these figures."""
        self.clear()
        for f in figures[: self.MAX_ROWS]:
            value = format_value(f.value) + (f"–{format_value(f.upper)}" if f.upper is not None else "")
            self.add_row(
                f.text,
                clip(f.metric or "", 24),
                f.period or "",
                Text(value, justify="right"),
                f.unit,
                APPROX.get(f.approx or "", ""),
                clip(f.comparison or "", 18),
            )
        more = f", first {self.MAX_ROWS} shown" if len(figures) > self.MAX_ROWS else ""
        self.border_title = f"Figures ({len(figures)}{more})"

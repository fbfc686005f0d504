"""A small horizontal bar chart of the percentages among the figures shown (not 个百分点: those are differences).

Each bar is one line: the metric, the value as a reader reads it (two decimals at most: 1/7 is ``14.29%``),
the bar; so the eye never pairs a label with its neighbour's bar.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.app.figure_rows import APPROX_SIGNS
from tui.core.model import Figure
from tui.core.render import format_value, pad

MAX_BARS = 14
LABEL_CELLS = 14
"""The metric's cells before its value (cut with … when longer)."""
VALUE_CELLS = 7
"""The value's cells, right-aligned (``>14.29%``)."""
BAR_CELLS = 12
"""The longest bar (the largest share shown)."""


def share_text(f: Figure) -> str:
    """A share as the chart writes it: rounded to two decimals, its approximation kept (``>14.29%``)."""
    return f"{APPROX_SIGNS.get(f.approx or '', '')}{format_value(round(f.value, 2))}%"


def bar_lines(figures: list[Figure]) -> list[tuple[str, str, str]]:
    """(label, value, bar) of each percentage among ``figures`` (the first :data:`MAX_BARS`), the label
    and value padded to their columns, the bar scaled to the largest."""
    shares = [f for f in figures if f.unit == "%"][:MAX_BARS]
    top = max((abs(f.value) for f in shares), default=0.0) or 1.0
    return [
        (
            pad(f.metric or f.text, LABEL_CELLS),
            pad(share_text(f), VALUE_CELLS, right=True),
            "█" * max(1, round(abs(f.value) / top * BAR_CELLS)),
        )
        for f in shares
    ]


class PercentChart(Static):
    """Bars of the percentage figures, each on one line with its metric; hidden when the screen is narrow."""

    DEFAULT_CSS = f"""
    PercentChart {{
        width: {LABEL_CELLS + VALUE_CELLS + BAR_CELLS + 2 + 3};
        height: 1fr;
        padding: 0 1;
        border-left: solid $primary-darken-2;
    }}
    """

    def plot(self, figures: list[Figure]) -> None:
        """Draw the bars of these figures' percentages (the first few)."""
        lines = bar_lines(figures)
        out = Text("Percentages\n\n", style="bold")
        if not lines:
            out.append("none shown", style="dim")
        for label, value, bar in lines:
            out.append(label, style="dim")
            out.append(f" {value} ", style="bold")
            out.append(bar + "\n", style="cyan")
        self.update(out)

"""A small horizontal bar chart of the percentages among the figures shown (not 个百分点: those are differences)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.core.model import Figure
from tui.core.render import clip, format_value

MAX_BARS = 14


class PercentChart(Static):
    """Bars of the percentage figures, each with its metric under it; hidden when the screen is narrow."""

    DEFAULT_CSS = """
    PercentChart {
        width: 30;
        height: 1fr;
        padding: 0 1;
        border-left: solid $primary-darken-2;
    }
    """

    def plot(self, figures: list[Figure]) -> None:
        """Draw the bars of these figures' percentages (the first few)."""
        shares = [f for f in figures if f.unit == "%"][:MAX_BARS]
        out = Text("Percentages\n\n", style="bold")
        if not shares:
            out.append("none shown", style="dim")
        else:
            top = max(f.value for f in shares) or 1.0
            for f in shares:
                out.append(f"{format_value(f.value):>6}% ", style="bold")
                out.append("█" * max(1, round(f.value / top * 14)) + "\n", style="cyan")
                out.append(f"  {clip(f.metric or f.text, 24)}\n", style="dim")
        self.update(out)

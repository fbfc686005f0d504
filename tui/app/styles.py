"""Styles that several widgets share, so that a pane looks and lights up the same wherever it is.

A pane is a bordered widget that can hold the focus: its border and title take the accent colour while the
focus is in it, so ``tab`` visibly moves from pane to pane.
"""

from __future__ import annotations


def pane_css(selector: str) -> str:
    """The CSS of a focusable bordered pane, for a widget's ``DEFAULT_CSS``."""
    return f"""
    {selector} {{
        border: round $primary-darken-2;
        border-title-color: $text-muted;
        border-subtitle-color: $text-muted;
        &:focus, &:focus-within {{
            border: round $accent;
            border-title-color: $accent;
            border-title-style: bold;
        }}
    }}
    """


HIGHLIGHT_STYLE = "black on yellow"
"""Search matches and the figure jumped to, wherever they are drawn."""

FIGURE_STYLES = {
    "percent": "bold cyan",
    "money": "bold green",
    "count": "bold yellow",
    "multiple": "bold magenta",
    "other": "bold blue",
}
"""A figure's colour in the text, by its kind."""

"""The help screen (``?``, ``f1``): generated from the real bindings, so it cannot drift from them."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.core.render import pad

TREE_KEYS: list[tuple[str, str]] = [
    ("↑ ↓", "move in the outline"),
    ("← →", "collapse, expand (also h, l)"),
    ("enter / space", "toggle a section"),
]
"""Keys the Tree widget brings with it (not declared in our BINDINGS)."""


def binding_rows(bindings: list[BindingType]) -> list[tuple[str, str]]:
    """(keys, description) for each binding, merging keys that share an action."""
    rows: dict[str, list[str]] = {}
    descriptions: dict[str, str] = {}
    for item in bindings:
        if not isinstance(item, Binding):
            continue
        key = item.key_display or item.key
        key = {
            "slash": "/",
            "question_mark": "?",
            "left_square_bracket": "[",
            "right_square_bracket": "]",
        }.get(key, key)
        rows.setdefault(item.action, []).append(key)
        descriptions.setdefault(item.action, item.description or item.action)
    return [(" ".join(dict.fromkeys(keys)), descriptions[action]) for action, keys in rows.items()]


class HelpScreen(ModalScreen[None]):
    """Every key of the explorer, grouped by where it works. Any key closes it."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close help")]
    """Keys that close the help screen."""

    def __init__(self, groups: list[tuple[str, list[BindingType]]]) -> None:
        super().__init__()
        self.groups = groups
        self.rows: list[tuple[str, str]] = []
        """Every (keys, description) shown, in order."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(self._table(), id="help-text")

    def _table(self) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for title, bindings in self.groups:
            table.add_row(Text(title, style="bold underline"), "")
            rows = (TREE_KEYS if title == "Outline" else []) + binding_rows(bindings)
            for keys, description in rows:
                self.rows.append((keys, description))
                table.add_row(pad(keys, 14), description)
            table.add_row("", "")
        return table

    def on_mount(self) -> None:
        self.query_one("#help-body").border_title = "Keys (escape closes)"

    def on_key(self) -> None:
        self.dismiss(None)

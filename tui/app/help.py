"""The help screen (``?``, ``f1``): every screen's keys, generated from the real bindings, and scrollable."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from tui.core.render import pad

KEY_NAMES = {
    "slash": "/",
    "question_mark": "?",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "ctrl+right": "ctrl+→",
    "ctrl+left": "ctrl+←",
    "left": "←",
    "right": "→",
    "up": "↑",
    "down": "↓",
    "pageup": "pgup",
    "pagedown": "pgdn",
}
"""How keys are written in the help (as on the keyboard)."""

BUILT_IN_KEYS: dict[str, list[tuple[str, str]]] = {
    "Outline": [
        ("↑ ↓", "Up, down"),
        ("enter space", "Open or close a section"),
        ("shift+↑ shift+↓", "Previous, next sibling"),
    ],
    "Detail": [("↑ ↓ pgup pgdn", "Scroll the text (when the detail has the focus: tab)")],
    "Figure table": [("↑ ↓", "Choose a figure"), ("enter", "Show the figure in the text, highlighted")],
}
"""Keys the Textual widgets bring with them (not in our BINDINGS), by group."""


def explorer_keys(main: list[BindingType], folder: bool) -> list[tuple[str, list[BindingType]]]:
    """The help's groups: the main screen's keys ``main`` (those that work for what is open), the documents
    view's when a folder is open, then the outline's, the search bar's and every view's."""
    from tui.app.documents import DocumentsPane
    from tui.app.figures_view import FiguresView
    from tui.app.outline import Outline
    from tui.app.search_bar import SearchBar
    from tui.app.series_source import series_help

    documents: list[tuple[str, list[BindingType]]] = (
        [("Documents view (a folder)", list(DocumentsPane.BINDINGS))] if folder else []
    )
    return [
        ("Main screen", main),
        *documents,
        ("Outline", list(Outline.BINDINGS)),
        ("Search bar", list(SearchBar.BINDINGS)),
        ("Detail", []),
        ("Figure table", []),
        ("Figures view", list(FiguresView.BINDINGS)),
        *series_help(),
        ("Help", list(HelpScreen.BINDINGS)),
    ]


def binding_rows(bindings: list[BindingType]) -> list[tuple[str, str]]:
    """(keys, description) for each binding, merging the keys that share an action."""
    rows: dict[str, list[str]] = {}
    descriptions: dict[str, str] = {}
    for item in bindings:
        if not isinstance(item, Binding):
            continue
        keys = [KEY_NAMES.get(k.strip(), k.strip()) for k in item.key.split(",")]
        rows.setdefault(item.action, []).extend(keys)
        descriptions.setdefault(item.action, item.description or item.action)
    return [(" ".join(dict.fromkeys(keys)), descriptions[action]) for action, keys in rows.items()]


class HelpScreen(ModalScreen[None]):
    """Every key of the explorer, grouped by where it works. The arrows and page keys scroll it."""

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }
    HelpScreen > VerticalScroll {
        width: 90%;
        max-width: 100;
        height: 1fr;
        margin: 1 0 0 0;
        border: round $accent;
        border-title-color: $accent;
        background: $surface;
        padding: 0 2;
    }
    """

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help"),
        Binding("j", "scroll('down')", "Scroll down", show=False),
        Binding("k", "scroll('up')", "Scroll up", show=False),
    ]
    """Keys that close the help screen (the arrows, pgup, pgdn, home and end scroll it)."""

    def __init__(self, groups: list[tuple[str, list[BindingType]]]) -> None:
        super().__init__()
        self.groups = groups
        self.rows: list[tuple[str, str]] = []
        """Every (keys, description) shown, in order."""

    def compose(self) -> ComposeResult:
        with VerticalScroll() as body:
            body.border_title = "Keys · ↑ ↓ pgup pgdn scroll · escape closes"
            yield Static(self._text())
        yield Footer()

    @property
    def body(self) -> VerticalScroll:
        """The scrolling part (its scroll offset says how far the reader has scrolled)."""
        return self.query_one(VerticalScroll)

    def on_mount(self) -> None:
        self.body.focus()

    def action_scroll(self, direction: str) -> None:
        """Scroll a line (once the text is laid out: a ``j`` typed right after ``?`` comes before that)."""
        self.call_after_refresh(self._scroll, direction)

    def _scroll(self, direction: str) -> None:
        if direction == "down":
            self.body.scroll_down(animate=False, immediate=True)
        else:
            self.body.scroll_up(animate=False, immediate=True)

    def _text(self) -> Text:
        groups = [(title, BUILT_IN_KEYS.get(title, []) + binding_rows(b)) for title, b in self.groups]
        width = max((cell_len(keys) for _, rows in groups for keys, _ in rows), default=0) + 2
        out = Text()
        for n, (title, rows) in enumerate(groups):
            out.append(("\n" if n else "") + title + "\n", style="bold underline")
            for keys, description in rows:
                self.rows.append((keys, description))
                out.append(f"  {pad(keys, width)}", style="bold cyan")
                out.append(description + "\n")
        return out

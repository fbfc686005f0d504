"""The App: loads the documents and pushes the main screen. Everything else lives in the screen."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from tui.app.commands import ExplorerCommands
from tui.app.main_screen import MainScreen
from tui.core.document import load_document
from tui.core.errors import InputError
from tui.core.model import Document


class ExplorerApp(App[None]):
    """interview-explorer: outline, detail, figures and search over one or more articles."""

    TITLE = "interview-explorer"
    COMMANDS = App.COMMANDS | {ExplorerCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", priority=False),
    ]
    """Global keys; the panes' keys are bound on the main screen."""

    def __init__(self, documents: list[Document], errors: list[str] | None = None) -> None:
        super().__init__()
        self.documents = documents
        self.load_errors = errors or []

    def on_mount(self) -> None:
        self.push_screen(MainScreen(self.documents))
        for error in self.load_errors:
            self.notify(error, title="Could not open", severity="error", timeout=8)


def load_all(paths: list[Path]) -> tuple[list[Document], list[str]]:
    """Parse every path; a file that fails is reported, not fatal, unless none opens."""
    documents: list[Document] = []
    errors: list[str] = []
    for path in paths:
        try:
            documents.append(load_document(path))
        except InputError as exc:
            errors.append(str(exc))
    if not documents:
        raise InputError(errors[0] if errors else "nothing to open")
    return documents, errors


def run_app(paths: list[Path]) -> int:
    """Open the explorer on these files; return the exit status."""
    documents, errors = load_all(paths)
    ExplorerApp(documents, errors).run()
    return 0

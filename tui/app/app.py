"""The App: holds the documents and pushes the main screen. Everything else lives in the screens."""

from __future__ import annotations

import gc

from textual.app import App

from tui.app.commands import ExplorerCommands
from tui.app.main_screen import MainScreen
from tui.core.model import Document


class ExplorerApp(App[None]):
    """interview-explorer: outline, detail, figures and search over one or more articles."""

    TITLE = "interview-explorer"
    COMMANDS = App.COMMANDS | {ExplorerCommands}

    def __init__(
        self, documents: list[Document], errors: list[str] | None = None, resume_gc: bool = False
    ) -> None:
        super().__init__()
        self.documents = documents
        self.load_errors = errors or []
        self.resume_gc = resume_gc
        """The garbage collector was paused for start-up (see :func:`tui.app.explorer.run_app`): resume it
        once the first frame is drawn."""

    def on_mount(self) -> None:
        self.push_screen(MainScreen(self.documents))
        for error in self.load_errors:
            self.notify(error, title="Could not open", severity="error", timeout=8)
        self.call_after_refresh(self._first_frame_drawn)

    def _first_frame_drawn(self) -> None:
        if self.resume_gc:
            gc.freeze()  # what start-up built lives as long as the app: no collection needs to walk it again
            gc.enable()

"""The App: holds what is open (a :class:`~tui.app.library.Library`) and pushes the main screen."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from textual.app import App

from tui.app.library import Library
from tui.app.main_screen import MainScreen

if TYPE_CHECKING:
    from textual.command import Provider


def _commands() -> type[Provider]:
    """Our command palette provider, imported when the palette first opens."""
    from tui.app.commands import ExplorerCommands

    return ExplorerCommands


class ExplorerApp(App[None]):
    """interview-explorer: documents, outline, detail, figures and search over one article or a folder."""

    TITLE = "interview-explorer"
    COMMANDS = App.COMMANDS | {_commands}

    def __init__(self, library: Library, resume_gc: bool = False) -> None:
        super().__init__()
        self.library = library
        self.resume_gc = resume_gc
        """The garbage collector was paused for start-up (see :func:`tui.app.explorer.run_app`): resume it
        once the first frame is drawn."""

    def get_default_screen(self) -> MainScreen:
        """The main screen is the app's first screen (not pushed over an empty default one: a screen less to
        style and draw before the first frame)."""
        return MainScreen(self.library)

    def first_frame_drawn(self) -> None:
        """Called by the main screen once its first frame is written to the terminal."""
        if self.resume_gc:
            self.resume_gc = False
            gc.freeze()  # what start-up built lives as long as the app: no collection needs to walk it again
            gc.enable()

"""The App: holds what is open (a :class:`~tui.app.library.Library`) and pushes the main screen."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from textual import events
from textual.app import App

from tui.app.library import Library
from tui.app.main_screen import MainScreen

if TYPE_CHECKING:
    from textual.command import Provider


def _commands() -> type[Provider]:
    """Our command palette provider, imported when the palette first opens."""
    from tui.app.commands import ExplorerCommands

    return ExplorerCommands


EARLY_KEYS = {"ctrl+j": events.Key("enter", "\r")}
"""Keys typed before the terminal was put in raw mode come as the terminal's line discipline made them: an
enter as a line feed (ctrl+j), which is read as the enter it was."""


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
        self.early_keys: list[events.Key] | None = []
        """Keys read before the main screen has given a widget the focus (typed while the explorer starts),
        kept to be handed on, in order, once it has; None from then on."""

    async def on_event(self, event: events.Event) -> None:
        """Keys read while nothing has the focus yet wait for the main screen to give it (Textual hands them
        to the screen, where a letter for the documents filter or a key of the outline is lost)."""
        if isinstance(event, events.Key) and not event.is_forwarded and self.early_keys is not None:
            if not self.screen_stack or self.screen.focused is None:
                self.early_keys.append(EARLY_KEYS.get(event.key, event))
                return
            await self.hand_on_early_keys()
        await super().on_event(event)

    async def hand_on_early_keys(self) -> None:
        """Hand on the keys read before the focus was given, in order (the main screen calls this once it has
        given it; a key read after it does too, first)."""
        early, self.early_keys = self.early_keys or [], None
        for key in early:
            await super().on_event(key)

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

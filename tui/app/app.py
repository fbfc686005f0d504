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


EARLY_KEYS = {"ctrl+j": ("enter", "\r")}
"""Keys typed before the terminal was put in raw mode come as the terminal's line discipline made them: an
enter as a line feed (ctrl+j), which is read as the enter it was (a new event each time: an event handed
on is marked as such, and one shared by every run would be dropped the second time)."""


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
        self.held: list[events.Key] | None = []
        """Keys read while they cannot be handed on yet, kept to be handed on in order; None while keys go
        straight on. Held from start-up until the main screen has given a widget the focus (keys typed while
        the explorer starts), and while a key that opens a view waits for the keys typed before it
        (:meth:`hold_keys`)."""
        self.started = False
        """The keys typed while the explorer started have been handed on (the terminal is in raw mode)."""
        self.drawn = False
        """The main screen's first frame has been written to the terminal."""

    async def on_event(self, event: events.Event) -> None:
        """Keys read while keys are held wait their turn (at start-up, Textual would hand them to the screen,
        where a letter for the documents filter or a key of the outline is lost; behind an opening key, to
        the widget that had the focus before the view opened)."""
        if isinstance(event, events.Key) and not event.is_forwarded and self.held is not None:
            early = None if self.started else EARLY_KEYS.get(event.key)
            self.held.append(event if early is None else events.Key(*early))
            return
        await super().on_event(event)

    def hold_keys(self) -> None:
        """Keep the keys read from now on until :meth:`release_keys` (a view is about to open)."""
        if self.held is None:
            self.held = []

    async def release_keys(self) -> None:
        """Hand on the keys held, in order; if one of them holds keys again (it opens a view), the rest
        stay held behind it."""
        held, self.held = self.held or [], None
        self.started = True
        for n, key in enumerate(held):
            await super().on_event(key)
            if self.held is not None:
                self.held[:0] = held[n + 1 :]
                return

    def get_default_screen(self) -> MainScreen:
        """The main screen is the app's first screen (not pushed over an empty default one: a screen less to
        style and draw before the first frame)."""
        return MainScreen(self.library)

    def first_frame_drawn(self) -> None:
        """Called by the main screen once its first frame is written to the terminal."""
        self.drawn = True
        if self.resume_gc:
            self.resume_gc = False
            gc.freeze()  # what start-up built lives as long as the app: no collection needs to walk it again
            gc.enable()

"""Work in a thread hands its answer back to a widget, unless the widget has been taken down meanwhile.

A folder's figures are counted, a search index built, the series read in threads that may outlast the pane
that asked: when the reader quits (or a test ends) while one runs, the app removes its widgets, and an
answer handed back then would query a child already gone and end the explorer with a traceback.
:func:`call_back` drops it instead.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from textual.message_pump import MessagePump


def call_back(widget: MessagePump, callback: Callable[..., object], *args: object) -> None:
    """From a worker thread: run ``callback(*args)`` in the app's thread if ``widget`` is still on screen
    and the app still running by then; otherwise drop it."""
    try:
        app = widget.app
    except RuntimeError:  # no app any more: the widget was taken out of it (Textual's NoActiveAppError)
        return

    def run() -> None:
        if widget.is_attached and app.is_running:
            callback(*args)

    with suppress(RuntimeError):  # the app has stopped: nobody to hand the answer to
        app.call_from_thread(run)

"""Keys that act on a filtered list, run in the order they were typed and on the list the reader sees.

A list with a filter above it (the search results, the figures, the metrics, the documents) takes the
letters in its filter, which handles them in its own turn, and the arrows and ``enter`` as priority keys,
which the app runs the moment it reads them. In a burst (``中小企业 ↓ ↓ enter`` typed fast, or sent by
``tmux send-keys``) that would run the arrows and ``enter`` before the letters typed before them have reached
the filter, on the answer to an earlier filter, or on an empty list while the view is still reading its data.

:class:`InTurn` puts such an action behind the keys typed before it (it is queued where the app hands keys
on: the focused widget, or the screen while nothing has the focus yet) and then, if the list does not yet
answer the filter as typed, keeps it until the list that does is shown (:meth:`InTurn.answered`).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.dom import DOMNode
from textual.widget import Widget

Act = Callable[[], None]


class InTurn:
    """Runs a screen's list keys after the keys typed before them, on the list that answers the filter."""

    def __init__(self, owner: Widget, ready: Callable[[], bool]) -> None:
        self._owner = owner
        self._ready = ready
        self.waiting: list[Act] = []
        """Keys read while the list did not answer the filter as typed, in the order typed."""

    def run(self, act: Act) -> None:
        """Run ``act`` once the keys typed before it have been handled and the list answers the filter."""
        screen = self._owner.screen
        target: DOMNode = screen.focused or screen  # where the app hands the keys read before this one
        target.call_later(self._when_ready, act)

    def _when_ready(self, act: Act) -> None:
        if self.waiting or not self._ready():
            self.waiting.append(act)
        else:
            act()

    def answered(self) -> None:
        """The list now answers the filter (the owner calls this when it lists an answer): run what waited."""
        while self.waiting and self._ready():
            self.waiting.pop(0)()

    def drop(self) -> None:
        """Forget the keys waiting (the view closes, or the reader cleared what they were for)."""
        self.waiting.clear()

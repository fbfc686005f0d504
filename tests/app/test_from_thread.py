"""An answer from a thread for a widget taken down meanwhile is dropped, not run on a widget with no children
(the explorer quit while a folder's figures were counted ended with a traceback; the start-up burst test
failed so when its work outlived it)."""

from __future__ import annotations

import threading

from textual import work
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from tests.app.waiting import wait_for
from tui.app.from_thread import call_back


class Pane(Vertical):
    """A pane whose answer comes from a thread once ``go`` is set, and needs its child."""

    def __init__(self) -> None:
        super().__init__()
        self.go = threading.Event()
        self.answers: list[str] = []
        self.sent = threading.Event()
        self.waiting = threading.Event()

    def compose(self) -> ComposeResult:
        yield Static("waiting")

    @work(thread=True)
    def slow(self) -> None:
        self.waiting.set()
        self.go.wait(10)
        call_back(self, self.answer, "done")
        self.sent.set()

    def answer(self, text: str) -> None:
        self.query_one(Static).update(text)
        self.answers.append(text)


class Holder(App[None]):
    def compose(self) -> ComposeResult:
        yield Pane()


async def test_an_answer_for_a_pane_still_there_is_shown() -> None:
    app = Holder()
    async with app.run_test() as pilot:
        pane = app.query_one(Pane)
        pane.slow()
        pane.go.set()
        await wait_for(pilot, lambda: pane.answers, "the answer")
        assert pane.answers == ["done"] and str(pane.query_one(Static).render()) == "done"


async def test_an_answer_for_a_pane_removed_meanwhile_is_dropped() -> None:
    app = Holder()
    async with app.run_test() as pilot:
        pane = app.query_one(Pane)
        pane.slow()
        await wait_for(pilot, pane.waiting.is_set, "the thread at work")
        await pane.query_one(Static).remove()  # its child goes first, as when the app closes
        await pane.remove()
        pane.go.set()
        await wait_for(pilot, pane.sent.is_set, "the thread's answer")
        await pilot.pause()
        assert pane.answers == []
    assert app.return_code in (0, None)

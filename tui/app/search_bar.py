"""The search bar: docked at the top, composed with the screen and shown on demand; results as you type.

The input is composed with the screen, so that it can take the focus the moment ``/`` is pressed; the
status line and the list of hits, which no key goes to, are laid in once the first frame is out. The bar
runs the queries itself (in a worker thread, a stale answer dropped) once the screen hands it the index;
until then it keeps the query and runs it the moment the index is ready.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static

from tui.app.from_thread import call_back
from tui.app.in_turn import InTurn
from tui.app.search_status import count_text, reading_text
from tui.core.model import Hit, SearchAnswer

if TYPE_CHECKING:
    from tui.app.hit_list import HitList
    from tui.core.search import SearchIndex

LIMIT = 200
"""Hits listed at most; the status line gives the true total."""
DEBOUNCE = 0.12
"""Seconds of quiet typing before a query runs."""


class SearchBar(Vertical):
    """An input, a status line and the hits. Shown by the ``-open`` class, never as a modal."""

    DEFAULT_CSS = """
    SearchBar {
        dock: top;
        display: none;
        height: auto;
        max-height: 65%;
        border: round $accent;
        border-title-color: $accent;
        padding: 0 1;
        background: $surface;
        &.-open {
            display: block;
        }
        #search-status {
            color: $text-muted;
            height: 1;
        }
    }
    """

    BINDINGS = [
        Binding("escape", "close", "Close search"),
        Binding("enter", "jump", "Jump to hit", key_display="⏎", priority=True),
        Binding("down", "move(1)", "Next result", key_display="↓", priority=True),
        Binding("up", "move(-1)", "Previous result", key_display="↑", priority=True),
        Binding("pagedown", "move(10)", "Results: page down", show=False, priority=True),
        Binding("pageup", "move(-10)", "Results: page up", show=False, priority=True),
        Binding("ctrl+right", "reading(1)", "Next reading of pinyin", show=False, priority=True),
        Binding("ctrl+left", "reading(-1)", "Previous reading of pinyin", show=False, priority=True),
    ]
    """Keys while the bar has focus: arrows walk the results, enter jumps, escape closes. The arrows and enter
    are priority keys run in turn (:class:`~tui.app.in_turn.InTurn`): after the letters typed before them,
    on the answer to the query as typed, so that a burst of keys moves and jumps in the list the reader sees
    (run as they bubbled up, the arrows came after a jump and moved the outline instead)."""

    class Jump(Message):
        """The reader chose a hit (enter): jump to it."""

        def __init__(self, hit: Hit, index: int) -> None:
            super().__init__()
            self.hit = hit
            self.index = index

    class Closed(Message):
        """The bar was closed with escape, staying where the reader is."""

    def __init__(self, with_document: bool = False, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.with_document = with_document
        """Several documents are open: name the document in each row."""
        self.answer = SearchAnswer([], 0)
        """The answer to :attr:`answered` (the hits listed and the total)."""
        self.answered: str | None = None
        """The query whose answer is listed (an earlier keystroke's answer may come back later: it is dropped)."""
        self.reading = 0
        """Which reading of a pinyin or traditional query is used (ctrl+←/→)."""
        self._index: SearchIndex | None = None
        self._results: HitList | None = None
        self._timer: Timer | None = None
        self.answered_reading = 0
        """The reading of :attr:`answered` that is listed."""
        self.in_turn = InTurn(self, self._answers_query)
        """The arrows and enter, run after the letters typed before them, on the answer to the query typed."""
        self.status_text = ""
        """What the status line says (how the query was read, how many hits)."""
        self.border_title = "Search"

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder='专精特新 · 中小企业 订单 · "exact phrase" · A OR B · -exclude · zhuanjing',
            compact=True,
            select_on_focus=False,  # open() selects the last query itself; a key typed on must not be lost
        )

    def lay_results(self) -> None:
        """Lay the status line and the list of hits in (the screen calls this once the first frame is out)."""
        if self.results is None:
            self.call_later(self._lay_results)

    async def _lay_results(self) -> None:
        if not self.is_attached or self.results is not None:
            return  # the app closed before the results' turn came
        from tui.app.hit_list import HitList

        results = HitList()
        await self.mount(Static(self.status_text, id="search-status"), results)
        self._results = results
        results.show(self.hits, self.with_document)

    # what the screen uses ----------------------------------------------------------------------------------
    @property
    def value(self) -> str:
        """The query as typed."""
        return self.query_one(Input).value

    @value.setter
    def value(self, text: str) -> None:
        self.query_one(Input).value = text

    @property
    def hits(self) -> list[Hit]:
        """The hits listed, best first."""
        return self.answer.hits

    @property
    def is_open(self) -> bool:
        """The bar is shown."""
        return self.has_class("-open")

    @property
    def typing(self) -> bool:
        """The query input has the focus (a key typed now is part of the query)."""
        return self.screen.focused is self.query_one(Input)

    @property
    def results(self) -> HitList | None:
        """The list of hits (None for the moment of the first frame, before it is laid in)."""
        return self._results

    @property
    def index(self) -> SearchIndex | None:
        """The search index (None until the screen has loaded or built it)."""
        return self._index

    @index.setter
    def index(self, index: SearchIndex) -> None:
        self._index = index
        if self.is_open and self.value and self.answered != self.value:
            self._run(self.value)
        elif self.is_open:
            self._status("")

    def open(self) -> None:
        """Show the bar and give the input the focus at once, so that keys typed right after go to it."""
        self.add_class("-open")
        field = self.query_one(Input)
        self.screen.set_focus(field)  # synchronously: Widget.focus() would wait for the next message
        if field.value:
            field.select_all()  # typing replaces the last query; the arrows keep it
        if self._index is None:
            self._status("Preparing the index (jieba)… your query runs when it is ready")

    def type(self, text: str) -> None:
        """Type ``text`` into the query as a key would (a key the screen caught on the bar's behalf)."""
        field = self.query_one(Input)
        if field.selection.is_empty:
            field.insert_text_at_cursor(text)
        else:
            field.replace(text, *sorted(field.selection))

    def action_close(self) -> None:
        self.in_turn.drop()
        self.remove_class("-open")
        self.post_message(self.Closed())

    def _answers_query(self) -> bool:
        """The hits listed answer the query as typed, in the reading chosen (an empty query has none to
        wait for)."""
        if not self.value.strip():
            return True
        return self.answered == self.value and self.answered_reading == self.reading

    def action_move(self, step: int) -> None:
        self.in_turn.run(lambda: self._move(step))

    def _move(self, step: int) -> None:
        results = self.results
        if results is not None and results.option_count:
            current = results.highlighted if results.highlighted is not None else -step
            results.highlighted = max(0, min(results.option_count - 1, current + step))

    def action_reading(self, step: int) -> None:
        self.reading += step
        self._run(self.value)

    # querying --------------------------------------------------------------------------------------------------
    def _status(self, text: str) -> None:
        self.status_text = text
        for line in self.query("#search-status").results(Static):
            line.update(text)

    def on_key(self, event: events.Key) -> None:
        """A character typed while the results list has the focus goes to the query."""
        if event.is_printable and event.character and not self.typing:
            event.stop()
            self.screen.set_focus(self.query_one(Input))
            self.type(event.character)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.reading = 0
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, lambda: self._run(event.value))

    def _run(self, query: str) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self._index is None:
            return  # runs when the index arrives
        self._search(self._index, query, self.reading)

    @work(exclusive=True, group="search", thread=True)
    def _search(self, index: SearchIndex, query: str, reading: int) -> None:
        started = time.perf_counter()
        readings = index.interpret(query)
        chosen = reading % len(readings)
        answer = index.answer(query, limit=LIMIT, reading=chosen)
        elapsed = (time.perf_counter() - started) * 1000
        label = reading_text(readings, chosen)
        call_back(self, self._answered, query, reading, answer, elapsed, label)

    def _answered(
        self, query: str, reading: int, answer: SearchAnswer, elapsed: float, label: str | None
    ) -> None:
        if self.value != query or self.reading != reading:
            return  # a stale answer: the reader has typed on
        self.answer, self.answered, self.answered_reading = answer, query, reading
        if self.results is not None:
            self.results.show(answer.hits, self.with_document)
        shown = f"{label} · " if label else ""
        self._status(f"{shown}{count_text(answer)} · {elapsed:.1f} ms" if query.strip() else "")
        self.in_turn.answered()

    def action_jump(self) -> None:
        """Jump to the hit highlighted (enter before the answer came: to the one highlighted once it has)."""
        self.in_turn.run(self._jump_highlighted)

    def _jump_highlighted(self) -> None:
        if self.is_open and self.answered == self.value:
            self._jump(self.results.highlighted if self.results is not None else 0)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._jump(event.option_index)

    def _jump(self, index: int | None) -> None:
        if index is not None and 0 <= index < len(self.hits):
            self.remove_class("-open")
            self.post_message(self.Jump(self.hits[index], index))

"""The search bar: docked at the top, results update while typing, enter jumps to the highlighted hit."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.app.detail import MATCH_STYLE
from tui.core.model import Hit
from tui.core.render import clip


class SearchBar(Vertical):
    """An input, a status line and the list of hits. Shown by the ``-open`` class, not as a modal."""

    BINDINGS = [
        Binding("escape", "close", "Close search", show=False),
        Binding("down", "move(1)", "Next result", show=False),
        Binding("up", "move(-1)", "Previous result", show=False),
        Binding("ctrl+right", "reading(1)", "Next reading of pinyin", show=False, priority=True),
        Binding("ctrl+left", "reading(-1)", "Previous reading of pinyin", show=False, priority=True),
    ]
    """Keys while the bar has focus: arrows walk the results, enter jumps, escape closes."""

    @dataclass
    class Changed(Message):
        """The query text changed (debounced by the screen)."""

        query: str

    @dataclass
    class Jump(Message):
        """The user chose a hit."""

        index: int

    @dataclass
    class Closed(Message):
        """The bar was closed with escape."""

    @dataclass
    class OtherReading(Message):
        """Show the next (+1) or previous (-1) reading of a pinyin query."""

        step: int

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder='Search: 专精特新, 中小企业 订单, "exact phrase", A OR B, -exclude', id="search-input"
        )
        yield Static("", id="search-status")
        yield OptionList(id="search-results")

    def open(self) -> None:
        self.add_class("-open")
        self.query_one(Input).focus()

    def action_close(self) -> None:
        self.remove_class("-open")
        self.post_message(self.Closed())

    def action_move(self, step: int) -> None:
        results = self.query_one(OptionList)
        if results.option_count:
            current = results.highlighted if results.highlighted is not None else -step
            results.highlighted = max(0, min(results.option_count - 1, current + step))

    def action_reading(self, step: int) -> None:
        self.post_message(self.OtherReading(step))

    def status(self, text: str) -> None:
        self.query_one("#search-status", Static).update(text)

    def show_hits(self, hits: list[Hit], elapsed_ms: float, label: str | None = None) -> None:
        results = self.query_one(OptionList)
        results.clear_options()
        for hit in hits:
            results.add_option(Option(_hit_label(hit)))
        if hits:
            results.highlighted = 0
        reading = f"{label} · " if label else ""
        self.status(f"{reading}{len(hits)} hits · {elapsed_ms:.1f} ms")

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        results = self.query_one(OptionList)
        if results.highlighted is not None:
            self.post_message(self.Jump(results.highlighted))

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Jump(event.option_index))


def _hit_label(hit: Hit) -> Text:
    where = clip(hit.heading or ("导语" if hit.section == "s0" else hit.doc), 14)
    label = Text(f"{where} › {hit.kind:<9}", style="dim")
    snippet = Text(hit.snippet.replace("\n", " "))
    for start, end in hit.snippet_spans:
        snippet.stylize(MATCH_STYLE, start, end)
    label.append(" ")
    label.append_text(snippet)
    label.append(f"  {hit.score:.1f}", style="dim")
    label.truncate(200)
    return label

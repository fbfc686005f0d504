"""The documents view: every document of a folder (date, source, title, figures), filtered as you type.

It sits above the outline when several documents are open. The filter keeps the focus: what is typed
filters at once, the arrows and page keys move the cursor meanwhile, and the outline below follows the
cursor; ``enter`` goes into the document (the outline takes the focus), ``ctrl+s`` and ``ctrl+r`` change
the order, ``escape`` clears the filter, then leaves for the outline. The table draws only the rows on
screen (:class:`~tui.app.virtual_table.VirtualTable`), so ten thousand documents cost what twenty do.

The pane lists the headers kept of the last opening at once, then opens the collection in a thread (its
title says how far reading and parsing have come when files must be read) and tells the screen with
:class:`DocumentsPane.Ready`; then it has every document's figures found and counted, in worker processes
the first time (once: they are kept).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input

from tui.app.columns import Column
from tui.app.document_rows import DocumentRows
from tui.app.from_thread import call_back
from tui.app.in_turn import InTurn
from tui.app.styles import pane_css
from tui.app.virtual_table import VirtualTable
from tui.core.errors import InputError

if TYPE_CHECKING:
    from tui.app.shelf import Shelf
    from tui.core.index.build import Progress

DOCUMENT_COLUMNS = [
    Column("date", "date", cap=10, rank=5),
    Column("source", "source", grow=True, cap=12, floor=4, rank=3),
    Column("title", "title", grow=True, cap=80, floor=12, rank=9),
    Column("figures", "figures", right=True, cap=7, rank=4),
]
"""Columns of the documents view; when it is narrow the source goes first, then the count of figures."""


class DocumentsPane(Vertical):
    """A filter over a table of documents; tells the screen which document the cursor is on."""

    DEFAULT_CSS = (
        pane_css("DocumentsPane")
        + """
    DocumentsPane {
        height: 40%;
        min-height: 7;
    }
    DocumentsPane > Input {
        margin: 0 0 0 0;
    }
    """
    )

    BINDINGS = [
        Binding("down", "cursor(1)", "Next document", show=False, priority=True),
        Binding("up", "cursor(-1)", "Previous document", show=False, priority=True),
        Binding("pagedown", "page(1)", "Documents: page down", show=False, priority=True),
        Binding("pageup", "page(-1)", "Documents: page up", show=False, priority=True),
        Binding("enter", "open", "Open document", key_display="⏎", priority=True),
        Binding("ctrl+s", "next_sort", "Sort documents"),
        Binding("ctrl+r", "reverse", "Reverse order"),
        Binding("escape", "clear", "Clear filter / leave"),
    ]
    """While the filter has the focus: the arrows and page keys move in the table, enter opens, ctrl+s sorts
    by date, title, source and figures in turn, ctrl+r reverses, escape clears the filter (then leaves)."""

    class Highlighted(Message):
        """The cursor is on another document."""

        def __init__(self, doc: int) -> None:
            super().__init__()
            self.doc = doc

    class Chosen(Message):
        """The reader pressed enter on a document."""

        def __init__(self, doc: int) -> None:
            super().__init__()
            self.doc = doc

    class Left(Message):
        """Escape on an empty filter: the reader leaves the documents view for the outline."""

    class Ready(Message):
        """The collection is open: documents can be read and searched."""

        def __init__(self, errors: list[str]) -> None:
            super().__init__()
            self.errors = errors
            """One line for each path or file that could not be read."""

    def __init__(self, shelf: Shelf, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.shelf = shelf
        self.rows = rows_of(shelf)
        """The documents' headers, filtered and sorted."""
        self.note = "checking the files…"
        """What is happening to the collection (opening, finding figures), after the count in the title."""
        self._highlighted: int | None = None
        self._reported = 0.0
        self.touched = False
        """The reader has moved the cursor, filtered or sorted: new headers keep their document under the
        cursor (until then the cursor stays on the first row, the newest document)."""
        self.listed = ""
        """The filter that the rows shown answer."""
        self.opened = False
        """The collection is open (until then the rows are the headers kept of the last opening)."""
        self.in_turn = InTurn(self, lambda: self.opened and self.listed == self.filter.value)
        """The arrows and enter, run after the letters typed before them, on the rows that answer them, once
        the collection is open (a document cannot be opened before; the fresh rows may be others)."""

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="Filter: words of the title, source, date", compact=True, select_on_focus=False
        )
        table = VirtualTable(DOCUMENT_COLUMNS)
        table.can_focus = False  # the filter keeps the focus; its keys move the cursor
        yield table

    def on_mount(self) -> None:
        self._show(0)

    @property
    def filter(self) -> Input:
        """The filter the reader types in."""
        return self.query_one(Input)

    @property
    def table(self) -> VirtualTable:
        """The table of documents (its rows are what the reader sees)."""
        return self.query_one(VirtualTable)

    @property
    def current(self) -> int | None:
        """The document under the cursor (None when the filter keeps none)."""
        shown = self.rows.shown
        cursor = self.table.cursor
        return shown[cursor] if 0 <= cursor < len(shown) else None

    # what the screen uses ----------------------------------------------------------------------------------
    # the collection -------------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="collection")
    def open_collection(self) -> None:
        """Open the collection (reading what changed), then count every document's figures (the screen
        calls this once the first frame is out)."""
        self.rows.prepare()  # before anything else: the reader may type into the filter at once
        try:
            changed = self.shelf.open(self._progress_from_thread("reading"))
        except InputError as exc:
            call_back(self, self.set_note, str(exc))
            return
        fresh = rows_of(self.shelf) if changed else None
        if fresh is not None:
            fresh.prepare()
        call_back(self, self._opened, fresh)
        if self.shelf.find_all_figures(self._progress_from_thread("finding figures")):
            call_back(self, self._counted)

    def _progress_from_thread(self, doing: str) -> Callable[[Progress], None]:
        def report(progress: Progress) -> None:
            now = time.monotonic()
            if now - self._reported > 0.25 or progress.done == progress.total:
                self._reported = now
                call_back(self, self.set_note, progress_text(doing, progress))

        return report

    def _opened(self, fresh: DocumentRows | None) -> None:
        if fresh is not None:  # the files changed since the listing shown
            self.set_rows(fresh)
        collection = self.shelf.collection
        self.set_note("" if collection is None or collection.has_figures else "finding figures…")
        self.post_message(self.Ready(list(self.shelf.errors)))
        self.opened = True
        self.call_later(self.in_turn.answered)  # after the screen has taken Ready: it opens documents then

    def _counted(self) -> None:
        self.set_figures(self.shelf.column("figures"))
        self.set_note("")

    def set_rows(self, rows: DocumentRows) -> None:
        """Take new headers (the collection was opened, or its figures counted), keeping filter, order and
        the document under the cursor if the reader has chosen one."""
        current = self.current if self.touched else None
        rows.sort(self.rows.sort_key, self.rows.descending)
        rows.filter(self.filter.value)
        self.rows, self.listed = rows, self.filter.value
        position = rows.position(current) if current is not None else None
        self._show(position or 0)

    def set_figures(self, figures: Sequence[int | None]) -> None:
        """The number of each document's figures, now counted."""
        current = self.current
        self.rows.set_figures(figures)
        position = self.rows.position(current) if current is not None else None
        self._show(position or 0, relayout=False)

    def select(self, doc: int) -> None:
        """Put the cursor on document ``doc``; the filter is cleared when it hides it."""
        self.touched = True
        position = self.rows.position(doc)
        if position is None:
            self.filter.value = ""
            self.rows.filter("")
            self.listed = ""
            position = self.rows.position(doc)
            self._show(position or 0)
        self.table.move_cursor(position or 0)

    def set_note(self, note: str) -> None:
        """Say what is happening to the collection, beside the count."""
        self.note = note
        self._title()

    # drawing ---------------------------------------------------------------------------------------------
    def _show(self, cursor: int, relayout: bool = True) -> None:
        self.table.set_rows(len(self.rows.shown), self.rows.cells, cursor, relayout=relayout)
        self._title()

    def _title(self) -> None:
        note = f" · {self.note}" if self.note else ""
        self.border_title = f"Documents: {self.rows.description}{note}"

    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        self.touched = True
        current = self.current
        self.rows.filter(event.value)
        self.listed = event.value
        position = self.rows.position(current) if current is not None else None
        self._show(position or 0, relayout=False)
        self.in_turn.answered()

    @on(VirtualTable.Highlighted)
    def _highlighted_row(self, event: VirtualTable.Highlighted) -> None:
        event.stop()
        doc = self.current
        if doc is not None and doc != self._highlighted:
            self._highlighted = doc
            self.post_message(self.Highlighted(doc))

    @on(VirtualTable.Chosen)
    def _chosen(self, event: VirtualTable.Chosen) -> None:
        event.stop()
        self.action_open()

    # keys ------------------------------------------------------------------------------------------------
    def action_cursor(self, step: int) -> None:
        self.in_turn.run(lambda: self._move(step))

    def action_page(self, step: int) -> None:
        self.in_turn.run(lambda: self._move(step * self.table.page))

    def _move(self, step: int) -> None:
        self.touched = True
        self.table.move_cursor(self.table.cursor + step)

    def action_open(self) -> None:
        self.in_turn.run(self._open)

    def _open(self) -> None:
        doc = self.current
        if doc is not None:
            self.post_message(self.Chosen(doc))

    def action_next_sort(self) -> None:
        self.touched = True
        current = self.current
        self.rows.next_sort()
        self._show(self.rows.position(current) or 0 if current is not None else 0, relayout=False)

    def action_reverse(self) -> None:
        self.touched = True
        current = self.current
        self.rows.reverse()
        self._show(self.rows.position(current) or 0 if current is not None else 0, relayout=False)

    def action_clear(self) -> None:
        if self.filter.value:
            self.filter.value = ""
        else:
            self.post_message(self.Left())


def rows_of(shelf: Shelf) -> DocumentRows:
    """The documents view's rows of a shelf's headers."""
    return DocumentRows(
        [shelf.name(i) for i in range(len(shelf))],
        shelf.column("title"),
        shelf.column("date"),
        shelf.column("source"),
        shelf.column("figures"),
    )


def progress_text(doing: str, progress: Progress) -> str:
    """``reading 1,200 of 10,000 files · 85 a second · 2 min left``."""
    text = f"{doing} {progress.done:,} of {progress.total:,} · {progress.rate:,.0f} a second"
    eta = progress.eta
    if eta is not None and progress.done < progress.total:
        text += f" · {eta / 60:.0f} min left" if eta >= 90 else f" · {eta:.0f} s left"
    return text

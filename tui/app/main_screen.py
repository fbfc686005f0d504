"""The main screen: composes the panes and routes the messages between them.

With one file: the outline on the left, the detail and its figures on the right, the search bar docked on
top. With a folder (several documents) the documents view stands above them and the outline shows the
document under its cursor. Work that takes time runs in threads after the first frame: opening the
collection (the documents view does it, and says when it is ready), the figures of the document shown,
the search index. A pane whose data is not ready says so and fills in when it comes.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Footer, Header, Input

from tui.app.detail import Detail
from tui.app.figures_pane import FiguresPane
from tui.app.labels import block_label
from tui.app.library import Library
from tui.app.outline import NodeRef, Outline
from tui.app.search_bar import SearchBar
from tui.app.search_keys import SearchKeys
from tui.core.selection import Node, text_of

if TYPE_CHECKING:  # the search engine (numpy), the tables and the other screens load after the first frame
    from textual.widget import Widget

    from tui.app.documents import DocumentsPane


TYPED_IN_FILTERS = frozenset({"figures", "documents", "series", "help"})
"""Actions of priority keys that are letters of a query or filter while one has the focus."""
FOLLOW_DELAY = 0.1
"""Seconds the documents view's cursor rests on a document before the outline and text show it: typing
into the filter or holding an arrow redraws the list at once and opens only the document it stops on."""


class MainScreen(SearchKeys):
    """The documents view (with several documents), the outline, the detail and its figures, search."""

    DEFAULT_CSS = """
    MainScreen > Horizontal {
        height: 1fr;
    }
    MainScreen > Horizontal > Vertical {
        width: 1fr;
    }
    """

    BINDINGS = [
        Binding("slash", "search('/')", "Search", key_display="/", priority=True),
        Binding("ctrl+f", "search", "Search", show=False, priority=True),
        Binding("f", "figures", "Figures", priority=True),
        Binding("d", "documents", "Documents", priority=True),
        Binding("m", "series('metrics')", "Metrics", show=False, priority=True),
        Binding("D", "series('disagreements')", "Disagreements", show=False, priority=True),
        Binding("n", "next_hit(1)", "Next hit", show=False),
        Binding("N", "next_hit(-1)", "Previous hit", show=False),
        Binding("right_square_bracket", "section(1)", "Next section", key_display="[ ]"),
        Binding("left_square_bracket", "section(-1)", "Previous section", show=False),
        Binding("y", "copy", "Copy"),
        Binding("tab", "pane(1)", "Next pane", show=False),
        Binding("shift+tab", "pane(-1)", "Previous pane", show=False),
        Binding("question_mark", "help", "Help", key_display="?", priority=True),
        Binding("f1", "help", "Help", show=False, priority=True),
        Binding("q", "app.quit", "Quit"),
    ]
    """Search, figures, the documents view's filter (with several documents), hits, sections, copying, panes,
    help and quit (here only: in a filter a q is part of what is typed).

    The keys that open a view or move the focus to a filter (``/ f d m D ? f1``) are priority keys: their
    action runs the moment the app reads the key, before the keys typed after it are handed on, so that those
    go to the view just opened, in order (a key handed to the outline first would be lost on the way); the
    opening itself waits for the keys typed before it (:meth:`~tui.app.view_keys.ViewKeys.in_turn`). While
    a filter or the search bar has the focus they are letters of what is typed (see :meth:`check_action`)."""

    def __init__(self, library: Library) -> None:
        super().__init__(library)
        self._follow: Timer | None = None
        """The outline's move to the document under the documents view's cursor, waiting for keys to stop."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield SearchBar(with_document=self.several)
        if self.several:
            from tui.app.documents import DocumentsPane
            from tui.app.shelf import Shelf

            assert isinstance(self.library, Shelf)
            yield DocumentsPane(self.library)
        with Horizontal():
            yield Outline()
            with Vertical():
                yield Detail()
                yield FiguresPane()
        yield Footer()

    def on_mount(self) -> None:
        if self.several:
            pane = self.documents_pane
            self.set_focus(pane.filter)
            self.current = NodeRef(pane.current or 0)
            self.title = self.library.name(self.current.doc)
            self.sub_title = f"{len(self.library):,} documents"
            self.query_one(Outline).border_title = "Opening…"
        else:
            self.set_focus(self.query_one(Outline))
            self.open_document(0)
        if hasattr(self.app, "release_keys"):
            self.app.call_later(self.app.release_keys)  # keys typed while the explorer started

    def on_outline_painted(self, event: Outline.Painted) -> None:
        event.stop()
        self.call_after_refresh(self._after_first_frame)

    def _after_first_frame(self) -> None:
        """The first frame is out: now the panes' slower parts, and the work in threads."""
        self.query_one(FiguresPane).lay_table()
        self.search_bar.lay_results()
        if hasattr(self.app, "first_frame_drawn"):
            self.app.first_frame_drawn()
        if self.several:
            self.documents_pane.open_collection()
            return
        if self.library.known_figures(0) is None:
            self.find_figures(0)
        self.build_index()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``d`` (the documents view) is there only with several documents; the keys that open a view are
        typed into the search bar or the documents filter when the focus is in one of them. A key whose action
        is not there is hidden from the footer and the help."""
        if not self.available(action):
            return False
        return not (action in TYPED_IN_FILTERS and self._typing())

    def _typing(self) -> bool:
        """The focus is in a filter or the search bar (its list of hits included): letters are typed."""
        focused = self.focused
        return isinstance(focused, Input) or (
            focused is not None and any(isinstance(node, SearchBar) for node in focused.ancestors)
        )

    def on_documents_pane_ready(self, event: DocumentsPane.Ready) -> None:
        """The collection is open: show the document under the cursor, index, say what could not be read."""
        for error in event.errors:
            self.notify(error, title="Could not open", severity="error", timeout=8)
        self.query_one(Outline).border_title = None
        self.open_document(self.documents_pane.current or 0)
        self.build_index()

    def on_documents_pane_highlighted(self, event: DocumentsPane.Highlighted) -> None:
        if self._follow is not None:
            self._follow.stop()
        self._follow = self.set_timer(FOLLOW_DELAY, partial(self._follow_cursor, event.doc))

    def _follow_cursor(self, doc: int) -> None:
        self._follow = None
        if self.ready and self.documents_pane.current == doc and self.query_one(Outline).doc != doc:
            self.open_document(doc)  # not when a jump moved it there, nor when the cursor moved on

    def on_documents_pane_chosen(self, event: DocumentsPane.Chosen) -> None:
        if self.ready:
            self.open_document(event.doc)
            self.query_one(Outline).focus()

    def on_documents_pane_left(self) -> None:
        self.query_one(Outline).focus()

    @on(Outline.Moved)
    def _moved(self, event: Outline.Moved) -> None:
        """Show the node under the outline's cursor now: a word about a document shown before the one in the
        outline (both opened before the outline's messages were read) is stale and must not bring it back."""
        ref = self.query_one(Outline).current
        if ref is not None and ref != self.current:
            self.show(ref)

    def on_key(self, event: events.Key) -> None:
        """``d`` with one file (unbound then: the outline had it and let it go): say what it is for."""
        if event.key == "d" and not self.several and not self._typing():
            event.stop()
            self.notify("The documents view is for a folder or several files (interview-explorer FOLDER)")

    # sections, copying, panes --------------------------------------------------------------------------------
    def action_section(self, step: int) -> None:
        """Go to the previous or next section of the document under the cursor."""
        outline = self.query_one(Outline)
        ref = outline.current or self.current  # the cursor, not the last message: keys may come fast
        sections = [s.id for s in self.library.document(ref.doc).sections]
        if not sections or not self.ready:
            return
        if ref.section in sections:
            here = sections.index(ref.section)
            target = here + step if ref.block is None or step > 0 else here
        else:
            target = 0 if step > 0 else -1
        if 0 <= target < len(sections):
            outline.select_ref(NodeRef(ref.doc, sections[target]))

    def action_copy(self) -> None:
        """Copy the text of the node under the cursor and say what was copied."""
        if not self.ready:
            return
        ref = self.query_one(Outline).current or self.current
        text = text_of(self.library.document(ref.doc), Node(ref.section, ref.block))
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied {self._describe(ref)}: {len(text):,} characters", timeout=2)

    def _describe(self, ref: NodeRef) -> str:
        doc = self.library.document(ref.doc)
        block = doc.block(ref.block) if ref.block else None
        section = next((s for s in doc.sections if s.id == ref.section), None)
        if block is not None and section is not None:
            return f"{section.heading or '导语'} › {block_label(block)}"
        if section is not None:
            return f"the section {section.heading or '导语'}"
        return f"the article {doc.title or doc.name}"

    def action_pane(self, step: int) -> None:
        """Move the focus to the next or previous pane (documents, outline, detail, figures)."""
        table = self.query_one(FiguresPane).table
        panes: list[Widget] = [self.query_one(Outline), self.query_one(Detail)]
        if table is not None:
            panes.append(table)
        if self.several:
            panes.insert(0, self.documents_pane.filter)
        here = panes.index(self.focused) if self.focused in panes else -1
        self.set_focus(panes[(here + step) % len(panes)])

"""What the main screen shows: the node in the detail pane and its figures, and the jump to a node.

:class:`ReadingScreen` holds the state the main screen's parts share (the open documents, the node shown,
the last jump's highlight) and the one way to show a node; the search wiring
(:class:`~tui.app.search_keys.SearchKeys`), the opening of views (:class:`~tui.app.view_keys.ViewKeys`) and
the main screen itself (:class:`~tui.app.main_screen.MainScreen`, which composes the panes) build on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen

from tui.app.detail import Detail, Marks
from tui.app.figure_rows import figure_row
from tui.app.figures_pane import FiguresPane
from tui.app.from_thread import call_back
from tui.app.library import Library
from tui.app.outline import NodeRef, Outline
from tui.app.search_bar import SearchBar
from tui.core.selection import Node, figures_of

if TYPE_CHECKING:
    from tui.app.documents import DocumentsPane


class ReadingScreen(Screen[None]):
    """The open documents, the node shown in the detail pane (with its figures), and jumps to a node."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.current: NodeRef = NodeRef(0)
        """The node shown in the detail pane."""
        self.marks: tuple[NodeRef, Marks] | None = None
        """What the last jump highlighted (a match, a figure), kept until the reader moves elsewhere."""

    @property
    def several(self) -> bool:
        """Several documents are open: the documents view is shown."""
        return self.library.several

    @property
    def ready(self) -> bool:
        """The documents can be read (a collection is, once the documents view has opened it)."""
        return bool(getattr(self.library, "ready", True))

    @property
    def documents_pane(self) -> DocumentsPane:
        """The documents view (only with several documents)."""
        from tui.app.documents import DocumentsPane

        return self.query_one(DocumentsPane)

    @property
    def search_bar(self) -> SearchBar:
        """The search bar (always there, hidden until ``/``)."""
        return self.query_one(SearchBar)

    @work(thread=True, exclusive=True, group="figures")
    def find_figures(self, d: int) -> None:
        """Find the figures of document ``d`` and show them if it is still on screen."""
        self.library.find_figures(d)
        call_back(self, self._figures_found, d)

    def _figures_found(self, d: int) -> None:
        if self.current.doc == d:
            self.show(self.current)

    def open_document(self, d: int) -> None:
        """Show document ``d`` in the outline (the cursor on its title) and in the detail."""
        outline = self.query_one(Outline)
        if outline.doc != d:
            outline.show_document(d, self.library.document(d))
        self.show(NodeRef(d))

    def show(self, ref: NodeRef) -> None:
        """Show a node in the detail pane and its figures under it (with the last jump's highlight, if there)."""
        if self.marks is not None and self.marks[0] != ref:
            self.marks = None
        self.current = ref
        doc = self.library.document(ref.doc)
        figures = self.library.known_figures(ref.doc)
        if figures is None and self.ready:
            self.find_figures(ref.doc)
        self.title = doc.title or doc.name
        self.sub_title = " · ".join(x for x in (doc.date, doc.source, doc.site) if x)
        marks = self.marks[1] if self.marks is not None else None
        self.query_one(Detail).show(doc, figures, ref.section, ref.block, marks)
        pane = self.query_one(FiguresPane)
        if figures is None:
            pane.show(None)
        else:
            pane.show(
                [figure_row(ref.doc, f) for f in figures_of(figures, doc, Node(ref.section, ref.block))]
            )

    def jump(self, ref: NodeRef, spans: list[tuple[int, int]]) -> None:
        """Select a node (in another document too) and highlight spans in its block until the reader moves
        elsewhere."""
        self.marks = (ref, Marks(ref.block, spans)) if ref.block is not None and spans else None
        if self.several:
            self.documents_pane.select(ref.doc)
        outline = self.query_one(Outline)
        if outline.doc != ref.doc:
            outline.show_document(ref.doc, self.library.document(ref.doc))
        outline.select_ref(ref)
        self.show(ref)

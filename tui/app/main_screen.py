"""The main screen: composes the panes and routes the messages between them.

Work that takes time runs in threads after the first frame: the figures of each document (the one on
screen first) and the search index. A pane whose data is not ready says so and fills in when it comes.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header

from tui.app.detail import Detail, Marks
from tui.app.figure_rows import FigureRow, figure_row
from tui.app.figures_pane import FiguresPane
from tui.app.labels import block_label
from tui.app.outline import NodeRef, Outline
from tui.app.search_bar import SearchBar
from tui.core.model import Document, Figure
from tui.core.selection import Node, figures_of, text_of

if (
    TYPE_CHECKING
):  # the search engine (numpy), the figure table and the other screens load after the first frame
    from tui.app.figure_table import FigureTable
    from tui.core.search import SearchIndex


class MainScreen(Screen[None]):
    """Outline on the left; the detail and its figures on the right; the search bar docked on top."""

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
        Binding("f", "figures", "Figures"),
        Binding("n", "next_hit(1)", "Next hit", show=False),
        Binding("N", "next_hit(-1)", "Previous hit", show=False),
        Binding("right_square_bracket", "section(1)", "Next section", key_display="[ ]"),
        Binding("left_square_bracket", "section(-1)", "Previous section", show=False),
        Binding("y", "copy", "Copy"),
        Binding("tab", "pane(1)", "Next pane", show=False),
        Binding("shift+tab", "pane(-1)", "Previous pane", show=False),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("f1", "help", "Help", show=False),
        Binding("q", "app.quit", "Quit"),
    ]
    """Search (a priority key, so that what is typed right after it goes to the bar), figures, hits,
    sections, copying, panes, help and quit (here only: in the figures view a q is part of the filter)."""

    def __init__(self, documents: list[Document]) -> None:
        super().__init__()
        self.documents = documents
        self.figures: list[list[Figure] | None] = [None for _ in documents]
        """Figures of each document in reading order; None until they are found (in a thread)."""
        self.index: SearchIndex | None = None
        self.current: NodeRef = NodeRef(0)
        """The node shown in the detail pane."""
        self.marks: tuple[NodeRef, Marks] | None = None
        """What the last jump highlighted (a match, a figure), kept until the reader moves elsewhere."""
        self.hit_cursor = -1

    def compose(self) -> ComposeResult:
        yield Header()
        yield SearchBar(with_document=len(self.documents) > 1)
        with Horizontal():
            yield Outline(self.documents)
            with Vertical():
                yield Detail()
                yield FiguresPane()
        yield Footer()

    def on_mount(self) -> None:
        self._header_for(self.documents[0])
        self.query_one(Outline).focus()
        self.show(self.current)
        self.call_after_refresh(self._after_first_frame)

    def _after_first_frame(self) -> None:
        self.find_figures()
        self.build_index()

    def _header_for(self, doc: Document) -> None:
        """The header names the document the reader is in (with several open, the one selected)."""
        self.title = doc.title or doc.name
        self.sub_title = " · ".join(x for x in (doc.date, doc.source, doc.site) if x)

    # background work ---------------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="figures")
    def find_figures(self) -> None:
        """Find every document's figures, the one on screen first, and hand each over when it is done."""
        from tui.core.figures import extract
        from tui.core.selection import in_reading_order

        first = self.current.doc
        found: dict[int, list[Figure]] = {}
        handed = time.monotonic()
        for n, d in enumerate([first, *(d for d in range(len(self.documents)) if d != first)]):
            found[d] = in_reading_order(extract(self.documents[d]), self.documents[d])
            if n == 0 or n == len(self.documents) - 1 or time.monotonic() - handed > 0.25:
                self.app.call_from_thread(self._figures_found, found)  # a few times a second, not per file
                found, handed = {}, time.monotonic()

    def _figures_found(self, found: dict[int, list[Figure]]) -> None:
        for doc, figures in found.items():
            self.figures[doc] = figures
        if self.current.doc in found:
            self.show(self.current)
        from tui.app.figures_view import FiguresView

        for screen in self.app.screen_stack:
            if isinstance(screen, FiguresView):
                screen.set_figures(self.figures)

    @work(thread=True, exclusive=True, group="index")
    def build_index(self) -> None:
        """Load the search index from the cache or build it; the search bar gets it when it is ready."""
        from tui.core import tokens
        from tui.core.corpus import load_or_build

        tokens.cutter()  # map jieba's dictionary here, off the first frame, so the first query is quick
        started = time.monotonic()

        def progress(done: int, total: int) -> None:
            if time.monotonic() - started > 1.0:
                self.app.call_from_thread(self._progress, done, total)

        index = load_or_build(self.documents, progress=progress)
        index.pinyin_reader()  # so that the first pinyin query is as quick as the others
        self.app.call_from_thread(self._index_ready, index)

    def _progress(self, done: int, total: int) -> None:
        from textual.widgets import ProgressBar

        found = self.query(ProgressBar)
        if found:
            bar = found.first()
        else:  # mounted only when indexing is slow enough to need it
            bar = ProgressBar(show_eta=False)
            bar.styles.height = 1
            self.mount(bar, before=self.query_one(Horizontal))
        bar.update(total=total, progress=done)

    def _index_ready(self, index: SearchIndex) -> None:
        from textual.widgets import ProgressBar

        self.index = index
        for bar in self.query(ProgressBar):
            bar.remove()
        self.search_bar.index = index

    # selection ---------------------------------------------------------------------------------------------
    @property
    def search_bar(self) -> SearchBar:
        """The search bar (always there, hidden until ``/``)."""
        return self.query_one(SearchBar)

    @on(Outline.Moved)
    def _moved(self, event: Outline.Moved) -> None:
        if event.ref != self.current:
            self.show(event.ref)

    def show(self, ref: NodeRef) -> None:
        """Show a node in the detail pane and its figures under it (with the last jump's highlight, if there)."""
        if self.marks is not None and self.marks[0] != ref:
            self.marks = None
        self.current = ref
        doc, figures = self.documents[ref.doc], self.figures[ref.doc]
        self._header_for(doc)
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
        """Select a node and highlight spans in its block until the reader moves elsewhere."""
        self.marks = (ref, Marks(ref.block, spans)) if ref.block is not None and spans else None
        self.query_one(Outline).select_ref(ref)
        self.show(ref)

    # search ------------------------------------------------------------------------------------------------
    def action_search(self, typed: str = "") -> None:
        """Open the bar; ``/`` typed while the reader is typing a query is part of the query."""
        bar = self.search_bar
        if typed and bar.is_open and bar.typing:
            bar.type(typed)
        else:
            bar.open()

    @on(SearchBar.Jump)
    def _search_jump(self, event: SearchBar.Jump) -> None:
        self.hit_cursor = event.index
        self._jump_to_hit()
        self.query_one(Outline).focus()

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self.query_one(Outline).focus()

    def _jump_to_hit(self) -> None:
        hits = self.search_bar.hits
        hit = hits[self.hit_cursor]
        ref = NodeRef(hit.doc_index, hit.section, hit.block_id)
        self.jump(ref, hit.spans if hit.block_id else [])
        self.notify(f"hit {self.hit_cursor + 1} of {len(hits)}", timeout=1.5)

    def action_next_hit(self, step: int) -> None:
        hits = self.search_bar.hits
        if hits:
            self.hit_cursor = (self.hit_cursor + step) % len(hits)
            self._jump_to_hit()

    # views -------------------------------------------------------------------------------------------------
    def action_figures(self) -> None:
        from tui.app.figures_view import FiguresView

        self.app.push_screen(FiguresView(self.documents, self.figures), self._figure_chosen)

    def _figure_chosen(self, chosen: FigureRow | None) -> None:
        if chosen is not None:
            self._jump_to_figure(chosen)
        self.query_one(Outline).focus()

    def on_figure_table_chosen(self, event: FigureTable.Chosen) -> None:
        self._jump_to_figure(event.row)

    def _jump_to_figure(self, row: FigureRow) -> None:
        f = row.figure
        doc = self.documents[row.doc]
        block = f.block_id if doc.block(f.block_id) is not None else None
        section = f.section_id if any(s.id == f.section_id for s in doc.sections) else None
        ref = NodeRef(row.doc, section, block)
        self.jump(ref, [(f.start, f.end)])

    def action_help(self) -> None:
        from tui.app.figures_view import FiguresView
        from tui.app.help import HelpScreen

        groups = [
            ("Main screen", list(self.BINDINGS)),
            ("Outline", list(Outline.BINDINGS)),
            ("Search bar", list(SearchBar.BINDINGS)),
            ("Detail", []),
            ("Figure table", []),
            ("Figures view", list(FiguresView.BINDINGS)),
            ("Help", list(HelpScreen.BINDINGS)),
        ]
        self.app.push_screen(HelpScreen(groups))

    # sections, copying, panes --------------------------------------------------------------------------------
    def action_section(self, step: int) -> None:
        """Go to the previous or next section of the document under the cursor."""
        outline = self.query_one(Outline)
        ref = outline.current or self.current  # the cursor, not the last message: keys may come fast
        sections = [s.id for s in self.documents[ref.doc].sections]
        if not sections:
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
        ref = self.query_one(Outline).current or self.current
        doc = self.documents[ref.doc]
        text = text_of(doc, Node(ref.section, ref.block))
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied {self._describe(ref)}: {len(text):,} characters", timeout=2)

    def _describe(self, ref: NodeRef) -> str:
        doc = self.documents[ref.doc]
        block = doc.block(ref.block) if ref.block else None
        section = next((s for s in doc.sections if s.id == ref.section), None)
        if block is not None and section is not None:
            return f"{section.heading or '导语'} › {block_label(block)}"
        if section is not None:
            return f"the section {section.heading or '导语'}"
        return f"the article {doc.title or doc.name}"

    def action_pane(self, step: int) -> None:
        """Move the focus to the next or previous pane (outline, detail, figures)."""
        table = self.query_one(FiguresPane).table
        panes = [self.query_one(Outline), self.query_one(Detail), *([table] if table is not None else [])]
        here = panes.index(self.focused) if self.focused in panes else -1
        self.set_focus(panes[(here + step) % len(panes)])

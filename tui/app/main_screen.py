"""The main screen: composes the panes and routes messages between them.

The search index is loaded or built in a worker after the first frame, so start-up never waits for jieba;
a query typed before the index is ready runs the moment it is.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, ProgressBar, Tree

from tui.app.detail import Detail
from tui.app.figure_table import FigureTable
from tui.app.outline import NodeRef, Outline
from tui.core.model import Document, Figure, Hit

if TYPE_CHECKING:  # the search engine (numpy), the search bar and other screens load after the first frame
    from tui.app.figures_view import FigureRef
    from tui.app.search_bar import SearchBar
    from tui.core.search import SearchIndex


class MainScreen(Screen[None]):
    """Outline on the left; detail and its figures on the right; the search bar docked on top."""

    BINDINGS = [
        Binding("slash", "search", "Search", key_display="/"),
        Binding("ctrl+f", "search", "Search", show=False),
        Binding("f", "figures", "Figures"),
        Binding("n", "next_hit(1)", "Next hit", show=False),
        Binding("N", "next_hit(-1)", "Previous hit", show=False),
        Binding("right_square_bracket", "section(1)", "Section", key_display="[ ]"),
        Binding("left_square_bracket", "section(-1)", "Previous section", show=False),
        Binding("y", "copy", "Copy"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("f1", "help", "Help", show=False),
        Binding("tab", "focus_next", "Next pane", show=False),
        Binding("shift+tab", "focus_previous", "Previous pane", show=False),
    ]
    """Search, figures, hit and section navigation, copying, help and pane focus."""

    def __init__(self, documents: list[Document]) -> None:
        super().__init__()
        self.documents = documents
        self.figures: list[list[Figure]] = [[] for _ in documents]
        """Figures of each document, found just after the first frame."""
        self.index: SearchIndex | None = None
        self.hits: list[Hit] = []
        self.hits_query: str | None = None
        """The query whose answer ``hits`` is (an earlier keystroke's answer may come first)."""
        self.hit_cursor = -1
        self.pending_query: str | None = None
        self.reading = 0
        """Which reading of a pinyin or traditional query is shown (ctrl+left/right in the search bar)."""
        self._debounce: Timer | None = None
        self._current: NodeRef = NodeRef(0)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            yield Outline(self.documents, id="outline")
            with Vertical(id="right"):
                yield Detail(id="detail")
                yield FigureTable(id="figure-table")
        yield Footer()

    def _header_for(self, doc: Document) -> None:
        """The header names the document the reader is in (with several open, the one selected)."""
        self.title = doc.title or doc.name
        self.sub_title = " · ".join(x for x in (doc.date, doc.source, doc.site) if x)

    def on_mount(self) -> None:
        self._header_for(self.documents[0])
        self.query_one(Outline).focus()
        self.call_after_refresh(self._find_figures)
        self.call_after_refresh(self.build_index)

    def _find_figures(self) -> None:
        from tui.core.figures import extract

        self.figures = [extract(doc) for doc in self.documents]
        self.show(self._current)

    @work(thread=True, exclusive=True, group="index")
    def build_index(self) -> None:
        from tui.core import tokens
        from tui.core.corpus import load_or_build

        tokens.jieba()  # warm the segmenter here, off the first frame, so the first query is quick
        started = time.monotonic()

        def progress(done: int, total: int) -> None:
            if time.monotonic() - started > 1.0:
                self.app.call_from_thread(self._progress, done, total)

        index = load_or_build(self.documents, progress=progress)
        index.pinyin_reader()  # so that the first pinyin query is as quick as the others
        self.app.call_from_thread(self._index_ready, index)

    def _progress(self, done: int, total: int) -> None:
        found = self.query("#index-progress")
        if found:
            bar = found.first(ProgressBar)
        else:  # mounted only when indexing is slow enough to need it
            bar = ProgressBar(id="index-progress", show_eta=False)
            self.mount(bar, before=self.query_one("#panes"))
        bar.add_class("-busy")
        bar.update(total=total, progress=done)

    def _index_ready(self, index: SearchIndex) -> None:
        self.index = index
        for bar in self.query("#index-progress"):
            bar.remove_class("-busy")
        for search_bar in self.query("#search-bar"):
            search_bar.status("")  # type: ignore[attr-defined]
        if self.pending_query is not None:
            self.run_query(self.pending_query)

    # selection -------------------------------------------------------------------------------------------
    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[NodeRef]) -> None:
        ref = event.node.data
        if ref is None or ref.doc < 0:
            return
        self.show(ref)

    def show(self, ref: NodeRef, spans: list[tuple[int, int]] | None = None) -> None:
        self._current = ref
        doc, figures = self.documents[ref.doc], self.figures[ref.doc]
        self._header_for(doc)
        self.query_one(Detail).show(doc, figures, ref.section, ref.block, spans)
        if ref.block is not None:
            shown = [f for f in figures if f.block_id == ref.block]
        elif ref.section is not None:
            shown = [f for f in figures if f.section_id == ref.section]
        else:
            shown = figures
        self.query_one(FigureTable).show(shown)

    @property
    def search_bar(self) -> SearchBar:
        """The search bar (mounted by the first ``/``: it is not part of the first frame)."""
        from tui.app.search_bar import SearchBar

        return self.query_one(SearchBar)

    # search ------------------------------------------------------------------------------------------------
    async def action_search(self) -> None:
        from tui.app.search_bar import SearchBar

        if not self.query(SearchBar):
            await self.mount(SearchBar(id="search-bar"), before=self.query_one("#panes"))
        self.search_bar.open()
        if self.index is None:
            self.search_bar.status("Preparing the index (jieba)… your query runs when it is ready")

    def on_search_bar_changed(self, event: SearchBar.Changed) -> None:
        self.reading = 0
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(0.12, lambda: self.run_query(event.query))

    def run_query(self, query: str) -> None:
        if self.index is None:
            self.pending_query = query
            return
        self.pending_query = None
        self._search(query)

    @work(exclusive=True, group="search", thread=True)
    def _search(self, query: str) -> None:
        assert self.index is not None
        started = time.perf_counter()
        readings = self.index.interpret(query)
        chosen = readings[self.reading % len(readings)]
        hits = self.index.search(chosen.query, limit=200)
        elapsed = (time.perf_counter() - started) * 1000
        label = chosen.label
        if label and len(readings) > 1:
            others = ", ".join(
                r.label.split("→")[-1].strip() for r in readings if r is not chosen and r.label
            )
            label += f"  ({self.reading % len(readings) + 1}/{len(readings)}; ctrl+←/→: {others})"
        self.app.call_from_thread(self._show_hits, query, hits, elapsed, label)

    def _show_hits(self, query: str, hits: list[Hit], elapsed: float, label: str | None = None) -> None:
        bar = self.search_bar
        if bar.query_one("#search-input").value != query:  # type: ignore[attr-defined]
            return  # a stale answer: the user has typed on
        self.hits = hits
        self.hits_query = query
        self.hit_cursor = -1
        bar.show_hits(hits, elapsed, label)

    def on_search_bar_other_reading(self, event: SearchBar.OtherReading) -> None:
        """Take the next or previous reading of a pinyin query (zjtx → 专精特新, 智改数转…)."""
        self.reading += event.step
        self.run_query(self.search_bar.query_one("#search-input").value)  # type: ignore[attr-defined]

    def on_search_bar_jump(self, event: SearchBar.Jump) -> None:
        self.search_bar.remove_class("-open")
        self.jump_to(event.index)
        self.query_one(Outline).focus()

    def on_search_bar_closed(self) -> None:
        self.query_one(Outline).focus()

    def jump_to(self, index: int) -> None:
        if not self.hits:
            return
        self.hit_cursor = index % len(self.hits)
        hit = self.hits[self.hit_cursor]
        ref = NodeRef(hit.doc_index, hit.section, hit.block_id)
        outline = self.query_one(Outline)
        outline.select_ref(ref)
        self.show(ref, hit.spans if hit.block_id else None)
        self.notify(f"hit {self.hit_cursor + 1} of {len(self.hits)}", timeout=1.5)

    def action_next_hit(self, step: int) -> None:
        if self.hits:
            self.jump_to(self.hit_cursor + step)

    # views ------------------------------------------------------------------------------------------------
    def action_figures(self) -> None:
        from tui.app.figures_view import FiguresView

        names = [d.name for d in self.documents]
        self.app.push_screen(FiguresView(self.figures, names), self._figure_chosen)

    def _figure_chosen(self, chosen: FigureRef | None) -> None:
        if chosen is None:
            return
        f = chosen.figure
        ref = NodeRef(chosen.doc, f.section_id, f.block_id)
        self.query_one(Outline).select_ref(ref)
        self.show(ref, [(f.start, f.end)])
        self.query_one(Outline).focus()

    def action_help(self) -> None:
        from tui.app.figures_view import FiguresView
        from tui.app.help import HelpScreen
        from tui.app.outline import Outline as OutlineWidget
        from tui.app.search_bar import SearchBar

        groups = [
            ("Everywhere", [*self.app.BINDINGS, *self.BINDINGS]),
            ("Outline", list(OutlineWidget.BINDINGS)),
            ("Search bar", list(SearchBar.BINDINGS)),
            ("Figures view", list(FiguresView.BINDINGS)),
        ]
        self.app.push_screen(HelpScreen(groups))

    # sections and copying ----------------------------------------------------------------------------------
    def action_section(self, step: int) -> None:
        ref = self._current
        sections = [s.id for s in self.documents[ref.doc].sections]
        if not sections:
            return
        here = sections.index(ref.section) if ref.section in sections else -1
        target = sections[max(0, min(len(sections) - 1, here + step))]
        self.query_one(Outline).select_ref(NodeRef(ref.doc, target))

    def action_copy(self) -> None:
        ref = self._current
        doc = self.documents[ref.doc]
        block = doc.block(ref.block) if ref.block else None
        text = block.text if block else (doc.title or doc.name)
        self.app.copy_to_clipboard(text)
        self.notify("copied", timeout=1.5)

"""The main screen's search: the index built in a thread, ``/`` opening the bar, a hit chosen and ``n``/``N``
jumping to it, focus back to the outline when the bar closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from tui.app.from_thread import call_back
from tui.app.outline import NodeRef, Outline
from tui.app.search_bar import SearchBar
from tui.app.view_keys import ViewKeys

if TYPE_CHECKING:
    from tui.core.search import SearchIndex


class SearchKeys(ViewKeys):
    """The search bar wired to the outline and the detail: hits jump, ``n``/``N`` walk them."""

    hit_cursor: int = -1
    """The hit jumped to last (``n``/``N`` go on from it)."""

    index: SearchIndex | None = None
    """The search index, once loaded or built."""

    @work(thread=True, exclusive=True, group="index")
    def build_index(self) -> None:
        """Load the search index from the cache or build it; the search bar gets it when it is ready."""
        index = self.library.search_index()
        call_back(self, self._index_ready, index)

    def _index_ready(self, index: SearchIndex) -> None:
        self.index = index
        self.search_bar.index = index

    def action_search(self, typed: str = "") -> None:
        """Open the bar; ``/`` typed while the reader is typing a query is part of the query."""
        bar = self.search_bar
        if typed and bar.is_open and bar.typing:
            bar.type(typed)
        else:
            self.in_turn(bar.open)

    def on_search_bar_jump(self, event: SearchBar.Jump) -> None:
        self.hit_cursor = event.index
        self._jump_to_hit()
        self.query_one(Outline).focus()

    def on_search_bar_closed(self) -> None:
        self.query_one(Outline).focus()

    def _jump_to_hit(self) -> None:
        hits = self.search_bar.hits
        hit = hits[self.hit_cursor]
        ref = NodeRef(hit.doc_index, hit.section, hit.block_id)
        self.jump(ref, hit.spans if hit.block_id else [])
        self.notify(f"hit {self.hit_cursor + 1} of {len(hits)}", timeout=1.5)

    def action_next_hit(self, step: int) -> None:
        """Jump to the next (1) or previous (-1) hit of the last search."""
        hits = self.search_bar.hits
        if hits:
            self.hit_cursor = (self.hit_cursor + step) % len(hits)
            self._jump_to_hit()

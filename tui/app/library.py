"""What the screens read: the open documents, their figures, the search index and the figure table.

One interface over two sources: a single file (:class:`OneFile`, its parse kept in the cache by
:mod:`tui.core.parsed` so that a reopen parses nothing) and a folder or several files
(:class:`~tui.app.shelf.Shelf`, a :class:`~tui.core.index.collection.Collection`). The screens never hold
a list of the documents: they ask for the one they show, and a shelf decodes it then, keeping the last
few. No Textual here; the methods that take time are called from worker threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from tui.core import parsed

if TYPE_CHECKING:
    from tui.core.index.build import Progress
    from tui.core.index.searcher import SearchIndex
    from tui.core.model import Document, Figure
    from tui.core.places import DocHeader


class FigureSource(Protocol):
    """Every figure of the open documents as columns (see :class:`tui.core.index.figtable.FigureTable`)."""

    doc: Any
    """The number of each row's document (a numpy array)."""

    def __len__(self) -> int: ...

    def numbers(self, field: str) -> Any:
        """A number column as float64, NaN for None."""
        ...

    def strings(self, field: str) -> tuple[Any, list[str]]:
        """A text column as (codes into a sorted table, -1 for None; the table)."""
        ...

    def values(self, field: str, rows: Any) -> list[Any]:
        """One field of some rows as Python values."""
        ...

    def figure(self, row: int) -> Figure:
        """The figure of one row."""
        ...


class Library:
    """The documents the explorer shows, by number (the base of :class:`OneFile` and ``Shelf``)."""

    several = False
    """True for a folder or several files: the screen shows the documents view."""

    def __len__(self) -> int:
        raise NotImplementedError

    def name(self, i: int) -> str:
        """The file name of document ``i``."""
        raise NotImplementedError

    def document(self, i: int) -> Document:
        """Document ``i`` (decoded now if it is not among the last few)."""
        raise NotImplementedError

    def known_figures(self, i: int) -> list[Figure] | None:
        """The figures of document ``i`` in reading order if they are at hand; None when they must be found
        (:meth:`find_figures`, in a thread)."""
        raise NotImplementedError

    def find_figures(self, i: int) -> list[Figure]:
        """The figures of document ``i`` in reading order, found now if need be (slow: call from a thread)."""
        raise NotImplementedError

    def search_index(self) -> SearchIndex:
        """The search index, loaded from the cache or built (slow: call from a thread)."""
        raise NotImplementedError

    def figure_table(self, progress: Callable[[Progress], None] | None = None) -> FigureSource:
        """Every figure of every document (slow the first time, finding them with ``progress``: call from a
        thread)."""
        raise NotImplementedError

    def series_headers(self) -> list[DocHeader]:
        """The header fields a place is read from, of every document (for comparable metrics)."""
        from tui.core.series import header_of

        return [header_of(self.document(i)) for i in range(len(self))]


class OneFile(Library):
    """A single article file: its document in memory, its figures found once and kept with its parse."""

    def __init__(self, document: Document, figures: list[Figure] | None, key: parsed.FileKey | None) -> None:
        self._document = document
        self._figures = figures
        self._key = key
        """The state of the file that was parsed (None: the parse is not kept)."""
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return 1

    def name(self, i: int) -> str:
        return self._document.name

    def document(self, i: int) -> Document:
        return self._document

    def known_figures(self, i: int) -> list[Figure] | None:
        return self._figures

    def find_figures(self, i: int) -> list[Figure]:
        """Find the figures (once) and keep them with the parse, so that the next open has both (the parse
        is kept first, on its own, so that a reopen parses nothing even if the explorer is closed before
        the figures are found)."""
        with self._lock:
            if self._figures is None:
                from tui.core.figures import extract
                from tui.core.selection import in_reading_order

                doc = self._document
                if self._key is not None:
                    parsed.save(self._key, doc, None)
                self._figures = in_reading_order(extract(doc), doc)
                if self._key is not None:
                    parsed.save(self._key, doc, self._figures)
            return self._figures

    def search_index(self) -> SearchIndex:
        from tui.core import tokens
        from tui.core.corpus import load_or_build

        tokens.cutter()  # jieba's dictionary mapped here, off the first frame, so the first query is quick
        index = load_or_build([self._document])
        index.pinyin_reader()  # so that the first pinyin query is as quick as the others
        return index

    def figure_table(self, progress: Callable[[Progress], None] | None = None) -> FigureSource:
        from tui.core.figlist import FigureList

        return FigureList([self.find_figures(0)])


def open_file(path: Any) -> OneFile:
    """A single file, from its kept parse when the file has not changed since, else parsed now (the parse
    is kept once its figures are found). Raises :class:`~tui.core.errors.InputError` when it cannot be read."""
    key = parsed.FileKey.of(path)
    found = parsed.load(key) if key is not None else None
    if found is not None:
        return OneFile(found.document, found.figures, key)
    from tui.core.document import load_document

    return OneFile(load_document(path), None, key)

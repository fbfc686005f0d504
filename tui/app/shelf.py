"""A folder or several files as the explorer reads them: a collection, with its headers at hand at once.

The headers (path, title, date, source, number of figures of every document) come first from the listing
kept of the last opening (:mod:`tui.core.listing`), so that the first frame lists the documents; the
:class:`~tui.core.index.collection.Collection` opens after it, in a thread (:meth:`Shelf.open`), and its
headers replace the listing's when something changed. Documents and figures are decoded from the
collection when asked for, the last few kept: the shelf never holds every document. No Textual here.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.app.library import FigureSource, Library
from tui.core import listing as listings
from tui.core.errors import InputError
from tui.core.listing import Listing

if TYPE_CHECKING:
    from tui.core.index.build import Progress
    from tui.core.index.collection import Collection
    from tui.core.index.searcher import SearchIndex
    from tui.core.model import Document, Figure
    from tui.core.places import DocHeader

KEEP = 16
"""Documents (and their figures) kept decoded: a few screens' worth of moving back and forth."""


class Shelf(Library):
    """The documents of a collection, by number in file order (see the module's docstring)."""

    several = True

    def __init__(
        self, inputs: list[str], listing: Listing, files: list[Path] | None, problems: Sequence[str] = ()
    ) -> None:
        self.inputs = inputs
        self.listing = listing
        """The headers shown: kept from the last opening until :meth:`open` has checked them."""
        self._files = files
        self.collection: Collection | None = None
        """The collection, once :meth:`open` is done."""
        self.errors: list[str] = list(problems)
        """One line for each path or file that could not be read."""
        self._documents: OrderedDict[int, Document] = OrderedDict()
        self._figures: OrderedDict[int, list[Figure]] = OrderedDict()
        self._lock = threading.RLock()
        self._finding = threading.Lock()
        """Held while every document's figures are found (the documents view and the figures view may
        both ask; the second waits and is told the progress too)."""
        self._listeners: list[Callable[[Progress], None]] = []

    @classmethod
    def from_inputs(cls, paths: Sequence[Path]) -> Shelf:
        """The shelf of these files and folders, with the listing kept of the last opening when there is
        one; without one, the folders are listed now (InputError when nothing is left to open)."""
        inputs = listings.absolute(paths)
        kept = listings.load(inputs)
        if kept is not None and len(kept):
            return cls(inputs, kept, None)
        problems: list[str] = []
        files = _expand(paths, problems)
        return cls(inputs, Listing(inputs, [str(p) for p in files]), files, problems)

    # headers -----------------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.listing)

    @property
    def ready(self) -> bool:
        """The collection is open: documents, figures and search can be asked for."""
        return self.collection is not None

    def name(self, i: int) -> str:
        return Path(self.listing.paths[i]).name

    def column(self, name: str) -> list[Any]:
        """A header field of every document (``title``, ``date``, ``source``, ``figures``)."""
        return self.listing.column(name)

    # opening -----------------------------------------------------------------------------------------------
    def open(self, progress: Callable[[Progress], None] | None = None) -> bool:
        """Open the collection (reading and parsing what changed, with ``progress``); True when the headers
        differ from the listing shown until now. Raises InputError when nothing can be opened."""
        from tui.core.index.collection import Collection

        problems: list[str] = []
        if self._files is None:
            files = _expand([Path(p) for p in self.inputs], problems)
        else:
            files, problems = self._files, self.errors
        collection = Collection.open(files, inputs=self.inputs, progress=progress)
        self.errors = [*problems, *(why for _, why in collection.errors)]  # each names its path already
        if not len(collection):
            raise InputError(self.errors[0] if self.errors else "nothing to open")
        fresh = Listing(self.inputs, list(collection.paths), _columns(collection))
        changed = fresh.paths != self.listing.paths or fresh.columns != self.listing.columns
        with self._lock:
            self.collection = collection
            self.listing = fresh
            self._documents.clear()
            self._figures.clear()
        if changed:
            listings.save(fresh)
        return changed

    def find_all_figures(self, progress: Callable[[Progress], None] | None = None) -> bool:
        """Find and keep every document's figures (worker processes; minutes for thousands of articles, once:
        they are kept), so that the documents view counts them and the figures view lists them. True when
        anything was found now."""
        collection = self._open_collection()
        if progress is not None:
            self._listeners.append(progress)
        try:
            with self._finding:
                if collection.has_figures:
                    return False
                collection.find_figures(self._tell)
                with self._lock:
                    self.listing = Listing(self.inputs, self.listing.paths, _columns(collection))
                listings.save(self.listing)
                return True
        finally:
            if progress is not None:
                self._listeners.remove(progress)

    def _tell(self, progress: Progress) -> None:
        for listener in list(self._listeners):
            listener(progress)

    def _open_collection(self) -> Collection:
        if self.collection is None:
            raise RuntimeError("the collection is not open yet")
        return self.collection

    # documents ---------------------------------------------------------------------------------------------
    def document(self, i: int) -> Document:
        with self._lock:
            found = self._documents.get(i)
            if found is not None:
                self._documents.move_to_end(i)
                return found
        document = self._open_collection().document(i)
        with self._lock:
            _keep(self._documents, i, document)
        return document

    @property
    def decoded(self) -> int:
        """How many documents are kept decoded (at most :data:`KEEP`, however many there are)."""
        with self._lock:
            return len(self._documents)

    def known_figures(self, i: int) -> list[Figure] | None:
        with self._lock:
            return self._figures.get(i)

    def find_figures(self, i: int) -> list[Figure]:
        found = self.known_figures(i)
        if found is not None:
            return found
        figures = self._open_collection().figures(i)
        with self._lock:
            _keep(self._figures, i, figures)
        return figures

    def search_index(self) -> SearchIndex:
        from tui.core import tokens

        tokens.cutter()  # jieba's dictionary mapped here, off the first frame, so the first query is quick
        index = self._open_collection().index
        index.pinyin_reader()
        return index

    def figure_table(self, progress: Callable[[Progress], None] | None = None) -> FigureSource:
        self.find_all_figures(progress)
        return self._open_collection().figure_table()

    def series_headers(self) -> list[DocHeader]:
        """The headers from the collection's columns, no document decoded."""
        from tui.core.places import DocHeader

        collection = self._open_collection()
        fields = [collection.headers(name) for name in ("title", "subtitle", "kicker", "source")]
        return [DocHeader(*values) for values in zip(*fields, strict=True)]


def _keep(kept: OrderedDict[int, Any], i: int, value: Any) -> None:
    kept[i] = value
    kept.move_to_end(i)
    while len(kept) > KEEP:
        kept.popitem(last=False)


def _expand(paths: Sequence[Path], problems: list[str]) -> list[Path]:
    """The article files of these paths; a path that gives none is one line in ``problems`` (InputError
    when none gives any)."""
    from tui.core.text import expand_paths

    errors: list[InputError] = []
    files = expand_paths(list(paths), errors.append)
    problems.extend(str(e) for e in errors)
    if not files:
        raise InputError(problems[0] if problems else "nothing to open")
    return files


def _columns(collection: Collection) -> dict[str, list[Any]]:
    return {name: collection.headers(name) for name in listings.FIELDS}

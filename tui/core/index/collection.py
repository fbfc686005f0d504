"""A collection: a folder (or a list of files) of articles, parsed and indexed once, kept in step after.

Opening loads the manifest, stats the files and maps the segments: only files whose size or modification
time changed are read again, and only those whose content hash changed are parsed and indexed again, into
a new small segment; the documents they replace are masked (the manifest no longer points to them). When
segments grow too many, :meth:`Collection.merge` folds the smallest into one, dropping deleted documents.
Every update writes new files first, then the manifest, then removes the files no manifest names, under a
lock; so a reader sees a whole generation and the cache never keeps a stale one.

Where: ``$XDG_CACHE_HOME/interview-explorer/collections/<key>/``, the key a hash of the paths opened. At
most :data:`MAX_COLLECTIONS` collections are kept (least recently used go first), and a collection's
files are rebuilt when the code or the dictionaries change (:mod:`tui.core.index.versions`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from tui.core.cache import cache_dir
from tui.core.index.build import FileResult, Progress, build_files
from tui.core.index.figbuild import find_figures
from tui.core.index.figtable import FigureTable
from tui.core.index.manifest import MANIFEST, FileEntry, Manifest, remove_unnamed
from tui.core.index.merge import MAX_SEGMENTS, merge_segments
from tui.core.index.searcher import SearchIndex, SegmentView
from tui.core.index.segfiles import attach_stores, open_segments
from tui.core.index.segment import Segment
from tui.core.index.storage import StorageError
from tui.core.index.versions import cache_version
from tui.core.model import Document, Figure

MAX_COLLECTIONS = 8
_LOCK_NAME = "lock"


def collections_dir() -> Path:
    """Where collections are kept."""
    return cache_dir() / "collections"


def collection_key(inputs: Sequence[str]) -> str:
    """The name of a collection's folder: a hash of the absolute paths it was opened with."""
    return hashlib.sha256("\n".join(inputs).encode("utf-8")).hexdigest()[:16]


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """An exclusive lock on a collection for an update (a no-op where ``fcntl`` is missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / _LOCK_NAME, "a+b") as handle:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            yield
            return
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _stat(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _sha256(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


class Collection:
    """The documents, figures and search index of a set of article files, from the cache when it can.

    Documents are numbered in file order (files that could not be read are left out and listed in
    ``errors``); :meth:`document` and :meth:`figures` decode one document's model and figures on demand,
    :meth:`headers` gives a header field of every document at once, ``index`` searches them all.
    """

    def __init__(self, folder: Path | None, manifest: Manifest, segments: dict[str, Segment]) -> None:
        self.folder = folder
        self.manifest = manifest
        self.segments = segments
        if folder is not None:
            attach_stores(folder, segments)
        self.errors: list[tuple[str, str]] = [(e.path, e.error) for e in manifest.entries if e.error]
        live = [e for e in manifest.entries if e.segment is not None]
        self.paths = [e.path for e in live]
        self._where = [(e.segment, e.doc) for e in live if e.segment is not None]
        names = [os.path.basename(p) for p in self.paths]
        globals_of: dict[str, np.ndarray[Any, Any]] = {
            name: np.full(seg.n_docs, -1, dtype=np.int64) for name, seg in segments.items()
        }
        for i, (seg_name, doc) in enumerate(self._where):
            globals_of[seg_name][doc] = i
        self.views = [SegmentView.of(segments[name], globals_of[name]) for name in manifest.segments]
        self.index = SearchIndex(self.views, names)
        self.names = names
        self._merging: threading.Thread | None = None
        self._figure_table: FigureTable | None = None

    # opening -----------------------------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        paths: Sequence[Path | str],
        inputs: Sequence[Path | str] | None = None,
        progress: Callable[[Progress], None] | None = None,
        workers: int | None = None,
        use_cache: bool = True,
        figures: bool = False,
    ) -> Collection:
        """The collection of these article files (``inputs``: the paths the user named, which key the
        cache; by default the files themselves). Builds what the cache lacks; never raises for a bad file.

        Figures are found when first asked for (:meth:`find_figures`), or while building with ``figures``.
        """
        files = [os.path.abspath(str(p)) for p in paths]
        named = [os.path.abspath(str(p)) for p in (inputs if inputs is not None else paths)]
        if not use_cache:
            return cls._uncached(files, named, progress, workers, figures)
        root = collections_dir()
        folder = root / collection_key(named)
        try:
            found = cls._reopen(folder, files)
            if found is not None:
                return found
            with _locked(folder):
                found = cls._update(folder, files, named, progress, workers, figures)
        except OSError:  # the cache cannot be written: build in memory, as if there were none
            return cls._uncached(files, named, progress, workers, figures)
        _evict(root, keep=folder)
        return found

    @classmethod
    def _reopen(cls, folder: Path, files: list[str]) -> Collection | None:
        """The collection as cached, when no file changed; None when something must be built."""
        manifest = Manifest.load(folder, cache_version())
        if manifest is None or [e.path for e in manifest.entries] != files:
            return None
        for entry in manifest.entries:
            if _stat(entry.path) != (entry.size, entry.mtime_ns):
                return None
        segments = open_segments(folder, manifest.segments)
        if segments is None:
            return None
        with contextlib.suppress(OSError):
            os.utime(folder / MANIFEST)  # most recently used
        return cls(folder, manifest, segments)

    @classmethod
    def _update(
        cls,
        folder: Path,
        files: list[str],
        inputs: list[str],
        progress: Callable[[Progress], None] | None,
        workers: int | None,
        figures: bool = False,
    ) -> Collection:
        """Bring the cached collection in step with the files (under the lock)."""
        version = cache_version()
        old = Manifest.load(folder, version)
        known = {e.path: e for e in old.entries} if old else {}
        usable = (open_segments(folder, old.segments, each=True) if old else None) or {}
        entries: list[FileEntry | None] = []
        todo: list[int] = []
        for i, path in enumerate(files):
            entry = known.get(path)
            stat = _stat(path)
            if entry is not None and (entry.segment is None or entry.segment in usable) and stat is not None:
                if entry.same_stat(*stat):
                    entries.append(entry)
                    continue
                if entry.segment is not None and _sha256(path) == entry.sha256:
                    entries.append(FileEntry(path, stat[0], stat[1], entry.sha256, entry.segment, entry.doc))
                    continue  # touched, not changed
            entries.append(None)
            todo.append(i)
        results, _ = build_files(
            folder,
            [files[i] for i in todo],
            [(_stat(files[i]) or (0, 0))[0] for i in todo],
            progress,
            workers,
        )
        for i, result in zip(todo, results, strict=True):
            entries[i] = _entry(files[i], result)
        manifest = Manifest(version, inputs, [e for e in entries if e is not None])
        manifest.save(folder)
        remove_unnamed(folder, manifest)
        new = open_segments(folder, [n for n in manifest.segments if n not in usable])
        if new is None:
            raise StorageError(f"{folder}: a segment just written cannot be read")
        return cls(folder, manifest, {**{n: usable[n] for n in manifest.segments if n in usable}, **new})

    @classmethod
    def _uncached(
        cls,
        files: list[str],
        inputs: list[str],
        progress: Callable[[Progress], None] | None,
        workers: int | None,
        figures: bool = False,
    ) -> Collection:
        """Build in a temporary folder, map the segments and remove the folder (the mappings stay valid)."""
        with tempfile.TemporaryDirectory(prefix="interview-explorer-") as tmp:
            folder = Path(tmp)
            sizes = [(_stat(f) or (0, 0))[0] for f in files]
            results, _ = build_files(folder, files, sizes, progress, workers, figures)
            manifest = Manifest(
                cache_version(), inputs, [_entry(f, r) for f, r in zip(files, results, strict=True)]
            )
            segments = open_segments(folder, manifest.segments, verify=False)
            if segments is None:
                raise StorageError("segments just written cannot be read")
            attach_stores(folder, segments)
            return cls(None, manifest, segments)

    # documents ---------------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._where)

    def document(self, i: int) -> Document:
        """The parsed document ``i`` (decoded from its segment)."""
        name, doc = self._where[i]
        return self.segments[name].document(doc)

    def figures(self, i: int) -> list[Figure]:
        """The figures of document ``i``, in reading order (found now if :meth:`find_figures` has not run)."""
        name, doc = self._where[i]
        return self.segments[name].document_figures(doc)

    def headers(self, field: str) -> list[Any]:
        """A header field (``title``, ``date``, ``source`` …) of every document, in order; ``figures`` is the
        number of each one's figures (None until they are found)."""
        out: list[Any] = []
        cache: dict[str, list[Any]] = {}
        for name, doc in self._where:
            if name not in cache:
                segment = self.segments[name]
                columns = segment.headers
                if field == "figures":
                    store = segment.figures
                    cache[name] = [None] * segment.n_docs if store is None else store.counts().tolist()
                else:
                    cache[name] = columns.column(field) if field in columns.kinds else [None] * columns.rows
            out.append(cache[name][doc])
        return out

    @property
    def has_figures(self) -> bool:
        """True when every segment's figures have been found and kept."""
        return all(self.segments[name].figures is not None for name in self.manifest.segments)

    def find_figures(
        self, progress: Callable[[Progress], None] | None = None, workers: int | None = None
    ) -> None:
        """Find and keep the figures of the segments that have none yet (from their stored documents, in
        worker processes when there are many), so that :meth:`figure_table` and a reopen have them."""
        missing = [
            (n, self.segments[n].n_docs) for n in self.manifest.segments if self.segments[n].figures is None
        ]
        if not missing:
            return
        if self.folder is None:
            with tempfile.TemporaryDirectory(prefix="interview-explorer-") as tmp:
                self._find_in(Path(tmp), missing, progress, workers)
            return
        try:
            with _locked(self.folder):
                self._find_in(self.folder, missing, progress, workers)
        except OSError:  # the cache cannot be written: keep them in memory
            with tempfile.TemporaryDirectory(prefix="interview-explorer-") as tmp:
                self._find_in(Path(tmp), missing, progress, workers)

    def _find_in(
        self,
        folder: Path,
        missing: list[tuple[str, int]],
        progress: Callable[[Progress], None] | None,
        workers: int | None,
    ) -> None:
        """Write the figure files of ``missing`` into ``folder`` (with a copy of the segments first when the
        folder is not the collection's) and attach them."""
        if folder != self.folder:
            from tui.core.index.storage import write_tables

            for name, _ in missing:
                write_tables(folder / name, self.segments[name].meta, self.segments[name].arrays)
        find_figures(folder, missing, progress, workers)
        attach_stores(folder, {name: self.segments[name] for name, _ in missing})

    def figure_table(self) -> FigureTable:
        """Every figure of every document as columns (see :mod:`~tui.core.index.figtable`); finds the
        figures first when they have not been found."""
        if self._figure_table is None:
            self.find_figures()
            names = self.manifest.segments
            number = {name: i for i, name in enumerate(names)}
            stores = [self.segments[n].figures for n in names]
            self._figure_table = FigureTable(
                [s for s in stores if s is not None], [(number[s], d) for s, d in self._where]
            )
        return self._figure_table

    # size and merging -----------------------------------------------------------------------------------------
    def disk_size(self) -> int:
        """Bytes of the collection's files in the cache."""
        return sum(_sizes(self.folder).values()) if self.folder else 0

    def needs_merge(self) -> bool:
        """True when there are more than :data:`MAX_SEGMENTS` segments, or one is mostly deleted documents."""
        return len(self.views) > MAX_SEGMENTS or any(
            v.live is not None and 2 * int(v.live.sum()) < v.segment.n_units for v in self.views
        )

    def merge(self) -> bool:
        """Fold the smallest segments (and mostly deleted ones) into one; True when anything changed.

        Other readers keep their mapped segments; the next open sees the merged one.
        """
        if self.folder is None or not self.needs_merge():
            return False
        with _locked(self.folder):
            return merge_segments(self.folder, cache_version())

    def merge_in_background(self) -> threading.Thread | None:
        """Start :meth:`merge` in a thread when it is needed; the thread, or None."""
        if not self.needs_merge() or (self._merging is not None and self._merging.is_alive()):
            return None
        self._merging = threading.Thread(target=self.merge, name="merge-segments", daemon=False)
        self._merging.start()
        return self._merging


def _entry(path: str, result: FileResult) -> FileEntry:
    return FileEntry(
        path, result.size, result.mtime_ns, result.sha256, result.segment, result.doc, result.error
    )


def _sizes(folder: Path) -> dict[Path, int]:
    out: dict[Path, int] = {}
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            with contextlib.suppress(OSError):
                out[path] = path.stat().st_size
    return out


def _evict(root: Path, keep: Path) -> None:
    """Keep at most :data:`MAX_COLLECTIONS` collections, the least recently used going first."""
    try:
        folders = [p for p in root.iterdir() if p.is_dir() and p != keep]
    except OSError:
        return

    def used(folder: Path) -> float:
        try:
            return (folder / MANIFEST).stat().st_mtime
        except OSError:
            return 0.0

    folders.sort(key=used, reverse=True)
    for folder in folders[MAX_COLLECTIONS - 1 :]:
        shutil.rmtree(folder, ignore_errors=True)

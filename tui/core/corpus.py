"""The index of a set of parsed documents, from the cache when it holds a sound copy, else built and saved.

For callers that hold parsed documents rather than files (a collection of files is
:class:`tui.core.index.collection.Collection`). The cache key covers the documents' names and content
hashes and the code and dictionary versions (:mod:`tui.core.index.versions`); at most :data:`MAX_SETS`
such indexes are kept, the least recently used going first. Building reports progress on stderr once it has
taken more than a second (:func:`stderr_progress`).
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from tui.core.cache import cache_dir, remove_legacy
from tui.core.model import Document

if TYPE_CHECKING:
    from tui.core.index.build import Progress
    from tui.core.index.searcher import SearchIndex

MAX_SETS = 8


def corpus_key(documents: Sequence[Document]) -> str:
    """The cache key of an index: document names and hashes, code and dictionary versions."""
    from tui.core.index.versions import cache_version

    h = hashlib.sha256(cache_version().encode())
    for doc in documents:
        h.update(f"|{doc.name}|{doc.sha256}".encode())
    return h.hexdigest()[:32]


def load_or_build(
    documents: Sequence[Document], progress: Callable[[int, int], None] | None = None, use_cache: bool = True
) -> SearchIndex:
    """The index of these documents, from the cache when it holds a sound copy, else built and saved."""
    import numpy as np

    from tui.core.index.searcher import SearchIndex, SegmentView
    from tui.core.index.segment import Segment
    from tui.core.index.storage import StorageError, write_tables

    folder = cache_dir() / "sets"
    key = corpus_key(documents)
    names = [d.name for d in documents]
    if use_cache:
        parts = sorted(folder.glob(f"{key}-*.bin"))
        try:
            segments = [Segment.open(p) for p in parts]
            counts = [s.n_docs for s in segments]
            if (
                parts
                and sum(counts) == len(documents)
                and all(p.name.endswith(f"-of-{len(parts)}.bin") for p in parts)
            ):
                starts = np.cumsum([0, *counts])
                views = [
                    SegmentView(s, np.arange(a, a + s.n_docs))
                    for s, a in zip(segments, starts.tolist(), strict=False)
                ]
                for part in parts:
                    with contextlib.suppress(OSError):
                        part.touch()
                return SearchIndex(views, names)
        except StorageError:
            pass
    index = SearchIndex.build(documents, progress)
    if use_cache:
        with contextlib.suppress(OSError):
            for stale in folder.glob(f"{key}-*.bin"):
                stale.unlink()
            count = len(index.views)
            for i, view in enumerate(index.views):
                seg = view.segment
                write_tables(folder / f"{key}-{i:03d}-of-{count}.bin", seg.meta, seg.arrays)
            _evict(folder)
            remove_legacy()
    return index


def _evict(folder: object) -> None:
    """Keep the segments of at most :data:`MAX_SETS` indexes, the least recently used going first."""
    from pathlib import Path

    assert isinstance(folder, Path)
    used: dict[str, float] = {}
    for path in folder.glob("*-of-*.bin"):
        key = path.name.split("-", 1)[0]
        with contextlib.suppress(OSError):
            used[key] = max(used.get(key, 0.0), path.stat().st_mtime)
    for key in sorted(used, key=used.__getitem__, reverse=True)[MAX_SETS:]:
        for path in folder.glob(f"{key}-*.bin"):
            with contextlib.suppress(OSError):
                path.unlink()


def stderr_progress(label: str = "indexing") -> Callable[[Progress], None]:
    """A progress callback that reports on stderr (files, rate, time left) once building has taken more
    than a second."""
    started = time.monotonic()
    last = 0.0

    def report(progress: Progress) -> None:
        nonlocal last
        now = time.monotonic()
        done, total = progress.done, progress.total
        if now - started > 1.0 and (now - last > 0.5 or done == total):
            last = now
            end = "\n" if done == total else "\r"
            eta = progress.eta
            left = f", {eta:.0f} s left" if eta is not None and done < total else ""
            print(
                f"{label}: {done:,}/{total:,} files, {progress.rate:,.0f} files/s{left}   ",
                end=end,
                file=sys.stderr,
                flush=True,
            )

    return report

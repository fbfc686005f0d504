"""The cache folder, ``$XDG_CACHE_HOME/interview-explorer``: where it is, what it holds, emptying it.

What lives there (every file written to a temporary name and renamed into place, every array checksummed;
a damaged or stale file reads as a miss and is rebuilt):

- ``collections/<key>/``: one folder per set of paths opened (manifest and segments; see
  :mod:`tui.core.index.collection`), at most eight, the least recently used removed first;
- ``sets/``: indexes of documents handed over already parsed (:mod:`tui.core.corpus`), at most eight;
- ``dictionary-*.bin``: jieba's dictionary as arrays, one per dictionary version;
- ``t2s-*.bin``: the traditional-to-simplified table, one per OpenCC version.

Nothing here is ever fatal: a folder that cannot be written means working without a cache.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

LEGACY = ("index-*.json", ".tmp-*")
"""Files of earlier versions (one JSON index per generation) and temporaries left by a crash."""


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/interview-explorer``, or ``~/.cache/interview-explorer``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "interview-explorer"


@dataclass(frozen=True)
class CacheItem:
    """One thing in the cache: what it is, its name, its size in bytes and its files."""

    kind: str
    name: str
    size: int
    files: int
    detail: str = ""


@dataclass
class CacheUsage:
    """Where the cache is and what it holds."""

    path: Path
    items: list[CacheItem] = field(default_factory=list)

    @property
    def size(self) -> int:
        """Bytes in the cache."""
        return sum(item.size for item in self.items)

    @property
    def files(self) -> int:
        """Files in the cache."""
        return sum(item.files for item in self.items)


def _tree(path: Path) -> tuple[int, int]:
    size = count = 0
    for root, _, names in os.walk(path):
        for name in names:
            with contextlib.suppress(OSError):
                size += os.stat(os.path.join(root, name)).st_size
                count += 1
    return size, count


def _collection_detail(folder: Path) -> str:
    """The paths a collection was opened with and how many files it holds (from its manifest)."""
    from tui.core.index.storage import StorageError, open_tables

    try:
        tables = open_tables(folder / "manifest.bin", verify=False)
    except StorageError:
        return "no manifest"
    inputs = tables.meta.get("inputs") or []
    files = len(tables.arrays.get("size", ()))
    shown = ", ".join(str(i) for i in inputs[:2]) + (
        f" and {len(inputs) - 2} more" if len(inputs) > 2 else ""
    )
    return f"{files:,} files: {shown}"


def usage() -> CacheUsage:
    """What the cache holds, item by item (collections, index sets, dictionaries, other files)."""
    root = cache_dir()
    out = CacheUsage(root)
    if not root.is_dir():
        return out
    for path in sorted(root.iterdir()):
        if path.name == "collections" and path.is_dir():
            for folder in sorted(path.iterdir()):
                size, count = _tree(folder)
                out.items.append(
                    CacheItem("collection", folder.name, size, count, _collection_detail(folder))
                )
        elif path.is_dir():
            size, count = _tree(path)
            out.items.append(CacheItem(path.name, path.name, size, count))
        else:
            with contextlib.suppress(OSError):
                kind = path.name.split("-", 1)[0] if path.suffix == ".bin" else "other"
                out.items.append(CacheItem(kind, path.name, path.stat().st_size, 1))
    return out


def clear() -> CacheUsage:
    """Remove everything in the cache folder; what was there (the folder itself stays)."""
    before = usage()
    root = cache_dir()
    if root.is_dir():
        for path in root.iterdir():
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    path.unlink()
    return before


def remove_legacy(older_than: float = 3600.0) -> None:
    """Remove files of earlier cache formats, and temporaries an interrupted write left (older than an
    hour, so as not to take one from a writer at work)."""
    import time

    root = cache_dir()
    for pattern in LEGACY:
        for path in root.glob(pattern):
            with contextlib.suppress(OSError):
                if not path.name.startswith(".tmp-") or path.stat().st_mtime < time.time() - older_than:
                    path.unlink()

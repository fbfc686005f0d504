"""The manifest of a collection: every file (path, size, mtime, content hash) and where its document is.

A file's document lives in a segment under a local number; a file that could not be read keeps its error,
so an unchanged bad file is not read again. A segment document that no entry points to is deleted (it is
masked by the searcher and dropped by the next merge). The manifest is small, so it is rewritten whole:
to a temporary file renamed into place, after the segments it names are written.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from tui.core.index.storage import StorageError, StringTable, open_tables, pack_strings, write_tables

MANIFEST = "manifest.bin"
MANIFEST_FORMAT = 1


@dataclass(slots=True)
class FileEntry:
    """One file of the collection and where its document lives (``segment`` None: see ``error``)."""

    path: str
    size: int
    mtime_ns: int
    sha256: str
    segment: str | None
    doc: int
    error: str | None = None

    def same_stat(self, size: int, mtime_ns: int) -> bool:
        """True when the file on disk still has the size and modification time recorded."""
        return self.size == size and self.mtime_ns == mtime_ns

    def moved(self, segment: str | None, doc: int) -> FileEntry:
        """The same file, its document now elsewhere."""
        return replace(self, segment=segment, doc=doc)


@dataclass
class Manifest:
    """The files of a collection in order, and the segments that hold their documents."""

    version: str
    inputs: list[str]
    entries: list[FileEntry]

    @property
    def segments(self) -> list[str]:
        """Segments that hold a live document, in the order their documents come."""
        return list(dict.fromkeys(e.segment for e in self.entries if e.segment is not None))

    def save(self, folder: Path) -> int:
        """Write the manifest atomically; its size in bytes."""
        segments = self.segments
        number = {name: i for i, name in enumerate(segments)}
        entries = self.entries
        path_blob, path_off = pack_strings([e.path for e in entries])
        sha = np.zeros((len(entries), 32), dtype=np.uint8)
        for i, e in enumerate(entries):
            if e.sha256:
                sha[i] = np.frombuffer(bytes.fromhex(e.sha256), dtype=np.uint8)
        arrays = {
            "path:blob": path_blob,
            "path:off": path_off,
            "size": np.asarray([e.size for e in entries], dtype=np.int64),
            "mtime": np.asarray([e.mtime_ns for e in entries], dtype=np.int64),
            "sha": sha,
            "segment": np.asarray(
                [number.get(e.segment, -1) if e.segment else -1 for e in entries], np.int32
            ),
            "doc": np.asarray([e.doc for e in entries], dtype=np.int32),
        }
        meta: dict[str, Any] = {
            "format": MANIFEST_FORMAT,
            "version": self.version,
            "inputs": self.inputs,
            "segments": segments,
            "errors": {str(i): e.error for i, e in enumerate(entries) if e.error},
        }
        return write_tables(folder / MANIFEST, meta, arrays)

    @classmethod
    def load(cls, folder: Path, version: str) -> Manifest | None:
        """The manifest in ``folder``; None when it is missing, damaged or of another version."""
        try:
            tables = open_tables(folder / MANIFEST)
            meta = tables.meta
            if meta.get("format") != MANIFEST_FORMAT or meta.get("version") != version:
                return None
            paths = StringTable(tables["path:blob"], tables["path:off"]).all()
            segments: list[str] = list(meta["segments"])
            errors: dict[str, str] = dict(meta.get("errors") or {})
            numbers = tables["segment"].tolist()
            shas = tables["sha"]
            if not (len(paths) == len(numbers) == len(shas) == len(tables["size"]) == len(tables["doc"])):
                return None
            hexes = shas.tobytes().hex()
            zero = "0" * 64
            entries = []
            for i, (path, size, mtime, number, doc) in enumerate(
                zip(
                    paths,
                    tables["size"].tolist(),
                    tables["mtime"].tolist(),
                    numbers,
                    tables["doc"].tolist(),
                    strict=True,
                )
            ):
                sha = hexes[64 * i : 64 * i + 64]
                entries.append(
                    FileEntry(
                        path,
                        size,
                        mtime,
                        "" if sha == zero else sha,
                        segments[number] if number >= 0 else None,
                        doc,
                        errors.get(str(i)),
                    )
                )
            return cls(str(meta["version"]), list(meta.get("inputs") or []), entries)
        except (StorageError, KeyError, TypeError, ValueError, IndexError):
            return None


def segment_name() -> str:
    """A new segment's file name (``seg-`` and 16 hex digits: what :func:`remove_unnamed` sweeps)."""
    return f"seg-{uuid.uuid4().hex[:16]}.bin"


def remove_unnamed(folder: Path, manifest: Manifest) -> None:
    """Delete segment, figure and temporary files the manifest does not name (old generations, failed
    writes)."""
    keep = set(manifest.segments)
    keep |= {"figs-" + name for name in keep}
    for path in folder.iterdir():
        name = path.name
        if (name.startswith(("seg-", "figs-")) and name not in keep) or name.startswith(".tmp-"):
            with contextlib.suppress(OSError):
                path.unlink()

"""Parsed articles kept in the cache, so that reopening a file parses nothing.

One record per file, ``$XDG_CACHE_HOME/interview-explorer/parsed/<hash of the path>.rec``: the document as
the parser made it, the decoded text and the document's figures in reading order. A record is keyed by the
file's absolute path, size and modification time (taken *before* the file was read, so that a file changed
while it was being parsed reads as changed next time) and by :func:`parse_version`, the hash of the source
of ``tui.core`` (:func:`tui.core.index.versions.code_version`) with a stamp of the OpenCC package that the
figures of traditional texts are read through.

Layout: ``MAGIC | CRC-32 of the payload (u32) | payload length (u64) | payload (orjson)``. A record is
written to a temporary name and renamed into place; one that is truncated, fails its checksum, is of another
version or of another state of the file reads as a miss, and is replaced when the file is parsed again. At
most :data:`MAX_RECORDS` records and :data:`MAX_BYTES` bytes are kept, the least recently used going first.

Loading is on the explorer's start path, so it imports neither the parser, nor pydantic, nor numpy: the
models are rebuilt from plain values, and checked as they are (unknown or missing fields fail, and every
block's text must be the stretch of the text it says it is).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson

from tui.core.cache import cache_dir
from tui.core.model import Block, BlockKind, Boilerplate, Document, Figure, Section, to_dict

MAGIC = b"IXPARSE1"
_PREFIX = struct.Struct("<8sIQ")
MAX_RECORDS = 64
"""Records kept at most (one per file opened on its own)."""
MAX_BYTES = 64 * 1024 * 1024
"""Bytes of records kept at most."""
SUFFIX = ".rec"


@dataclass(frozen=True)
class FileKey:
    """What a record is valid for: a file's absolute path, size and modification time."""

    path: str
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileKey | None:
        """The key of the file as it is now; None when it cannot be stat'ed."""
        absolute = os.path.abspath(path)
        try:
            st = os.stat(absolute)
        except OSError:
            return None
        return cls(absolute, st.st_size, st.st_mtime_ns)


@dataclass(frozen=True)
class Parsed:
    """A document as the parser made it and its figures in reading order (None: not found yet)."""

    document: Document
    figures: list[Figure] | None


def records_dir() -> Path:
    """Where records are kept."""
    return cache_dir() / "parsed"


def record_path(key: FileKey) -> Path:
    """The record of a file: named by a hash of its absolute path."""
    return records_dir() / (
        hashlib.sha256(key.path.encode("utf-8", "surrogatepass")).hexdigest()[:24] + SUFFIX
    )


def _package_stamp(name: str) -> str:
    """The size and modification time of an installed package's ``__init__`` (changes when it is upgraded),
    found without importing it or reading every distribution's metadata."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin:
        return f"{name}-none"
    try:
        st = os.stat(spec.origin)
    except OSError:
        return f"{name}-none"
    return f"{name}-{st.st_size}-{st.st_mtime_ns}"


@lru_cache(maxsize=1)
def parse_version() -> str:
    """The version a record is keyed on: the source of ``tui.core`` and the OpenCC package."""
    from tui.core.index.versions import code_version

    return f"{code_version()}|{_package_stamp('opencc')}"


# reading -------------------------------------------------------------------------------------------------
def read_record(path: Path) -> dict[str, Any] | None:
    """The payload of a record file; None when it is missing, truncated or damaged."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    if len(data) < _PREFIX.size:
        return None
    magic, crc, size = _PREFIX.unpack_from(data)
    body = data[_PREFIX.size :]
    if magic != MAGIC or size != len(body) or zlib.crc32(body) != crc:
        return None
    try:
        record = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    return record if isinstance(record, dict) else None


def write_record(path: Path, record: dict[str, Any]) -> bool:
    """Write a record file atomically (a temporary name renamed into place); False when the folder cannot
    be written (nothing is left behind then)."""
    import tempfile  # writing is never on the start path

    body = orjson.dumps(record)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(_PREFIX.pack(MAGIC, zlib.crc32(body), len(body)) + body)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        return False
    return True


def load(key: FileKey) -> Parsed | None:
    """The record of this state of the file; None when there is none, or it is stale or damaged."""
    path = record_path(key)
    record = read_record(path)
    if record is None:
        return None
    try:
        if (
            record.get("key") != [key.path, key.size, key.mtime_ns]
            or record.get("version") != parse_version()
        ):
            return None
        parsed = Parsed(_document(record["document"], record["text"]), _figures(record.get("figures")))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # most recently used
    return parsed


def _document(data: dict[str, Any], text: str) -> Document:
    """The document from its plain values; ValueError when a block is not the text it says it is."""
    if not isinstance(text, str):
        raise TypeError("text")
    sections = []
    for s in data.pop("sections"):
        blocks = []
        for b in s.pop("blocks"):
            block = Block(**{**b, "kind": BlockKind(b["kind"])})
            if not isinstance(block.start, int) or text[block.start : block.end] != block.text:
                raise ValueError(f"block {block.id} is not where it says")
            blocks.append(block)
        sections.append(Section(**s, blocks=blocks))
    boilerplate = [Boilerplate(**b) for b in data.pop("boilerplate")]
    return Document(**data, sections=sections, boilerplate=boilerplate, text=text)


def _figures(data: list[dict[str, Any]] | None) -> list[Figure] | None:
    if data is None:
        return None
    return [Figure(**f) for f in data]


# writing -------------------------------------------------------------------------------------------------
def save(key: FileKey, document: Document, figures: list[Figure] | None) -> bool:
    """Keep the document (and its figures, when found) for this state of the file; False when the cache
    cannot be written (never raises for that: the next open parses again)."""
    record = {
        "key": [key.path, key.size, key.mtime_ns],
        "version": parse_version(),
        "document": to_dict(document),
        "text": document.text,
        "figures": None if figures is None else [to_dict(f) for f in figures],
    }
    path = record_path(key)
    if not write_record(path, record):
        return False
    evict(keep=path)
    return True


def evict(keep: Path | None = None, folder: Path | None = None, most: int | None = None) -> None:
    """Keep at most ``most`` records and :data:`MAX_BYTES` bytes in ``folder`` (by default the parsed
    articles'), the least recently used going first (``keep``, just written, stays); remove temporaries
    that an interrupted write left an hour ago."""
    import time

    most = MAX_RECORDS if most is None else most
    found: list[tuple[float, int, Path]] = []
    stale = time.time() - 3600
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder or records_dir()):
            with contextlib.suppress(OSError):
                st = entry.stat()
                if entry.name.endswith(SUFFIX):
                    found.append((st.st_mtime, st.st_size, Path(entry.path)))
                elif st.st_mtime < stale:
                    os.unlink(entry.path)
    found.sort(reverse=True)
    total = 0
    for count, (_, size, path) in enumerate(found, start=1):
        total += size
        if path != keep and (count > most or total > MAX_BYTES):
            with contextlib.suppress(OSError):
                path.unlink()

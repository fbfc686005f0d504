"""Files of named numpy arrays that open by memory mapping: segments, the dictionary, document stores.

Layout (little-endian)::

    b"IXTABLE1" | header length (u64) | header CRC-32 (u32) | header (orjson) | arrays, each 64-byte aligned

The header holds free-form ``meta`` and, for each array, its name, dtype, shape, offset, size and CRC-32.
Files are written to a temporary name in the same folder and renamed into place, so a reader never sees half
a file. Opening maps the file read-only; arrays are views into the mapping (nothing is copied). A file that
is truncated, has a damaged header or fails a checksum raises :class:`StorageError` (a ``ValueError``), which
callers treat as a miss and rebuild.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import struct
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import orjson

MAGIC = b"IXTABLE1"
_ALIGN = 64
_PREFIX = struct.Struct("<8sQI")
_CHUNK = 1 << 22

Array = np.ndarray[Any, Any]


class StorageError(ValueError):
    """A file of arrays that is missing, truncated, damaged or of another format."""


@dataclass
class Tables:
    """The arrays and metadata of one mapped file. ``arrays`` are read-only views into the mapping."""

    path: Path
    meta: dict[str, Any]
    arrays: dict[str, Array]
    size: int

    def __getitem__(self, name: str) -> Array:
        try:
            return self.arrays[name]
        except KeyError:
            raise StorageError(f"{self.path.name}: no array {name!r}") from None


def _aligned(n: int) -> int:
    return (n + _ALIGN - 1) // _ALIGN * _ALIGN


def write_tables(path: Path, meta: dict[str, Any], arrays: dict[str, Array]) -> int:
    """Write ``arrays`` and ``meta`` to ``path`` atomically; return the file's size in bytes.

    Raises OSError when the folder cannot be written (nothing is left behind then).
    """
    entries: list[list[Any]] = []
    offset = 0
    blobs: list[tuple[int, Array]] = []
    for name, value in arrays.items():
        array = np.ascontiguousarray(value)
        if array.dtype.byteorder == ">":
            array = array.astype(array.dtype.newbyteorder("<"))
        nbytes = int(array.nbytes)
        crc = zlib.crc32(array.tobytes()) if nbytes else 0
        entries.append([name, array.dtype.str, list(array.shape), offset, nbytes, crc])
        blobs.append((offset, array))
        offset = _aligned(offset + nbytes)
    header = orjson.dumps({"meta": meta, "arrays": entries})
    start = _aligned(_PREFIX.size + len(header))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(_PREFIX.pack(MAGIC, len(header), zlib.crc32(header)) + header)
            position = _PREFIX.size + len(header)
            for at, array in blobs:
                handle.write(b"\0" * (start + at - position))
                if array.nbytes:
                    handle.write(array.tobytes())
                position = start + at + int(array.nbytes)
            handle.write(b"\0" * (start + offset - position))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return start + offset


def open_tables(path: Path, verify: bool = True) -> Tables:
    """Map the file at ``path``; with ``verify``, check every array's CRC-32 (read in chunks, not mapped)."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            prefix = handle.read(_PREFIX.size)
            if len(prefix) < _PREFIX.size:
                raise StorageError(f"{path.name}: truncated")
            magic, header_len, header_crc = _PREFIX.unpack(prefix)
            if magic != MAGIC or header_len > size:
                raise StorageError(f"{path.name}: not a table file")
            header = handle.read(header_len)
            if len(header) != header_len or zlib.crc32(header) != header_crc:
                raise StorageError(f"{path.name}: damaged header")
            parsed = orjson.loads(header)
            start = _aligned(_PREFIX.size + header_len)
            entries = parsed["arrays"]
            end = max((start + e[3] + e[4] for e in entries), default=start)
            if end > size:
                raise StorageError(f"{path.name}: truncated")
            if verify:
                _verify(handle, start, entries, path)
            mapping = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else None
    except OSError as exc:
        raise StorageError(f"{path.name}: {exc.strerror or exc}") from None
    except (orjson.JSONDecodeError, KeyError, TypeError, IndexError) as exc:
        raise StorageError(f"{path.name}: damaged header ({exc})") from None
    arrays: dict[str, Array] = {}
    for name, dtype, shape, at, nbytes, _ in entries:
        dt = np.dtype(dtype)
        count = nbytes // dt.itemsize if dt.itemsize else 0
        if count == 0 or mapping is None:
            arrays[name] = np.zeros(shape, dtype=dt)
        else:
            arrays[name] = np.frombuffer(mapping, dtype=dt, count=count, offset=start + at).reshape(shape)
    return Tables(path, dict(parsed.get("meta") or {}), arrays, size)


def _verify(handle: Any, start: int, entries: list[list[Any]], path: Path) -> None:
    for name, _, _, at, nbytes, crc in entries:
        handle.seek(start + at)
        value = 0
        left = nbytes
        while left > 0:
            chunk = handle.read(min(_CHUNK, left))
            if not chunk:
                raise StorageError(f"{path.name}: truncated in {name}")
            value = zlib.crc32(chunk, value)
            left -= len(chunk)
        if value != crc:
            raise StorageError(f"{path.name}: checksum of {name}")


# strings -----------------------------------------------------------------------------------------------------
def pack_strings(values: list[str], wide: bool = False) -> tuple[Array, Array]:
    """Strings as (blob, offsets): value ``i`` is ``blob[offsets[i]:offsets[i + 1]]``. The blob is UTF-8
    bytes, or with ``wide`` UTF-16 code units (two bytes a Chinese character instead of three)."""
    codec, dtype = ("utf-16-le", np.uint16) if wide else ("utf-8", np.uint8)
    step = np.dtype(dtype).itemsize
    encoded = [v.encode(codec) for v in values]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    if encoded:
        np.cumsum([len(b) // step for b in encoded], out=offsets[1:])
    blob = np.frombuffer(b"".join(encoded), dtype=dtype)
    return blob, narrow_offsets(offsets)


def narrow_offsets(offsets: Array) -> Array:
    """Offsets as uint32 when they fit, else int64."""
    if len(offsets) == 0 or int(offsets[-1]) < 2**32:
        return offsets.astype(np.uint32)
    return offsets.astype(np.int64)


class StringTable:
    """Read access to strings packed by :func:`pack_strings` (decoded one at a time, on demand)."""

    __slots__ = ("_blob", "_codec", "_offsets")

    def __init__(self, blob: Array, offsets: Array) -> None:
        self._blob = blob
        self._offsets = offsets
        self._codec = "utf-16-le" if blob.dtype == np.uint16 else "utf-8"

    def __len__(self) -> int:
        return max(0, len(self._offsets) - 1)

    def __getitem__(self, i: int) -> str:
        a, b = self._offsets[i : i + 2].tolist()
        return self._blob[a:b].tobytes().decode(self._codec)

    def many(self, rows: Array) -> list[str]:
        """The strings of several rows (offsets gathered at once)."""
        blob, codec = self._blob, self._codec
        starts = self._offsets[rows].tolist()
        ends = self._offsets[rows + 1].tolist()
        return [blob[a:b].tobytes().decode(codec) for a, b in zip(starts, ends, strict=True)]

    def joined(self, a: int, b: int) -> str:
        """Strings ``a`` to ``b - 1`` joined (they lie together in the blob)."""
        lo, hi = int(self._offsets[a]), int(self._offsets[b])
        return self._blob[lo:hi].tobytes().decode(self._codec)

    def all(self) -> list[str]:
        """Every string (decoded at once: for merges and small tables)."""
        return self.many(np.arange(len(self)))

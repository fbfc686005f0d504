"""A small on-disk cache: orjson payloads under ``$XDG_CACHE_HOME/interview-explorer``.

Each file is a checksum line followed by the payload; writes go to a temporary file that is renamed into
place, so a reader never sees half a file. A missing, truncated, damaged or unreadable file reads as a
miss; a cache folder that cannot be written is skipped. Nothing here is ever fatal.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

import orjson


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/interview-explorer``, or ``~/.cache/interview-explorer``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "interview-explorer"


def load(name: str) -> Any | None:
    """The payload stored under ``name``, or None when it is missing or damaged."""
    path = cache_dir() / name
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head, sep, payload = data.partition(b"\n")
    if not sep or head.decode("ascii", "replace") != hashlib.sha256(payload).hexdigest():
        return None
    try:
        return orjson.loads(payload)
    except orjson.JSONDecodeError:
        return None


def save(name: str, value: Any) -> bool:
    """Store ``value`` atomically under ``name``; False (and nothing written) when the folder is unwritable."""
    folder = cache_dir()
    try:
        payload = orjson.dumps(value)
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload)
            os.replace(tmp, folder / name)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except (OSError, TypeError):
        return False
    return True

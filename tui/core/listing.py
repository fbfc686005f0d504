"""The headers of a collection's documents as last opened, so that the explorer's first frame lists them.

Opening a folder of 10,000 articles as a :class:`~tui.core.index.collection.Collection` stats every file,
maps its segments and checks their checksums: a good half second, and numpy besides. The documents view
needs only each document's path, title, date, source and number of figures, so these are kept in a record
of their own (``$XDG_CACHE_HOME/interview-explorer/listings/<hash of the paths opened>.rec``, the format of
:mod:`tui.core.parsed`: checksummed, written atomically, keyed by the code version), read on the start path
without numpy, and shown while the collection opens in a thread; the collection then says whether anything
changed, and the listing is written anew when it did. At most :data:`MAX_LISTINGS` are kept.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.core.cache import cache_dir
from tui.core.parsed import SUFFIX, evict, parse_version, read_record, write_record

MAX_LISTINGS = 8
FIELDS = ("title", "date", "source", "figures")
"""The header fields kept for each document (``figures``: how many, None until they are found)."""


@dataclass
class Listing:
    """The documents of a collection in order: their paths and header fields."""

    inputs: list[str]
    """The absolute paths the user named (files and folders): the key."""
    paths: list[str] = field(default_factory=list)
    """The absolute path of each document's file."""
    columns: dict[str, list[Any]] = field(default_factory=dict)
    """One list per field of :data:`FIELDS`, a value per document."""

    def __len__(self) -> int:
        return len(self.paths)

    def column(self, name: str) -> list[Any]:
        """The values of one field (None for each document when the field is not kept)."""
        return self.columns.get(name) or [None] * len(self.paths)


def absolute(inputs: Sequence[Path | str]) -> list[str]:
    """The paths as the listing is keyed."""
    return [os.path.abspath(str(p)) for p in inputs]


def listing_path(inputs: Sequence[str]) -> Path:
    """The record of a set of paths opened."""
    digest = hashlib.sha256("\n".join(inputs).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return cache_dir() / "listings" / (digest + SUFFIX)


def load(inputs: Sequence[str]) -> Listing | None:
    """The listing kept for these paths; None when there is none, or it is of other code or damaged."""
    record = read_record(listing_path(inputs))
    if record is None:
        return None
    try:
        if record["inputs"] != list(inputs) or record["version"] != parse_version():
            return None
        paths = record["paths"]
        columns = {name: record["columns"][name] for name in FIELDS}
        if not isinstance(paths, list) or any(
            not isinstance(c, list) or len(c) != len(paths) for c in columns.values()
        ):
            return None
    except (KeyError, TypeError):
        return None
    return Listing(list(inputs), paths, columns)


def save(listing: Listing) -> bool:
    """Keep a listing (False when the cache cannot be written; never raises for that)."""
    path = listing_path(listing.inputs)
    record = {
        "inputs": listing.inputs,
        "version": parse_version(),
        "paths": listing.paths,
        "columns": {name: listing.column(name) for name in FIELDS},
    }
    if not write_record(path, record):
        return False
    evict(keep=path, folder=path.parent, most=MAX_LISTINGS)
    return True

"""A collection folder's segment files as the searcher maps them: every named segment opened (or None when one
is damaged), and each given its figure file when a sound one lies beside it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tui.core.index.figstore import FigureStore, store_name
from tui.core.index.segment import Segment
from tui.core.index.storage import StorageError


def open_segments(
    folder: Path, names: Sequence[str], each: bool = False, verify: bool = True
) -> dict[str, Segment] | None:
    """Map the named segments; None when one fails (with ``each``: the ones that open)."""
    out: dict[str, Segment] = {}
    for name in names:
        try:
            out[name] = Segment.open(folder / name, verify=verify)
        except StorageError:
            if not each:
                return None
    return out


def attach_stores(folder: Path, segments: dict[str, Segment]) -> None:
    """Give each segment its figure file when there is a sound one (a damaged one is removed)."""
    for name, segment in segments.items():
        if segment.figures is not None:
            continue
        path = folder / store_name(name)
        if not path.exists():
            continue
        try:
            store = FigureStore.open(path)
        except StorageError:
            path.unlink(missing_ok=True)
            continue
        if store.docs == segment.n_docs:
            segment.figures = store

"""The command line and collections: the articles ``search`` answers from, and ``cache``.

``search`` reads its paths as the other commands do (every readable article used, each one that cannot be
read named on stderr, exit status 2 then), but through :class:`~tui.core.index.collection.Collection`:
parsed and indexed once, then kept in step with the files, so a reopen parses nothing.
``cache`` prints where the cache is and what it holds; ``cache --clear`` empties it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui.cli_inputs import PROG, Inputs, NothingToRead
from tui.core.errors import InputError
from tui.core.vocab import counted

if TYPE_CHECKING:
    from tui.core.index.build import Progress
    from tui.core.index.collection import Collection


def load_collection(
    raw: Sequence[str], use_cache: bool = True, progress: Callable[[Progress], None] | None = None
) -> tuple[Inputs, Collection]:
    """The collection of the articles the paths name (the bundled interview when there are none), and the
    :class:`~tui.cli_inputs.Inputs` that say how to name them and what was skipped (``documents`` stays
    empty: the collection holds them).

    Prints ``skipped PATH: why`` for each path that cannot be read; raises :class:`NothingToRead` (after
    printing why) when none can.
    """
    from tui.core.index.collection import Collection
    from tui.core.text import bundled_article, expand_paths

    problems = [InputError("'': no such file or folder") for p in raw if not p]
    named = [Path(p) for p in raw if p]
    paths = expand_paths(named, problems.append) if raw else [bundled_article()]
    inputs = Inputs()
    collection = Collection.open(paths, inputs=named or None, progress=progress, use_cache=use_cache)
    reached = {os.path.abspath(str(p)): str(p) for p in paths}
    inputs.labels = [
        reached[p] if raw else name for p, name in zip(collection.paths, collection.names, strict=True)
    ]
    for path, message in collection.errors:  # the collection names a file by its full path: as given here
        given = reached.get(os.path.abspath(path), path)
        problems.append(InputError(given + message[len(path) :] if message.startswith(path) else message))
    inputs.skipped = [str(p) for p in problems]
    if not len(collection):
        for problem in inputs.skipped or ["nothing to read"]:
            print(f"{PROG}: {problem}", file=sys.stderr)
        raise NothingToRead
    for problem in inputs.skipped:
        print(f"{PROG}: skipped {problem}", file=sys.stderr)
    return inputs, collection


def _size(n: int) -> str:
    return f"{n / 1e6:,.1f} MB" if n >= 100_000 else f"{n / 1e3:,.1f} kB"


def cmd_cache(args: argparse.Namespace) -> int:
    """Print where the cache is and what it holds; with ``--clear``, empty it."""
    from tui.cli_commands import emit
    from tui.core import cache

    if args.clear:
        before = cache.clear()
        emit(f"cleared {_size(before.size)} ({counted(before.files, 'file')}) from {before.path}")
        return 0
    found = cache.usage()
    lines = [f"{found.path}: {_size(found.size)} in {counted(found.files, 'file')}"]
    for item in found.items:
        detail = f"  {item.detail}" if item.detail else ""
        lines.append(f"  {item.kind:<11} {item.name:<34} {_size(item.size):>10}{detail}")
    emit("\n".join(lines))
    return 0

"""Opening the explorer from the command line: find what to open, start the app, as fast as can be.

Textual and the document model are imported here only when the explorer opens, never by the other
commands. One file opens from its kept parse (:mod:`tui.core.parsed`: a reopen parses nothing); a folder
or several files open as a collection, whose documents view is drawn at once from the headers kept of the
last opening (:mod:`tui.core.listing`) while the collection itself opens in a thread after the first frame.

Start-up builds several hundred thousand objects that all live as long as the app (Textual's classes and
styles, the documents); the cyclic garbage collector would walk them again and again for nothing, so it is
paused until the first frame is on screen, then resumed with those objects frozen.
"""

from __future__ import annotations

import argparse
import gc
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.errors import InputError

if TYPE_CHECKING:
    from tui.app.app import ExplorerApp
    from tui.app.library import Library

__all__ = ["ExplorerApp", "cmd_open", "open_library", "open_paths", "run_app"]


def __getattr__(name: str) -> object:
    if name == "ExplorerApp":  # the App class, imported with Textual only when asked for
        from tui.app.app import ExplorerApp

        return ExplorerApp
    raise AttributeError(name)


def cmd_open(args: argparse.Namespace) -> int:
    """``interview-explorer [PATH…]``: open the explorer. A path that does not exist stops here with one
    line (exit status 2); the app gives a notice for each file of a folder that it cannot read."""
    return open_paths(list(args.paths))


def open_paths(raw_paths: list[str]) -> int:
    """Open the explorer on these paths as typed (none: the bundled interview); the exit status."""
    if not raw_paths:
        from tui.core.bundled import bundled_article

        return run_app([bundled_article()])
    paths = []
    for raw in raw_paths:
        path = Path(raw)
        if not raw or not path.exists():
            raise InputError(f"{raw}: no such file or folder")
        paths.append(path)
    return run_app(paths)


def open_library(paths: list[Path]) -> Library:
    """One file (not a folder) opens on its own; anything else opens as a collection (the documents view).

    Raises :class:`InputError` when a single file cannot be read, or a folder holds no articles.
    """
    if len(paths) == 1 and not paths[0].is_dir():
        from tui.app.library import open_file

        return open_file(paths[0])
    from tui.app.shelf import Shelf

    return Shelf.from_inputs(paths)


def run_app(paths: list[Path]) -> int:
    """Open the explorer on these files or folders; return the exit status."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        from tui.app.app import ExplorerApp

        app = ExplorerApp(open_library(paths), resume_gc=collecting)
        app.run()
    finally:
        if collecting:
            gc.enable()
    return app.return_code or 0

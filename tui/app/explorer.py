"""Opening the explorer from the command line: read the files, start the app, as fast as can be.

Textual and the document model are imported here only when the explorer opens, never by the other
commands. Start-up builds several hundred thousand objects that all live as long as the app (Textual's
classes and styles, the parsed documents); the cyclic garbage collector would walk them again and again for
nothing, so it is paused until the first frame is on screen, then resumed with those objects frozen.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.errors import InputError

if TYPE_CHECKING:
    from tui.app.app import ExplorerApp
    from tui.core.model import Document

__all__ = ["ExplorerApp", "load_all", "run_app"]


def __getattr__(name: str) -> object:
    if name == "ExplorerApp":  # the App class, imported with Textual only when asked for
        from tui.app.app import ExplorerApp

        return ExplorerApp
    raise AttributeError(name)


def load_all(paths: list[Path]) -> tuple[list[Document], list[str]]:
    """Parse every path; a file that fails is reported, not fatal, unless none opens."""
    from tui.core.document import load_document

    documents: list[Document] = []
    errors: list[str] = []
    for path in paths:
        try:
            documents.append(load_document(path))
        except InputError as exc:
            errors.append(str(exc))
    if not documents:
        raise InputError(errors[0] if errors else "nothing to open")
    return documents, errors


def run_app(paths: list[Path]) -> int:
    """Open the explorer on these files; return the exit status."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        from tui.app.app import ExplorerApp

        documents, errors = load_all(paths)
        ExplorerApp(documents, errors, resume_gc=collecting).run()
    finally:
        if collecting:
            gc.enable()
    return 0

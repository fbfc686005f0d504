"""Where the bundled articles and dictionaries are: inside the installed package, or ``content/`` of a
checkout.

Kept apart from :mod:`tui.core.text` (which re-exports both functions) so that opening the explorer on the
bundled interview, whose parse is kept in the cache, does not import the decoder.
"""

from __future__ import annotations

from pathlib import Path

from tui.core.errors import InputError

_PACKAGE = Path(__file__).resolve().parents[1]


def bundled_content_dir() -> Path:
    """The folder of bundled articles: inside the installed package, or ``content/`` of a checkout."""
    packaged = _PACKAGE / "content"
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / "content"


def bundled_article() -> Path:
    """The bundled interview (the one ``.txt`` in the content folder)."""
    folder = bundled_content_dir()
    found = sorted(folder.glob("*.txt"))
    if not found:
        raise InputError(f"{folder}: the bundled article is missing; reinstall interview-explorer")
    return found[0]

"""Snapshot tests (pytest-textual-snapshot) of the main screen, search, the figures view and help.

Regenerate after an intended change with ``pytest tests/test_snapshots.py --snapshot-update`` and look at
the report. The cursor blink is frozen and the search timing hidden so that the pictures are stable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import textual
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from tests.app.waiting import wait_for
from tests.conftest import make_app
from tui.app.figures_view import FiguresView
from tui.app.main_screen import MainScreen
from tui.app.search_bar import count_text

SIZES = [(120, 40), (80, 24)]
RECORDED_WITH = "8.2.8"
"""The Textual version the snapshots were drawn with; another version may draw a cell differently."""

_RECORDED = pytest.mark.skipif(
    textual.__version__ != RECORDED_WITH,
    reason=f"snapshots recorded with textual {RECORDED_WITH}; regenerate them for {textual.__version__}",
)


pytestmark = [_RECORDED, pytest.mark.usefixtures("isolated_cache")]


async def _settle(pilot: Pilot[Any]) -> None:
    for widget in pilot.app.query(Input):
        widget.cursor_blink = False
    await pilot.pause(0.2)


async def _figures_found(pilot: Pilot[Any]) -> None:
    """Wait for the figures, found in a thread after the first frame (every picture shows some)."""
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    await wait_for(
        pilot, lambda: screen.library.known_figures(0) is not None, "the figures (found in a thread)"
    )


async def _main(pilot: Pilot[Any]) -> None:
    for _ in range(7):
        await pilot.press("j")
    await _figures_found(pilot)
    await _settle(pilot)


async def _search(pilot: Pilot[Any]) -> None:
    await _figures_found(pilot)
    await pilot.press("slash")
    await _settle(pilot)  # stop the cursor blinking before it can be caught hidden
    for ch in "中小企业":
        await pilot.press(ch)
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    bar = screen.search_bar
    await wait_for(pilot, lambda: bar.answered == "中小企业", "the answer to 中小企业")
    bar.query_one("#search-status", Static).update(count_text(bar.answer))  # the timing varies
    # The results list takes the focus, as when the reader walks the hits: an Input's caret is drawn
    # depending on when the frame is taken, which made this picture flaky.
    screen.search_bar.query_one(OptionList).focus()
    await _settle(pilot)


async def _figures(pilot: Pilot[Any]) -> None:
    await _figures_found(pilot)
    await pilot.press("f")
    await wait_for(pilot, lambda: isinstance(pilot.app.focused, Input), "the filter to have the focus")
    view = pilot.app.screen
    assert isinstance(view, FiguresView)
    await wait_for(pilot, lambda: view.listed is not None, "the figures listed")
    # As in the search picture, the caret of an Input is drawn or not depending on when the frame is
    # taken: the table takes the focus for the picture (tab, as a reader would to walk the rows).
    await pilot.press("tab")
    await _settle(pilot)


async def _help(pilot: Pilot[Any]) -> None:
    await _figures_found(pilot)
    await pilot.press("question_mark")
    await _settle(pilot)


async def _documents(pilot: Pilot[Any]) -> None:
    """A folder: the documents view filtered by a word, the outline of the document under the cursor."""
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    pane = screen.documents_pane
    await wait_for(pilot, lambda: screen.ready and not pane.note, "the collection and its figures")
    for ch in "经济":
        await pilot.press(ch)
    await pilot.press("down")
    await wait_for(pilot, lambda: screen.current.doc == pane.current, "the outline to follow the cursor")
    await _settle(pilot)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize(
    "scene", [_main, _search, _figures, _help], ids=["main", "search", "figures", "help"]
)
def test_snapshot(snap_compare: Any, scene: Any, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), run_before=scene, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_of_a_folder(snap_compare: Any, size: tuple[int, int]) -> None:
    folder = Path(__file__).resolve().parent / "data" / "articles"
    assert snap_compare(make_app(folder), run_before=_documents, terminal_size=size)

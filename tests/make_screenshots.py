"""Regenerate the README's SVG screenshots: the main screen, search with results, the figures view, and
the documents view of a folder.

    python tests/make_screenshots.py

Each is taken with Textual's ``save_screenshot`` from a Pilot session (120×40; the figures view at 160×40,
wide enough for its chart), so they show exactly what the app draws. The files land in ``tests/screenshots/``.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.app.waiting import wait_for
from tui.app.app import ExplorerApp
from tui.app.explorer import open_library
from tui.app.figures_view import FiguresView
from tui.app.main_screen import MainScreen
from tui.core.text import bundled_article

OUT = Path(__file__).resolve().parent / "screenshots"
ARTICLES = Path(__file__).resolve().parent / "data" / "articles"


async def shoot() -> None:
    OUT.mkdir(exist_ok=True)
    app = ExplorerApp(open_library([bundled_article()]))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await wait_for(pilot, lambda: screen.library.known_figures(0) is not None, "the figures")
        for _ in range(7):
            await pilot.press("j")
        await pilot.pause(0.3)
        app.save_screenshot("main.svg", str(OUT))
        await pilot.press("slash")
        for ch in "中小企业":
            await pilot.press(ch)
        bar = screen.search_bar
        await wait_for(pilot, lambda: bar.answered == "中小企业", "the answer to 中小企业")
        assert bar.results is not None
        bar.results.focus()  # an Input's caret is drawn or not depending on the moment
        await pilot.pause(0.3)
        app.save_screenshot("search.svg", str(OUT))
    app = ExplorerApp(open_library([bundled_article()]))
    async with app.run_test(size=(160, 40)) as pilot:  # wide enough for the chart beside the table
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await wait_for(pilot, lambda: screen.library.known_figures(0) is not None, "the figures")
        await pilot.press("f", "tab")
        view = app.screen
        assert isinstance(view, FiguresView)
        await wait_for(pilot, lambda: view.listed is not None, "the figures listed")
        await pilot.pause(0.3)
        app.save_screenshot("figures.svg", str(OUT))
    app = ExplorerApp(open_library([ARTICLES]))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        pane = screen.documents_pane
        await wait_for(pilot, lambda: screen.ready and not pane.note, "the collection and its figures", 120)
        for ch in "经济":
            await pilot.press(ch)
        await pilot.press("down")
        await pilot.pause(0.3)
        app.save_screenshot("documents.svg", str(OUT))
    print(f"wrote {', '.join(sorted(p.name for p in OUT.glob('*.svg')))} to {OUT}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as cache:
        os.environ["XDG_CACHE_HOME"] = cache
        asyncio.run(shoot())

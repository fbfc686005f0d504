"""Fixtures of the app tests: the explorer on chosen articles or a folder, a bounded wait, and keys sent as a
terminal does.

The cache (kept parses, search indexes, collections) is one folder for the whole session (built once, then
loaded), so the tests do not each pay for jieba; tests of the caches themselves live in tests/test_search.py
and tests/app/test_kept.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.keys import key_to_character
from textual.pilot import Pilot

from tests.app.waiting import wait_for
from tui.app.app import ExplorerApp
from tui.app.explorer import open_library
from tui.app.main_screen import MainScreen
from tui.core.text import bundled_article

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
SIZES = [(120, 40), (80, 24)]
"""The two terminal sizes every key is tested at."""

Wait = Callable[..., Awaitable[None]]
Burst = Callable[..., Awaitable[None]]
Started = Callable[..., AbstractAsyncContextManager[tuple[ExplorerApp, Pilot[None]]]]


@pytest.fixture(scope="session")
def _session_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("app-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder))
        yield folder


@pytest.fixture
def explorer(_session_cache: Path) -> Callable[..., ExplorerApp]:
    """Make the explorer on the bundled interview, or on these paths (a folder, or several files, opens the
    documents view)."""

    def make(*paths: Path) -> ExplorerApp:
        return ExplorerApp(open_library(list(paths) or [bundled_article()]))

    return make


@pytest.fixture
def several() -> list[Path]:
    """The bundled interview and three articles of the genre written for the tests."""
    return [bundled_article(), *sorted(ARTICLES.glob("0[1-3]_*.txt"))]


@pytest.fixture(scope="session")
def long_article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An interview of eight sections of six turns: its outline is longer than the pane at 120×40."""
    folder = tmp_path_factory.mktemp("long")
    lines = ["示例省工业和信息化厅负责人就制造业发展答记者问", "2024-03-05 09:00 来源：示例日报", ""]
    for n in range(1, 9):
        lines += [f"{'一二三四五六七八'[n - 1]}、第{n}方面的工作", ""]
        for m in range(1, 4):
            lines += [
                f"问：第{n}方面第{m}个问题是什么？",
                "",
                f"答：第{n}方面第{m}项工作进展顺利，产值增长{m}.{n}%。",
                "",
            ]
    path = folder / "long.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def started(explorer: Callable[..., ExplorerApp]) -> Started:
    """``async with started(*paths, size=(120, 40), ready=False) as (app, pilot):`` the explorer made (on the
    bundled interview, or on these paths) and run, its first frame drawn; with ``ready=True`` also what the
    keys act on: a folder's collection open, a file's figures found."""

    @asynccontextmanager
    async def start(
        *paths: Path, size: tuple[int, int] = (120, 40), ready: bool = False
    ) -> AsyncIterator[tuple[ExplorerApp, Pilot[None]]]:
        app = explorer(*paths)
        async with app.run_test(size=size) as pilot:
            await wait_for(pilot, lambda: app.drawn, "the first frame")
            screen = app.screen
            assert isinstance(screen, MainScreen), screen
            if ready and screen.several:
                await wait_for(pilot, lambda: screen.ready, "the collection")
            elif ready:
                await wait_for(pilot, lambda: screen.library.known_figures(0) is not None, "the figures")
            yield app, pilot

    return start


@pytest.fixture
def wait() -> Wait:
    """``await wait(pilot, condition, "what it waits for")``: see :func:`tests.app.waiting.wait_for`."""
    return wait_for


@pytest.fixture
def burst() -> Burst:
    """``await burst(pilot, "slash", "从", …)``: post the keys all at once, as a terminal delivers keys typed
    fast (``pilot.press`` waits after each key, which hides races), then let the app settle."""

    async def send(pilot: Pilot[Any], *keys: str) -> None:
        for key in keys:
            pilot.app.post_message(events.Key(key, key_to_character(key)))
        await pilot.pause()
        await pilot.pause()

    return send

"""The explorer through Textual's Pilot: outline, detail with figures, search that jumps, keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.app.detail import Detail
from tui.app.explorer import ExplorerApp, load_all
from tui.app.figure_table import FigureTable
from tui.app.main_screen import MainScreen
from tui.app.outline import Outline
from tui.app.search_bar import SearchBar
from tui.core.text import bundled_article


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))


def _app() -> ExplorerApp:
    documents, errors = load_all([bundled_article()])
    return ExplorerApp(documents, errors)


async def test_outline_lists_the_sections_and_detail_follows() -> None:
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        outline = screen.query_one(Outline)
        labels = [str(node.label) for node in outline.root.children[0].children]
        assert [label.split(":")[0] for label in labels[1:]] == [
            "稳工业增长",
            "抓重点产业",
            "助中小企业",
            "锻造新优势",
        ]
        for _ in range(7):  # document, 导语, two lead paragraphs, heading, question, answer → s1.3
            await pilot.press("j")
        await pilot.pause()
        detail = screen.query_one(Detail)
        assert "47.8万家" in str(detail.query_one("#detail-text").render())
        table = screen.query_one(FigureTable)
        assert table.row_count == 4 and table.get_row_at(0)[0] == "47.8万家"


async def test_search_jumps_to_the_block() -> None:
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("slash")
        bar = screen.query_one(SearchBar)
        assert bar.has_class("-open")
        for ch in "专精特新":
            await pilot.press(ch)
        for _ in range(100):
            await pilot.pause(0.05)
            if isinstance(screen, MainScreen) and screen.hits:
                break
        assert isinstance(screen, MainScreen) and screen.hits
        await pilot.press("enter")
        await pilot.pause()
        assert not bar.has_class("-open")
        node = screen.query_one(Outline).cursor_node
        assert node is not None and node.data is not None and node.data.block is not None
        block = screen.documents[0].block(node.data.block)
        assert block is not None and "专精特新" in block.text
        first = node.data.block
        await pilot.press("n")
        await pilot.pause()
        node = screen.query_one(Outline).cursor_node
        assert node is not None and node.data is not None and node.data.block != first


async def test_escape_closes_search_and_q_quits() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await pilot.press("escape")
        assert not app.screen.query_one(SearchBar).has_class("-open")
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code in (0, None)


async def test_small_terminal_does_not_crash() -> None:
    app = _app()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("j", "j", "right_square_bracket", "slash")
        await pilot.pause()
        await pilot.resize_terminal(120, 40)
        await pilot.pause()

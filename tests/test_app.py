"""The explorer through Textual's Pilot: outline, detail with figures, search that jumps, keys."""

from __future__ import annotations

import pytest

from tests.conftest import make_app
from tui.app.detail import Detail
from tui.app.figure_table import FigureTable
from tui.app.main_screen import MainScreen
from tui.app.outline import Outline
from tui.app.search_bar import SearchBar

pytestmark = [pytest.mark.usefixtures("isolated_cache")]


async def test_outline_lists_the_sections_and_detail_follows() -> None:
    app = make_app()
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
        for _ in range(400):  # the figures are found just after the first frame
            if table.row_count:
                break
            await pilot.pause(0.05)
        assert table.row_count == 4 and table.get_row_at(0)[:2] == ["47.8万家", "规模以上工业企业数量"]


async def test_search_jumps_to_the_block() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("slash")
        bar = screen.query_one(SearchBar)
        assert bar.has_class("-open")
        for ch in "专精特新":
            await pilot.press(ch)
        for _ in range(400):
            await pilot.pause(0.05)
            if isinstance(screen, MainScreen) and screen.hits_query == "专精特新":
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
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await pilot.press("escape")
        assert not app.screen.query_one(SearchBar).has_class("-open")
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code in (0, None)


async def test_small_terminal_does_not_crash() -> None:
    app = make_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("j", "j", "right_square_bracket", "slash")
        await pilot.pause()
        await pilot.resize_terminal(120, 40)
        await pilot.pause()


async def test_figures_view_filters_sorts_and_jumps() -> None:
    from textual.widgets import DataTable, Input

    from tui.app.figures_view import FiguresView

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        view = app.screen
        assert isinstance(view, FiguresView)
        table = view.query_one(DataTable)
        assert table.row_count == 21
        assert [str(c) for c in table.get_row_at(0)][:1] == ["47.8万家"]
        view.query_one("#figures-filter", Input).value = "% >10"
        await pilot.pause()
        assert {r.figure.text for r in view.shown} == {"15.3%", "32.9%", "六成以上", "七成左右", "50.6%"}
        view.query_one(DataTable).focus()
        await pilot.press("v")
        await pilot.pause()
        assert view.shown[0].figure.text == "七成左右"  # value sort starts descending
        view.query_one(DataTable).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        node = app.screen.query_one(Outline).cursor_node
        assert node is not None and node.data is not None and node.data.block == "s2.2"


async def test_help_lists_the_real_bindings() -> None:
    from tui.app.help import HelpScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(f"{keys} {description}" for keys, description in app.screen.rows)
        for expected in (
            "/ ctrl+f Search",
            "f Figures",
            "y Copy",
            "n Next hit",
            "v Sort by value",
            "escape Close search",
        ):
            assert expected in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_palette_offers_our_commands() -> None:
    from tui.app.commands import ExplorerCommands

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        provider = ExplorerCommands(app.screen)
        names = [name for name, _, _ in provider._commands()]
        assert "Show figures" in names and "Search" in names
        assert any(n.startswith("Jump to section: 助中小企业") for n in names)
        jump = next(
            cb for name, cb, _ in provider._commands() if name.startswith("Jump to section: 锻造新优势")
        )
        jump()  # type: ignore[operator]
        await pilot.pause()
        node = app.screen.query_one(Outline).cursor_node
        assert node is not None and node.data is not None and node.data.section == "s4"


async def test_copy_and_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    copied: list[str] = []
    app = make_app()
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        node = app.screen.query_one(Outline).cursor_node
        assert node is not None and node.data is not None and node.data.section == "s1"
        await pilot.press("left_square_bracket")
        await pilot.pause()
        node = app.screen.query_one(Outline).cursor_node
        assert node is not None and node.data is not None and node.data.section == "s0"
        await pilot.press("j", "y")
        await pilot.pause()
        assert copied and copied[-1].startswith("今年以来")


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_detail_lines_follow_chinese_line_breaking(size: tuple[int, int]) -> None:
    from rich.cells import cell_len

    from tui.app.outline import NodeRef
    from tui.core.linebreak import CLOSING, OPENING

    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause(0.2)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        detail = screen.query_one(Detail)
        width = detail._wrap_width()
        figures = [f.text for f in screen.figures[0]]
        assert figures
        checked = 0
        for section, block in screen.documents[0].blocks():
            screen.show(NodeRef(0, section.id, block.id))
            await pilot.pause()
            shown = detail.lines
            assert shown
            for line in shown:
                assert cell_len(line) <= width
                assert not line or line[0] not in CLOSING, line
                assert not line or line[-1] not in OPENING, line
            for text in figures:
                if text in block.text:
                    assert any(text in line for line in shown), (text, shown)
            checked += 1
        assert checked == sum(1 for _ in screen.documents[0].blocks())


async def test_pinyin_query_shows_its_reading_and_cycles() -> None:
    from textual.widgets import Input, Static

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("slash")
        screen.search_bar.query_one(Input).value = "zhuanjing"
        for _ in range(400):
            await pilot.pause(0.05)
            if screen.hits_query == "zhuanjing":
                break
        status = str(screen.search_bar.query_one("#search-status", Static).render())
        assert "zhuanjing → 专精" in status and "1/" in status
        first = [h.block_id for h in screen.hits]
        await pilot.press("ctrl+right")
        for _ in range(400):
            await pilot.pause(0.05)
            if "2/" in str(screen.search_bar.query_one("#search-status", Static).render()):
                break
        status = str(screen.search_bar.query_one("#search-status", Static).render())
        assert "2/" in status and "专精特新" in status
        assert screen.hits and screen.hits[0].block_id == first[0]
        await pilot.press("enter")
        await pilot.pause()
        node = screen.query_one(Outline).cursor_node
        assert node is not None and node.data is not None and node.data.block is not None


async def test_folder_of_articles_gives_a_node_per_document(isolated_cache: object) -> None:
    from pathlib import Path

    from tui.app.explorer import ExplorerApp, load_all
    from tui.app.outline import NodeRef
    from tui.core.text import bundled_article

    folder = Path(__file__).resolve().parent / "data" / "articles"
    paths = [bundled_article(), *sorted(folder.glob("0[1-3]_*.txt"))]
    documents, errors = load_all(paths)
    app = ExplorerApp(documents, errors)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        outline = screen.query_one(Outline)
        assert len(outline.root.children) == 4
        outline.select_ref(NodeRef(2))
        await pilot.pause()
        assert screen.title == documents[2].title
        await pilot.press("f")
        await pilot.pause(0.2)
        from textual.widgets import DataTable

        table = app.screen.query_one(DataTable)
        assert str(table.ordered_columns[0].label) == "document"

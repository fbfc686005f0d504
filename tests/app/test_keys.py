"""Every row of the README's key table, pressed as a reader presses it, at 120×40 and 80×24.

Each test asserts what the reader sees: where the cursor and the focus are, what the detail pane shows,
which spans are highlighted, how far a pane is scrolled.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rich.style import Style
from textual.command import CommandPalette
from textual.widgets import Input

from tests.app.conftest import SIZES, Burst, Wait
from tui.app.app import ExplorerApp
from tui.app.detail import Detail
from tui.app.figure_table import FigureTable
from tui.app.figures_pane import FiguresPane
from tui.app.figures_view import FiguresView
from tui.app.help import HelpScreen
from tui.app.main_screen import MainScreen
from tui.app.outline import NodeRef, Outline
from tui.app.styles import HIGHLIGHT_STYLE
from tui.core.model import Figure

Make = Callable[..., ExplorerApp]
sizes = pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")


def main(app: ExplorerApp) -> MainScreen:
    screen = app.screen
    assert isinstance(screen, MainScreen), screen
    return screen


def cursor(app: ExplorerApp) -> NodeRef | None:
    return main(app).query_one(Outline).current


def shown(view: FiguresView) -> list[Figure]:
    """The figures the figures view lists, in order."""
    rows = [view.row_at(n) for n in range(len(view.shown))]
    return [r.figure for r in rows if r is not None]


def figures_found(app: ExplorerApp) -> bool:
    """The figures of the (first) document are at hand (found in a thread after the first frame, or kept)."""
    return main(app).library.known_figures(0) is not None


def highlighted_text(detail: Detail) -> list[str]:
    """The highlighted stretches of text the detail pane draws (search matches, the figure jumped to)."""
    highlight = Style.parse(HIGHLIGHT_STYLE).bgcolor
    paragraphs = detail.paragraphs
    return [
        segment.text
        for y in range(len(paragraphs.lines))
        for segment in paragraphs.render_line(y)
        if segment.style is not None and segment.style.bgcolor == highlight
    ]


def cursor_visible(outline: Outline) -> bool:
    node = outline.cursor_node
    assert node is not None
    top = outline.scroll_offset.y
    return top <= node.line < top + outline.scrollable_content_region.height


@sizes
async def test_up_down_j_k_g_G_move_and_scroll_the_outline(
    size: tuple[int, int], explorer: Make, long_article: Path, wait: Wait
) -> None:
    app = explorer(long_article)  # eight sections of six turns: longer than the pane at both sizes
    async with app.run_test(size=size) as pilot:
        outline = main(app).query_one(Outline)
        assert outline.last_line + 1 > outline.scrollable_content_region.height
        await pilot.press("j", "j", "down")
        assert cursor(app) == NodeRef(0, "s1", "s1.2")
        await wait(
            pilot, lambda: main(app).current == NodeRef(0, "s1", "s1.2"), "the detail to follow the cursor"
        )
        assert main(app).query_one(Detail).border_title.startswith("一、第1方面的工作 › 答 1/3")
        await pilot.press("k", "up")
        assert cursor(app) == NodeRef(0, "s1")
        await pilot.press("G")
        await pilot.pause()
        assert outline.cursor_line == outline.last_line
        assert outline.scroll_offset.y > 0 and cursor_visible(outline)
        await pilot.press("g")
        await pilot.pause()
        assert outline.cursor_line == 0 and outline.scroll_offset.y == 0


@sizes
async def test_left_right_h_l_enter_collapse_and_expand(size: tuple[int, int], explorer: Make) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        outline = main(app).query_one(Outline)
        lines = outline.last_line
        await pilot.press("right_square_bracket", "right_square_bracket")  # s1, a section with six blocks
        assert cursor(app) == NodeRef(0, "s1")
        await pilot.press("left")
        assert outline.last_line == lines - 6
        await pilot.press("right")
        assert outline.last_line == lines
        await pilot.press("h")
        assert outline.last_line == lines - 6
        await pilot.press("l")
        assert outline.last_line == lines
        await pilot.press("l")  # on an open section: to its first block
        assert cursor(app) == NodeRef(0, "s1", "s1.1")
        await pilot.press("h")  # on a block: to its section
        assert cursor(app) == NodeRef(0, "s1")
        await pilot.press("enter")
        assert outline.last_line == lines - 6
        await pilot.press("enter")
        assert outline.last_line == lines
        await pilot.press("space")
        assert outline.last_line == lines - 6
        await pilot.press("space")
        assert outline.last_line == lines


@sizes
async def test_brackets_walk_the_sections_even_when_pressed_fast(
    size: tuple[int, int], explorer: Make, burst: Burst, wait: Wait
) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        await burst(pilot, *["right_square_bracket"] * 4)
        assert cursor(app) == NodeRef(0, "s3")
        await wait(pilot, lambda: main(app).current == NodeRef(0, "s3"), "the detail to show s3")
        assert main(app).query_one(Detail).border_title == "助中小企业:帮扶和发展并举推动加快复苏"
        await pilot.press("j", "j", "left_square_bracket")  # from inside a section: back to its start
        assert cursor(app) == NodeRef(0, "s3")
        await pilot.press("left_square_bracket")
        assert cursor(app) == NodeRef(0, "s2")


@sizes
async def test_slash_and_a_query_typed_at_once_all_go_to_the_bar(
    size: tuple[int, int], explorer: Make, burst: Burst, wait: Wait
) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        bar = main(app).search_bar
        await burst(pilot, "slash", *"从质来看")
        assert bar.is_open and bar.value == "从质来看"
        assert isinstance(app.focused, Input) and app.focused in bar.query(Input)
        await wait(pilot, lambda: bar.answered == "从质来看", "the answer to 从质来看")
        assert [h.block_id for h in bar.hits if h.tier == 1] == ["s1.4"] == [bar.hits[0].block_id]
        status = bar.query_one("#search-status").render()
        answer = bar.answer  # then those with some of the words: the status names both tiers
        assert answer.every == 1 and answer.total > 1
        assert str(status).startswith(f"1 with every word · {answer.total - 1:,} with some")
        await pilot.press("escape", "ctrl+f")
        assert bar.is_open and app.focused in bar.query(Input)
        assert bar.value == "从质来看"  # kept, and selected: what is typed next replaces it
        await burst(pilot, "slash", "a")  # typed in the bar, a slash is part of the query
        assert bar.value == "/a"


@sizes
async def test_arrows_and_enter_in_the_bar_jump_and_the_match_stays_highlighted(
    size: tuple[int, int], explorer: Make, burst: Burst, wait: Wait
) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        screen = main(app)
        bar = screen.search_bar
        await burst(pilot, "slash", *"中小企业")
        await wait(pilot, lambda: bar.answered == "中小企业", "the answer to 中小企业")
        results = bar.results
        assert results is not None
        assert results.highlighted == 0
        await pilot.press("down", "down", "up")
        assert results.highlighted == 1
        chosen = bar.hits[1]
        await pilot.press("enter")
        assert not bar.is_open and isinstance(app.focused, Outline)
        assert cursor(app) == NodeRef(0, chosen.section, chosen.block_id)
        detail = screen.query_one(Detail)
        await wait(pilot, lambda: figures_found(app), "the figures")
        await pilot.pause(0.3)  # the outline's own message about the move has come and gone
        assert highlighted_text(detail) and all("中小企业" in t for t in highlighted_text(detail))
        await pilot.press("j")
        await wait(pilot, lambda: screen.current.block != chosen.block_id, "the next block")
        assert highlighted_text(detail) == []


@sizes
async def test_ctrl_arrows_in_the_bar_take_another_reading_of_pinyin(
    size: tuple[int, int], explorer: Make, wait: Wait
) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        bar = main(app).search_bar
        await pilot.press("slash")
        bar.value = "zhuanjing"
        await wait(pilot, lambda: bar.answered == "zhuanjing", "the answer to zhuanjing")
        status = bar.query_one("#search-status")
        assert "zhuanjing → 专精" in str(status.render()) and "1/" in str(status.render())
        await pilot.press("ctrl+right")
        await wait(pilot, lambda: "2/" in str(status.render()), "the second reading")
        assert "专精特新" in str(status.render())
        await pilot.press("ctrl+left")
        await wait(pilot, lambda: "1/" in str(status.render()), "the first reading again")


@sizes
async def test_escape_closes_the_bar_and_stays_where_the_reader_is(
    size: tuple[int, int], explorer: Make, wait: Wait
) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        await pilot.press("j", "j", "j")
        here = cursor(app)
        await pilot.press("slash", "中", "escape")
        assert not main(app).search_bar.is_open
        assert isinstance(app.focused, Outline) and cursor(app) == here


@sizes
async def test_n_and_N_walk_the_hits_after_the_bar_is_closed(
    size: tuple[int, int], explorer: Make, burst: Burst, wait: Wait
) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        bar = main(app).search_bar
        await burst(pilot, "slash", *"专精特新")
        await wait(pilot, lambda: bar.answered == "专精特新", "the answer to 专精特新")
        hits = [(h.section, h.block_id) for h in bar.hits]
        assert len(hits) >= 2
        await pilot.press("enter")  # the jump is a message the screen handles after the key: wait for it
        await wait(pilot, lambda: cursor(app) == NodeRef(0, *hits[0]), "the jump to the first hit")
        await pilot.press("n")
        assert cursor(app) == NodeRef(0, *hits[1])
        await pilot.press("N", "N")
        assert cursor(app) == NodeRef(0, *hits[-1])


@sizes
async def test_tab_moves_the_focus_between_panes_and_their_borders_show_it(
    size: tuple[int, int], explorer: Make, wait: Wait
) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        screen = main(app)
        outline, detail, pane = (
            screen.query_one(Outline),
            screen.query_one(Detail),
            screen.query_one(FiguresPane),
        )
        await pilot.press("right_square_bracket", "right_square_bracket")  # s1: text longer than the pane
        await wait(pilot, lambda: figures_found(app), "the figures")
        await wait(pilot, lambda: screen.query(FigureTable), "the figure table")
        table = screen.query_one(FigureTable)
        panes = [outline, detail, pane]  # the figure table's border is its pane's

        def lit() -> list[bool]:
            """Which panes have a border of their own colour (the focused one), the others sharing one."""
            colours = [p.styles.border_top[1] for p in panes]
            return [colours.count(c) == 1 for c in colours]

        assert app.focused is outline and lit() == [True, False, False]
        await pilot.press("tab")
        assert app.focused is detail and lit() == [False, True, False]
        await pilot.press("down", "down")
        assert detail.scroll_offset.y == 2
        await pilot.press("pagedown")  # a page down, or to the end when less than a page is left
        page = detail.scrollable_content_region.height
        assert detail.scroll_offset.y == min(detail.max_scroll_y, 2 + page) > 2 or detail.max_scroll_y == 2
        await pilot.press("pageup", "home")
        assert detail.scroll_offset.y == 0
        await pilot.press("tab")
        assert app.focused is table and lit() == [False, False, True]
        await pilot.press("tab")
        assert app.focused is outline
        await pilot.press("shift+tab")
        assert app.focused is table
        await pilot.press("down", "enter")  # a figure of the section, highlighted in its block
        chosen = table.rows_shown[1].figure
        assert cursor(app) == NodeRef(0, "s1", chosen.block_id)
        await pilot.pause(0.3)
        assert highlighted_text(detail) == [chosen.text]


@sizes
async def test_y_copies_the_text_of_the_block_section_or_article_and_says_what(
    size: tuple[int, int], explorer: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = explorer()
    copied: list[str] = []
    said: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    monkeypatch.setattr(app, "notify", lambda message, **_: said.append(message))
    async with app.run_test(size=size) as pilot:
        doc = main(app).library.document(0)
        await pilot.press("right_square_bracket", "right_square_bracket", "y")
        section = doc.sections[1]
        assert copied[-1].startswith(section.heading or "") and copied[-1].endswith(section.blocks[-1].text)
        assert said[-1] == f"Copied the section {section.heading}: {len(copied[-1]):,} characters"
        await pilot.press("j", "j", "y")
        assert copied[-1] == section.blocks[1].text
        assert said[-1].startswith(f"Copied {section.heading} › 答")
        await pilot.press("g", "y")
        assert copied[-1].startswith(doc.title or "") and copied[-1].endswith(
            doc.sections[-1].blocks[-1].text
        )
        assert said[-1].startswith(f"Copied the article {doc.title}")


@sizes
async def test_f_opens_the_figures_view_where_typing_filters_and_enter_jumps(
    size: tuple[int, int], explorer: Make, wait: Wait
) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        await wait(pilot, lambda: figures_found(app), "the figures")
        await pilot.press("f")
        view = app.screen
        assert isinstance(view, FiguresView)
        await wait(pilot, lambda: view.listed is not None, "the figures listed")
        assert len(view.shown) == 21
        await pilot.press(*"percent")  # letters go to the filter: they do not sort
        assert view.filter.value == "percent" and view.sort_key == "section"
        assert {f.kind for f in shown(view)} == {"percent"} and len(view.shown) == 8
        await pilot.press("down")  # one row down, not two
        assert view.table.cursor == 1
        second = shown(view)[1]
        await pilot.press("enter")
        assert isinstance(app.screen, MainScreen)
        assert cursor(app) == NodeRef(0, second.section_id, second.block_id)
        await pilot.pause(0.3)
        assert highlighted_text(app.screen.query_one(Detail)) == [second.text]
        await pilot.press("f", "ctrl+s")
        view = app.screen
        assert isinstance(view, FiguresView) and view.sort_key == "value"
        await wait(pilot, lambda: view.listed is not None and view.listed[1] == "value", "the sort")
        values = [f.value for f in shown(view)]
        assert values == sorted(values, reverse=True)
        await pilot.press("ctrl+r")
        assert [f.value for f in shown(view)] == sorted(values)
        await pilot.press("x", "escape")
        assert view.filter.value == "" and app.screen is view
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


@sizes
async def test_question_mark_and_f1_open_a_help_that_scrolls(size: tuple[int, int], explorer: Make) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        await pilot.press("question_mark")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        text = [f"{keys} {description}" for keys, description in help_screen.rows]
        for expected in ("/ Search", "f Figures", "tab Next pane", "ctrl+s Sort", "escape Close search"):
            assert expected in text
        body = help_screen.body
        assert body.max_scroll_y > 0  # longer than the screen at both sizes
        await pilot.press("down", "down")
        assert body.scroll_offset.y == 2
        await pilot.press("end")
        await pilot.pause()
        assert body.scroll_offset.y == body.max_scroll_y
        await pilot.press("a")  # not a key of the help: it stays open
        assert app.screen is help_screen
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")
        assert isinstance(app.screen, MainScreen)


@sizes
async def test_ctrl_p_jumps_to_a_section(size: tuple[int, int], explorer: Make, wait: Wait) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        await pilot.press("ctrl+p")
        await wait(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette")
        await pilot.press(*"锻造新优势")
        await wait(
            pilot,
            lambda: any(
                "锻造新优势" in str(o.prompt) for o in app.screen.query("CommandList").first().options
            ),  # type: ignore[attr-defined]
            "the section in the palette",
        )
        await pilot.press("enter")
        await wait(pilot, lambda: isinstance(app.screen, MainScreen), "the palette to close")
        assert cursor(app) == NodeRef(0, "s4")


@sizes
async def test_q_quits(size: tuple[int, int], explorer: Make) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


@sizes
async def test_letters_typed_in_the_results_list_go_to_the_query(
    size: tuple[int, int], explorer: Make, burst: Burst, wait: Wait
) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        bar = main(app).search_bar
        await burst(pilot, "slash", *"中小")
        await wait(pilot, lambda: bar.results is not None, "the results list")
        assert bar.results is not None
        bar.results.focus()
        await pilot.pause()
        await pilot.press("f", "y")  # not the figures view, not a copy: part of the query
        assert isinstance(app.screen, MainScreen) and bar.value == "中小fy" and bar.typing


async def test_letters_typed_in_the_figures_table_go_to_the_filter(explorer: Make, wait: Wait) -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(pilot, lambda: figures_found(app), "the figures")
        await pilot.press("f", *"per", "tab")
        view = app.screen
        assert isinstance(view, FiguresView) and app.focused is view.table
        await pilot.press(*"cent")
        assert view.filter.value == "percent" and app.focused is view.filter and len(view.shown) == 8

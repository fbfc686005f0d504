"""A folder in the explorer: the documents view (filter as you type, sort, enter opens), search across the
documents, and the figures view of every document's figures in virtual rows, at 120×40 and 80×24."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rich.style import Style
from textual.widgets import Input

from tests.app.conftest import ARTICLES, SIZES, Wait
from tui.app.app import ExplorerApp
from tui.app.detail import Detail
from tui.app.document_rows import pinyin_key
from tui.app.figures_view import FiguresView
from tui.app.main_screen import MainScreen
from tui.app.outline import NodeRef, Outline
from tui.app.shelf import KEEP, Shelf
from tui.app.styles import HIGHLIGHT_STYLE
from tui.core.figfilter import parse_filter
from tui.core.text import fold

Make = Callable[..., ExplorerApp]
sizes = pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")


def main(app: ExplorerApp) -> MainScreen:
    screen = app.screen
    assert isinstance(screen, MainScreen), screen
    return screen


async def opened(pilot: object, app: ExplorerApp, wait: Wait) -> MainScreen:
    """Wait until the folder is open and every document's figures are counted."""
    screen = main(app)
    await wait(
        pilot, lambda: screen.ready and not screen.documents_pane.note, "the folder and its figures", 120
    )
    return screen


def shelf_of(screen: MainScreen) -> Shelf:
    assert isinstance(screen.library, Shelf)
    return screen.library


@sizes
async def test_the_documents_view_lists_every_document_newest_first(
    size: tuple[int, int], explorer: Make, wait: Wait
) -> None:
    app = explorer(ARTICLES)
    async with app.run_test(size=size) as pilot:
        screen = await opened(pilot, app, wait)
        pane = screen.documents_pane
        shelf = shelf_of(screen)
        assert len(shelf) == len(list(ARTICLES.glob("*.txt"))) and isinstance(app.focused, Input)
        dates = [shelf.column("date")[d] or "" for d in pane.rows.shown]
        assert dates == sorted(dates, reverse=True) and dates[0] > dates[-1]
        assert pane.border_title == f"Documents: {len(shelf)} of {len(shelf)} · by date ↓"
        table = pane.table
        assert table.header_text.split()[0] == "date" and "title" in table.header_text.split()
        first = table.drawn_cells(0)
        newest = pane.rows.shown[0]
        assert first["date"] == (shelf.column("date")[newest] or "")[:10]
        assert (shelf.column("title")[newest] or "").startswith(first["title"].rstrip("…"))
        assert first["figures"] == f"{shelf.column('figures')[newest]:,}"
        # the outline and the detail show the document under the cursor, and only it
        outline = screen.query_one(Outline)
        assert outline.doc == newest and len(outline.root.children) == 1
        assert screen.title == (shelf.document(newest).title or shelf.name(newest))


@sizes
async def test_typing_filters_the_documents_and_the_outline_follows_the_cursor(
    size: tuple[int, int], explorer: Make, wait: Wait
) -> None:
    app = explorer(ARTICLES)
    async with app.run_test(size=size) as pilot:
        screen = await opened(pilot, app, wait)
        pane = screen.documents_pane
        shelf = shelf_of(screen)
        await pilot.press(*"统计")
        kept = pane.rows.shown
        assert 0 < len(kept) < len(shelf)
        for d in kept:
            hay = fold(f"{shelf.column('title')[d]} {shelf.column('source')[d]} {shelf.name(d)}")
            assert "统计" in hay
        assert pane.border_title.startswith(f"Documents: {len(kept)} of {len(shelf)}")
        assert pane.table.count == len(kept)
        await pilot.press("down")
        await wait(pilot, lambda: screen.current.doc == kept[1], "the outline to follow the cursor")
        assert screen.query_one(Outline).doc == kept[1]
        await pilot.press(" ", *"2024")  # a second word narrows further
        narrower = pane.rows.shown
        assert set(narrower) <= set(kept) and all("2024" in (shelf.column("date")[d] or "") for d in narrower)
        await pilot.press("escape")  # clears the filter
        assert pane.filter.value == "" and len(pane.rows.shown) == len(shelf)
        assert pane.current == kept[1]  # the document under the cursor stays under it
        await pilot.press("escape")  # an empty filter: leave for the outline
        assert isinstance(app.focused, Outline)
        await pilot.press("d")
        assert app.focused is pane.filter


@sizes
async def test_ctrl_s_sorts_the_documents_by_title_source_and_figures(
    size: tuple[int, int], explorer: Make, wait: Wait
) -> None:
    app = explorer(ARTICLES)
    async with app.run_test(size=size) as pilot:
        screen = await opened(pilot, app, wait)
        pane = screen.documents_pane
        shelf = shelf_of(screen)
        await pilot.press("ctrl+s")
        titles = [shelf.column("title")[d] or shelf.name(d) for d in pane.rows.shown]
        assert pane.rows.sort_key == "title" and titles == sorted(titles, key=pinyin_key)
        assert pane.border_title.endswith("by title ↑")
        await pilot.press("ctrl+r")
        assert [shelf.column("title")[d] or shelf.name(d) for d in pane.rows.shown] == titles[::-1]
        await pilot.press("ctrl+s", "ctrl+s")
        counts = [shelf.column("figures")[d] for d in pane.rows.shown]
        assert pane.rows.sort_key == "figures" and counts == sorted(counts, reverse=True)
        visible = pane.table.visible_rows  # the document under the cursor stays under it, in view
        assert pane.table.cursor in visible
        drawn = [pane.table.drawn_cells(n)["figures"] for n in visible]
        assert drawn == [f"{c:,}" for c in counts[visible.start : visible.stop]]


@sizes
async def test_enter_opens_the_document_under_the_cursor_in_the_outline(
    size: tuple[int, int], explorer: Make, wait: Wait
) -> None:
    app = explorer(ARTICLES)
    async with app.run_test(size=size) as pilot:
        screen = await opened(pilot, app, wait)
        pane = screen.documents_pane
        await pilot.press("pagedown", "down", "enter")
        chosen = pane.current
        assert chosen is not None and chosen == pane.rows.shown[pane.table.page + 1]
        outline = screen.query_one(Outline)
        assert isinstance(app.focused, Outline) and outline.doc == chosen
        doc = shelf_of(screen).document(chosen)
        assert str(outline.root.children[0].label).startswith((doc.title or doc.name)[:10])
        await pilot.press("j")
        assert outline.current == NodeRef(chosen, doc.sections[0].id)
        assert pane.table.cursor in pane.table.visible_rows  # the cursor's row is on screen


@sizes
async def test_search_across_the_documents_names_each_and_jumps_into_another(
    size: tuple[int, int], explorer: Make, wait: Wait
) -> None:
    app = explorer(ARTICLES)
    async with app.run_test(size=size) as pilot:
        screen = await opened(pilot, app, wait)
        pane = screen.documents_pane
        bar = screen.search_bar
        await pilot.press("slash", *"粮食")
        await wait(pilot, lambda: bar.answered == "粮食", "the answer to 粮食")
        elsewhere = next(n for n, h in enumerate(bar.hits) if h.doc_index != pane.current and h.block_id)
        hit = bar.hits[elsewhere]
        rows = [str(option.prompt) for option in bar.results.options] if bar.results else []
        assert all(h.doc.removesuffix(".txt")[:6] in row for h, row in zip(bar.hits, rows, strict=True))
        for _ in range(elsewhere):
            await pilot.press("down")
        await pilot.press("enter")
        assert pane.current == hit.doc_index and screen.query_one(Outline).doc == hit.doc_index
        assert screen.query_one(Outline).current == NodeRef(hit.doc_index, hit.section, hit.block_id)
        await pilot.pause(0.3)
        highlight = Style.parse(HIGHLIGHT_STYLE).bgcolor
        paragraphs = screen.query_one(Detail).paragraphs
        marked = [
            s.text
            for y in range(len(paragraphs.lines))
            for s in paragraphs.render_line(y)
            if s.style is not None and s.style.bgcolor == highlight
        ]
        assert marked and all("粮食" in m or m in "粮食" for m in marked)


@sizes
async def test_the_figures_view_lists_every_documents_figures_in_virtual_rows(
    size: tuple[int, int], explorer: Make, wait: Wait
) -> None:
    app = explorer(ARTICLES)
    async with app.run_test(size=size) as pilot:
        screen = await opened(pilot, app, wait)
        shelf = shelf_of(screen)
        total = sum(shelf.column("figures"))
        await pilot.press("escape", "f")  # from the outline: f is the figures view, not a letter to filter
        view = app.screen
        assert isinstance(view, FiguresView)
        await wait(pilot, lambda: view.listed is not None, "the figures listed")
        table = view.table
        assert len(view.shown) == total and table.count == total
        if size[0] >= 120:  # narrower, the sentence under the table names the document
            assert table.layout_columns[0][0].key == "document"
        assert table.virtual_size.height == total + 1  # a line a figure and the header, none of them widgets
        await pilot.press("ctrl+end")  # to the end: the last figure drawn in the last line
        assert table.cursor == total - 1 and total - 1 in table.visible_rows
        last = view.row_at(total - 1)
        assert last is not None and table.drawn_cells(total - 1)["figure"] == last.figure.text
        assert last.doc == max(d for d in range(len(shelf)) if shelf.column("figures")[d])
        await pilot.press(*"> 5 %")
        await wait(pilot, lambda: view.listed is not None and view.listed[0] == "> 5 %", "the filter")
        keep = parse_filter("> 5 %")
        expected = sum(1 for d in range(len(shelf)) for f in shelf.find_figures(d) if keep(f))
        assert 0 < len(view.shown) == expected < total
        await pilot.press("down", "down", "enter")
        chosen = view.row_at(2)
        assert chosen is not None and isinstance(app.screen, MainScreen)
        assert screen.documents_pane.current == chosen.doc
        assert screen.query_one(Outline).current == NodeRef(
            chosen.doc, chosen.figure.section_id, chosen.figure.block_id
        )


async def test_walking_every_document_keeps_only_a_few_decoded(explorer: Make, wait: Wait) -> None:
    app = explorer(ARTICLES)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot, app, wait)
        shelf = shelf_of(screen)
        seen = set()
        for _ in range(len(shelf) - 1):
            await pilot.press("down")
            seen.add(screen.documents_pane.current)
        await wait(pilot, lambda: screen.current.doc == screen.documents_pane.current, "the last document")
        assert len(seen) == len(shelf) - 1
        assert shelf.decoded <= KEEP < len(shelf)


async def test_a_folder_reopened_lists_its_documents_before_the_collection_opens(
    explorer: Make, wait: Wait, tmp_path: Path
) -> None:
    folder = tmp_path / "few"
    folder.mkdir()
    for path in sorted(ARTICLES.glob("0[1-4]_*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
    app = explorer(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await opened(pilot, app, wait)
    again = explorer(folder)
    shelf = again.library
    assert isinstance(shelf, Shelf) and not shelf.ready
    assert [t for t in shelf.column("title") if t] and len(shelf) == 4  # from the listing kept
    (folder / "01_shangwu_xiaofei.txt").unlink()  # a file gone since: the collection says so once open
    async with again.run_test(size=(120, 40)) as pilot:
        screen = main(again)
        await opened(pilot, again, wait)
        assert len(shelf) == 3 and screen.documents_pane.table.count == 3


async def test_the_filter_is_ready_before_the_first_key(explorer: Make, wait: Wait) -> None:
    """Folding every document's words takes a fifth of a second over 10,000 documents: done in the thread
    that opens the collection, not when the reader types the first key."""
    app = explorer(ARTICLES)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot, app, wait)
        rows = screen.documents_pane.rows
        assert rows._hay is not None and len(rows._hay) == len(rows)

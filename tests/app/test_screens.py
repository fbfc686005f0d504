"""What the screens draw: line breaking in the detail pane (scrollbar and resizes included), the figure
tables' columns, the search results' rows and totals, the outline's speakers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.app.conftest import SIZES, Burst, Wait
from tui.app.app import ExplorerApp
from tui.app.detail import Detail
from tui.app.document_rows import reading_key
from tui.app.figure_rows import value_text
from tui.app.figure_table import FigureTable
from tui.app.figures_view import CHART_MIN_WIDTH, FiguresView
from tui.app.main_screen import MainScreen
from tui.app.outline import NodeRef, Outline
from tui.app.percent_chart import PercentChart
from tui.core.linebreak import CLOSING, OPENING
from tui.core.model import Figure, SearchAnswer

Make = Callable[..., ExplorerApp]
sizes = pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")


def main(app: ExplorerApp) -> MainScreen:
    screen = app.screen
    assert isinstance(screen, MainScreen), screen
    return screen


def figures_found(app: ExplorerApp) -> bool:
    """The figures of the (first) document are at hand (found in a thread after the first frame, or kept)."""
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen)
    return screen.library.known_figures(0) is not None


def shown(view: FiguresView) -> list[Figure]:
    """The figures the figures view lists, in order."""
    rows = [view.row_at(n) for n in range(len(view.shown))]
    return [r.figure for r in rows if r is not None]


async def settled(pilot: object, detail: Detail, wait: Wait) -> None:
    """Wait until the text is laid out at the width the detail has (a scrollbar may take a second pass)."""
    await pilot.pause()  # type: ignore[attr-defined]
    await wait(
        pilot,
        lambda: detail.paragraphs.size.width == detail.scrollable_content_region.width,
        "the text to take the width the scrollbar leaves",
        timeout=5,
    )


def check_lines(detail: Detail, paragraphs: list[str]) -> None:
    """The detail draws exactly these paragraphs, wrapped at the width it has, without a breaking fault."""
    text = detail.paragraphs
    width = text.size.width
    assert width == detail.scrollable_content_region.width  # the room the scrollbar (if any) leaves
    lines = detail.lines
    drawn = [text.render_line(y).text.rstrip() for y in range(len(lines))]
    assert drawn == [line.rstrip() for line in lines]  # what is drawn is what was wrapped: no second wrap
    groups: list[list[str]] = [[]]
    for line in lines:
        if line:
            groups[-1].append(line)
        else:
            groups.append([])
    assert ["".join(g) for g in groups] == paragraphs  # nothing lost, nothing added
    for group in groups:
        for n, line in enumerate(group):
            assert cell_len(line) <= width, line
            assert line[0] not in CLOSING and line[-1] not in OPENING, group
            if n < len(group) - 1:  # a line that is not a paragraph's last is not a stub
                assert cell_len(line) > width // 2, (line, group)


@sizes
async def test_every_section_reached_by_brackets_wraps_without_fault(
    size: tuple[int, int], explorer: Make, wait: Wait
) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        screen = main(app)
        await wait(pilot, lambda: figures_found(app), "the figures")
        detail = screen.query_one(Detail)
        doc = screen.library.document(0)
        scrolled = 0
        for section in doc.sections:
            await pilot.press("right_square_bracket")
            await wait(pilot, lambda s=section: screen.current == NodeRef(0, s.id), f"section {section.id}")
            await settled(pilot, detail, wait)
            scrolled += detail.max_scroll_y > 0
            check_lines(detail, [x for x in [section.heading, *(b.text for b in section.blocks)] if x])
        assert scrolled  # the case of a scrollbar appearing is among them


@sizes
async def test_every_block_wraps_without_fault_and_again_after_resizes(
    size: tuple[int, int], explorer: Make, wait: Wait
) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        screen = main(app)
        detail = screen.query_one(Detail)
        doc = screen.library.document(0)
        for width in (size[0], 100, 90, 72):
            await pilot.resize_terminal(width, size[1])
            for section, block in doc.blocks():
                ref = NodeRef(0, section.id, block.id)
                screen.query_one(Outline).select_ref(ref)
                await wait(pilot, lambda r=ref: screen.current == r, f"the detail to show {block.id}")
                await settled(pilot, detail, wait)
                check_lines(detail, [block.text])


@sizes
async def test_the_first_figure_table_has_its_columns_at_once(
    size: tuple[int, int], explorer: Make, wait: Wait
) -> None:
    app = explorer()
    async with app.run_test(size=size) as pilot:
        await wait(pilot, lambda: main(app).query(FigureTable), "the figure table")
        table = main(app).query_one(FigureTable)
        await wait(pilot, lambda: table.row_count == 21, "the figures of the document")
        await pilot.pause()
        widths = dict((c.key, w) for c, w in table.layout_columns)
        room = table.scrollable_content_region.width
        assert sum(w + 2 * table.cell_padding for w in widths.values()) <= room
        first = [str(cell) for cell in table.get_row_at(0)]
        assert first[0] == "47.8万家" and "metric" in widths and widths["metric"] >= 12
        if size[0] >= 120:
            assert first[list(widths).index("metric")] == "规模以上工业企业数量"


@pytest.mark.parametrize("width", [80, 100, 120, 160, 200])
async def test_figures_view_columns_fit_and_values_are_never_cut(
    width: int, explorer: Make, wait: Wait
) -> None:
    app = explorer()
    async with app.run_test(size=(width, 30)) as pilot:
        await wait(pilot, lambda: figures_found(app), "the figures")
        await pilot.press("f")
        view = app.screen
        assert isinstance(view, FiguresView)
        await wait(pilot, lambda: view.listed is not None, "the figures listed")
        await pilot.pause()
        table = view.table
        keys = [c.key for c, _ in table.layout_columns]
        assert {"figure", "value", "unit", "metric", "period"} <= set(keys)
        assert sum(w + 2 for _, w in table.layout_columns) <= table.scrollable_content_region.width
        assert table.header_text.split()[: len(keys)] == [c.label for c, _ in table.layout_columns]
        values = [table.drawn_cells(n)["value"] for n in range(table.count)]
        assert values == [value_text(f) for f in shown(view)]
        assert view.query_one(PercentChart).display == (width >= CHART_MIN_WIDTH)
        if width >= 120:
            assert "comparison" in keys


async def test_figures_view_sorts_metrics_by_pinyin(explorer: Make, wait: Wait) -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(pilot, lambda: figures_found(app), "the figures")
        await pilot.press("f", "ctrl+s", "ctrl+s")
        view = app.screen
        assert isinstance(view, FiguresView) and view.sort_key == "metric"
        await wait(pilot, lambda: view.listed is not None and view.listed[1] == "metric", "the sort")
        metrics = [f.metric or "" for f in shown(view)]
        assert metrics == sorted(metrics, key=reading_key)  # by pinyin, quotes aside: “小巨人” under x
        assert metrics.index("“小巨人”企业") < metrics.index("小微企业用电量")  # xiao3 ju4 before xiao3 wei1
        assert metrics != sorted(metrics)  # code-point order would differ on this article
        assert metrics[0].startswith("高")  # gao before guo, gui and zhong


@pytest.mark.parametrize("typed", ["> 5", ">5", ">  5", "＞5"])
async def test_figures_filter_reads_spaces_as_meant(
    typed: str, explorer: Make, wait: Wait, burst: Burst
) -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(pilot, lambda: figures_found(app), "the figures")
        await pilot.press("f")
        await burst(pilot, *("space" if ch == " " else ch for ch in typed))
        view = app.screen
        assert isinstance(view, FiguresView) and view.filter.value == typed
        await wait(pilot, lambda: view.listed is not None and view.listed[0] == typed, "the filter to apply")
        screen = app.screen_stack[0]
        assert isinstance(screen, MainScreen)
        assert len(view.shown) == sum(1 for f in screen.library.known_figures(0) or [] if f.value > 5) > 0


@sizes
async def test_result_rows_say_where_in_chinese_and_the_true_total(
    size: tuple[int, int], explorer: Make, several: list[Path], burst: Burst, wait: Wait
) -> None:
    app = explorer(*several)
    async with app.run_test(size=size) as pilot:
        await wait(pilot, lambda: main(app).ready, "the collection to open")
        bar = main(app).search_bar
        await burst(pilot, "slash", *"增长")
        await wait(pilot, lambda: bar.answered == "增长", "the answer to 增长")
        results = bar.results
        assert results is not None
        rows = [str(option.prompt) for option in results.options]
        assert rows and len(rows) == len(bar.hits)
        width = results.scrollable_content_region.width
        for hit, row in zip(bar.hits, rows, strict=True):
            label = {"question": "问", "answer": "答", "point": "要点", "heading": "标题", "paragraph": "段"}
            assert row.startswith(label.get(hit.kind, "题目"))
            assert hit.doc.removesuffix(".txt")[:4] in row  # several documents: each row names its own
            assert cell_len(row) <= width
        assert {h.doc_index for h in bar.hits} != {0}
        assert results.size.height >= min(len(rows), 8)  # at 80×24 too, several results are in view
        status = str(bar.query_one("#search-status").render())
        assert status.startswith(f"{len(bar.hits)} hits")


async def test_a_capped_answer_says_how_many_matched(
    tmp_path: Path, explorer: Make, burst: Burst, wait: Wait
) -> None:
    article = tmp_path / "many.txt"
    lines = ["示例市工业运行情况答问", ""]
    lines += [f"第{n}家示例企业的订单稳步回升，当月产值为{n}万元。" for n in range(1, 301)]
    article.write_text("\n\n".join(lines), encoding="utf-8")
    app = explorer(article)
    async with app.run_test(size=(120, 40)) as pilot:
        bar = main(app).search_bar
        await burst(pilot, "slash", *"订单")
        await wait(pilot, lambda: bar.answered == "订单", "the answer to 订单")
        status = str(bar.query_one("#search-status").render())
        assert status.startswith(f"200 of {bar.answer.total:,} hits") and bar.answer.total == 300


async def test_the_status_names_the_tiers_of_a_tiered_answer(
    tmp_path: Path, explorer: Make, burst: Burst, wait: Wait
) -> None:
    article = tmp_path / "tiers.txt"
    lines = ["示例市外贸运行情况答问", ""]
    lines += [f"第{n}家示例企业的订单稳步回升。" for n in range(1, 6)]
    lines += [f"第{n}家示例企业的出口订单稳步回升。" for n in range(6, 9)]
    article.write_text("\n\n".join(lines), encoding="utf-8")
    app = explorer(article)
    async with app.run_test(size=(80, 24)) as pilot:
        bar = main(app).search_bar
        await wait(pilot, lambda: bar.index is not None, "the index")
        index = bar.index
        assert index is not None
        plain = index.answer

        def tiered(query: str, limit: int = 200, reading: int = 0) -> SearchAnswer:
            answer = plain(query, limit=limit, reading=reading)  # the search of #16 tells every from some
            return SearchAnswer(answer.hits, answer.total, every=3)

        index.answer = tiered  # type: ignore[method-assign]
        await burst(pilot, "slash", *"订单")
        await wait(pilot, lambda: bar.answered == "订单", "the answer to 订单")
        status = str(bar.query_one("#search-status").render())
        assert bar.answer.total == 8
        assert status.startswith("3 with every word · 5 with some ·")


async def test_outline_names_the_speakers(explorer: Make) -> None:
    article = Path(__file__).resolve().parents[1] / "data" / "articles" / "02_tongjiju_fabuhui.txt"
    app = explorer(article)
    async with app.run_test(size=(120, 40)):
        outline = main(app).query_one(Outline)
        doc = main(app).library.document(0)
        named = [b for _, b in doc.blocks() if b.speaker and b.kind.value in ("question", "answer")]
        assert named
        for block in named:
            node = next(n for n in _nodes(outline) if n.data is not None and n.data.block == block.id)
            label = "问" if block.kind.value == "question" else "答"
            assert str(node.label).startswith(f"{label} ({(block.speaker or '')[:4]}")


def _nodes(outline: Outline) -> list:  # type: ignore[type-arg]
    out, todo = [], [outline.root]
    while todo:
        node = todo.pop()
        out.append(node)
        todo.extend(node.children)
    return out


async def test_a_tiny_terminal_still_works(explorer: Make, burst: Burst) -> None:
    app = explorer()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("j", "j", "right_square_bracket")
        await burst(pilot, "slash", *"工业")
        await pilot.press("escape", "f", "escape", "question_mark", "escape")
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and main(app).query_one(Outline).current == NodeRef(0, "s1")

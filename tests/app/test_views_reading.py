"""The figures, metrics and timeline views as a reader reads them: each bar beside its label, every metric
listed, metrics in pinyin order (quotes aside), timeline points visible and the undated ones counted, the
running totals of each year a line of their own, columns that share the width by need.

Every article here is written for these tests (invented places, outlets, names and numbers)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.app.conftest import Wait
from tui.app.app import ExplorerApp
from tui.app.document_rows import reading_key
from tui.app.documents import DocumentsPane
from tui.app.figure_table import FigureTable
from tui.app.figures_view import FiguresView
from tui.app.main_screen import MainScreen
from tui.app.metrics_view import MetricsView
from tui.app.percent_chart import PercentChart
from tui.app.timeline_view import MARKER, TimelineView, chart_series

Make = Callable[..., ExplorerApp]

ENERGY = """示例省能源运行情况答记者问
2024-10-20 10:00 来源：示例日报

问：今年以来能源生产情况如何？

答：1—9月，示例省原油产量同比增长3.6%，天然气产量同比增长16.5%。新能源装机占总装机容量的比重超过1/7。\
“小巨人”企业数量达到128家，专精特新中小企业数量达到2300家，中小企业数量达到15万家。
"""
"""Percentages whose labels a chart must keep beside their bars (1/7 among them), and three metrics whose
pinyin order differs from their code-point order (“小巨人” first by xiao, not last by its quotation mark)."""

PRODUCTS = "钢铁 水泥 玻璃 化肥 纸张 布匹 粮食 棉花 茶叶 水果 蔬菜 肉类 禽蛋 奶类 水产 木材 煤炭 原油 天然气 电力 汽车 船舶 家电 手机"
PLACES = "东部 西部 南部 北部 中部 沿海 山区 城区 郊区 县域 园区 口岸 库区 林区 牧区 垦区 湖区 海岛 边境 新区 老区 开发区 高新区 保税区 物流区"


def many_metrics() -> str:
    """An article of 600 metrics (a product in a part of the province each), more than a screen holds."""
    lines = ["示例省各地产品产量情况", "2024-10-20 10:00 来源：示例日报", ""]
    n = 0
    for product in PRODUCTS.split():
        for place in PLACES.split():
            n += 1
            lines += [f"{place}{product}产量增长{n % 9 + 1}.{n % 7}%。", ""]
    return "\n".join(lines)


def running_release(year: int, month: int) -> str:
    """A release of the running total from January to ``month``."""
    value = f"{month + year - 2020}.{month}"
    return "\n".join(
        [
            f"示例统计局：{year}年{month}月份工业生产情况",
            f"{year}-{month + 1:02d}-16 09:30 来源：示例统计局",
            "",
            f"{year}年1—{month}月份，全国规模以上工业增加值同比增长{value}%。",
        ]
    )


UNDATED = """示例杂志：工业生产观察

文章说，全国规模以上工业增加值同比增长5.1%。

另据测算，全国规模以上工业增加值同比增长4.7%。
"""
"""Two points of the same series whose period no date resolves."""

WIDE = [
    (
        "示例经济观察报道",
        "示例市：前三季度工业稳中有进",
        "前三季度，示例市工业投资增长7.2%，比上半年加快1.7个百分点；新增规模以上企业38家。",
    ),
    ("示例晚报", "示例县：民营经济活力增强", "今年以来，示例县民营企业营业收入增长6.5%，纳税增长4.1%。"),
]
"""Articles whose source is longer than a short cap and whose unit (个百分点) is longer than six cells."""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("views")
    (path / "energy.txt").write_text(ENERGY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("many") / "many.txt"
    path.write_text(many_metrics(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("running")
    for year in (2023, 2024):
        for month in (2, 3, 4):
            (path / f"r{year}-{month}.txt").write_text(running_release(year, month), encoding="utf-8")
    (path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sources")
    for n, (source, title, text) in enumerate(WIDE):
        body = f"{title}\n2024-10-{21 - n} 10:00 来源：{source}\n\n{text}\n"
        (path / f"{n}.txt").write_text(body, encoding="utf-8")
    return path


def lines_of(widget: object, height: int) -> list[str]:
    """The lines a widget draws (its content, as on screen)."""
    return [widget.render_line(y).text for y in range(height)]  # type: ignore[attr-defined]


async def open_view(pilot: object, app: ExplorerApp, wait: Wait, key: str) -> object:
    await wait(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.ready, "the documents")
    await pilot.press("escape", key)  # type: ignore[attr-defined]
    return app.screen


async def open_metrics(pilot: object, app: ExplorerApp, wait: Wait) -> MetricsView:
    """Open the metrics view from the outline and wait until it lists its metrics with one selected."""
    await open_view(pilot, app, wait, "m")
    view = app.screen
    assert isinstance(view, MetricsView)
    await wait(pilot, lambda: view.index is not None and view.current is not None, "the metrics")
    return view


async def test_each_percentage_stands_on_the_line_of_its_own_bar(
    explorer: Make, folder: Path, wait: Wait
) -> None:
    app = explorer(folder / "energy.txt")
    async with app.run_test(size=(160, 40)) as pilot:
        await wait(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.ready, "the document")
        await pilot.press("f")
        view = app.screen
        assert isinstance(view, FiguresView)
        await wait(pilot, lambda: view.listed is not None, "the figures listed")
        await pilot.pause()
        chart = view.query_one(PercentChart)
        drawn = lines_of(chart, chart.size.height)
        bars = [line for line in drawn if "█" in line]
        assert len(bars) == 3
        assert "原油产量" in bars[0] and "3.6%" in bars[0]
        assert "天然气产量" in bars[1] and "16.5%" in bars[1]
        assert "新能源" in bars[2] and ">14.29%" in bars[2]  # 1/7 rounded as a reader reads it
        assert not any("14.2857" in line for line in drawn)
        assert bars[1].count("█") > bars[2].count("█") > bars[0].count("█")


async def test_the_metrics_view_lists_every_metric_to_the_last(
    explorer: Make, many: Path, wait: Wait
) -> None:
    app = explorer(many)
    async with app.run_test(size=(100, 30)) as pilot:
        view = await open_metrics(pilot, app, wait)
        assert len(view.shown) == len(view.all) == 600
        assert "600 of 600" in str(view.query_one("Vertical").border_title)
        await pilot.press("pagedown")
        for _ in range(60):
            await pilot.press("pagedown")
        await pilot.pause()
        assert view.current is view.all[-1]
        last = view.all[-1]
        drawn = lines_of(view.table, view.table.size.height)
        assert any(last.key.metric in line for line in drawn)  # the last metric is on screen, drawn


async def test_metrics_sort_by_pinyin_quotes_aside_in_both_views(
    explorer: Make, folder: Path, wait: Wait
) -> None:
    app = explorer(folder / "energy.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_metrics(pilot, app, wait)
        for key in "企业":
            await pilot.press(key)
        listed = [s.key.metric for s in view.shown]
        assert listed == ["“小巨人”企业数量", "中小企业数量", "专精特新中小企业数量"]  # xiao, zhong, zhuan
        await pilot.press("escape", "escape", "f", "ctrl+s", "ctrl+s")
        figures = app.screen
        assert isinstance(figures, FiguresView)
        await wait(pilot, lambda: figures.listed is not None and figures.listed[1] == "metric", "the sort")
        rows = [figures.table.drawn_cells(n)["metric"] for n in range(figures.table.count)]
        assert rows == sorted(rows, key=reading_key)
        assert (
            rows.index("“小巨人”企业数量") < rows.index("中小企业数量") < rows.index("专精特新中小企业数量")
        )


async def test_the_timeline_marks_every_point_and_counts_the_undated(
    explorer: Make, releases: Path, wait: Wait
) -> None:
    app = explorer(releases)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_metrics(pilot, app, wait)
        await pilot.press("enter")
        await wait(pilot, lambda: isinstance(app.screen, TimelineView), "the timeline")
        timeline = app.screen
        assert isinstance(timeline, TimelineView)
        series = chart_series(timeline.timeline)
        running = [dates for legend, dates, _ in series if legend == "Jan-to-date"]
        assert running == [  # each year's running total a line of its own, never joined to the next year's
            ["2023-02-28", "2023-03-31", "2023-04-30"],
            ["2024-02-29", "2024-03-31", "2024-04-30"],
        ]
        await pilot.pause()
        from textual_plotext import PlotextPlot

        plot = timeline.query_one(PlotextPlot)
        drawn = "\n".join(lines_of(plot, plot.size.height))
        assert drawn.count(MARKER) >= 6 - 1  # every point marked (two may share a cell at this width)
        assert "6 points drawn; 2 without a date" in drawn


@pytest.mark.parametrize("size", [(200, 50), (80, 24)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_columns_share_the_width_by_need(
    size: tuple[int, int], explorer: Make, sources: Path, wait: Wait
) -> None:
    app = explorer(sources)
    async with app.run_test(size=size) as pilot:
        await wait(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.ready, "the documents")
        screen = app.screen
        assert isinstance(screen, MainScreen)
        documents = screen.query_one(DocumentsPane).table
        drawn = [documents.drawn_cells(n) for n in range(documents.count)]
        assert sorted(d["source"] for d in drawn) == sorted(s for s, _, _ in WIDE)  # no source cut
        if size[0] >= 120:  # the title takes what is left: the table spans the pane
            assert cell_len(documents.header_text) >= documents.scrollable_content_region.width - 1
            assert sorted(d["title"] for d in drawn) == sorted(t for _, t, _ in WIDE)
        await pilot.press("escape")  # to the outline of the newest document: its figures in the pane
        await wait(pilot, lambda: screen.query(FigureTable), "the figure table")
        table = screen.query_one(FigureTable)
        await wait(
            pilot,
            lambda: any(r.cells["unit"] == "个百分点" for r in table.rows_shown) and table.row_count > 0,
            "the figures of the newest document (the one with 个百分点) in the pane",
        )
        await pilot.pause()
        widths = dict((c.key, w) for c, w in table.layout_columns)
        labels = {c.key: c.label for c, _ in table.layout_columns}
        rows = [r.cells for r in table.rows_shown]
        for key in ("figure", "unit"):  # no blank space: no wider than their widest text
            assert widths[key] <= max(cell_len(labels[key]), *(cell_len(r[key]) for r in rows)), key
        whole = ("figure", "unit", "metric", "period") if size[0] >= 120 else ("metric", "period")
        for key in whole:  # metric and period take the room before a rare long figure or unit does
            cells = [str(table.get_row_at(n)[list(widths).index(key)]) for n in range(table.row_count)]
            assert cells == [r[key] for r in rows], key
        assert widths["metric"] >= 12

"""The series views in the explorer: the metrics view (``m``), a metric's timeline with its chart, the
disagreements view (``D``), and the jump from a point to its sentence, at 120×40 and 80×24, over a year of
monthly releases written for the tests (``tests/series_data.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests import series_data as data
from tests.app.conftest import SIZES, Wait
from tui.app.app import ExplorerApp
from tui.app.disagreements_view import DisagreementsView
from tui.app.main_screen import MainScreen
from tui.app.metrics_view import MetricsView
from tui.app.paragraphs import Paragraphs
from tui.app.timeline_view import TimelineView

Make = Callable[..., ExplorerApp]
sizes = pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return sorted(data.write_series(tmp_path_factory.mktemp("releases")))


@pytest.fixture(scope="module")
def with_copy(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("with-copy")
    paths = data.write_series(folder)
    copy = folder / "copy-2023-05.txt"
    copy.write_text(data.monthly_release(5, monthly=3.9), encoding="utf-8")
    return sorted([*paths, copy])


def cells(view: MetricsView | TimelineView | DisagreementsView, row: int) -> list[str]:
    if isinstance(view, MetricsView):  # drawn by a virtual table (a long label cut at 80 columns)
        return list(view.cells(row).values())
    if isinstance(view, DisagreementsView):
        c = view.cells(row)
        return [c.get(k, "") for k in ("value", "document", "period", "written")]
    return [str(cell) for cell in view.table.get_row_at(row)]


async def ready(pilot: object, app: ExplorerApp, wait: Wait) -> None:
    """Several files open as a collection, in a thread: the series keys wait for it, as the figures key does;
    the documents filter has the focus (letters go to it), escape takes the reader to the outline."""
    await wait(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.ready, "the collection")
    await pilot.press("escape")  # type: ignore[attr-defined]
    assert "Input" not in type(app.focused).__name__


async def open_metrics(pilot: object, app: ExplorerApp, wait: Wait) -> MetricsView:
    await ready(pilot, app, wait)
    await pilot.press("m")  # type: ignore[attr-defined]
    await wait(
        pilot, lambda: isinstance(app.screen, MetricsView) and app.screen.index is not None, "the metrics"
    )
    view = app.screen
    assert isinstance(view, MetricsView)
    return view


@sizes
async def test_metrics_view_lists_and_filters_as_you_type(
    size: tuple[int, int], explorer: Make, releases: list[Path], wait: Wait
) -> None:
    app = explorer(*releases)
    async with app.run_test(size=size) as pilot:
        view = await open_metrics(pilot, app, wait)
        assert cells(view, 0) == ["12", "24", "2023-02…2023-12", "规模以上工业增加值 · 同比 % · 全国"]
        assert view.table.count == len(view.all) == 5
        for key in "四川":
            await pilot.press(key)
        assert [cells(view, n)[3] for n in range(view.table.count)] == [
            "规模以上工业增加值 · 同比 % · 四川",
            "规模以上工业增加值 · 比全国平均水平 个百分点 · 四川",
        ]
        assert "2 of 5" in str(view.query_one("Vertical").border_title)
        await pilot.press("escape")  # clears the filter
        assert view.filter.value == "" and view.table.count == 5
        for key in "规上":  # read as 规模以上
            await pilot.press(key)
        assert view.table.count == 4
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, MainScreen)


@sizes
async def test_timeline_draws_the_chart_and_lists_the_points_in_order(
    size: tuple[int, int], explorer: Make, releases: list[Path], wait: Wait
) -> None:
    app = explorer(*releases)
    async with app.run_test(size=size) as pilot:
        await open_metrics(pilot, app, wait)
        await pilot.press("enter")
        await wait(pilot, lambda: isinstance(app.screen, TimelineView), "the timeline")
        view = app.screen
        assert isinstance(view, TimelineView)
        await pilot.pause()
        rows = [cells(view, n) for n in range(view.table.row_count)]
        releases_only = [r for r in rows if r[3].startswith("release")]
        assert [(r[0], r[1], r[2]) for r in releases_only if r[0] == "月"] == [
            ("月", f"2023-{m:02d}", f"{v}%") for m, v in data.MONTHLY.items()
        ]
        assert [r[1] for r in releases_only if r[0] == "累计"] == [f"2023-01…{m:02d}" for m in data.RUNNING]
        assert [r[0] for r in rows] == sorted((r[0] for r in rows), key=["月", "累计"].index)
        screen = app.export_screenshot()
        assert "month" in screen and "Jan-to-date" in screen  # the chart's legend: one line per kind
        assert "2023-12-31" in screen  # the last period end on the x axis
        await pilot.press("escape")
        assert isinstance(app.screen, MetricsView)


async def test_enter_on_a_point_jumps_to_its_sentence(
    explorer: Make, releases: list[Path], wait: Wait
) -> None:
    app = explorer(*releases)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_metrics(pilot, app, wait)
        await pilot.press("enter")
        await wait(pilot, lambda: isinstance(app.screen, TimelineView), "the timeline")
        view = app.screen
        assert isinstance(view, TimelineView)
        await pilot.press("down", "down")  # the third point: May, in May's release
        point = view.current
        assert point is not None and view.index.names[point.doc] == "release-2023-05.txt"
        await pilot.press("enter")
        await wait(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert screen.library.document(screen.current.doc).name == "release-2023-05.txt"
        assert screen.marks is not None
        block = screen.library.document(screen.current.doc).block(screen.marks[1].block)
        assert block is not None
        (start, end) = screen.marks[1].spans[0]
        assert block.text[start:end] == "3.5%" and "同比增长3.5%" in block.text


async def open_disagreements(pilot: object, app: ExplorerApp, wait: Wait) -> DisagreementsView:
    """Wait for the collection, press D, and wait until the disagreements are listed."""
    await ready(pilot, app, wait)
    await pilot.press("D")  # type: ignore[attr-defined]
    await wait(
        pilot,
        lambda: isinstance(app.screen, DisagreementsView) and app.screen.index is not None,
        "the disagreements",
    )
    view = app.screen
    assert isinstance(view, DisagreementsView)
    return view


@sizes
async def test_disagreements_view_shows_the_changed_copy_beside_the_release(
    size: tuple[int, int], explorer: Make, with_copy: list[Path], wait: Wait
) -> None:
    app = explorer(*with_copy)
    async with app.run_test(size=size) as pilot:
        view = await open_disagreements(pilot, app, wait)
        rows = [cells(view, n) for n in range(view.table.count)]
        assert rows[0][:3] == ["", "规模以上工业增加值 · 同比 % · 全国", "2023-05"]
        assert view.table.row_text(0).split() == [
            "规模以上工业增加值",
            "·",
            "同比",
            "%",
            "·",
            "全国",
            "2023-05",
        ]
        assert [(r[0], r[1]) for r in rows[1:]] == [
            ("3.5%", "release-2023-05.txt"),
            ("约3.5%", "wire-07.txt"),
            ("3.9%", "copy-2023-05.txt"),
        ]
        assert len(view.found) == 1
        shown = "".join(view.query_one(Paragraphs).lines)  # both sentences under the table
        assert "同比增长3.5%" in shown and "同比增长3.9%" in shown
        await pilot.press("down", "down", "enter")  # the copy's value
        await wait(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert screen.library.document(screen.current.doc).name == "copy-2023-05.txt"


@pytest.fixture(scope="module")
def many_copies(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The releases and, for every month, a copy that gives another value: a disagreement a month."""
    folder = tmp_path_factory.mktemp("many-copies")
    paths = data.write_series(folder)
    for month, value in data.MONTHLY.items():
        copy = folder / f"copy-{month:02d}.txt"
        copy.write_text(data.monthly_release(month, monthly=round(value + 0.3, 1)), encoding="utf-8")
        paths.append(copy)
    return sorted(paths)


async def test_disagreements_are_drawn_as_virtual_rows_and_end_enter_jump_to_the_last_value(
    explorer: Make, many_copies: list[Path], wait: Wait
) -> None:
    app = explorer(*many_copies)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await open_disagreements(pilot, app, wait)
        table = view.table
        assert len(view.found) == len(data.MONTHLY)
        assert table.count == len(view.found) + sum(len(r.rows) for d in view.found for r in d.readings)
        await pilot.pause()
        shown = table.visible_rows
        assert 0 < len(shown) < table.count  # only the rows on screen are drawn, no widget per row
        assert len(view.query("*")) < 20
        assert table.cursor == 1 and table.drawn_cells(1)["value"] != ""  # the first value, not its heading
        assert table.row_text(0).split()[0] == "规模以上工业增加值"
        await pilot.press("pagedown")
        assert table.cursor == 11
        await pilot.press("end")
        last = table.count - 1
        assert table.cursor == last and last in table.visible_rows
        name = table.drawn_cells(last)["document"]
        shown_text = "".join(view.query_one(Paragraphs).lines)
        assert shown_text.startswith(name.rstrip("…"))  # its sentence first under the table
        await pilot.press("enter")
        await wait(pilot, lambda: isinstance(app.screen, MainScreen), "the jump to the text")
        screen = app.screen
        assert isinstance(screen, MainScreen)
        line = view.rows.line(last)
        assert screen.current.doc == line.doc and name.rstrip("…") in screen.library.name(line.doc)


async def test_help_lists_the_series_keys(explorer: Make, releases: list[Path], wait: Wait) -> None:
    app = explorer(*releases)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot, app, wait)
        await pilot.press("question_mark")
        rows = app.screen.rows  # type: ignore[attr-defined]
        assert ("m", "Metrics") in rows and ("D", "Disagreements") in rows
        assert ("enter", "Timeline") in rows and ("enter", "Jump to the sentence") in rows


def test_the_chart_draws_one_value_a_date_and_marks_what_differs(with_copy: list[Path]) -> None:
    from tui.app.timeline_view import chart_series
    from tui.core.document import load_document
    from tui.core.figlist import FigureList
    from tui.core.figures import extract
    from tui.core.series import SeriesIndex, header_of

    documents = [load_document(p) for p in with_copy]
    figures = FigureList([extract(d) for d in documents])
    index = SeriesIndex(figures, [header_of(d) for d in documents], [d.name for d in documents])
    (key,) = [
        i
        for i, k in enumerate(index.keys)
        if (k.metric, k.measure, k.place) == ("规模以上工业增加值", "yoy", "全国")
    ]
    series = {
        legend: list(zip(dates, values, strict=True))
        for legend, dates, values in chart_series(index.timeline(key))
    }
    assert list(series) == ["month", "Jan-to-date", "differ"]
    assert [d for d, _ in series["month"]] == sorted({d for d, _ in series["month"]})  # one value a date
    assert dict(series["month"])["2023-05-31"] == 3.5  # the median of 3.5, 3.5 and 3.9
    assert sorted(series["differ"]) == [("2023-05-31", 3.5), ("2023-05-31", 3.5), ("2023-05-31", 3.9)]


async def test_the_metrics_of_one_file(explorer: Make, releases: list[Path], wait: Wait) -> None:
    app = explorer(releases[0])  # one file: no documents view, the outline has the focus
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_metrics(pilot, app, wait)
        assert view.table.count >= 1
        assert any("规模以上工业增加值" in cells(view, n)[3] for n in range(view.table.count))

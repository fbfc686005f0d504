"""Where the series views get their data: the open documents' figure table and headers (from the
:class:`~tui.app.library.Library`), read into a :class:`~tui.core.series.SeriesIndex` in a thread, and the row a
chosen point jumps to."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tui.app.figure_rows import FigureRow, figure_row

if TYPE_CHECKING:
    from textual.binding import BindingType
    from textual.screen import Screen

    from tui.app.library import Library
    from tui.core.series import SeriesIndex

SeriesFactory = Callable[[], "SeriesIndex"]
"""Builds the series of the open documents (slow: call it in a worker)."""


def series_factory(library: Library) -> SeriesFactory:
    """A factory of the series of the open documents (their figures found first if need be)."""

    def build() -> SeriesIndex:
        from tui.core.series import SeriesIndex

        table = library.figure_table()
        names = [library.name(i) for i in range(len(library))]
        return SeriesIndex(table, library.series_headers(), names)

    return build


def open_series_view(
    screen: Screen[None],
    view: str,
    library: Library,
    chosen: Callable[[FigureRow | None], None],
) -> None:
    """Push the metrics view (``metrics``) or the disagreements view over ``screen``; ``chosen`` gets the
    figure a reader jumps to, or None."""
    factory = series_factory(library)
    if view == "metrics":
        from tui.app.metrics_view import MetricsView

        screen.app.push_screen(MetricsView(factory), chosen)
    else:
        from tui.app.disagreements_view import DisagreementsView

        screen.app.push_screen(DisagreementsView(factory), chosen)


def series_help() -> list[tuple[str, list[BindingType]]]:
    """The help's groups of the series views."""
    from tui.app.disagreements_view import DisagreementsView
    from tui.app.metrics_view import MetricsView
    from tui.app.timeline_view import TimelineView

    return [
        ("Metrics view", list(MetricsView.BINDINGS)),
        ("Timeline", list(TimelineView.BINDINGS)),
        ("Disagreements view", list(DisagreementsView.BINDINGS)),
    ]


def chosen_row(index: SeriesIndex, row: int) -> FigureRow:
    """The figure row (document and figure) of a point, for the main screen to jump to."""
    return figure_row(int(index.doc[row]), index.figure(row))

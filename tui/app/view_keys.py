"""The keys of the main screen that open a view or move the focus to a filter, run in the order typed.

``/ f d m D ? f1`` are priority keys (so that the keys typed after them go to the view they open, in order),
which Textual runs the moment it reads them: before the keys typed just before them have reached the widget
they were typed at (``j f`` typed fast would open the figures view and lose the ``j``). :meth:`ViewKeys.in_turn`
holds the keys read from then on (:meth:`~tui.app.app.ExplorerApp.hold_keys`), runs the opening once the
keys before it have been handled (a widget's bindings act when its key has bubbled up to the app: the opening
is queued behind them at the focused widget, then at each of its parents), then hands the held keys on to the
view it opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.dom import DOMNode

from tui.app.outline import NodeRef, Outline
from tui.app.reading_screen import ReadingScreen

if TYPE_CHECKING:
    from tui.app.figure_rows import FigureRow
    from tui.app.figure_table import FigureTable


def _after_bubbling(node: DOMNode, act: Callable[[], None]) -> None:
    """Run ``act`` once the keys queued at ``node`` have bubbled up to the app, where a widget's bindings act:
    queued behind them at ``node``, then at each of its parents in turn."""
    parent = node.parent  # the node a message bubbles to (a screen's is the app)
    if parent is None:
        node.call_later(act)
    else:
        node.call_later(_after_bubbling, parent, act)


class ViewKeys(ReadingScreen):
    """Opens the figures, metrics, disagreements and help views and the documents filter; jumps to a figure
    chosen in them."""

    def in_turn(self, act: Callable[[], object]) -> None:
        """Run ``act`` after the keys typed before the key that asked for it, and hand the keys typed after it
        on once it has run (to the view it opened)."""
        app = self.app
        hold = getattr(app, "hold_keys", None)
        release = getattr(app, "release_keys", None)
        if hold is None or release is None:
            act()
            return
        hold()

        def then() -> None:
            try:
                act()
            finally:
                app.call_later(release)

        _after_bubbling(self.focused or self, then)  # where the keys read before this one were handed

    def available(self, action: str) -> bool:
        """Whether an action works for what is open (the documents view needs several documents)."""
        return self.several or action != "documents"

    def action_figures(self) -> None:
        """The figures view of the open documents."""
        self.in_turn(self._open_figures)

    def _open_figures(self) -> None:
        from tui.app.figures_view import FiguresView

        if self.ready:
            self.app.push_screen(FiguresView(self.library), self._figure_chosen)

    def action_series(self, view: str) -> None:
        """Open the metrics view (then a timeline) or the disagreements view; a point chosen jumps."""
        from tui.app.series_source import open_series_view

        if self.ready:
            self.in_turn(lambda: open_series_view(self, view, self.library, self._figure_chosen))

    def action_documents(self) -> None:
        """Go to the documents view's filter."""
        if self.several:
            self.in_turn(lambda: self.set_focus(self.documents_pane.filter))

    def action_help(self) -> None:
        """The help: every key that works for what is open, grouped by where it works."""
        from tui.app.help import HelpScreen, explorer_keys

        main = [b for b in self.BINDINGS if not isinstance(b, Binding) or self.available(b.action)]
        self.in_turn(lambda: self.app.push_screen(HelpScreen(explorer_keys(main, folder=self.several))))

    def _figure_chosen(self, chosen: FigureRow | None) -> None:
        if chosen is not None:
            self.jump_to_figure(chosen)
        self.query_one(Outline).focus()

    def on_figure_table_chosen(self, event: FigureTable.Chosen) -> None:
        self.jump_to_figure(event.row)

    def jump_to_figure(self, row: FigureRow) -> None:
        """Select the figure's block (or its section, or the article) and highlight the figure in it."""
        f = row.figure
        doc = self.library.document(row.doc)
        block = f.block_id if doc.block(f.block_id) is not None else None
        section = f.section_id if any(s.id == f.section_id for s in doc.sections) else None
        self.jump(NodeRef(row.doc, section, block), [(f.start, f.end)])

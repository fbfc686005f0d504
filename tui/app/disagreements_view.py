"""The disagreements view (``D``): where the open documents give different values for the same metric and
period, side by side.

Each disagreement is a heading row (the metric and the period) and a row per value and document; under the
table, the sentences of every value of the disagreement under the cursor, the one under the cursor first
and marked. ``enter`` on a value jumps to its sentence in the main screen; ``escape`` returns.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer

from tui.app.figure_rows import FigureRow
from tui.app.paragraphs import Paragraph, Paragraphs
from tui.app.series_source import SeriesFactory, chosen_row
from tui.app.styles import HIGHLIGHT_STYLE
from tui.core.disagree import Disagreement
from tui.core.periodkind import period_label
from tui.core.series import SeriesIndex, key_label
from tui.core.seriestext import written

NONE_FOUND = (
    "No disagreements among these documents: no metric and period is given with different values by"
    " different documents."
)
"""What the view says when the open documents agree (or give no metric and period twice)."""


@dataclass(frozen=True)
class Line:
    """A row of the table: a disagreement, and the figure row of one of its values (None: its heading)."""

    disagreement: int
    row: int | None = None
    doc: int | None = None


class DisagreementsView(Screen[FigureRow | None]):
    """The disagreements of the open documents, each value with its document and sentence."""

    DEFAULT_CSS = """
    DisagreementsView > Vertical {
        border: round $accent;
        border-title-color: $accent;
        height: 1fr;
    }
    DisagreementsView DataTable {
        height: 1fr;
    }
    DisagreementsView Paragraphs {
        max-height: 10;
        padding: 0 1;
        border-top: solid $primary-darken-2;
    }
    """

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("enter", "jump", "Jump to the sentence", key_display="⏎", priority=True),
    ]
    """Keys of the disagreements view (the arrows move in the table)."""

    def __init__(self, factory: SeriesFactory) -> None:
        super().__init__()
        self.factory = factory
        self.index: SeriesIndex | None = None
        self.found: list[Disagreement] = []
        self.lines: list[Line] = []
        """The rows of the table, in order."""

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Disagreements: reading the figures…"
            yield DataTable(cursor_type="row", zebra_stripes=False)
            yield Paragraphs()
        yield Footer()

    @property
    def table(self) -> DataTable[str | Text]:
        """The table of disagreements."""
        return self.query_one(DataTable)

    def on_mount(self) -> None:
        for label in ("value", "document", "period", "as written"):
            self.table.add_column(label, key=label)
        self.table.focus()
        self.read()

    @work(thread=True, exclusive=True, group="series")
    def read(self) -> None:
        """Read the series and their disagreements in a thread; list them when done."""
        from tui.core.disagree import disagreements

        index = self.factory()
        found = disagreements(index)
        self.app.call_from_thread(self._ready, index, found)

    def _ready(self, index: SeriesIndex, found: list[Disagreement]) -> None:
        self.index, self.found = index, found
        table = self.table
        for n, d in enumerate(found):
            period = period_label(d.kind, d.start, d.end)
            self.lines.append(Line(n))
            table.add_row(Text(key_label(d.key), style="bold"), "", period, "")
            for reading in d.readings:
                for row, doc in zip(reading.rows, reading.docs, strict=True):
                    f = index.figure(row)
                    sign = -1 if reading.reported.value < 0 else 1
                    upper = None if f.upper is None else sign * f.upper
                    self.lines.append(Line(n, row, doc))
                    table.add_row(
                        Text(written(sign * f.value, f.text, d.key.unit, f.approx, upper), justify="right"),
                        index.names[doc],
                        period,
                        f.period or "",
                    )
        noun = "disagreement" if len(found) == 1 else "disagreements"
        self.query_one(Vertical).border_title = (
            f"Disagreements: {len(found):,} {noun} · enter jumps to a value"
            if found
            else "Disagreements: none among these documents"
        )
        table.display = bool(found)  # with none, the view says so instead of showing bare column headers
        if len(found) > 0:
            table.move_cursor(row=1)
        self._show_sentences()

    @property
    def current(self) -> Line | None:
        """The row under the cursor."""
        row = self.table.cursor_row
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _show_sentences(self) -> None:
        line, index = self.current, self.index
        box = self.query_one(Paragraphs)
        if line is None or index is None:
            agree = Text(NONE_FOUND)
            box.update([] if self.found or index is None else [Paragraph(agree)])
            return
        rows = [x for x in self.lines if x.disagreement == line.disagreement and x.row is not None]
        rows.sort(key=lambda x: x != line)
        paragraphs = []
        for x in rows:
            assert x.row is not None and x.doc is not None
            f = index.figure(x.row)
            sentence = (f.sentence or "").replace("\n", " ")
            quoted = Text(f"{index.names[x.doc]}: ", style="dim")
            at = sentence.find(f.text)
            body = Text(sentence)
            if at >= 0:
                body.stylize(HIGHLIGHT_STYLE if x == line else "bold", at, at + len(f.text))
            quoted.append_text(body)
            offset = len(quoted.plain) - len(sentence)
            paragraphs.append(
                Paragraph(quoted, [(offset + at, offset + at + len(f.text))] if at >= 0 else [])
            )
        box.update(paragraphs)

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_sentences()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_jump()

    def action_jump(self) -> None:
        line = self.current
        if line is not None and line.row is not None and self.index is not None:
            self.dismiss(chosen_row(self.index, line.row))

    def action_back(self) -> None:
        self.dismiss(None)

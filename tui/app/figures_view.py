"""The figures view (``f``): every figure of the open documents, sortable and filterable, with a bar chart."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from tui.core.figfilter import parse_filter
from tui.core.model import Figure
from tui.core.render import clip, format_value

APPROX = {"over": ">", "under": "<", "about": "~"}
SORTS = {"value": "value", "metric": "metric", "period": "period", "section": "section"}


@dataclass(frozen=True)
class FigureRef:
    """A figure and the document it belongs to, as the view hands it back on enter."""

    doc: int
    figure: Figure


class FiguresView(Screen[FigureRef | None]):
    """All figures in a table: type in the filter, sort with v/m/p/s, enter jumps, escape returns."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("v", "sort('value')", "Sort by value", show=False),
        Binding("m", "sort('metric')", "Sort by metric", show=False),
        Binding("p", "sort('period')", "Sort by period", show=False),
        Binding("s", "sort('section')", "Sort by section", show=False),
        Binding("slash", "focus_filter", "Filter"),
    ]
    """Sorting and filtering keys of the figures view (active when the table has focus)."""

    MAX_ROWS = 5000
    """Rows listed at most; the filter narrows a larger set (the title says how many match)."""

    def __init__(self, figures: list[list[Figure]], names: list[str]) -> None:
        super().__init__()
        self.all = [FigureRef(d, f) for d, figs in enumerate(figures) for f in figs]
        self.names = names
        self.shown: list[FigureRef] = list(self.all)
        self.sort_key = "section"
        self.descending = False

    def compose(self) -> ComposeResult:
        with Vertical(id="figures-main"):
            yield Input(
                placeholder="Filter: >5  <1万  10..50  %  percent  中小企业  9月", id="figures-filter"
            )
            with Horizontal(id="figures-body"):
                yield DataTable(id="figures-table", cursor_type="row", zebra_stripes=True)
                yield Static(id="figures-chart")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        columns = ["figure", "value", "unit", "≈", "metric", "period", "comparison", "section"]
        if len(self.names) > 1:
            columns.insert(0, "document")
        table.add_columns(*columns)
        self.refresh_rows()
        table.focus()

    def refresh_rows(self) -> None:
        self.shown.sort(key=self._key, reverse=self.descending)
        table = self.query_one(DataTable)
        table.clear()
        for ref in self.shown[: self.MAX_ROWS]:
            f = ref.figure
            value = format_value(f.value) + (f"–{format_value(f.upper)}" if f.upper is not None else "")
            row: list[str | Text] = [
                f.text,
                Text(value, justify="right"),
                f.unit,
                APPROX.get(f.approx or "", ""),
                clip(f.metric or "", 30),
                f.period or "",
                clip(f.comparison or "", 16),
                f.block_id,
            ]
            if len(self.names) > 1:
                row.insert(0, clip(self.names[ref.doc], 18))
            table.add_row(*row)
        self.query_one(
            "#figures-main", Vertical
        ).border_title = f"Figures: {len(self.shown)} of {len(self.all)} · sorted by {self.sort_key}"
        self.query_one("#figures-chart", Static).update(self._chart())

    def _key(self, ref: FigureRef) -> tuple[object, ...]:
        f = ref.figure
        if self.sort_key == "value":
            return (f.value,)
        if self.sort_key == "metric":
            return (f.metric or "", f.value)
        if self.sort_key == "period":
            return (f.period_end or "", f.period or "", f.value)
        section, _, block = f.block_id.partition(".")
        return (ref.doc, int(section[1:] or 0), int(block or 0), f.start)

    def _chart(self) -> Text:
        """Horizontal bars of the percentage figures shown (not 个百分点: those are differences)."""
        shares = [r.figure for r in self.shown if r.figure.unit == "%"][:14]
        out = Text("Percentages\n\n", style="bold")
        if not shares:
            out.append("none shown", style="dim")
            return out
        top = max(f.value for f in shares) or 1.0
        for f in shares:
            bar = "█" * max(1, round(f.value / top * 12))
            out.append(f"{format_value(f.value):>6}% ", style="bold")
            out.append(bar + "\n", style="cyan")
            out.append(f"  {clip(f.metric or f.text, 18)}\n", style="dim")
        return out

    @on(Input.Changed, "#figures-filter")
    def _filter(self, event: Input.Changed) -> None:
        keep = parse_filter(event.value)
        self.shown = [r for r in self.all if keep(r.figure)]
        self.refresh_rows()

    @on(Input.Submitted, "#figures-filter")
    def _to_table(self) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.RowSelected, "#figures-table")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        if 0 <= event.cursor_row < min(len(self.shown), self.MAX_ROWS):
            self.dismiss(self.shown[event.cursor_row])

    @on(DataTable.HeaderSelected, "#figures-table")
    def _header(self, event: DataTable.HeaderSelected) -> None:
        label = str(event.label)
        key = {"figure": "value", "value": "value", "metric": "metric", "period": "period"}.get(
            label, "section"
        )
        self.action_sort(key)

    def action_sort(self, key: str) -> None:
        self.descending = (not self.descending) if key == self.sort_key else key == "value"
        self.sort_key = key
        self.refresh_rows()

    def action_focus_filter(self) -> None:
        self.query_one("#figures-filter", Input).focus()

    def action_back(self) -> None:
        if (
            self.focused is self.query_one("#figures-filter", Input)
            and self.query_one("#figures-filter", Input).value
        ):
            self.query_one("#figures-filter", Input).value = ""
            return
        self.dismiss(None)

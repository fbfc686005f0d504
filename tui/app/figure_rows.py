"""The rows of a figure table as data: every cell of a figure as text (no Textual here)."""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.model import Figure
from tui.core.render import format_value

APPROX_SIGNS = {"over": ">", "under": "<", "about": "~"}


def value_text(f: Figure) -> str:
    """The value in base units with its approximation: ``>10,000,000,000,000``, ``~60``; either end of a
    range shows the whole range (``4–6``); a share written as a fraction shows it (``33.333333 (1/3)``)."""
    value = format_value(f.value)
    if f.bound == "high" and f.lower is not None:
        value = f"{format_value(f.lower)}–{value}"
    elif f.upper is not None:
        value = f"{value}–{format_value(f.upper)}"
    if f.fraction:
        value = f"{value} ({f.fraction})"
    return APPROX_SIGNS.get(f.approx or "", "") + value


def sentence_of(f: Figure) -> str | None:
    """The sentence (or clause) the figure comes from, as written, when the extractor found one."""
    return f.sentence or None


@dataclass(frozen=True)
class FigureRow:
    """A figure of one of the open documents, with the texts of its cells."""

    doc: int
    figure: Figure
    cells: dict[str, str]


def figure_row(doc: int, f: Figure, doc_name: str = "", section: str = "") -> FigureRow:
    """The row of a figure: every column a table may show, as text."""
    cells = {
        "document": doc_name,
        "figure": f.text,
        "value": value_text(f),
        "unit": f.unit,
        "metric": f.metric or "",
        "period": f.period or "",
        "comparison": f.comparison or "",
        "measure": f.measure or "",
        "section": section,
        "sentence": (sentence_of(f) or "").replace("\n", " "),
    }
    return FigureRow(doc, f, cells)

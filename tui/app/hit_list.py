"""The search results: one line a hit, in the reader's words, fitted to the width the list has."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.app.styles import HIGHLIGHT_STYLE
from tui.core.model import Hit
from tui.core.render import clip

HIT_KINDS = {
    "title": "题目",
    "heading": "标题",
    "question": "问",
    "answer": "答",
    "paragraph": "段",
    "point": "要点",
}
"""How the kind of a hit is named in its row."""
KIND_WIDTH = 4


def where(hit: Hit, with_document: bool) -> str:
    """Where a hit is: its section's heading (导语 for the lead), after the document's name if several are open."""
    place = hit.heading or ("导语" if hit.kind != "title" and hit.section is not None else "")
    if with_document:
        name = hit.doc.rsplit(".", 1)[0] if hit.doc.endswith(".txt") else hit.doc
        return f"{name} › {place}" if place else name
    return place


def hit_row(hit: Hit, width: int, where_width: int, with_document: bool) -> Text:
    """``答  助中小企业:帮扶…  …二是支持【专精特新】发展…``, exactly ``width`` cells or fewer."""
    kind = HIT_KINDS.get(hit.kind, hit.kind)
    row = Text(kind + " " * max(1, KIND_WIDTH + 1 - cell_len(kind)), style="bold")
    if where_width:
        place = clip(where(hit, with_document), where_width)
        row.append(place + " " * (where_width - cell_len(place) + 2), style="dim")
    snippet = Text(hit.snippet.replace("\n", " "))
    for start, end in hit.snippet_spans:
        snippet.stylize(HIGHLIGHT_STYLE, start, end)
    row.append_text(snippet)
    row.no_wrap = True
    row.truncate(max(1, width), overflow="ellipsis")
    return row


class HitList(OptionList):
    """The hits of a query; the rows are drawn again when the list's width changes."""

    DEFAULT_CSS = """
    HitList {
        height: auto;
        max-height: 100%;
        scrollbar-size-vertical: 1;
    }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(compact=True, **kwargs)  # type: ignore[arg-type]
        self.hits: list[Hit] = []
        """The hits listed, best first."""
        self.with_document = False
        """Name the document in each row (several documents are open)."""
        self._drawn_at = -1

    def show(self, hits: list[Hit], with_document: bool) -> None:
        """List these hits, the first highlighted."""
        self.hits = hits
        self.with_document = with_document
        self._drawn_at = -1
        self._draw(0 if hits else None)

    def on_resize(self) -> None:
        """Draw the rows again at the new width; the first is highlighted if none was drawn yet (``show``
        came while the list had no width: the bar was just opened)."""
        self._draw(self.highlighted if self.option_count else (0 if self.hits else None))

    def _draw(self, highlighted: int | None) -> None:
        width = self.scrollable_content_region.width - 1  # room for the scrollbar, shown or not
        if width <= 0 or width == self._drawn_at:
            return
        self._drawn_at = width
        places = [cell_len(where(h, self.with_document)) for h in self.hits]
        where_width = min(max(places, default=0), max(10, width // 3))
        self.set_options(Option(hit_row(h, width, where_width, self.with_document)) for h in self.hits)
        self.highlighted = highlighted

"""The detail pane: the selected node's text with figures and search matches highlighted in place."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.core.linebreak import wrap
from tui.core.model import Block, BlockKind, Document, Figure

KIND_STYLE = {
    "percent": "bold cyan",
    "money": "bold green",
    "count": "bold yellow",
    "multiple": "bold magenta",
    "other": "bold blue",
}
MATCH_STYLE = "black on yellow"
MAX_CHARS = 20_000
"""A block longer than this (a 1 MB line with no paragraph breaks) is shown cut, so the pane stays fast."""


def block_text(block: Block, figures: list[Figure], spans: list[tuple[int, int]] | None = None) -> Text:
    """A block's text with its figures styled by kind and search spans highlighted."""
    shown = block.text[:MAX_CHARS]
    text = Text(shown, style="bold" if block.kind == BlockKind.question else "")
    for f in figures:
        if f.end <= MAX_CHARS:
            text.stylize(KIND_STYLE.get(f.kind, "bold"), f.start, f.end)
    for start, end in spans or []:
        if end <= MAX_CHARS:
            text.stylize(MATCH_STYLE, start, end)
    if len(block.text) > MAX_CHARS:
        text.append(f" … ({len(block.text) - MAX_CHARS:,} more characters not shown)", style="dim italic")
    return text


class Detail(VerticalScroll):
    """Shows a block, a whole section, or a document's header; says where the reader is in its title.

    Text is wrapped here, by display cells and the Chinese line-breaking rules of
    :func:`tui.core.linebreak.wrap`, not by Textual: no line starts with closing punctuation and a number
    is never parted from its unit. It is wrapped again when the pane is resized.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._paragraphs: list[tuple[Text, list[tuple[int, int]]]] = []
        self.lines: list[str] = []
        """The lines as last drawn (plain text), one list entry per screen line."""

    def compose(self) -> ComposeResult:
        yield Static(id="detail-text")

    def _wrap_width(self) -> int:
        return max(2, self.scrollable_content_region.width - 1)

    def _rewrap(self) -> None:
        width = self._wrap_width()
        out = Text(no_wrap=True, overflow="crop")
        self.lines = []
        for n, (paragraph, protect) in enumerate(self._paragraphs):
            if n:
                out.append("\n")
                self.lines.append("")
            for start, end in wrap(paragraph.plain, width, protect):
                out.append_text(paragraph[start:end])
                out.append("\n")
                self.lines.append(paragraph.plain[start:end])
        self.query_one("#detail-text", Static).update(out)

    def on_resize(self) -> None:
        if self._paragraphs:
            self._rewrap()

    def show(
        self,
        doc: Document,
        figures: list[Figure],
        section_id: str | None,
        block_id: str | None,
        spans: list[tuple[int, int]] | None = None,
    ) -> None:
        """Show a block, a section or the document header, with figures and search spans highlighted."""
        paragraphs: list[tuple[Text, list[tuple[int, int]]]] = []
        by_block: dict[str, list[Figure]] = {}
        for f in figures:
            by_block.setdefault(f.block_id, []).append(f)
        if block_id is not None:
            section = doc.section_of(block_id)
            block = doc.block(block_id)
            if block is not None and section is not None:
                siblings = [b for b in section.blocks if b.kind == block.kind]
                n = siblings.index(block) + 1
                label = {"question": "问", "answer": "答", "paragraph": "段", "point": "点"}[block.kind.value]
                self.border_title = f"{section.heading or '导语'} › {label} ({n}/{len(siblings)})"
                figs = by_block.get(block.id, [])
                protect = [(f.start, f.end) for f in figs if f.end <= MAX_CHARS]
                paragraphs.append((block_text(block, figs, spans), protect))
        elif section_id is not None:
            section = next((s for s in doc.sections if s.id == section_id), None)
            if section is not None:
                self.border_title = section.heading or "导语"
                for block in section.blocks:
                    figs = by_block.get(block.id, [])
                    protect = [(f.start, f.end) for f in figs if f.end <= MAX_CHARS]
                    paragraphs.append((block_text(block, figs), protect))
        else:
            self.border_title = doc.title or doc.name
            paragraphs.append((Text(doc.title or doc.name, style="bold"), []))
            paragraphs.append((Text(" · ".join(x for x in (doc.date, doc.source, doc.site) if x)), []))
            if doc.interviewee:
                paragraphs.append((Text(f"受访: {doc.interviewee}"), []))
            if doc.interviewer:
                paragraphs.append((Text(f"采访: {doc.interviewer}"), []))
            blocks = sum(1 for _ in doc.blocks())
            paragraphs.append(
                (Text(f"{len(doc.sections)} sections · {blocks} blocks · {len(figures)} figures"), [])
            )
        self._paragraphs = paragraphs
        self._rewrap()
        self.scroll_home(animate=False)

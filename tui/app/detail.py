"""The detail pane: the selected node's text, figures coloured in place, the match jumped to highlighted."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll

from tui.app.labels import block_label
from tui.app.paragraphs import Paragraph, Paragraphs
from tui.app.styles import FIGURE_STYLES, HIGHLIGHT_STYLE, pane_css
from tui.core.model import Document, Figure
from tui.core.selection import KICKER_BLOCK, SUBTITLE_BLOCK, heading_block

MAX_CHARS = 20_000
"""A block longer than this (a 1 MB line with no paragraph breaks) is shown cut, so the pane stays fast."""


@dataclass(frozen=True)
class Marks:
    """Spans to highlight in one block (a search match, the figure jumped to)."""

    block: str
    spans: list[tuple[int, int]] = field(default_factory=list)


def styled(
    text: str, block_id: str, figures: list[Figure], marks: Marks | None, style: str = ""
) -> Paragraph:
    """One paragraph with its figures coloured by kind and the marks of its block highlighted."""
    shown = text[:MAX_CHARS]
    out = Text(shown, style=style)
    protect = []
    for f in figures:
        if f.block_id == block_id and f.end <= len(shown):
            out.stylize(FIGURE_STYLES.get(f.kind, "bold"), f.start, f.end)
            protect.append((f.start, f.end))
    if marks is not None and marks.block == block_id:
        for start, end in marks.spans:
            if end <= len(shown):
                out.stylize(HIGHLIGHT_STYLE, start, end)
    if len(text) > MAX_CHARS:
        out.append(f" … ({len(text) - MAX_CHARS:,} more characters not shown)", style="dim italic")
    return Paragraph(out, protect)


class Detail(VerticalScroll, can_focus=True):
    """Shows a block, a whole section, or the document's header; its title says where the reader is.

    ``↑`` ``↓`` ``pgup`` ``pgdn`` scroll it when it has the focus.
    """

    DEFAULT_CSS = (
        pane_css("Detail")
        + """
    Detail {
        height: 2fr;
        padding: 0 1;
    }
    """
    )

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._first_mark: tuple[int, int] | None = None

    def compose(self) -> ComposeResult:
        yield Paragraphs()

    @property
    def lines(self) -> list[str]:
        """The lines as drawn now (plain text), one per screen line."""
        return self.query_one(Paragraphs).lines

    @property
    def paragraphs(self) -> Paragraphs:
        """The text widget (its lines are what the reader sees)."""
        return self.query_one(Paragraphs)

    def show(
        self,
        doc: Document,
        figures: list[Figure] | None,
        section_id: str | None,
        block_id: str | None,
        marks: Marks | None = None,
    ) -> None:
        """Show a block, a section or the document header, with figures coloured and ``marks`` highlighted.

        ``figures`` is None while the document's figures are still being found.
        """
        found = figures or []
        if block_id is not None:
            shown = self._block(doc, found, block_id, marks)
        elif section_id is not None:
            shown = self._section(doc, found, section_id, marks)
        else:
            shown = self._document(doc, figures, marks)
        self._first_mark = None
        if marks is not None and marks.spans:
            at = next((n for n, (block, _) in enumerate(shown) if block == marks.block), None)
            if at is not None:
                self._first_mark = (at, min(start for start, _ in marks.spans))
        self.query_one(Paragraphs).update([paragraph for _, paragraph in shown])
        self.scroll_home(animate=False)
        if self._first_mark is not None:
            self.call_after_refresh(self._scroll_to_mark)

    def _scroll_to_mark(self) -> None:
        if self._first_mark is not None:
            line = self.query_one(Paragraphs).line_of(*self._first_mark)
            if line >= self.scrollable_content_region.height - 1:
                self.scroll_to(y=max(0, line - 2), animate=False)

    def _block(
        self, doc: Document, figures: list[Figure], block_id: str, marks: Marks | None
    ) -> list[tuple[str, Paragraph]]:
        section = doc.section_of(block_id)
        block = doc.block(block_id)
        if block is None or section is None:
            return []
        siblings = [b for b in section.blocks if b.kind == block.kind]
        where = section.heading or "导语"
        self.border_title = f"{where} › {block_label(block)} {siblings.index(block) + 1}/{len(siblings)}"
        style = "bold" if block.kind.value == "question" else ""
        return [(block.id, styled(block.text, block.id, figures, marks, style))]

    def _section(
        self, doc: Document, figures: list[Figure], section_id: str, marks: Marks | None
    ) -> list[tuple[str, Paragraph]]:
        section = next((s for s in doc.sections if s.id == section_id), None)
        if section is None:
            return []
        self.border_title = section.heading or "导语"
        out = []
        if section.heading:
            heading = heading_block(section.id)
            out.append((heading, styled(section.heading, heading, figures, marks, "bold")))
        for block in section.blocks:
            style = "bold" if block.kind.value == "question" else ""
            out.append((block.id, styled(block.text, block.id, figures, marks, style)))
        return out

    def _document(
        self, doc: Document, figures: list[Figure] | None, marks: Marks | None
    ) -> list[tuple[str, Paragraph]]:
        self.border_title = doc.title or doc.name
        found = figures or []
        out = []
        if doc.kicker:
            out.append((KICKER_BLOCK, styled(doc.kicker, KICKER_BLOCK, found, marks, "italic")))
        out.append(("", Paragraph(Text(doc.title or doc.name, style="bold"))))
        if doc.subtitle:
            out.append((SUBTITLE_BLOCK, styled(doc.subtitle, SUBTITLE_BLOCK, found, marks, "italic")))
        meta = " · ".join(x for x in (doc.date, doc.source, doc.site) if x)
        if meta:
            out.append(("", Paragraph(Text(meta, style="dim"))))
        people = [
            f"{label}: {', '.join(names)}"
            for label, names in (
                ("受访", [doc.interviewee] if doc.interviewee else []),
                ("采访", [doc.interviewer] if doc.interviewer else []),
                ("记者", doc.authors),
                ("编辑", doc.editors),
            )
            if names
        ]
        out.extend(("", Paragraph(Text(line))) for line in people)
        blocks = sum(1 for _ in doc.blocks())
        found_text = "finding figures…" if figures is None else f"{len(figures)} figures"
        counts = f"{len(doc.sections)} sections · {blocks} blocks · {found_text}"
        out.append(("", Paragraph(Text(counts, style="dim"))))
        return out

"""The detail pane: the selected node's text with figures and search matches highlighted in place."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.core.model import Block, BlockKind, Document, Figure

KIND_STYLE = {
    "percent": "bold cyan",
    "money": "bold green",
    "count": "bold yellow",
    "multiple": "bold magenta",
    "other": "bold blue",
}
MATCH_STYLE = "black on yellow"


def block_text(block: Block, figures: list[Figure], spans: list[tuple[int, int]] | None = None) -> Text:
    """A block's text with its figures styled by kind and search spans highlighted."""
    text = Text(block.text, style="bold" if block.kind == BlockKind.question else "")
    for f in figures:
        text.stylize(KIND_STYLE.get(f.kind, "bold"), f.start, f.end)
    for start, end in spans or []:
        text.stylize(MATCH_STYLE, start, end)
    return text


class Detail(VerticalScroll):
    """Shows a block, a whole section, or a document's header; says where the reader is in its title."""

    def compose(self) -> ComposeResult:
        yield Static(id="detail-text")

    def show(
        self,
        doc: Document,
        figures: list[Figure],
        section_id: str | None,
        block_id: str | None,
        spans: list[tuple[int, int]] | None = None,
    ) -> None:
        """Show a block, a section or the document header, with figures and search spans highlighted."""
        out = Text()
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
                out.append_text(block_text(block, by_block.get(block.id, []), spans))
        elif section_id is not None:
            section = next((s for s in doc.sections if s.id == section_id), None)
            if section is not None:
                self.border_title = section.heading or "导语"
                for block in section.blocks:
                    out.append_text(block_text(block, by_block.get(block.id, [])))
                    out.append("\n\n")
        else:
            self.border_title = doc.title or doc.name
            out.append((doc.title or doc.name) + "\n", style="bold")
            out.append(" · ".join(x for x in (doc.date, doc.source, doc.site) if x) + "\n")
            if doc.interviewee:
                out.append(f"\n受访: {doc.interviewee}")
            if doc.interviewer:
                out.append(f"\n采访: {doc.interviewer}")
            out.append(
                f"\n\n{len(doc.sections)} sections · {sum(1 for _ in doc.blocks())} blocks · {len(figures)} figures"
            )
        self.query_one("#detail-text", Static).update(out)
        self.scroll_home(animate=False)

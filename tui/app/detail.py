"""The detail pane: the selected node's text, wrapped for Chinese."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.core.model import BlockKind, Document


class Detail(VerticalScroll):
    """Shows the text of a document, a section or a block."""

    DEFAULT_CSS = ""

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(id="detail-text")

    def show(self, doc: Document, section_id: str | None, block_id: str | None) -> None:
        """Show a block, a whole section, or the document's header."""
        out = Text()
        if block_id is not None:
            section = doc.section_of(block_id)
            block = doc.block(block_id)
            if block is not None and section is not None:
                self.border_title = f"{section.heading or '导语'} › {block.kind.value}"
                out.append(block.text)
        elif section_id is not None:
            section = next((s for s in doc.sections if s.id == section_id), None)
            if section is not None:
                self.border_title = section.heading or "导语"
                for block in section.blocks:
                    style = "bold" if block.kind == BlockKind.question else ""
                    out.append(block.text + "\n\n", style=style)
        else:
            self.border_title = doc.title or doc.name
            out.append(doc.title or doc.name, style="bold")
            out.append("\n" + " · ".join(x for x in (doc.date, doc.source, doc.site) if x))
        self.query_one("#detail-text", Static).update(out)
        self.scroll_home(animate=False)

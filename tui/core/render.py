"""Plain-text renderings of the model for the command line (no Textual)."""

from __future__ import annotations

from rich.cells import cell_len

from tui.core.model import BlockKind, Document

_KIND_LABEL = {BlockKind.paragraph: "¶", BlockKind.question: "问", BlockKind.answer: "答"}


def clip(text: str, width: int) -> str:
    """Cut text to at most ``width`` terminal cells, ending with … when cut."""
    if cell_len(text) <= width:
        return text
    out = []
    used = 0
    for ch in text:
        w = cell_len(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def outline_text(doc: Document, width: int = 100) -> str:
    """The document as an indented tree, one line per node, cut to ``width`` cells."""
    lines = [clip(doc.title or doc.name, width)]
    meta = " · ".join(x for x in (doc.date, doc.source, doc.site) if x)
    if meta:
        lines.append(f"  {meta}")
    for section in doc.sections:
        lines.append(clip(f"  [{section.id}] {section.heading or '导语 (lead)'}", width))
        for block in section.blocks:
            label = f"{block.ordinal}." if block.kind == BlockKind.point else _KIND_LABEL[block.kind]
            lines.append(clip(f"      {block.id:<6} {label} {block.text}", width))
    return "\n".join(lines)

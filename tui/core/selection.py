"""One node of a document (the document, a section or a block): its figures and its text, in reading order.

Figure ids follow the extractor's conventions: a figure in a section's heading has ``block_id`` ``"<section
id>.0"``; one in the kicker or the subtitle has ``section_id`` ``"head"`` and ``block_id`` ``"head.1"`` or
``"head.2"``. A section shows its heading's figures and its blocks'; the document shows every figure. Ids are
never parsed: reading order comes from the document itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tui.core.model import Document, Figure

HEAD = "head"
"""The ``section_id`` of figures in the kicker (``head.1``) and the subtitle (``head.2``)."""
KICKER_BLOCK = "head.1"
SUBTITLE_BLOCK = "head.2"


@dataclass(frozen=True)
class Node:
    """A place in a document: the document itself, a section (``block`` None) or a block."""

    section: str | None = None
    block: str | None = None


def heading_block(section_id: str) -> str:
    """The ``block_id`` that figures in a section's heading carry."""
    return f"{section_id}.0"


def reading_order(doc: Document) -> dict[str, int]:
    """The position of every block id in reading order: kicker, subtitle, then each heading and its blocks."""
    order = {KICKER_BLOCK: 0, SUBTITLE_BLOCK: 1}
    for section in doc.sections:
        order[heading_block(section.id)] = len(order)
        for block in section.blocks:
            order[block.id] = len(order)
    return order


def in_reading_order(figures: Iterable[Figure], doc: Document) -> list[Figure]:
    """The figures sorted as a reader meets them (ids the document does not know go last, stably)."""
    order = reading_order(doc)
    last = len(order)
    return sorted(figures, key=lambda f: (order.get(f.block_id, last), f.start))


def figures_of(figures: Iterable[Figure], doc: Document, node: Node) -> list[Figure]:
    """The figures a node shows, in reading order: a block's own; a section's heading and blocks'; all."""
    if node.block is not None:
        chosen = [f for f in figures if f.block_id == node.block]
    elif node.section is not None:
        section = next((s for s in doc.sections if s.id == node.section), None)
        ids = {heading_block(node.section)} | {b.id for b in (section.blocks if section else [])}
        chosen = [f for f in figures if f.block_id in ids or f.section_id == node.section]
    else:
        chosen = list(figures)
    return in_reading_order(chosen, doc)


def text_of(doc: Document, node: Node) -> str:
    """The text of a node as a reader would paste it: a block; a heading and its blocks; the whole article.

    Paragraphs are separated by a blank line. An unknown node has no text (the empty string).
    """
    if node.block is not None:
        block = doc.block(node.block)
        return block.text if block is not None else ""
    if node.section is not None:
        section = next((s for s in doc.sections if s.id == node.section), None)
        if section is None:
            return ""
        return "\n\n".join(
            [*([section.heading] if section.heading else []), *(b.text for b in section.blocks)]
        )
    head = [x for x in (doc.kicker, doc.title, doc.subtitle) if x]
    body = [text_of(doc, Node(s.id)) for s in doc.sections]
    return "\n\n".join(x for x in (*head, *body) if x)

"""The outline tree: documents → lead and sections → questions, answers, points."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from tui.core.model import Block, BlockKind, Document, Section
from tui.core.render import clip

_LABEL = {BlockKind.paragraph: "¶", BlockKind.question: "问", BlockKind.answer: "答"}
_STYLE = {
    BlockKind.question: "bold $accent",
    BlockKind.answer: "",
    BlockKind.point: "",
    BlockKind.paragraph: "",
}


@dataclass(frozen=True)
class NodeRef:
    """What a tree node stands for: a document, optionally a section and a block."""

    doc: int
    section: str | None = None
    block: str | None = None


class Outline(Tree[NodeRef]):
    """The article tree. ``j``/``k``/``h``/``l``/``g``/``G`` move as in vi."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("h", "collapse_or_parent", "Collapse", show=False),
        Binding("l", "expand_or_child", "Expand", show=False),
        Binding("g", "scroll_home_cursor", "First", show=False),
        Binding("G", "scroll_end_cursor", "Last", show=False),
    ]
    """vi-style movement on top of the Tree's arrows, enter and space."""

    def __init__(self, documents: list[Document], **kwargs: object) -> None:
        super().__init__("documents", NodeRef(-1), **kwargs)  # type: ignore[arg-type]
        self.documents = documents
        self.show_root = False
        self.guide_depth = 2
        self._ref_nodes: dict[tuple[int, str | None, str | None], TreeNode[NodeRef]] = {}

    def on_mount(self) -> None:
        for d, doc in enumerate(self.documents):
            top = self.root.add(clip(doc.title or doc.name, 60), NodeRef(d), expand=True)
            self._ref_nodes[(d, None, None)] = top
            for section in doc.sections:
                self._add_section(top, d, section)
        self.cursor_line = 0

    def _add_section(self, top: TreeNode[NodeRef], d: int, section: Section) -> None:
        label = Text(clip(section.heading or "导语", 40), style="bold" if section.heading else "italic")
        node = top.add(label, NodeRef(d, section.id), expand=True)
        self._ref_nodes[(d, section.id, None)] = node
        for block in section.blocks:
            leaf = node.add_leaf(self._block_label(block), NodeRef(d, section.id, block.id))
            self._ref_nodes[(d, section.id, block.id)] = leaf

    @staticmethod
    def _block_label(block: Block) -> Text:
        if block.kind == BlockKind.point:
            return Text(clip(block.text, 34))
        marker = _LABEL[block.kind]
        text = Text(f"{marker} ", style="bold" if block.kind == BlockKind.question else "dim")
        text.append(clip(block.text, 32))
        return text

    def node_for(
        self, doc: int, section: str | None = None, block: str | None = None
    ) -> TreeNode[NodeRef] | None:
        """The tree node of a document, section or block."""
        return self._ref_nodes.get((doc, section, block))

    def select_ref(self, ref: NodeRef) -> None:
        """Move the cursor to the node of ``ref`` (expanding its parents) and scroll it into view."""
        node = self.node_for(ref.doc, ref.section, ref.block) or self.node_for(ref.doc, ref.section)
        if node is None:
            return
        parent = node.parent
        while parent is not None:
            parent.expand()
            parent = parent.parent
        self.move_cursor(node)

    def action_collapse_or_parent(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.allow_expand and node.is_expanded:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self.move_cursor(node.parent)

    def action_expand_or_child(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.allow_expand and not node.is_expanded:
            node.expand()
        elif node.children:
            self.move_cursor(node.children[0])

    def action_scroll_home_cursor(self) -> None:
        self.cursor_line = 0

    def action_scroll_end_cursor(self) -> None:
        self.cursor_line = self.last_line

"""The outline of one document: its title → lead and sections → questions, answers, points, each labelled as
a reader says it. With several documents open it shows the one chosen in the documents view."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from tui.app.labels import speaker_of
from tui.app.styles import pane_css
from tui.core.model import Block, Document, Section
from tui.core.render import clip

_SPEAKER_LABELS = {"question": "问", "answer": "答"}


@dataclass(frozen=True)
class NodeRef:
    """What a tree node stands for: a document, optionally a section and a block."""

    doc: int
    section: str | None = None
    block: str | None = None


def block_label(block: Block) -> Text:
    """``问 当前…``, ``答 (张某) 我们…``, ``¶ …``; a point is its own text (it starts 一是, 二是 …)."""
    kind = block.kind.value
    if kind == "point":
        return Text(clip(block.text, 36))
    marker = _SPEAKER_LABELS.get(kind, "¶")
    label = Text(f"{marker} ", style="bold" if kind == "question" else "dim")
    speaker = speaker_of(block)
    if speaker:
        label.append(f"({clip(speaker, 16)}) ", style="italic")
    label.append(clip(block.text, max(8, 36 - label.cell_len)))
    return label


class Outline(Tree[NodeRef]):
    """The article tree. The arrows, ``j`` ``k`` ``h`` ``l`` and ``g`` ``G`` move as in vi; the screen is
    told where the cursor is with :class:`Outline.Moved`."""

    DEFAULT_CSS = (
        pane_css("Outline")
        + """
    Outline {
        width: 40%;
        min-width: 24;
        max-width: 48;
        overflow-x: hidden;
    }
    """
    )

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("h,left", "collapse_or_parent", "Collapse", show=False),
        Binding("l,right", "expand_or_child", "Expand", show=False),
        Binding("g,home", "first", "First", show=False),
        Binding("G,end", "last", "Last", show=False),
    ]
    """vi-style movement on top of the Tree's arrows, enter and space; ``g`` ``G`` scroll to the ends."""

    class Moved(Message):
        """The cursor is on another node."""

        def __init__(self, ref: NodeRef) -> None:
            super().__init__()
            self.ref = ref

    class Painted(Message):
        """The outline has been drawn for the first time: the first frame is on its way to the terminal.

        Posted while the frame is composed; handlers run once it has been written (the write follows in
        the same turn of the event loop), so that work started then does not hold up the first frame.
        """

    def __init__(self, **kwargs: object) -> None:
        super().__init__("documents", NodeRef(-1), **kwargs)  # type: ignore[arg-type]
        self.show_root = False
        self.guide_depth = 2
        self.doc: int | None = None
        """The number of the document shown (None before one is)."""
        self._ref_nodes: dict[NodeRef, TreeNode[NodeRef]] = {}
        self._painted = False

    def render_lines(self, crop: Region) -> list[Strip]:
        lines = super().render_lines(crop)
        if not self._painted:
            self._painted = True
            self.post_message(self.Painted())
        return lines

    def show_document(self, d: int, doc: Document) -> None:
        """Show the outline of document ``d``, the cursor on its title."""
        self.doc = d
        self.clear()
        self._ref_nodes = {}
        top = self.root.add(clip(doc.title or doc.name, 60), NodeRef(d), expand=True)
        self._ref_nodes[NodeRef(d)] = top
        for section in doc.sections:
            self._add_section(top, d, section)
        self.cursor_line = 0
        self.scroll_to(y=0, animate=False)

    def _add_section(self, top: TreeNode[NodeRef], d: int, section: Section) -> None:
        label = Text(clip(section.heading or "导语", 40), style="bold" if section.heading else "italic")
        node = top.add(label, NodeRef(d, section.id), expand=True)
        self._ref_nodes[NodeRef(d, section.id)] = node
        for block in section.blocks:
            ref = NodeRef(d, section.id, block.id)
            self._ref_nodes[ref] = node.add_leaf(block_label(block), ref)

    @property
    def current(self) -> NodeRef | None:
        """The node under the cursor (up to date at once, before any message is handled)."""
        node = self.cursor_node
        return node.data if node is not None and node.data is not None and node.data.doc >= 0 else None

    def select_ref(self, ref: NodeRef) -> None:
        """Move the cursor to the node of ``ref`` (expanding its parents) and scroll it into view."""
        node = self._ref_nodes.get(ref) or self._ref_nodes.get(NodeRef(ref.doc, ref.section))
        if node is None:
            return
        parent = node.parent
        while parent is not None:
            parent.expand()
            parent = parent.parent
        _ = self.last_line  # lays the lines out again, so that the node's line is known after expanding
        self.move_cursor(node)

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[NodeRef]) -> None:
        event.stop()
        ref = event.node.data
        if ref is not None and ref.doc >= 0:
            self.post_message(self.Moved(ref))

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

    def action_first(self) -> None:
        self.move_cursor_to_line(0)
        self.scroll_to_line(0, animate=False)

    def action_last(self) -> None:
        self.move_cursor_to_line(self.last_line)
        self.scroll_to_line(self.last_line, animate=False)

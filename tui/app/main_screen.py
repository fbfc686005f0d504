"""The main screen: composes the outline and the detail pane and routes selection between them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, Tree

from tui.app.detail import Detail
from tui.app.outline import NodeRef, Outline
from tui.core.model import Document


class MainScreen(Screen[None]):
    """Outline on the left, detail on the right."""

    BINDINGS = [
        Binding("tab", "focus_next", "Next pane", show=False),
        Binding("shift+tab", "focus_previous", "Previous pane", show=False),
    ]
    """Pane navigation."""

    def __init__(self, documents: list[Document]) -> None:
        super().__init__()
        self.documents = documents

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            yield Outline(self.documents, id="outline")
            yield Detail(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        doc = self.documents[0]
        self.title = doc.title or doc.name
        self.sub_title = " · ".join(x for x in (doc.date, doc.source, doc.site) if x)
        self.query_one(Outline).focus()

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[NodeRef]) -> None:
        ref = event.node.data
        if ref is None or ref.doc < 0:
            return
        self.query_one(Detail).show(self.documents[ref.doc], ref.section, ref.block)

"""Our commands in the command palette (``ctrl+p``): jump to a section of the document shown, show figures,
search, help."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import Hit, Hits, Provider

if TYPE_CHECKING:
    from tui.app.main_screen import MainScreen


class ExplorerCommands(Provider):
    """The sections of the document shown, and the explorer's views."""

    def _commands(self) -> list[tuple[str, object, str]]:
        from tui.app.main_screen import MainScreen
        from tui.app.outline import NodeRef

        screen = self.screen
        if not isinstance(screen, MainScreen):
            return []
        out: list[tuple[str, object, str]] = [
            ("Show figures", screen.action_figures, "every figure, sortable and filterable (f)"),
            ("Search", screen.action_search, "open the search bar (/)"),
            ("Help", screen.action_help, "every key (?)"),
        ]
        if not screen.ready:
            return out
        d = screen.current.doc
        doc = screen.library.document(d)
        for section in doc.sections:
            name = section.heading or "导语"
            ref = NodeRef(d, section.id)
            out.append((f"Jump to section: {name}", partial(_jump, screen, ref), doc.title or doc.name))
        return out

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield Hit(1.0, name, callback, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)  # type: ignore[arg-type]


def _jump(screen: MainScreen, ref: object) -> None:
    from tui.app.outline import NodeRef, Outline

    if isinstance(ref, NodeRef):
        outline = screen.query_one(Outline)
        outline.select_ref(ref)
        screen.set_focus(outline)

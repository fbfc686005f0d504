"""Paragraphs of Chinese text, wrapped at the width the widget actually has, by Chinese line-breaking rules.

The wrap is computed when the widget is laid out and drawn, from its own width, not beforehand from its
container's: so when the container grows a scrollbar (a long paragraph) or the terminal is resized, the
lines are wrapped again at the new width, and Textual never wraps them a second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget

from tui.core.linebreak import wrap


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: styled text, and spans (figures) that must not be broken across lines."""

    text: Text
    protect: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class _Line:
    paragraph: int
    start: int
    end: int
    text: Text


class Paragraphs(Widget):
    """Paragraphs separated by a blank line, each wrapped by :func:`tui.core.linebreak.wrap`."""

    DEFAULT_CSS = """
    Paragraphs {
        height: auto;
    }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._paragraphs: list[Paragraph] = []
        self._width = -1
        self._lines: list[_Line | None] = []

    def update(self, paragraphs: list[Paragraph]) -> None:
        """Show these paragraphs instead."""
        self._paragraphs = paragraphs
        self._width = -1
        self.refresh(layout=True)

    def _wrapped(self, width: int) -> list[_Line | None]:
        """The lines at ``width`` cells; ``None`` is the blank line between two paragraphs."""
        width = max(2, width)
        if width != self._width:
            lines: list[_Line | None] = []
            for n, paragraph in enumerate(self._paragraphs):
                if n:
                    lines.append(None)
                for start, end in wrap(paragraph.text.plain, width, paragraph.protect):
                    lines.append(_Line(n, start, end, paragraph.text[start:end]))
            self._lines, self._width = lines, width
        return self._lines

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._wrapped(width))

    @property
    def lines(self) -> list[str]:
        """The lines as drawn now, as plain text ("" for the blank line between paragraphs)."""
        return [line.text.plain if line else "" for line in self._wrapped(self.size.width)]

    def line_of(self, paragraph: int, offset: int) -> int:
        """The line (at the current width) that shows character ``offset`` of paragraph ``paragraph``."""
        for y, line in enumerate(self._wrapped(self.size.width)):
            if line and line.paragraph == paragraph and line.start <= offset < max(line.end, line.start + 1):
                return y
        return 0

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        lines = self._wrapped(width)
        base = self.rich_style
        if not 0 <= y < len(lines) or lines[y] is None:
            return Strip.blank(width, base)
        line = lines[y]
        assert line is not None
        segments = [
            Segment(s.text, base + s.style if s.style else base)
            for s in line.text.render(self.app.console)
            if s.text != "\n"
        ]
        return Strip(segments, cell_len(line.text.plain)).adjust_cell_length(width, base)

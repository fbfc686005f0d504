"""Mirror pages that print a pinyin gloss after characters (``經(jīng)濟(jì)``), read as a reader reads them.

A mirror that converts a page between scripts may print the reading of each converted character after it,
in brackets with its tone mark. A reader skips the glosses; the parser reads the text without them, then
every offset of the document is taken back to the text as written (a block's text, a heading, the title
keep their glosses, as they stand in the file), so nothing of the file is lost or moved. The source is a
name, not a span of the page (the documents view sorts and filters by it): it stays without glosses, one
outlet one name on every page that names it.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.lines import GLOSS
from tui.core.model import Boilerplate, Document, Section, changed

_FEW = 3
"""So many glosses at least make a glossed page (one alone may be a text's own reading of a name)."""


@dataclass(frozen=True)
class Unglossed:
    """A text without its glosses, and where each of its characters stands in the text as written: its
    start, and its end with the gloss after it."""

    text: str
    starts: list[int]
    ends: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span as written of a span of the unglossed text (an empty one stays empty)."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return at, at
        return self.starts[start], self.ends[end - 1]


def unglossed(text: str) -> Unglossed | None:
    """The text without its glosses, or None when it has too few to be a glossed page."""
    found = list(GLOSS.finditer(text))
    if len(found) < _FEW:
        return None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in [*found, None]:
        stop = m.start() if m is not None else len(text)
        for i in range(pos, stop):
            out.append(text[i])
            starts.append(i)
            ends.append(i + 1)
        if m is not None:
            if ends:
                ends[-1] = m.end()  # the gloss goes with the character it reads
            pos = m.end()
    return Unglossed("".join(out), starts, ends)


def reglossed(doc: Document, written: str, plain: Unglossed) -> Document:
    """The document of the unglossed text, with its offsets and the strings it took from the text (title,
    kicker, subtitle, breadcrumb, headings, blocks, boilerplate) as written, glosses and all."""

    def as_written(part: str | None) -> str | None:
        if not part:
            return part
        at = plain.text.find(part)
        if at < 0:
            return part
        a, b = plain.span(at, at + len(part))
        return written[a:b]

    sections: list[Section] = []
    for section in doc.sections:
        heading, hs, he = section.heading, section.heading_start, section.heading_end
        if heading is not None and hs is not None and he is not None:
            hs, he = plain.span(hs, he)
            heading = (
                written[hs:he]
                if plain.text[section.heading_start : section.heading_end] == section.heading
                else as_written(heading)
            )
        blocks = []
        for block in section.blocks:
            a, b = plain.span(block.start, block.end)
            blocks.append(changed(block, start=a, end=b, text=written[a:b]))
        sections.append(changed(section, heading=heading, heading_start=hs, heading_end=he, blocks=blocks))
    boilerplate: list[Boilerplate] = []
    for entry in doc.boilerplate:
        a, b = plain.span(entry.start, entry.end)
        boilerplate.append(changed(entry, start=a, end=b, text=written[a:b]))
    return changed(
        doc,
        source=doc.source,  # a name, not a span of the page: a gloss is debris of no field
        title=as_written(doc.title),
        kicker=as_written(doc.kicker),
        subtitle=as_written(doc.subtitle),
        breadcrumb=[as_written(part) or part for part in doc.breadcrumb],
        sections=sections,
        boilerplate=boilerplate,
        text=written,
    )

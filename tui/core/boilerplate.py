"""The boilerplate pass: set apart every body line that is not content, wherever it stands.

Portal chrome, ads and "点击查看" links, navigation, disclaimers (also when broken over several lines in
mid-sentence), URL/phone/ICP lines, editor lines, bylines, ``原标题：`` and ``来源：`` lines, image captions
and photo credits go to :class:`~tui.core.model.Boilerplate`; a dateline that opens a paragraph
(``新华社北京3月5日电（记者 王某）``) is cut from it. What these lines say about the article's origin and its
people is noted in the :class:`~tui.core.attribution.Attribution`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.core import chrome
from tui.core.attribution import Attribution
from tui.core.lines import Line
from tui.core.model import Boilerplate


@dataclass
class Sifted:
    """The body's content lines and the boilerplate set apart from them."""

    lines: list[Line] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)


def sift(lines: list[Line], attribution: Attribution) -> Sifted:
    """Split body lines into content and boilerplate, noting attribution on the way."""
    out = Sifted()
    disclaimer_open = False
    for line in lines:
        kind = chrome.chrome_kind(line.folded)
        if kind is None and disclaimer_open:
            kind = "disclaimer"
        if kind is not None:
            out.boilerplate.append(
                Boilerplate.model_construct(kind=kind, text=line.text, start=line.start, end=line.end)
            )
            if kind == "dateline":
                _note_dateline(line, attribution)
            else:
                attribution.note_line(line)
            disclaimer_open = kind == "disclaimer" and chrome.ends_open(line.folded)
            continue
        disclaimer_open = False
        m = chrome.dateline(line.folded)
        if m is not None and m.end() < len(line.folded):
            label = line.text[: m.end()].rstrip()
            out.boilerplate.append(
                Boilerplate.model_construct(
                    kind="dateline", text=label, start=line.start, end=line.start + len(label)
                )
            )
            _note_dateline(line, attribution)
            line = line.cut(m.end())
        out.lines.append(line)
    return out


def _note_dateline(line: Line, attribution: Attribution) -> None:
    m = chrome.dateline(line.folded)
    if m is None:
        return
    src = line.text[m.start("src") : m.end("src")] if m.groupdict().get("src") else ""
    who = line.text[m.start("who") : m.end("who")] if m["who"] is not None else None
    attribution.note_dateline(src, who)

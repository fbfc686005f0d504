"""The header of an article: breadcrumb, title, kicker (引题), subtitle (副题), date and the portal's 来源.

The genre's header, as portals and print renders lay it out: an optional breadcrumb; the title (a kicker
ending in ``——`` may stand above it); a date/来源/阅读量 line; a subtitle (``——访…``, ``——…答记者问``), a
kicker (``…，多家企业反映——``) or a plain deck line that print renders put right under the title. A deck is
told from a first section heading by its shape (a short line without sentence punctuation, at least eight
characters, not a numbered or bulleted heading), by what follows it (a paragraph, not another heading) and,
in texts that indent their paragraphs, by its standing at the margin.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.core import chrome
from tui.core.attribution import Attribution
from tui.core.headings import heading_form
from tui.core.lines import Line, mostly_indented
from tui.core.model import Boilerplate
from tui.core.turns import turn_marker

_META_WINDOW = 5
"""A date/来源 line counts as the header's only among the first lines (title, breadcrumb, subtitle)."""

_DASHES = ("——", "--", "—")


@dataclass
class Header:
    """What the header says, the lines it used, and where the body starts."""

    title: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    date: str | None = None
    breadcrumb: list[str] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    first_body: int = 0


def _title_like(line: Line) -> bool:
    return len(line.text) <= 80 and not line.folded.endswith(("。", "!", "?", ";"))


def _deck_shape(line: Line) -> bool:
    """A line that can stand under a title as its deck: short, no sentence in it, no heading marker."""
    folded = line.folded
    if not 8 <= len(folded) <= 50 or line.cjk < 4:
        return False
    if any(mark in folded for mark in chrome.SENTENCE_END) or folded[-1] in ",、:":
        return False
    if turn_marker(line) is not None:
        return False
    return heading_form(line) == "plain"


def _entry(kind: str, line: Line) -> Boilerplate:
    return Boilerplate.model_construct(kind=kind, text=line.text, start=line.start, end=line.end)


class _HeaderReader:
    """Reads the first lines of an article; one instance per parse."""

    def __init__(self, lines: list[Line], attribution: Attribution) -> None:
        self.lines = lines
        self.attribution = attribution
        self.header = Header()
        self.roles: dict[int, str] = {}

    def read(self) -> Header:
        last_meta = self._breadcrumb_and_meta()
        title_at = self._title(last_meta)
        end = self._under_title(title_at, last_meta) if title_at is not None else last_meta + 1
        header = self.header
        if (
            header.title is None
            and header.breadcrumb
            and header.breadcrumb[-1] not in ("正文", "详情", "内容")
        ):
            header.title = header.breadcrumb[-1]
        for i in sorted(self.roles):
            if self.roles[i] != "title":
                header.boilerplate.append(_entry(self.roles[i], self.lines[i]))
        header.first_body = end
        return header

    def _breadcrumb_and_meta(self) -> int:
        """Mark the breadcrumb and the date/来源 lines; return the index of the last such line or -1."""
        last_meta = -1
        for i in range(min(len(self.lines), _META_WINDOW)):
            folded = self.lines[i].folded
            if len(folded) > 15 and folded.endswith("。"):
                break  # the body has begun: a 来源 or 编辑 line below it is no header
            if i < 3 and not self.header.breadcrumb and (parts := chrome.split_breadcrumb(folded)):
                self.header.breadcrumb = chrome.split_breadcrumb(self.lines[i].text) or parts
                self.roles[i] = "breadcrumb"
                continue
            meta = chrome.meta_line(folded)
            if meta is not None:
                self.roles[i] = "meta"
                last_meta = i
                self.header.date = self.header.date or meta.date
                if meta.site:
                    self.attribution.note_header(self.lines[i].written(meta.site))
                self.attribution.add_people(
                    tuple(self.lines[i].written(n) for n in meta.authors),
                    tuple(self.lines[i].written(n) for n in meta.editors),
                )
        return last_meta

    def _title(self, last_meta: int) -> int | None:
        """Find the title line (a kicker ending in ``——`` may stand above it); return its index."""
        lines = self.lines
        free = [i for i in range(len(lines)) if i not in self.roles]
        if not free or (last_meta < 0 and free[0] > max(self.roles, default=-1) + 1):
            return None
        first = free[0]
        if last_meta < first and (first >= len(lines) - 1 or not _title_like(lines[first])):
            return None
        if turn_marker(lines[first]) is not None and last_meta < first:
            return None
        nxt = first + 1
        if (
            lines[first].folded.endswith(_DASHES)
            and nxt < len(lines)
            and nxt not in self.roles
            and _title_like(lines[nxt])
            and not lines[nxt].folded.endswith(_DASHES)
        ):
            self.header.kicker = lines[first].text
            self.roles[first] = "kicker"
            first = nxt
        self.header.title = lines[first].text
        self.roles[first] = "title"
        return first

    def _under_title(self, title_at: int, last_meta: int) -> int:
        """Read the subtitle, kicker, deck and chrome lines under the title; return the first body line."""
        lines = self.lines
        indents = mostly_indented(lines)
        i = title_at + 1
        while i < len(lines):
            line, folded = lines[i], lines[i].folded
            if i in self.roles:
                i += 1
                continue
            kind = chrome.chrome_kind(folded)
            if kind == "dateline" or chrome.dateline(folded) is not None:
                break
            if kind is not None:
                self.roles[i] = kind
                self.attribution.note_line(line)
            elif folded.startswith(_DASHES) and _title_like(line) and self.header.subtitle is None:
                self.header.subtitle = line.text
                self.roles[i] = "subtitle"
            elif folded.endswith(_DASHES) and len(folded) <= 80 and self.header.kicker is None:
                self.header.kicker = line.text
                self.roles[i] = "kicker"
            elif i < last_meta:
                if self.header.subtitle is None and _title_like(line):
                    self.header.subtitle = line.text
                    self.roles[i] = "subtitle"
                else:
                    self.roles[i] = "header"
            elif i == title_at + 1 and self._is_deck(i, indents):
                self.header.subtitle = line.text
                self.roles[i] = "subtitle"
            else:
                break
            i += 1
        return max(i, last_meta + 1)

    def _is_deck(self, i: int, indents: bool) -> bool:
        """A plain deck line: only when nothing else stands under the title, and not a first heading."""
        lines = self.lines
        if self.header.subtitle is not None or self.header.kicker is not None:
            return False
        line = lines[i]
        if not _deck_shape(line) or i + 1 >= len(lines):
            return False
        if indents and line.indented:
            return False
        nxt = lines[i + 1]
        return heading_form(nxt) is None or len(nxt.folded) > 50


def read_header(lines: list[Line], attribution: Attribution) -> Header:
    """Read the header of an article from its lines, noting attribution lines met on the way."""
    return _HeaderReader(lines, attribution).read()

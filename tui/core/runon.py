"""A page's meta line run into the lead's dateline on one line, split back into the two lines it was.

A reposting site may print its date and 来源 fields and the story's first paragraph with no break between
them: ``发布时间:2019-08-03 16:00来源: 网络整理某某网北京7月26日消息(记者王某)据…``. A reader sees the page's
meta line (its date), then the wire's dateline opening the lead (its outlet the source). The form: a line
among the first ones whose start, up to a dateline that opens a paragraph after it, reads as a meta line
with a date, and whose rest is the paragraph. A dateline inside a sentence (``…发布会显示,某某社北京电…``)
has no meta line before it and is left alone.

A page stored as one line runs its breadcrumb, headline, byline with its date and the lead together, a
space between each (``首页>某某快讯 某部:一季度新增就业52万人 王某某某证券报2021-04-26 10:17 某某网讯(记者
王某)…``): a reader sees the four lines it was. The form: a breadcrumb opens the line, a date (with its time)
ends the part before the lead, and a dateline opens the lead right after the date.
"""

from __future__ import annotations

import re

from tui.core import chrome
from tui.core.lines import Line
from tui.core.meta import find_date, meta_line

_TOP = 12
"""The meta line stands among the page's first lines."""
_REACH = 60
"""A meta line this long at most before the dateline."""
_FILLER = re.compile(r"(?:网络整理|综合整理|网络转载|互联网|网络|综合|转载|整理)\s*")
"""A 来源 field's value that names no outlet (``来源: 网络整理``): the field's, not the dateline's."""


def _split_at(line: Line) -> int | None:
    """Where the dateline starts in a meta line run into the lead, or None."""
    folded = line.folded
    if len(folded) <= 60 or find_date(folded[:_REACH]) is None:
        return None
    for p in range(8, min(_REACH, len(folded) - 20)):
        m = chrome.dateline(folded[p:])
        if m is None or p + m.end() >= len(folded) - 10:
            continue
        meta = meta_line(folded[:p].rstrip())
        if meta is not None and meta.date is not None:
            filler = _FILLER.match(folded, p)
            return filler.end() if filler is not None else p
    return None


_HEAD_REACH = 160
"""The breadcrumb, headline and byline of a one-line page take this many characters at most."""


def _one_line_page(line: Line) -> list[Line] | None:
    """A page's breadcrumb, headline, byline and date and its lead run together on one line, split back into
    the four lines a reader sees, or None."""
    folded = line.folded
    first = folded.find(" ")
    if first <= 0 or chrome.split_breadcrumb(folded[:first]) is None:
        return None
    found = find_date(folded[first:_HEAD_REACH])
    if found is None:
        return None
    date_start, date_end = first + found[1], first + found[2]
    lead = len(folded) - len(folded[date_end:].lstrip())
    byline = folded.rfind(" ", first, date_start) + 1
    opening = chrome.dateline(folded[lead:])
    if byline <= first + 6 or opening is None or lead == date_end or len(folded) - lead - opening.end() < 20:
        return None  # a lead opens with its dateline and says something after it
    head = line.inner(0, len(line.text) - byline)
    return [
        line.inner(0, len(line.text) - first),
        head.cut(first),
        line.inner(byline, len(line.text) - date_end),
        line.cut(lead),
    ]


def split_run_on(lines: list[Line]) -> list[Line]:
    """The lines with a meta line run into the lead's dateline (among the first lines) split in two; a page
    stored as one line split into its breadcrumb, headline, byline and lead."""
    if len(lines) == 1 and (parts := _one_line_page(lines[0])) is not None:
        return parts
    for i, line in enumerate(lines[:_TOP]):
        p = _split_at(line)
        if p is not None:
            rest = line.cut(p)
            return [*lines[:i], line.inner(0, len(line.text) - p), rest, *lines[i + 1 :]]
    return lines

"""The year of a figure compared with the year before it, named by number, when nothing else gives its period.

``全省税收收入3.12万亿元，比2020年增长1.4%`` with no period in force reports on 2021: the base year is no period
of the figure (the figure is not of 2020), but the year after it is the year the growth was measured over. A
base of the same part of a year (``比2020年同期``) says nothing about which part, and gives nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.core.periods import Period

_BASE = re.compile(
    r"(?:比|较|与|同)(?P<y>(?:19|20)\d\d)年(?:相比|比较)?[,，]?"
    r"(?:增长|下降|增加|减少|提高|上升|回落|降低|扩大|缩小|多|少|高|低)"
)
_SENTENCE_END = re.compile(r"[。！？!?;；\n]")


class BaseYears:
    """The base years a text compares with, found once for the whole text: a figure asks for its sentence's
    without scanning the sentence again (a page printed as one long line has one sentence of a megabyte)."""

    def __init__(self, folded: str) -> None:
        self.length = len(folded)
        self.ends = [m.start() for m in _SENTENCE_END.finditer(folded)]
        self.bases = [(m.start(), m.end(), m.start("y"), int(m["y"])) for m in _BASE.finditer(folded)]

    def year_after(self, sentence_start: int, at: int) -> Period | None:
        """The year after the one the sentence from ``sentence_start`` (holding the figure at ``at``) compares
        with (``比2020年增长``: 2021年), named as a reader names it; None when it compares with no year, or with
        more than one."""
        i = bisect_left(self.ends, at)
        stop = self.ends[i] if i < len(self.ends) else self.length
        lo = bisect_left(self.bases, sentence_start, key=lambda base: base[0])
        inside = []
        for start, end, where, year in self.bases[lo:]:
            if start >= stop:
                break
            if end <= stop:
                inside.append((where, year))
            if len(inside) > 1:
                return None
        if len(inside) != 1:
            return None
        where, year = inside[0]
        year += 1
        return Period.year(year, where, where + 5)


__all__ = ["BaseYears"]

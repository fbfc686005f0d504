"""The year of a figure compared with the year before it, named by number, when nothing else gives its period.

``全省税收收入3.12万亿元，比2020年增长1.4%`` with no period in force reports on 2021: the base year is no period
of the figure (the figure is not of 2020), but the year after it is the year the growth was measured over. A
base of the same part of a year (``比2020年同期``) says nothing about which part, and gives nothing.
"""

from __future__ import annotations

import re

from tui.core.periods import Period

_BASE = re.compile(
    r"(?:比|较|与|同)(?P<y>(?:19|20)\d\d)年(?:相比|比较)?[,，]?"
    r"(?:增长|下降|增加|减少|提高|上升|回落|降低|扩大|缩小|多|少|高|低)"
)
_SENTENCE_END = re.compile(r"[。！？!?;；\n]")


def year_after_base(folded: str, sentence_start: int, at: int) -> Period | None:
    """The year after the one a figure's sentence compares with (``比2020年增长``: 2021年), named as a reader
    names it; None when the sentence compares with no year, or with more than one."""
    stop = _SENTENCE_END.search(folded, at)
    sentence = folded[sentence_start : stop.start() if stop else len(folded)]
    found = list(_BASE.finditer(sentence))
    if len(found) != 1:
        return None
    year = int(found[0]["y"]) + 1
    where = sentence_start + found[0].start("y")
    return Period(f"{year}年", where, where + 5, f"{year}-01-01", f"{year}-12-31", named=f"{year}年")


__all__ = ["year_after_base"]

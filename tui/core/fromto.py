"""The two ends of a change said over a span of years: 从2012年到2021年，A从x增长到y.

When the period in force is a span of two years and a clause says a value went from x to y, x is the value
of the span's first year and y of its last; a figure said of the whole change (提高了z个百分点) keeps the
span. This module picks, for one figure, the year its value belongs to, as a :class:`Period` over the
year's own characters inside the span phrase.
"""

from __future__ import annotations

import dataclasses
import re

from tui.core.periodroles import clause_start
from tui.core.periods import Period

_SPAN = re.compile(r"^(?:从|自)?(?P<a>(?:19|20)\d{2})年?[至到\-—–~](?P<b>(?:19|20)\d{2})年$")
"""A span of two years as written (从2012年到2021年, 2012—2021年)."""

_FROM = re.compile(r"(?:从|由)(?:约|近|超过)?$")
"""The start of a change: the value right after 从 or 由."""

_TO = re.compile(
    r"(?:从|由)[^,;。:!?从由]{0,12}?(?:增长|增加|提高|提升|上升|扩大|下降|降低|减少|缩小|跃升|攀升|增至|降至|"
    r"升至|达)?(?:到|至)(?:了)?(?:约|近|超过)?$"
)
"""The end of a change: the value after 到 or 至 in a clause that said where it started (从x增长到y)."""


def endpoint(folded: str, start: int, period: Period | None) -> Period | None:
    """The year of a from-to pair that the figure at ``start`` belongs to, or None to keep ``period``."""
    if period is None or period.period_start is None or period.period_end is None:
        return None
    m = _SPAN.match(folded[period.start : period.end])
    if m is None or m["a"] == m["b"]:
        return None
    lead = folded[clause_start(folded, start) : start]
    if _FROM.search(lead):
        group, first, last = "a", period.period_start, f"{m['a']}-12-31"
    elif _TO.search(lead):
        group, first, last = "b", f"{m['b']}-01-01", period.period_end
    else:
        return None
    begin = period.start + m.start(group)
    end = period.start + m.end(group)
    if folded.startswith("年", end):
        end += 1
    return dataclasses.replace(period, start=begin, end=end, period_start=first, period_end=last)


_PAIRED = re.compile(
    r"从(?P<a>(?:19|20)\d{2})年[^,;。:!?从到]{0,16}?到(?P<b>(?:19|20)\d{2})年[^,;。:!?\d]{0,24}?"
    r"(?:相继|先后|分别|依次)[^,;。:!?\d]{0,6}?(?:(?:约|近|超过)?(?P<first>\d[\d.]*%?)(?:和|、|与|及))?$"
)
"""从2010年“六人普”到2020年七人普相继冲上50%和60%: two years written apart, then one value for each in
turn; the first value is the first year's, the second the second's."""


def paired_year(folded: str, start: int) -> Period | None:
    """The year of ``从Y1…到Y2…相继 x和y`` that the figure at ``start`` belongs to, or None."""
    m = _PAIRED.search(folded, clause_start(folded, start), start)
    if m is None:
        return None
    group = "b" if m["first"] else "a"
    year = m[group]
    return Period(f"{year}年", m.start(group), m.end(group) + 1, f"{year}-01-01", f"{year}-12-31")


__all__ = ["endpoint", "paired_year"]
